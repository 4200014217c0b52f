//! Lint rule `additional-properties-explicit`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// Object schemas say whether undeclared properties are allowed.
    ///
    /// ## Why it matters
    ///
    /// With `additionalProperties` absent, an object accepts anything under any other name, so
    /// adding a typed property later narrows what it accepts (a breaking change under
    /// `backward`). Writing `additionalProperties` (or `unevaluatedProperties`) makes the
    /// content model a decision rather than an accident.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "object", "properties": {"id": {"type": "string"}}, "additionalProperties": false}
    /// ```
    id: "additional-properties-explicit",
    level: Warn,
    summary: "Object schemas say whether undeclared properties are allowed.",
}

fn check(cx: &mut Cx, node: &Node) {
    if node.is_object()
        && !node.schema.contains_key("additionalProperties")
        && !node.schema.contains_key("unevaluatedProperties")
        && !node.schema.contains_key("$ref")
    {
        cx.report(
            &node.pointer,
            "this object does not say whether undeclared properties are allowed",
            Some("add \"additionalProperties\": false (closed) or true (open)".into()),
        );
    }
}
