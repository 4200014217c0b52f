//! Rule `parameter-became-optional`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A required parameter became optional.
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
    ///     get:
    ///       parameters:
    ///         - {name: region, in: query, required: true, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// paths:
    ///   /orders:
    ///     get:
    ///       parameters:
    ///         - {name: region, in: query, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "parameter-became-optional",
    effect: Widens,
    direction: Request,
    area: "parameters",
    summary: "A required parameter became optional.",
    keywords: ["required"],
    check: Parameter,
}

fn check(cx: &mut Cx, op: &OpPair, p: &Both<Parameter>) {
    if p.old.required && !p.new.required {
        cx.emit(
            &RULE,
            Some(&p.old.at.child("required")),
            Some(&p.new.at),
            param_at(op, p.new),
            format!("{} of `{}` became optional.", capitalize(&param_name(p.new)), op.label),
        );
    }
}
