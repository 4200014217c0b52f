//! Lint rule `openai-additional-properties-false`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// OpenAI strict mode: every object sets `additionalProperties: false`.
    ///
    /// ## Why it matters
    ///
    /// OpenAI's Structured Outputs reject a schema where an object does not set
    /// `additionalProperties: false` (source: OpenAI, "Structured model outputs", "Supported
    /// schemas" → "additionalProperties: false must always be set in objects",
    /// <https://platform.openai.com/docs/guides/structured-outputs#supported-schemas>).
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}
    /// ```
    id: "openai-additional-properties-false",
    level: Error,
    summary: "OpenAI strict mode: every object sets `additionalProperties: false`.",
    profile: OpenaiStrict,
}

fn check(cx: &mut Cx, node: &Node) {
    if node.is_object() && node.schema.get("additionalProperties") != Some(&serde_json::Value::Bool(false)) {
        cx.report(
            &node.pointer,
            "OpenAI strict mode needs `\"additionalProperties\": false` here",
            None,
        );
    }
}
