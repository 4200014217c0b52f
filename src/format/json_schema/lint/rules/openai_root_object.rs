//! Lint rule `openai-root-object`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// OpenAI strict mode: the root is an object schema, not `anyOf`.
    ///
    /// ## Why it matters
    ///
    /// OpenAI's Structured Outputs accept only an object at the root and reject a root `anyOf`
    /// (source: OpenAI, "Structured model outputs", section "Supported schemas",
    /// <https://platform.openai.com/docs/guides/structured-outputs#supported-schemas>: "the root
    /// level object of a schema must be an object, and not use anyOf").
    ///
    /// ## Example
    ///
    /// ```json
    /// {"anyOf": [{"type": "object"}, {"type": "string"}]}
    /// ```
    id: "openai-root-object",
    level: Error,
    summary: "OpenAI strict mode: the root is an object schema, not `anyOf`.",
    profile: OpenaiStrict,
}

fn check(cx: &mut Cx, node: &Node) {
    if !node.is_root() {
        return;
    }
    if node.schema.contains_key("anyOf") {
        cx.report("/anyOf", "OpenAI strict mode rejects `anyOf` at the root", None);
    }
    if node.schema.get("type").and_then(|t| t.as_str()) != Some("object") {
        cx.report("", "OpenAI strict mode needs `\"type\": \"object\"` at the root", None);
    }
}
