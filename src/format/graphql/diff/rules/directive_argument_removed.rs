//! Rule `directive-argument-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An argument was removed from a directive.
    ///
    /// ## Why it matters
    ///
    /// Uses of the directive that pass the argument no longer validate.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// directive @cached(ttl: Int) on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// directive @cached on FIELD
    ///
    /// type Query { a: Int }
    /// ```
    id: "directive-argument-removed",
    effect: Narrows,
    level: Breaking,
    area: "directives",
    direction: Request,
    summary: "An argument was removed from a directive.",
    keywords: ["directive", "argument"],
    hint: "Keep the argument and ignore it on the server.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Argument {
        owner: ArgOwner::Directive(d),
        name,
        pair,
    } = el
        && pair.removed().is_some()
    {
        cx.emit(
            el,
            format!("Argument `{name}` was removed from `@{d}`: uses that pass it no longer validate."),
        );
        cx.witness(Plan::PassArgument {
            side: Side::Old,
            owner: owner_ref(el),
            arg: name.to_string(),
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
