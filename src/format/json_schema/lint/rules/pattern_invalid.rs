//! Lint rule `pattern-invalid`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// Every `pattern` and `patternProperties` name is a valid ECMA-262 regular expression.
    ///
    /// ## Why it matters
    ///
    /// Validators refuse a schema whose pattern ECMA-262 rejects (`a{1000}{1000}` repeats a
    /// quantifier; `[a-` never closes), and `schemata diff` cannot compare what it matches:
    /// both stop with an error at this line.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "string", "pattern": "^a{2}{3}$"}
    /// ```
    id: "pattern-invalid",
    level: Error,
    summary: "Every `pattern` and `patternProperties` name is a valid ECMA-262 regular expression.",
}

fn check(cx: &mut Cx, node: &Node) {
    use crate::format::json_schema::schema::sets::pattern::{SYNTAX_HINT, syntax_error};
    if let Some(pattern) = node.schema.get("pattern").and_then(|p| p.as_str())
        && let Some(why) = syntax_error(pattern)
    {
        cx.report(&node.at("pattern"), why, Some(SYNTAX_HINT.to_string()));
    }
    if let Some(map) = node.schema.get("patternProperties").and_then(|p| p.as_object()) {
        for name in map.keys() {
            if let Some(why) = syntax_error(name) {
                let at = format!("{}/{}", node.at("patternProperties"), crate::source::escape_token(name));
                cx.report(&at, why, Some(SYNTAX_HINT.to_string()));
            }
        }
    }
}
