//! Lint rule `enum-duplicate-value`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// An `enum` lists each value once.
    ///
    /// ## Why it matters
    ///
    /// Duplicates are a copy-paste slip; draft 4's meta-schema rejects them, and generated code
    /// gets duplicate constants.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"enum": ["new", "paid", "new"]}
    /// ```
    id: "enum-duplicate-value",
    level: Error,
    summary: "An `enum` lists each value once.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Some(values) = node.schema.get("enum").and_then(|e| e.as_array()) else {
        return;
    };
    // One pass with a set of values compared as JSON Schema compares them (1 equals 1.0,
    // key order does not matter): linear in the size of the enum.
    let mut seen = crate::hash::FastSet::with_capacity_and_hasher(values.len(), crate::hash::Fast);
    for (i, v) in values.iter().enumerate() {
        if !seen.insert(crate::hash::JsonKey(v)) {
            cx.report(
                &format!("{}/{i}", node.at("enum")),
                format!("{v} is listed twice"),
                None,
            );
        }
    }
}
