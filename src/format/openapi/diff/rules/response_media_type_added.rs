//! Rule `response-media-type-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A response can now be sent in another media type.
    ///
    /// ## Why it matters
    ///
    /// Clients choose the media type with `Accept`; old clients keep asking for the one they know.
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
    ///         "200":
    ///           description: the order
    ///           content:
    ///             application/json:
    ///               schema: {type: object, properties: {id: {type: string}}}
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
    ///         "200":
    ///           description: the order
    ///           content:
    ///             application/json:
    ///               schema: {type: object, properties: {id: {type: string}}}
    ///             application/xml:
    ///               schema: {type: object, properties: {id: {type: string}}}
    /// ```
    id: "response-media-type-added",
    effect: Widens,
    direction: Response,
    area: "responses",
    summary: "A response can now be sent in another media type.",
    keywords: ["content"],
    check: Response,
}

fn check(cx: &mut Cx, op: &OpPair, r: &Both<Response>) {
    for (key, m) in &r.new.content {
        if !r.old.content.contains_key(key) {
            cx.emit(
                &RULE,
                Some(&r.old.at),
                Some(&m.at),
                format!("{} {} {}", op.label, r.new.status, m.name),
                format!(
                    "The {} response of `{}` can now also be `{}`.",
                    r.new.status, op.label, m.name
                ),
            );
        }
    }
}
