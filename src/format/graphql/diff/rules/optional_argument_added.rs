//! Rule `optional-argument-added`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A field gained an optional argument (nullable, or with a default).
    ///
    /// ## Why it matters
    ///
    /// Old operations still validate, but the field's behaviour for them is now whatever the server does when the argument is absent; new operations that pass it fail against the old server (`forward`).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { orders: [String] }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { orders(first: Int = 10): [String] }
    /// ```
    id: "optional-argument-added",
    effect: Widens,
    level: Dangerous,
    area: "arguments",
    direction: Request,
    summary: "A field gained an optional argument (nullable, or with a default).",
    keywords: ["argument"],
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Argument {
        owner: ArgOwner::Field { ty, field },
        name,
        pair,
    } = el
        && let Some(a) = pair.added()
        && !required(a)
    {
        cx.emit(
            el,
            format!("Optional argument `{name}: {}` was added to `{ty}.{field}`.", a.ty),
        );
        cx.witness(Plan::PassArgument {
            side: Side::New,
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
