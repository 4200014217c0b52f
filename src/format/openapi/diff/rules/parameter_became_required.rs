//! Rule `parameter-became-required`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An optional parameter became required.
    ///
    /// ## Why it matters
    ///
    /// Old clients that leave the parameter out are now rejected.
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
    ///         - {name: region, in: query, schema: {type: string}}
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
    ///         - {name: region, in: query, required: true, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "parameter-became-required",
    effect: Narrows,
    direction: Request,
    area: "parameters",
    summary: "An optional parameter became required.",
    keywords: ["required"],
    hint: "keep it optional and apply a default on the server",
    check: Parameter,
}

fn check(cx: &mut Cx, op: &OpPair, p: &Both<Parameter>) {
    if !p.old.required && p.new.required {
        cx.emit(
            &RULE,
            Some(&p.old.at),
            Some(&p.new.at.child("required")),
            param_at(op, p.new),
            format!(
                "{} of `{}` became required: requests without it are rejected.",
                capitalize(&param_name(p.new)),
                op.label
            ),
        );
    }
}
