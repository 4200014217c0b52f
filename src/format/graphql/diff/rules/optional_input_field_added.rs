//! Rule `optional-input-field-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An input object gained an optional field (nullable, or with a default).
    ///
    /// ## Why it matters
    ///
    /// Old values still validate; the server now treats them as if the field were absent (or its default). New clients that set it fail against the old server (`forward`).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter { q: String }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter {
    ///   q: String
    ///   limit: Int
    /// }
    /// ```
    id: "optional-input-field-added",
    effect: Widens,
    level: Dangerous,
    area: "input-fields",
    direction: Request,
    summary: "An input object gained an optional field (nullable, or with a default).",
    keywords: ["input field"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::InputField { owner, name, pair } = el
        && let Some(f) = pair.added()
        && !required(f)
    {
        cx.emit(
            el,
            format!("Optional input field `{owner}.{name}: {}` was added.", f.ty),
        );
        cx.witness(Plan::PassInputField {
            side: Side::New,
            input: owner.to_string(),
            field: name.to_string(),
            value: ArgValue::Sample,
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
