//! Rule `response-media-type-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A response is no longer sent in a media type.
    ///
    /// ## Why it matters
    ///
    /// Clients that ask for that media type (`Accept`) get `406 Not Acceptable`, or a format they do
    /// not parse.
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
    ///             application/xml:
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
    /// ```
    id: "response-media-type-removed",
    effect: Narrows,
    direction: Response,
    area: "responses",
    summary: "A response is no longer sent in a media type.",
    keywords: ["content"],
    hint: "keep producing the media type until its clients have moved",
    check: Response,
}

fn check(cx: &mut Cx, op: &OpPair, r: &Both<Response>) {
    for (key, m) in &r.old.content {
        if !r.new.content.contains_key(key) {
            cx.emit(
                &RULE,
                Some(&m.at),
                Some(&r.new.at),
                format!("{} {} {}", op.label, r.new.status, m.name),
                format!(
                    "The {} response of `{}` is no longer sent as `{}`: clients that ask for it get 406 Not Acceptable or another format.",
                    r.new.status, op.label, m.name
                ),
            );
        }
    }
}
