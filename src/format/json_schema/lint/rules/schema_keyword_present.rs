//! Lint rule `schema-keyword-present`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// The root schema declares its dialect with `$schema`.
    ///
    /// ## Why it matters
    ///
    /// Without `$schema`, validators guess the draft, and drafts disagree (array `items`,
    /// `exclusiveMinimum`, `$ref` siblings): the same document can be valid in one tool and
    /// invalid in another.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"$schema": "https://json-schema.org/draft/2020-12/schema", "type": "object"}
    /// ```
    id: "schema-keyword-present",
    level: Warn,
    summary: "The root schema declares its dialect with `$schema`.",
}

fn check(cx: &mut Cx, node: &Node) {
    if node.is_root() && !node.schema.contains_key("$schema") {
        cx.report(
            "",
            "the schema does not declare its draft",
            Some("add \"$schema\": \"https://json-schema.org/draft/2020-12/schema\"".into()),
        );
    }
}
