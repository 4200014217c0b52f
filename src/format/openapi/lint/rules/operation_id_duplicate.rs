//! Lint rule `operation-id-duplicate`.

use crate::format::openapi::lint::{Cx, Doc};
use std::collections::BTreeMap;

crate::declare_openapi_lint! {
    /// Two operations share an operationId.
    ///
    /// ## Why it matters
    ///
    /// The OpenAPI specification requires operationIds to be unique: generated clients would
    /// have two methods of one name, and a Link naming the operationId is ambiguous.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// paths:
    ///   /orders:
    ///     get: {operationId: orders, responses: {"200": {description: the orders}}}
    ///     post: {operationId: orders, responses: {"201": {description: created}}}
    /// ```
    id: "operation-id-duplicate",
    level: Error,
    summary: "Two operations share an operationId.",
}

fn check(cx: &mut Cx, doc: &Doc) {
    let mut first: BTreeMap<&str, String> = BTreeMap::new();
    for op in &doc.operations {
        let Some(id) = op.value.get("operationId").and_then(|v| v.as_str()) else {
            continue;
        };
        match first.get(id) {
            Some(other) => cx.report(
                &RULE,
                &format!("{}/operationId", op.pointer),
                format!("operationId `{id}` of `{}` is already used by `{other}`", op.label()),
                Some("operationIds must be unique across the description".into()),
            ),
            None => {
                first.insert(id, op.label());
            }
        }
    }
}
