//! Rule `response-header-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A response header was added.
    ///
    /// ## Why it matters
    ///
    /// More information for clients that want it; old clients ignore it.
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
    ///           headers:
    ///             X-Rate-Limit: {schema: {type: integer}, required: true}
    /// ```
    id: "response-header-added",
    effect: Widens,
    direction: Response,
    area: "responses",
    summary: "A response header was added.",
    keywords: ["headers"],
    check: Response,
}

fn check(cx: &mut Cx, op: &OpPair, r: &Both<Response>) {
    for (key, h) in &r.new.headers {
        if !r.old.headers.contains_key(key) {
            cx.emit(
                &RULE,
                Some(&r.old.at),
                Some(&h.at),
                format!("{} {} header {}", op.label, r.new.status, h.name),
                format!(
                    "The {} response of `{}` gained header `{}`.",
                    r.new.status, op.label, h.name
                ),
            );
        }
    }
}
