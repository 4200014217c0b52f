//! Rule `parameter-allow-empty-value-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A query parameter now allows an empty value.
    ///
    /// ## Why it matters
    ///
    /// `?flag=` is now accepted where it was rejected.
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
    ///         - {name: flag, in: query, schema: {type: string}}
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
    ///         - {name: flag, in: query, allowEmptyValue: true, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "parameter-allow-empty-value-added",
    effect: Widens,
    direction: Request,
    area: "parameters",
    summary: "A query parameter now allows an empty value.",
    keywords: ["allowEmptyValue"],
    check: Parameter,
}

fn check(cx: &mut Cx, op: &OpPair, p: &Both<Parameter>) {
    if !p.old.allow_empty_value && p.new.allow_empty_value {
        cx.emit(
            &RULE,
            Some(&p.old.at),
            Some(&p.new.at.child("allowEmptyValue")),
            param_at(op, p.new),
            format!(
                "{} of `{}` now allows an empty value.",
                capitalize(&param_name(p.new)),
                op.label
            ),
        );
    }
}
