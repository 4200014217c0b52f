//! Rule `input-enum-value-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A value was added to an enum used only in arguments and input fields.
    ///
    /// ## Why it matters
    ///
    /// The server accepts one more value; old operations are unaffected. New operations that send it fail against the old server (`forward`).
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
    /// enum Status { OPEN CLOSED REFUNDED }
    /// ```
    id: "input-enum-value-added",
    effect: Widens,
    level: Safe,
    area: "enum-values",
    direction: Request,
    summary: "A value was added to an enum used only in arguments and input fields.",
    keywords: ["enum value"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::EnumValue {
        owner,
        name,
        pair,
        polarity,
    } = el
        && pair.added().is_some()
        && !polarity.output
    {
        cx.emit(
            el,
            format!("Enum value `{name}` was added to `{owner}`, which only arguments and input fields use."),
        );
        cx.witness(Plan::PassEnum {
            side: Side::New,
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
