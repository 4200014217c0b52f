//! Rule `output-enum-value-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A value was added to an enum that responses carry.
    ///
    /// ## Why it matters
    ///
    /// Old operations still validate, but an old client that switches over the enum may now receive a value it has no case for.
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
    /// enum Status { OPEN CLOSED REFUNDED }
    /// ```
    id: "output-enum-value-added",
    effect: Widens,
    level: Dangerous,
    area: "enum-values",
    direction: Response,
    summary: "A value was added to an enum that responses carry.",
    keywords: ["enum value"],
    hint: "Tell client teams before the server starts returning it; clients should have a fallback for values they do not know.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::EnumValue {
        owner,
        name,
        pair,
        polarity,
    } = el
        && pair.added().is_some()
        && polarity.output
    {
        cx.emit(
            el,
            format!("Enum value `{name}` was added to `{owner}`, which responses carry: old clients may receive a value they do not know."),
        );
        cx.witness(Plan::EnumResponse {
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
