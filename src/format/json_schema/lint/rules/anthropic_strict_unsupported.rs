//! Lint rule `anthropic-strict-unsupported`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// Anthropic strict tool use: only keywords its structured outputs support.
    ///
    /// ## Why it matters
    ///
    /// With `strict: true`, Claude's tool inputs are produced by constrained decoding, which
    /// supports a subset of JSON Schema (source: Anthropic, "Structured outputs" → "JSON Schema
    /// limitations", <https://docs.claude.com/en/docs/build-with-claude/structured-outputs>).
    /// Numerical constraints (`minimum`, `maximum`, `exclusiveMinimum`, `exclusiveMaximum`,
    /// `multipleOf`), string length constraints (`minLength`, `maxLength`), array constraints
    /// other than `minItems` of 0 or 1, and `additionalProperties` other than `false` are listed
    /// there as unsupported; so are recursive schemas and external `$ref`s. The figures follow
    /// that page as read for this rule; check it when Anthropic updates it.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "object", "properties": {"n": {"type": "integer", "minimum": 1}}, "additionalProperties": false}
    /// ```
    id: "anthropic-strict-unsupported",
    level: Warn,
    summary: "Anthropic strict tool use: only keywords its structured outputs support.",
    profile: AnthropicTools,
}

const UNSUPPORTED: &[&str] = &[
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "minLength",
    "maxLength",
    "maxItems",
    "uniqueItems",
    "contains",
    "patternProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
];

fn check(cx: &mut Cx, node: &Node) {
    for key in node.schema.keys() {
        if UNSUPPORTED.contains(&key.as_str()) {
            cx.report(&node.at(key), format!("strict tool use does not support `{key}`"), None);
        }
    }
    if let Some(n) = node.schema.get("minItems").and_then(|v| v.as_u64())
        && n > 1
    {
        cx.report(
            &node.at("minItems"),
            "strict tool use supports `minItems` of 0 or 1 only",
            None,
        );
    }
    if node.is_object() && node.schema.get("additionalProperties") != Some(&serde_json::Value::Bool(false)) {
        cx.report(
            &node.pointer,
            "strict tool use needs `\"additionalProperties\": false` on objects",
            None,
        );
    }
    if let Some(r) = node.schema.get("$ref").and_then(|r| r.as_str())
        && !r.starts_with('#')
    {
        cx.report(
            &node.at("$ref"),
            "strict tool use does not resolve external `$ref`s",
            None,
        );
    }
}
