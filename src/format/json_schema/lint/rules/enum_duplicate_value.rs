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
    for (i, v) in values.iter().enumerate() {
        if values[..i].iter().any(|w| {
            crate::format::json_schema::schema::load::canonical_value(w.clone())
                == crate::format::json_schema::schema::load::canonical_value(v.clone())
        }) {
            cx.report(
                &format!("{}/{i}", node.at("enum")),
                format!("{v} is listed twice"),
                None,
            );
        }
    }
}
