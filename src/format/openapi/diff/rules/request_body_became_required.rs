//! Rule `request-body-became-required`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// The request body became required.
    ///
    /// ## Why it matters
    ///
    /// Old clients that send no body are now rejected.
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
    ///       requestBody:
    ///         required: true
    ///         content:
    ///           application/json:
    ///             schema: {type: object, properties: {sku: {type: string}}}
    ///       responses:
    ///         "201": {description: created}
    /// ```
    id: "request-body-became-required",
    effect: Narrows,
    direction: Request,
    area: "request-body",
    summary: "The request body became required.",
    keywords: ["requestBody", "required"],
    hint: "keep the body optional and apply defaults on the server",
    check: RequestBody,
}

fn check(cx: &mut Cx, op: &OpPair, b: &Both<RequestBody>) {
    if !b.old.required && b.new.required {
        cx.emit(
            &RULE,
            Some(&b.old.at),
            Some(&b.new.at.child("required")),
            format!("{} request", op.label),
            format!(
                "The request body of `{}` became required: requests without one are rejected.",
                op.label
            ),
        );
    }
}
