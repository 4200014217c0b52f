//! Rule `directive-repeatable-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A directive is no longer `repeatable`.
    ///
    /// ## Why it matters
    ///
    /// Documents that use the directive more than once at one place no longer validate.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// directive @tag(name: String) repeatable on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// directive @tag(name: String) on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    id: "directive-repeatable-removed",
    effect: Narrows,
    level: Breaking,
    area: "directives",
    summary: "A directive is no longer `repeatable`.",
    keywords: ["directive", "repeatable"],
    hint: "Keep it repeatable, and use the first occurrence on the server if only one is meaningful.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Directive { name, pair } = el
        && let Some((a, b)) = pair.both()
        && a.repeatable
        && !b.repeatable
    {
        cx.emit(
            el,
            format!("Directive `@{name}` is no longer repeatable: documents that repeat it no longer validate."),
        );
        cx.witness(Plan::UseDirective {
            side: Side::Old,
            directive: name.to_string(),
            location: None,
            repeat: true,
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
