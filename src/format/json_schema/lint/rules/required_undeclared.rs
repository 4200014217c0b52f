//! Lint rule `required-undeclared`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// `required` names only properties declared under `properties`.
    ///
    /// ## Why it matters
    ///
    /// A required name that is not declared is usually a typo or a property renamed in one
    /// place only; with `additionalProperties: false` it makes the schema accept nothing.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"properties": {"customerId": {"type": "string"}}, "required": ["customer_id"]}
    /// ```
    id: "required-undeclared",
    level: Warn,
    summary: "`required` names only properties declared under `properties`.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Some(required) = node.schema.get("required").and_then(|r| r.as_array()) else {
        return;
    };
    let declared = node.schema.get("properties").and_then(|p| p.as_object());
    if node.schema.contains_key("patternProperties") || node.schema.contains_key("$ref") {
        return;
    }
    for (i, name) in required.iter().enumerate() {
        let Some(name) = name.as_str() else { continue };
        if !declared.is_some_and(|d| d.contains_key(name)) {
            let closed = node.schema.get("additionalProperties") == Some(&serde_json::Value::Bool(false));
            let message = if closed {
                format!(
                    "`{name}` is required but not declared, and undeclared properties are forbidden: nothing is valid"
                )
            } else {
                format!("`{name}` is required but not declared under `properties`")
            };
            cx.report(&format!("{}/{i}", node.at("required")), message, None);
        }
    }
}
