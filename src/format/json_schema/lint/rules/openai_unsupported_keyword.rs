//! Lint rule `openai-unsupported-keyword`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// OpenAI strict mode: only supported keywords are used.
    ///
    /// ## Why it matters
    ///
    /// OpenAI's Structured Outputs support a subset of JSON Schema and reject the composition
    /// keywords `allOf`, `not`, `dependentRequired`, `dependentSchemas`, `if`, `then`, `else`
    /// (source: OpenAI, "Structured model outputs", "Some type-specific keywords are not yet
    /// supported", <https://platform.openai.com/docs/guides/structured-outputs#supported-schemas>).
    /// `patternProperties`, `unevaluatedProperties`, `propertyNames`, `minProperties`,
    /// `maxProperties`, `unevaluatedItems`, `contains`, `minContains`, `maxContains` and
    /// `uniqueItems` are reported too: the same page lists them as unsupported for fine-tuned
    /// models, and they are not among the supported keywords it names for other models.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "object", "allOf": [{"required": ["a"]}]}
    /// ```
    id: "openai-unsupported-keyword",
    level: Error,
    summary: "OpenAI strict mode: only supported keywords are used.",
    profile: OpenaiStrict,
}

const UNSUPPORTED: &[&str] = &[
    "allOf",
    "not",
    "dependentRequired",
    "dependentSchemas",
    "dependencies",
    "if",
    "then",
    "else",
    "oneOf",
    "patternProperties",
    "unevaluatedProperties",
    "propertyNames",
    "minProperties",
    "maxProperties",
    "unevaluatedItems",
    "contains",
    "minContains",
    "maxContains",
    "uniqueItems",
];

fn check(cx: &mut Cx, node: &Node) {
    for key in node.schema.keys() {
        if UNSUPPORTED.contains(&key.as_str()) {
            let hint = (key == "oneOf").then(|| "use anyOf".to_string());
            cx.report(
                &node.at(key),
                format!("OpenAI strict mode does not support `{key}`"),
                hint,
            );
        }
    }
}
