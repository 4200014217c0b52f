//! Rule `default-response-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// The default response was removed from an operation.
    ///
    /// ## Why it matters
    ///
    /// Statuses the operation does not list no longer have a documented body; clients that parsed it
    /// keep their code, which nothing contradicts.
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
    ///         default: {description: an error}
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
    id: "default-response-removed",
    effect: Widens,
    direction: Response,
    area: "responses",
    summary: "The default response was removed from an operation.",
    keywords: ["responses"],
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    for r in &op.removed_responses {
        if r.status == "default" {
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
