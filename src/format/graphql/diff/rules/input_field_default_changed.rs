//! Rule `input-field-default-changed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// An input field's default value was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Values still validate, but those that leave the field out now carry another value.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter { limit: Int = 10 }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a(f: Filter): Int }
    ///
    /// input Filter { limit: Int = 20 }
    /// ```
    id: "input-field-default-changed",
    effect: Widens,
    level: Dangerous,
    area: "input-fields",
    direction: Request,
    summary: "An input field's default value was added, removed or changed.",
    keywords: ["input field", "default"],
    hint: "Keep the default; clients that want other behaviour can set the field.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::InputField { owner, name, pair } = el
        && let Some((a, b)) = pair.both()
    {
        let (x, y) = (default_text(a), default_text(b));
        if x != y {
            cx.emit(
                el,
                format!("The default of input field `{owner}.{name}` changed from {x} to {y}: values that leave it out now mean something else."),
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
