//! Rule `error-status-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An error status was removed from an operation.
    ///
    /// ## Why it matters
    ///
    /// The operation no longer documents that error. Clients' handling of it becomes unused; nothing
    /// they send is refused.
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
    ///         "404": {description: no such order}
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
    /// ```
    id: "error-status-removed",
    effect: Widens,
    direction: Response,
    area: "responses",
    summary: "An error status was removed from an operation.",
    keywords: ["responses"],
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    for r in &op.removed_responses {
        if !r.is_success() && r.status != "default" {
            cx.emit(
                &RULE,
                Some(&r.at),
                Some(&op.new.at.child("responses")),
                format!("{} {}", op.label, r.status),
                format!("`{}` no longer answers {}.", op.label, describe_status(&r.status)),
            );
        }
    }
}
