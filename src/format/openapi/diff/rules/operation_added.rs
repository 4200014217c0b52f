//! Rule `operation-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An operation was added to an existing path.
    ///
    /// ## Why it matters
    ///
    /// The API can do something new. Old clients are unaffected; a client that uses the operation
    /// fails against an older server.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    ///
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    ///
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    ///     post:
    ///       responses:
    ///         "201": {description: created}
    /// ```
    id: "operation-added",
    effect: Widens,
    area: "operations",
    summary: "An operation was added to an existing path.",
    keywords: ["paths"],
    check: Path,
}

fn check(cx: &mut Cx, p: &Both<PathItem>) {
    for (_, added) in unpaired_operations(p.old, p.new) {
        if let Some(op) = added {
            cx.emit(
                &RULE,
                None,
                Some(&op.at),
                op.label(),
                format!("Operation `{}` was added.", op.label()),
            );
        }
    }
}
