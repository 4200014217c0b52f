//! Lint rule `id-present`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// The root schema declares an `$id`.
    ///
    /// ## Why it matters
    ///
    /// `$id` names the schema for tools and for other schemas' `$ref`s, and schemata uses it to
    /// follow a schema across renames and moves in the history.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"$id": "https://example.com/schemas/order.json", "type": "object"}
    /// ```
    id: "id-present",
    level: Warn,
    summary: "The root schema declares an `$id`.",
}

fn check(cx: &mut Cx, node: &Node) {
    if node.is_root() && !node.schema.contains_key("$id") && !node.schema.contains_key("id") {
        cx.report(
            "",
            "the schema has no $id",
            Some("add \"$id\": \"https://…/name.json\"".into()),
        );
    }
}
