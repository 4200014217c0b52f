//! Rule `output-enum-value-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A value was removed from an enum that responses carry.
    ///
    /// ## Why it matters
    ///
    /// The new server never returns the value, which old clients handle. Under `forward` it breaks: a new client against the old server may still receive it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { status: Status }
    ///
    /// enum Status { OPEN CLOSED }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { status: Status }
    ///
    /// enum Status { OPEN }
    /// ```
    id: "output-enum-value-removed",
    effect: Widens,
    level: Safe,
    area: "enum-values",
    direction: Response,
    summary: "A value was removed from an enum that responses carry.",
    keywords: ["enum value"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::EnumValue {
        owner,
        name,
        pair,
        polarity,
    } = el
        && pair.removed().is_some()
        && polarity.output
    {
        cx.emit(
            el,
            format!("Enum value `{owner}.{name}` was removed from responses: the old server may still return it."),
        );
        cx.witness(Plan::EnumResponse {
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
