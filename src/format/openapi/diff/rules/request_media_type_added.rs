//! Rule `request-media-type-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// The request body accepts a new media type.
    ///
    /// ## Why it matters
    ///
    /// Clients may now send the body as another media type; old clients keep theirs.
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
    ///         content:
    ///           application/json:
    ///             schema: {type: object, properties: {sku: {type: string}}}
    ///           application/x-www-form-urlencoded:
    ///             schema: {type: object, properties: {sku: {type: string}}}
    ///       responses:
    ///         "201": {description: created}
    /// ```
    id: "request-media-type-added",
    effect: Widens,
    direction: Request,
    area: "request-body",
    summary: "The request body accepts a new media type.",
    keywords: ["content"],
    check: RequestBody,
}

fn check(cx: &mut Cx, op: &OpPair, b: &Both<RequestBody>) {
    for (key, m) in &b.new.content {
        if !b.old.content.contains_key(key) {
            cx.emit(
                &RULE,
                Some(&b.old.at),
                Some(&m.at),
                format!("{} request {}", op.label, m.name),
                format!("The request body of `{}` now also accepts `{}`.", op.label, m.name),
            );
        }
    }
}
