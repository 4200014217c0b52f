//! Rule `request-body-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// The request body was removed.
    ///
    /// ## Why it matters
    ///
    /// Clients keep sending the body; the server ignores it (so what it said no longer happens) or
    /// rejects it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// paths:
    ///   /orders:
    ///     post:
    ///       requestBody:
    ///         content:
    ///           application/json:
    ///             schema: {type: object, properties: {sku: {type: string}}}
    ///       responses:
    ///         "201": {description: created}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// paths:
    ///   /orders:
    ///     post:
    ///       responses:
    ///         "201": {description: created}
    /// ```
    id: "request-body-removed",
    effect: Narrows,
    direction: Request,
    area: "request-body",
    summary: "The request body was removed.",
    keywords: ["requestBody"],
    hint: "keep accepting the body and ignore the fields you no longer need, documenting them as deprecated",
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    if let (Some(b), None) = (&op.old.request_body, &op.new.request_body) {
        cx.emit(
            &RULE,
            Some(&b.at),
            Some(&op.new.at),
            format!("{} request", op.label),
            format!(
                "`{}` no longer takes a request body: what clients send is ignored or rejected.",
                op.label
            ),
        );
    }
}
