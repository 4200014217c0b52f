//! Lint rule `openai-all-required`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// OpenAI strict mode: every property is listed in `required`.
    ///
    /// ## Why it matters
    ///
    /// OpenAI's Structured Outputs require all fields to be required; an optional field is
    /// written as a union with `null` (`"type": ["string", "null"]`) instead (source: OpenAI,
    /// "Structured model outputs", "All fields must be required",
    /// <https://platform.openai.com/docs/guides/structured-outputs#supported-schemas>).
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "object", "properties": {"a": {"type": "string"}, "b": {"type": "string"}}, "required": ["a"], "additionalProperties": false}
    /// ```
    id: "openai-all-required",
    level: Error,
    summary: "OpenAI strict mode: every property is listed in `required`.",
    profile: OpenaiStrict,
}

fn check(cx: &mut Cx, node: &Node) {
    let Some(props) = node.schema.get("properties").and_then(|p| p.as_object()) else {
        return;
    };
    let required: crate::hash::FastSet<&str> = node
        .schema
        .get("required")
        .and_then(|r| r.as_array())
        .map(|r| r.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    for name in props.keys() {
        if !required.contains(name.as_str()) {
            let pointer = format!("{}/{}", node.at("properties"), crate::source::escape_token(name));
            cx.report(
                &pointer,
                format!("OpenAI strict mode needs `{name}` in `required`"),
                Some("make it required and allow null for \"optional\": \"type\": [\"string\", \"null\"]".into()),
            );
        }
    }
}
