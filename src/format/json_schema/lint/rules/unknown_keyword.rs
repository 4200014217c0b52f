//! Lint rule `unknown-keyword`.

use crate::format::json_schema::lint::{Cx, Node, edit_distance};

crate::declare_lint! {
    /// Every keyword is one JSON Schema knows (or an `x-` extension).
    ///
    /// ## Why it matters
    ///
    /// Validators ignore unknown keywords, so a typo such as `requried` or `maxLenght` silently
    /// drops the constraint: the schema accepts what its author meant to reject.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "object", "requried": ["id"]}
    /// ```
    ///
    /// Reported, with the hint "did you mean `required`?". A keyword of another draft is
    /// unknown too: `const` in a draft-04 schema, `prefixItems` before 2020-12.
    id: "unknown-keyword",
    level: Warn,
    summary: "Every keyword is one JSON Schema knows (or an `x-` extension).",
}

/// Every keyword of drafts 4 to 2020-12, plus OpenAPI's common ones.
pub const KNOWN: &[&str] = &[
    "$schema",
    "$id",
    "id",
    "$ref",
    "$defs",
    "definitions",
    "$anchor",
    "$dynamicRef",
    "$dynamicAnchor",
    "$recursiveRef",
    "$recursiveAnchor",
    "$vocabulary",
    "$comment",
    "type",
    "enum",
    "const",
    "multipleOf",
    "maximum",
    "exclusiveMaximum",
    "minimum",
    "exclusiveMinimum",
    "maxLength",
    "minLength",
    "pattern",
    "format",
    "contentEncoding",
    "contentMediaType",
    "contentSchema",
    "items",
    "prefixItems",
    "additionalItems",
    "unevaluatedItems",
    "contains",
    "minContains",
    "maxContains",
    "maxItems",
    "minItems",
    "uniqueItems",
    "properties",
    "patternProperties",
    "additionalProperties",
    "unevaluatedProperties",
    "propertyNames",
    "maxProperties",
    "minProperties",
    "required",
    "dependencies",
    "dependentRequired",
    "dependentSchemas",
    "allOf",
    "anyOf",
    "oneOf",
    "not",
    "if",
    "then",
    "else",
    "title",
    "description",
    "default",
    "examples",
    "example",
    "deprecated",
    "readOnly",
    "writeOnly",
    "nullable",
    "discriminator",
    "propertyOrdering",
];

fn check(cx: &mut Cx, node: &Node) {
    use crate::format::json_schema::schema::Draft;
    let draft = cx
        .file
        .value
        .get("$schema")
        .and_then(serde_json::Value::as_str)
        .and_then(Draft::from_uri)
        .unwrap_or(Draft::Draft202012);
    // Names under `properties` and friends are data, not keywords: only schema objects are walked.
    for key in node.schema.keys() {
        if !draft.defines(key) {
            let since = Draft::introducing(key).map_or_else(String::new, |d| format!(" (it came with {})", d.name()));
            let hint = match key.as_str() {
                "const" => "write `enum` with one value, or declare a later `$schema`".to_string(),
                _ => "declare the `$schema` of a draft that defines it, or remove it".to_string(),
            };
            cx.report(
                &node.at(key),
                format!(
                    "`{key}` is not a {} keyword{since}: validators of this draft ignore it",
                    draft.name()
                ),
                Some(hint),
            );
            continue;
        }
        if KNOWN.contains(&key.as_str())
            || key.starts_with("x-")
            || key.starts_with('$') && key.len() > 1 && KNOWN.iter().any(|k| k == key)
        {
            continue;
        }
        let nearest = KNOWN
            .iter()
            .map(|k| (edit_distance(&key.to_lowercase(), &k.to_lowercase()), *k))
            .min()
            .filter(|(d, _)| *d <= 2 && *d < key.len());
        let hint = nearest.map(|(_, k)| format!("did you mean `{k}`?"));
        cx.report(
            &node.at(key),
            format!("`{key}` is not a JSON Schema keyword; validators ignore it"),
            hint,
        );
    }
}
