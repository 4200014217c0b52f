//! Lint rule `gemini-unsupported-keyword`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// Gemini: only keywords of its `responseSchema` subset.
    ///
    /// ## Why it matters
    ///
    /// Gemini's `responseSchema` takes a subset of the OpenAPI 3.0 schema object: `type`,
    /// `format`, `description`, `nullable`, `enum`, `properties`, `required`,
    /// `propertyOrdering`, `items`, `minItems`, `maxItems`, `minimum`, `maximum`, `anyOf`,
    /// `title` (source: Google, "Structured output" → "JSON schemas",
    /// <https://ai.google.dev/gemini-api/docs/structured-output>). Other keywords are ignored
    /// or rejected. The newer `responseJsonSchema` field accepts more of JSON Schema; this rule
    /// checks the `responseSchema` subset, the one every Gemini model takes. Google documents
    /// no fixed nesting or size figure, only that very large or deeply nested schemas may be
    /// rejected, so no size is checked.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "object", "properties": {"a": {"type": "string", "pattern": "^x"}}, "additionalProperties": false}
    /// ```
    id: "gemini-unsupported-keyword",
    level: Warn,
    summary: "Gemini: only keywords of its `responseSchema` subset.",
    profile: Gemini,
}

const SUPPORTED: &[&str] = &[
    "type",
    "format",
    "description",
    "nullable",
    "enum",
    "properties",
    "required",
    "propertyOrdering",
    "items",
    "minItems",
    "maxItems",
    "minimum",
    "maximum",
    "anyOf",
    "title",
    "$schema",
    "$id",
    "$comment",
    "example",
];

fn check(cx: &mut Cx, node: &Node) {
    for key in node.schema.keys() {
        if !SUPPORTED.contains(&key.as_str()) && !key.starts_with("x-") {
            cx.report(
                &node.at(key),
                format!("Gemini's responseSchema does not support `{key}`"),
                None,
            );
        }
    }
}
