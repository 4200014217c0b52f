//! Rule `success-status-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A success status was added to an operation.
    ///
    /// ## Why it matters
    ///
    /// The operation may answer with a success status it did not document. HTTP clients handle an
    /// unknown status by its class (RFC 9110, §15), so a compliant old client treats it as a success;
    /// one that expects one exact code may not. (oasdiff also reports this at info level.)
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
    ///         "202": {description: accepted, processed later}
    /// ```
    id: "success-status-added",
    effect: Widens,
    direction: Response,
    area: "responses",
    summary: "A success status was added to an operation.",
    keywords: ["responses"],
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    for r in &op.added_responses {
        if r.is_success() {
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
