//! Lint rule `avro-namespace-missing`.

use crate::format::avro::lint::{Cx, Decl};
use serde_json::Value;

crate::declare_avro_lint! {
    /// A top-level named type has a namespace.
    ///
    /// ## Why it matters
    ///
    /// Without a namespace the type lives in the null namespace, where names from different
    /// teams collide, and generated code lands in the default package. Nested types inherit
    /// the top-level namespace, so one is enough.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": []}
    /// ```
    id: "avro-namespace-missing",
    level: Warn,
    summary: "A top-level named type has a namespace.",
}

fn check(cx: &mut Cx, d: &Decl) {
    if !d.top {
        return;
    }
    let namespaced = d.name().contains('.')
        || d.map
            .get("namespace")
            .and_then(Value::as_str)
            .is_some_and(|s| !s.is_empty());
    if !namespaced {
        cx.report(
            &d.pointer,
            format!("{} {} has no namespace", d.kind, d.name()),
            Some("add \"namespace\": \"com.example.…\"".into()),
        );
    }
}
