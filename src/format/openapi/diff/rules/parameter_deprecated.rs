//! Rule `parameter-deprecated`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A parameter was marked deprecated.
    ///
    /// ## Why it matters
    ///
    /// Nothing changes on the wire; clients are told to stop sending it.
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
    ///         - {name: status, in: query, schema: {type: string}}
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
    ///         - {name: status, in: query, deprecated: true, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "parameter-deprecated",
    effect: Annotation,
    direction: Request,
    area: "parameters",
    summary: "A parameter was marked deprecated.",
    keywords: ["deprecated"],
    check: Parameter,
}

fn check(cx: &mut Cx, op: &OpPair, p: &Both<Parameter>) {
    if !p.old.deprecated && p.new.deprecated {
        cx.emit(
            &RULE,
            Some(&p.old.at),
            Some(&p.new.at.child("deprecated")),
            param_at(op, p.new),
            format!(
                "{} of `{}` was marked deprecated.",
                capitalize(&param_name(p.new)),
                op.label
            ),
        );
    }
}
