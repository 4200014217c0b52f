//! Rule `parameter-allow-empty-value-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A query parameter no longer allows an empty value.
    ///
    /// ## Why it matters
    ///
    /// Clients that send the parameter with an empty value (`?flag=`) are now rejected.
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
    ///         - {name: flag, in: query, allowEmptyValue: true, schema: {type: string}}
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
    ///         - {name: flag, in: query, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "parameter-allow-empty-value-removed",
    effect: Narrows,
    direction: Request,
    area: "parameters",
    summary: "A query parameter no longer allows an empty value.",
    keywords: ["allowEmptyValue"],
    hint: "keep accepting the empty value",
    check: Parameter,
}

fn check(cx: &mut Cx, op: &OpPair, p: &Both<Parameter>) {
    if p.old.allow_empty_value && !p.new.allow_empty_value {
        cx.emit(
            &RULE,
            Some(&p.old.at.child("allowEmptyValue")),
            Some(&p.new.at),
            param_at(op, p.new),
            format!(
                "{} of `{}` no longer allows an empty value: requests with `{}=` are rejected.",
                capitalize(&param_name(p.new)),
                op.label,
                p.new.name
            ),
        );
    }
}
