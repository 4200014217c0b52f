//! Rule `response-header-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A response header was removed.
    ///
    /// ## Why it matters
    ///
    /// Clients that read the header (a rate limit, a location, a version) no longer find it.
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
    ///           headers:
    ///             X-Rate-Limit: {schema: {type: integer}, required: true}
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
    ///         "200": {description: the order}
    /// ```
    id: "response-header-removed",
    effect: Narrows,
    direction: Response,
    area: "responses",
    summary: "A response header was removed.",
    keywords: ["headers"],
    hint: "keep sending the header until its readers have moved",
    check: Response,
}

fn check(cx: &mut Cx, op: &OpPair, r: &Both<Response>) {
    for (key, h) in &r.old.headers {
        if !r.new.headers.contains_key(key) {
            cx.emit(
                &RULE,
                Some(&h.at),
                Some(&r.new.at),
                format!("{} {} header {}", op.label, r.new.status, h.name),
                format!(
                    "The {} response of `{}` no longer has header `{}`: clients that read it find nothing.",
                    r.new.status, op.label, h.name
                ),
            );
        }
    }
}
