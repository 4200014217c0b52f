//! Rule `parameter-explode-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A parameter's explode flag changed.
    ///
    /// ## Why it matters
    ///
    /// With `explode: true` an array query parameter is `ids=1&ids=2`; with `false` it is `ids=1,2`.
    /// Old clients keep the old form, which the server now reads differently.
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
    ///         - {name: ids, in: query, explode: true, schema: {type: array, items: {type: integer}}}
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
    ///         - {name: ids, in: query, explode: false, schema: {type: array, items: {type: integer}}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "parameter-explode-changed",
    effect: Reshapes,
    direction: Request,
    area: "parameters",
    summary: "A parameter's explode flag changed.",
    keywords: ["explode"],
    hint: "add a new parameter with the new form and deprecate the old one",
    check: Parameter,
}

fn check(cx: &mut Cx, op: &OpPair, p: &Both<Parameter>) {
    if p.old.explode != p.new.explode {
        cx.emit(
            &RULE,
            Some(&p.old.at),
            Some(&p.new.at),
            param_at(op, p.new),
            format!(
                "`explode` of {} of `{}` changed from {} to {}: arrays and objects are written differently.",
                param_name(p.new),
                op.label,
                p.old.explode,
                p.new.explode
            ),
        );
    }
}
