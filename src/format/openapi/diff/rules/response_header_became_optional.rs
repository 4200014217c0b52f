//! Rule `response-header-became-optional`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A response header is no longer always sent.
    ///
    /// ## Why it matters
    ///
    /// Clients that rely on the header being there may not find it.
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
    ///         "200":
    ///           description: the order
    ///           headers:
    ///             X-Rate-Limit: {schema: {type: integer}}
    /// ```
    id: "response-header-became-optional",
    effect: Narrows,
    direction: Response,
    area: "responses",
    summary: "A response header is no longer always sent.",
    keywords: ["headers", "required"],
    hint: "keep sending the header on every response",
    check: Header,
}

fn check(cx: &mut Cx, op: &OpPair, r: &Both<Response>, h: &Both<Header>) {
    if h.old.required && !h.new.required {
        cx.emit(
            &RULE,
            Some(&h.old.at.child("required")),
            Some(&h.new.at),
            format!("{} {} header {}", op.label, r.new.status, h.new.name),
            format!(
                "Header `{}` of the {} response of `{}` is no longer always sent: clients that rely on it may not find it.",
                h.new.name, r.new.status, op.label
            ),
        );
    }
}
