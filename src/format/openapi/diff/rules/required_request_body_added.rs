//! Rule `required-request-body-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A required request body was added.
    ///
    /// ## Why it matters
    ///
    /// Old clients send no body and are now rejected.
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
    ///         required: true
    ///         content:
    ///           application/json:
    ///             schema: {type: object, properties: {sku: {type: string}}}
    ///       responses:
    ///         "201": {description: created}
    /// ```
    id: "required-request-body-added",
    effect: Narrows,
    direction: Request,
    area: "request-body",
    summary: "A required request body was added.",
    keywords: ["requestBody", "required"],
    hint: "add the body as optional (`required: false`) with server-side defaults",
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    if let (None, Some(b)) = (&op.old.request_body, &op.new.request_body)
        && b.required
    {
        cx.emit(
            &RULE,
            Some(&op.old.at),
            Some(&b.at),
            format!("{} request", op.label),
            format!(
                "`{}` now requires a request body: requests without one are rejected.",
                op.label
            ),
        );
    }
}
