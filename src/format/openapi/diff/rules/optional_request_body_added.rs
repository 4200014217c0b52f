//! Rule `optional-request-body-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An optional request body was added.
    ///
    /// ## Why it matters
    ///
    /// Old clients keep sending no body; new clients may send one.
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
    ///       requestBody:
    ///         content:
    ///           application/json:
    ///             schema: {type: object, properties: {sku: {type: string}}}
    ///       responses:
    ///         "201": {description: created}
    /// ```
    id: "optional-request-body-added",
    effect: Widens,
    direction: Request,
    area: "request-body",
    summary: "An optional request body was added.",
    keywords: ["requestBody"],
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    if let (None, Some(b)) = (&op.old.request_body, &op.new.request_body)
        && !b.required
    {
        cx.emit(
            &RULE,
            Some(&op.old.at),
            Some(&b.at),
            format!("{} request", op.label),
            format!("`{}` now accepts an optional request body.", op.label),
        );
    }
}
