//! Lint rule `empty-subschema`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// A property or item schema constrains something.
    ///
    /// ## Why it matters
    ///
    /// `{}` accepts any value. Under `properties` or `items` it is almost always a placeholder
    /// that was never filled in, and consumers cannot generate a type for it.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"properties": {"metadata": {}}}
    /// ```
    id: "empty-subschema",
    level: Warn,
    summary: "A property or item schema constrains something.",
}

const ANNOTATIONS: &[&str] = &[
    "title",
    "description",
    "$comment",
    "examples",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
];

fn check(cx: &mut Cx, node: &Node) {
    if !matches!(
        node.via,
        Some("properties" | "items" | "prefixItems" | "additionalProperties")
    ) {
        return;
    }
    if node
        .schema
        .keys()
        .all(|k| ANNOTATIONS.contains(&k.as_str()) || k.starts_with("x-"))
    {
        cx.report(
            &node.pointer,
            "this schema accepts any value",
            Some("give it a type (or write `true` if any value is really meant)".into()),
        );
    }
}
