//! Rule `output-field-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A field was added to an object type or interface.
    ///
    /// ## Why it matters
    ///
    /// Old operations do not select it, so they are unaffected; new operations that select it fail against the old server (`forward`).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a: Int
    ///   b: String }
    /// ```
    id: "output-field-added",
    effect: Widens,
    level: Safe,
    area: "fields",
    direction: Response,
    summary: "A field was added to an object type or interface.",
    keywords: ["field"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Field {
        owner,
        owner_kind,
        name,
        pair,
    } = el
        && let Some(f) = pair.added()
    {
        cx.emit(
            el,
            format!(
                "Field `{owner}.{name}: {}` was added to the {owner_kind} `{owner}`.",
                f.ty
            ),
        );
        cx.witness(Plan::SelectField {
            side: Side::New,
            ty: owner.to_string(),
            field: name.to_string(),
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
