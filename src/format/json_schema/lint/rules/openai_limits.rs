//! Lint rule `openai-limits`.

use crate::format::json_schema::lint::{Cx, Node, subschemas};
use serde_json::Value;

crate::declare_lint! {
    /// OpenAI strict mode: within the documented size limits.
    ///
    /// ## Why it matters
    ///
    /// OpenAI's Structured Outputs reject schemas beyond these limits (source: OpenAI,
    /// "Structured model outputs", "Objects have limitations on nesting depth and size",
    /// <https://platform.openai.com/docs/guides/structured-outputs#supported-schemas>): at most
    /// 5,000 object properties in all, at most 10 levels of object nesting, at most 1,000 enum
    /// values in all, a total string length of property names, definition names, enum values
    /// and const values of at most 120,000 characters, and, for a string enum of more than 250
    /// values, at most 15,000 characters of values. (Earlier versions of the page said 100
    /// properties and 5 levels; the current figures are used.)
    ///
    /// ## Example
    ///
    /// An object nested eleven levels deep is reported at the eleventh.
    id: "openai-limits",
    level: Error,
    summary: "OpenAI strict mode: within the documented size limits.",
    profile: OpenaiStrict,
}

fn check(cx: &mut Cx, node: &Node) {
    if node.depth == 10 && node.schema.contains_key("properties") {
        cx.report(
            &node.pointer,
            "OpenAI strict mode allows at most 10 levels of object nesting",
            None,
        );
    }
    if let Some(values) = node.schema.get("enum").and_then(Value::as_array)
        && values.len() > 250
    {
        let chars: usize = values.iter().filter_map(Value::as_str).map(|s| s.chars().count()).sum();
        if chars > 15_000 {
            cx.report(
                &node.at("enum"),
                format!(
                    "an enum of {} values may hold at most 15,000 characters; this one holds {chars}",
                    values.len()
                ),
                None,
            );
        }
    }
    if !node.is_root() {
        return;
    }
    let root = Value::Object(node.schema.clone());
    let all = subschemas(&root);
    let props: usize = all
        .iter()
        .filter_map(|n| n.schema.get("properties").and_then(Value::as_object))
        .map(|m| m.len())
        .sum();
    if props > 5_000 {
        cx.report(
            "",
            format!("OpenAI strict mode allows 5,000 object properties in all; this schema has {props}"),
            None,
        );
    }
    let enums: usize = all
        .iter()
        .filter_map(|n| n.schema.get("enum").and_then(Value::as_array))
        .map(Vec::len)
        .sum();
    if enums > 1_000 {
        cx.report(
            "",
            format!("OpenAI strict mode allows 1,000 enum values in all; this schema has {enums}"),
            None,
        );
    }
    let mut chars = 0usize;
    for n in &all {
        for kw in ["properties", "$defs", "definitions"] {
            if let Some(m) = n.schema.get(kw).and_then(Value::as_object) {
                chars += m.keys().map(|k| k.chars().count()).sum::<usize>();
            }
        }
        if let Some(e) = n.schema.get("enum").and_then(Value::as_array) {
            chars += e
                .iter()
                .filter_map(Value::as_str)
                .map(|s| s.chars().count())
                .sum::<usize>();
        }
        if let Some(Value::String(c)) = n.schema.get("const") {
            chars += c.chars().count();
        }
    }
    if chars > 120_000 {
        cx.report(
            "",
            format!("OpenAI strict mode allows 120,000 characters of names and enum values; this schema has {chars}"),
            None,
        );
    }
}
