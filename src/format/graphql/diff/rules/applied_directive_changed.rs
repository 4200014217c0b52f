//! Rule `applied-directive-changed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A directive applied to a schema element was added, removed or given other arguments.
    ///
    /// ## Why it matters
    ///
    /// Operations and responses keep their shape, but applied directives drive server behaviour: authorization, caching, federation, rate limits.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// directive @auth(role: String) on FIELD_DEFINITION
    ///
    /// type Query { a: Int @auth(role: "user") }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// directive @auth(role: String) on FIELD_DEFINITION
    ///
    /// type Query { a: Int @auth(role: "admin") }
    /// ```
    id: "applied-directive-changed",
    effect: Annotation,
    level: Dangerous,
    area: "directives",
    summary: "A directive applied to a schema element was added, removed or given other arguments.",
    keywords: ["directive"],
    hint: "Check what the directive does on the server (authorization, caching, federation keys) before the release.",
}

fn check(cx: &mut Cx, el: &Element) {
    if el.on_both_sides() {
        let (a, b) = (el.applied(Side::Old, cx), el.applied(Side::New, cx));
        if a != b {
            let removed: Vec<&String> = a.iter().filter(|d| !b.contains(d)).collect();
            let added: Vec<&String> = b.iter().filter(|d| !a.contains(d)).collect();
            let mut parts = Vec::new();
            if !removed.is_empty() {
                parts.push(format!("removed {}", list(&removed)));
            }
            if !added.is_empty() {
                parts.push(format!("added {}", list(&added)));
            }
            cx.emit(
                el,
                format!("Directives applied to {} changed: {}.", el.what(), parts.join("; ")),
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
