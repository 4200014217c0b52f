//! Rule `request-body-became-optional`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// The request body became optional.
    ///
    /// ## Why it matters
    ///
    /// Old clients send it anyway; new clients may leave it out, which an old server rejects.
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
    ///         required: true
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
    ///         content:
    ///           application/json:
    ///             schema: {type: object, properties: {sku: {type: string}}}
    ///       responses:
    ///         "201": {description: created}
    /// ```
    id: "request-body-became-optional",
    effect: Widens,
    direction: Request,
    area: "request-body",
    summary: "The request body became optional.",
    keywords: ["requestBody", "required"],
    check: RequestBody,
}

fn check(cx: &mut Cx, op: &OpPair, b: &Both<RequestBody>) {
    if b.old.required && !b.new.required {
        cx.emit(
            &RULE,
            Some(&b.old.at.child("required")),
            Some(&b.new.at),
            format!("{} request", op.label),
            format!("The request body of `{}` became optional.", op.label),
        );
    }
}
