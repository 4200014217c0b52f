//! Rule `required-input-field-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An input object gained a required field (non-null, without a default).
    ///
    /// ## Why it matters
    ///
    /// Every value of the input object that clients send without the field now fails validation (literals) or coercion (variables).
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
    ///   limit: Int!
    /// }
    /// ```
    id: "required-input-field-added",
    effect: Narrows,
    level: Breaking,
    area: "input-fields",
    direction: Request,
    summary: "An input object gained a required field (non-null, without a default).",
    keywords: ["input field", "!"],
    hint: "Add the field with a default value, or nullable.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::InputField { owner, name, pair } = el
        && let Some(f) = pair.added()
        && required(f)
    {
        cx.emit(
            el,
            format!(
                "Required input field `{owner}.{name}: {}` was added: values of `{owner}` without it are rejected.",
                f.ty
            ),
        );
        cx.witness(Plan::UseInput {
            side: Side::Old,
            input: owner.to_string(),
            all_fields: false,
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
