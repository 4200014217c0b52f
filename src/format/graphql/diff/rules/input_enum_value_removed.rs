//! Rule `input-enum-value-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A value was removed from an enum that clients send (arguments, input fields).
    ///
    /// ## Why it matters
    ///
    /// Operations that send the value now fail validation (literals) or coercion (variables).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { orders(status: Status): Int }
    ///
    /// enum Status { OPEN CLOSED }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { orders(status: Status): Int }
    ///
    /// enum Status { OPEN }
    /// ```
    id: "input-enum-value-removed",
    effect: Narrows,
    level: Breaking,
    area: "enum-values",
    direction: Request,
    summary: "A value was removed from an enum that clients send (arguments, input fields).",
    keywords: ["enum value"],
    hint: "Deprecate the value, keep accepting it, and remove it once no client sends it.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::EnumValue {
        owner,
        name,
        pair,
        polarity,
    } = el
        && pair.removed().is_some()
        && polarity.input
    {
        cx.emit(
            el,
            format!("Enum value `{owner}.{name}` was removed: operations that send it are rejected."),
        );
        cx.witness(Plan::PassEnum {
            side: Side::Old,
            enumeration: owner.to_string(),
            value: name.to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::graphql::diff::rules::assert_example_fires(&super::RULE);
    }
}
