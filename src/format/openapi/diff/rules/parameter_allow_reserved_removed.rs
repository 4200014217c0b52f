//! Rule `parameter-allow-reserved-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A query parameter no longer allows reserved characters unencoded.
    ///
    /// ## Why it matters
    ///
    /// Clients that send `a/b` unencoded now have it misread or rejected.
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
    ///         - {name: path, in: query, allowReserved: true, schema: {type: string}}
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
    ///         - {name: path, in: query, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "parameter-allow-reserved-removed",
    effect: Narrows,
    direction: Request,
    area: "parameters",
    summary: "A query parameter no longer allows reserved characters unencoded.",
    keywords: ["allowReserved"],
    hint: "keep accepting unencoded reserved characters",
    check: Parameter,
}

fn check(cx: &mut Cx, op: &OpPair, p: &Both<Parameter>) {
    if p.old.allow_reserved && !p.new.allow_reserved {
        cx.emit(
            &RULE,
            Some(&p.old.at.child("allowReserved")),
            Some(&p.new.at),
            param_at(op, p.new),
            format!(
                "{} of `{}` no longer allows reserved characters unencoded: such values are misread or rejected.",
                capitalize(&param_name(p.new)),
                op.label
            ),
        );
    }
}
