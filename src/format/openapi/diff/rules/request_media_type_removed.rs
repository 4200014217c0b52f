//! Rule `request-media-type-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// The request body no longer accepts a media type.
    ///
    /// ## Why it matters
    ///
    /// Clients that send that media type are now rejected (`415 Unsupported Media Type`).
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
    ///           application/xml:
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
    id: "request-media-type-removed",
    effect: Narrows,
    direction: Request,
    area: "request-body",
    summary: "The request body no longer accepts a media type.",
    keywords: ["content"],
    hint: "keep accepting the media type until its clients have moved",
    check: RequestBody,
}

fn check(cx: &mut Cx, op: &OpPair, b: &Both<RequestBody>) {
    for (key, m) in &b.old.content {
        if !b.new.content.contains_key(key) {
            cx.emit(
                &RULE,
                Some(&m.at),
                Some(&b.new.at),
                format!("{} request {}", op.label, m.name),
                format!(
                    "The request body of `{}` no longer accepts `{}`: such requests get 415 Unsupported Media Type.",
                    op.label, m.name
                ),
            );
        }
    }
}
