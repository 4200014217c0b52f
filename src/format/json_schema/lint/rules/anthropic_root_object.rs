//! Lint rule `anthropic-root-object`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// Anthropic tools: the input schema is an object schema.
    ///
    /// ## Why it matters
    ///
    /// A Claude tool's `input_schema` must describe an object: the tool's parameters (source:
    /// Anthropic, "Tool use with Claude" → "Specifying client tools", `input_schema`: "A JSON
    /// Schema object defining the expected parameters for the tool",
    /// <https://docs.claude.com/en/docs/agents-and-tools/tool-use/implement-tool-use>).
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "array", "items": {"type": "string"}}
    /// ```
    id: "anthropic-root-object",
    level: Error,
    summary: "Anthropic tools: the input schema is an object schema.",
    profile: AnthropicTools,
}

fn check(cx: &mut Cx, node: &Node) {
    if node.is_root() && node.schema.get("type").and_then(|t| t.as_str()) != Some("object") {
        cx.report(
            "",
            "a Claude tool's input_schema must have `\"type\": \"object\"` at the root",
            None,
        );
    }
}
