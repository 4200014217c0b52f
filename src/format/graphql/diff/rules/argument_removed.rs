//! Rule `argument-removed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An argument was removed from a field.
    ///
    /// ## Why it matters
    ///
    /// Every operation that passes the argument now fails validation (unknown argument).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { orders(first: Int): [String] }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { orders: [String] }
    /// ```
    id: "argument-removed",
    effect: Narrows,
    level: Breaking,
    area: "arguments",
    direction: Request,
    summary: "An argument was removed from a field.",
    keywords: ["argument"],
    hint: "Deprecate the argument (`@deprecated` on the argument), ignore it on the server, and remove it once no client sends it.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Argument {
        owner: ArgOwner::Field { ty, field },
        name,
        pair,
    } = el
        && pair.removed().is_some()
    {
        cx.emit(
            el,
            format!("Argument `{name}` was removed from `{ty}.{field}`: operations that pass it no longer validate."),
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
