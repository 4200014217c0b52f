//! Lint rule `operation-id-missing`.

use crate::format::openapi::lint::{Cx, Doc};

crate::declare_openapi_lint! {
    /// An operation has no operationId.
    ///
    /// ## Why it matters
    ///
    /// Code generators name client methods after the operationId, links refer to operations by
    /// it, and people search for it in logs. Without one, each tool invents a name from the
    /// method and path, and renaming the path renames the method.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// paths:
    ///   /orders:
    ///     get:                # no operationId
    ///       responses: {"200": {description: the orders}}
    /// ```
    id: "operation-id-missing",
    level: Warn,
    summary: "An operation has no operationId.",
}

fn check(cx: &mut Cx, doc: &Doc) {
    for op in &doc.operations {
        if !op.value.contains_key("operationId") {
            cx.report(
                &RULE,
                &op.pointer,
                format!("`{}` has no operationId", op.label()),
                Some("add `operationId:` in camelCase, e.g. `listOrders`".into()),
            );
        }
    }
}
