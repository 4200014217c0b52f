//! Lint rule `avro-doc-missing`.

use crate::format::avro::lint::{Cx, Decl};
use serde_json::Value;

crate::declare_avro_lint! {
    /// Records, enums and fixed types have a `doc`.
    ///
    /// ## Why it matters
    ///
    /// An event schema is read by teams that never talk to its producer; `doc` is the one
    /// place that says what a record means. It ends up in generated code and in registries'
    /// UIs.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    id: "avro-doc-missing",
    level: Warn,
    summary: "Records, enums and fixed types have a `doc`.",
}

fn check(cx: &mut Cx, d: &Decl) {
    let has = d
        .map
        .get("doc")
        .and_then(Value::as_str)
        .is_some_and(|s| !s.trim().is_empty());
    if !has {
        cx.report(
            &d.pointer,
            format!("{} {} has no doc", d.kind, d.name()),
            Some("add \"doc\": one sentence on what it means".into()),
        );
    }
}
