//! Rule `response-header-became-required`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A response header is now always sent.
    ///
    /// ## Why it matters
    ///
    /// A stronger promise to clients; those built for it may rely on a header an older server omits.
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
    ///             X-Rate-Limit: {schema: {type: integer}}
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
    id: "response-header-became-required",
    effect: Widens,
    direction: Response,
    area: "responses",
    summary: "A response header is now always sent.",
    keywords: ["headers", "required"],
    check: Header,
}

fn check(cx: &mut Cx, op: &OpPair, r: &Both<Response>, h: &Both<Header>) {
    if !h.old.required && h.new.required {
        cx.emit(
            &RULE,
            Some(&h.old.at),
            Some(&h.new.at.child("required")),
            format!("{} {} header {}", op.label, r.new.status, h.new.name),
            format!(
                "Header `{}` of the {} response of `{}` is now always sent.",
                h.new.name, r.new.status, op.label
            ),
        );
    }
}
