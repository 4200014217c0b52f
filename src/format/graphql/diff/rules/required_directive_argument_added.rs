//! Rule `required-directive-argument-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A directive gained a required argument (non-null, without a default).
    ///
    /// ## Why it matters
    ///
    /// Every use of the directive without the argument no longer validates.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// directive @cached on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// directive @cached(ttl: Int!) on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    id: "required-directive-argument-added",
    effect: Narrows,
    level: Breaking,
    area: "directives",
    direction: Request,
    summary: "A directive gained a required argument (non-null, without a default).",
    keywords: ["directive", "argument", "!"],
    hint: "Add the argument with a default value, or nullable.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Argument {
        owner: ArgOwner::Directive(d),
        name,
        pair,
    } = el
        && let Some(a) = pair.added()
        && required(a)
    {
        cx.emit(
            el,
            format!(
                "Required argument `{name}: {}` was added to `@{d}`: uses without it no longer validate.",
                a.ty
            ),
        );
        cx.witness(Plan::UseDirective {
            side: Side::Old,
            directive: d.to_string(),
            location: None,
            repeat: false,
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
