//! Rule `argument-default-changed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An argument's default value was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Operations still validate, but those that omit the argument now run with another value: results change without any client changing.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { orders(first: Int = 10): [String] }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { orders(first: Int = 50): [String] }
    /// ```
    id: "argument-default-changed",
    effect: Widens,
    level: Dangerous,
    area: "arguments",
    direction: Request,
    summary: "An argument's default value was added, removed or changed.",
    keywords: ["argument", "default"],
    hint: "Keep the default; clients that want other behaviour can pass the argument.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Argument { pair, .. } = el
        && let Some((a, b)) = pair.both()
    {
        let (x, y) = (default_text(a), default_text(b));
        if x != y {
            cx.emit(
                el,
                format!(
                    "The default of `{}` changed from {x} to {y}: operations that omit it now behave differently.",
                    el.coordinate()
                ),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::graphql::diff::rules::assert_example_fires(&super::RULE);
    }
}
