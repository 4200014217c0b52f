//! Rule `success-status-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A success status was removed from an operation.
    ///
    /// ## Why it matters
    ///
    /// Clients written for that outcome (its body, its headers) never see it again: the operation now
    /// succeeds another way, and what they did on that success no longer happens.
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
    ///         "202": {description: accepted, processed later}
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
    id: "success-status-removed",
    effect: Narrows,
    direction: Response,
    area: "responses",
    summary: "A success status was removed from an operation.",
    keywords: ["responses"],
    hint: "keep answering the status, or add the new behaviour as a new operation",
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    for r in &op.removed_responses {
        if r.is_success() {
            cx.emit(
                &RULE,
                Some(&r.at),
                Some(&op.new.at.child("responses")),
                format!("{} {}", op.label, r.status),
                format!(
                    "`{}` no longer answers {}: clients waiting for it never get it.",
                    op.label,
                    describe_status(&r.status)
                ),
            );
        }
    }
}
