//! Rule `error-status-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An error status was added to an operation.
    ///
    /// ## Why it matters
    ///
    /// A newly documented error. Servers could always fail, and clients handle an unknown error status
    /// by its class; documenting it tells them what to expect.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// paths:
    ///   /orders/{id}:
    ///     get:
    ///       parameters:
    ///         - {name: id, in: path, required: true, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the order}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// paths:
    ///   /orders/{id}:
    ///     get:
    ///       parameters:
    ///         - {name: id, in: path, required: true, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the order}
    ///         "404": {description: no such order}
    /// ```
    id: "error-status-added",
    effect: Widens,
    direction: Response,
    area: "responses",
    summary: "An error status was added to an operation.",
    keywords: ["responses"],
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    for r in &op.added_responses {
        if !r.is_success() && r.status != "default" {
            cx.emit(
                &RULE,
                Some(&op.old.at.child("responses")),
                Some(&r.at),
                format!("{} {}", op.label, r.status),
                format!("`{}` may now answer {}.", op.label, describe_status(&r.status)),
            );
        }
    }
}
