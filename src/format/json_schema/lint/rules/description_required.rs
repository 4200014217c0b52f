//! Lint rule `description-required`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// The root schema and every property have a `description`.
    ///
    /// ## Why it matters
    ///
    /// A schema is a contract read by people and, for LLM outputs and tool calls, by models:
    /// the description is what tells a consumer (or a model) what to put in a field.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"description": "An order", "type": "object", "properties": {"total": {"type": "number"}}}
    /// ```
    ///
    /// `total` has no description.
    id: "description-required",
    level: Warn,
    summary: "The root schema and every property have a `description`.",
}

fn check(cx: &mut Cx, node: &Node) {
    let described = |s: &serde_json::Map<String, serde_json::Value>| {
        s.get("description")
            .and_then(|d| d.as_str())
            .is_some_and(|d| !d.trim().is_empty())
            || s.contains_key("$ref")
    };
    if node.is_root() && !described(node.schema) {
        cx.report(
            "",
            "the schema has no description",
            Some("add a `description` at the root".into()),
        );
    }
    if node.via == Some("properties") && !described(node.schema) {
        let name = node.pointer.rsplit('/').next().unwrap_or("");
        cx.report(
            &node.pointer,
            format!("property `{}` has no description", crate::source::unescape_token(name)),
            None,
        );
    }
}
