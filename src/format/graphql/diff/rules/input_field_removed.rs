//! Rule `input-field-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A field was removed from an input object.
    ///
    /// ## Why it matters
    ///
    /// Values that set the field are now rejected (unknown field).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter {
    ///   q: String
    ///   limit: Int
    /// }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter { q: String }
    /// ```
    id: "input-field-removed",
    effect: Narrows,
    level: Breaking,
    area: "input-fields",
    direction: Request,
    summary: "A field was removed from an input object.",
    keywords: ["input field"],
    hint: "Deprecate the input field, ignore it on the server, and remove it once no client sends it.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::InputField { owner, name, pair } = el
        && pair.removed().is_some()
    {
        cx.emit(
            el,
            format!("Input field `{owner}.{name}` was removed: values that set it are rejected."),
        );
        cx.witness(Plan::PassInputField {
            side: Side::Old,
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
