//! Lint rule `pattern-matches-everything`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// A `pattern` constrains something: it is not a search that every string passes.
    ///
    /// ## Why it matters
    ///
    /// `pattern` searches the string; it is not anchored. A pattern that matches the empty
    /// string, with no anchor other than a leading `^`, matches every string: `[a-z]*` accepts
    /// `"ABC"` (it matches the empty text before `A`). Such a pattern is almost always meant
    /// to be anchored at both ends. `schemata diff` treats it as constraining nothing.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "string", "pattern": "[a-z]*"}
    /// ```
    id: "pattern-matches-everything",
    level: Warn,
    summary: "A `pattern` constrains something: it is not a search that every string passes.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Some(pattern) = node.schema.get("pattern").and_then(|p| p.as_str()) else {
        return;
    };
    if crate::format::json_schema::schema::merge::matches_every_string(pattern) {
        cx.report(
            &node.at("pattern"),
            format!("pattern `{pattern}` matches every string: it is not anchored and it matches the empty string"),
            Some(format!(
                "anchor it at both ends, `^{}$`, or drop it",
                pattern.trim_start_matches('^')
            )),
        );
    }
}
