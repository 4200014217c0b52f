//! Rule `parameter-allow-reserved-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A query parameter now allows reserved characters unencoded.
    ///
    /// ## Why it matters
    ///
    /// Values such as `a/b` may now be sent without percent-encoding; encoded values still work.
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
    ///         - {name: path, in: query, schema: {type: string}}
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
    ///         - {name: path, in: query, allowReserved: true, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "parameter-allow-reserved-added",
    effect: Widens,
    direction: Request,
    area: "parameters",
    summary: "A query parameter now allows reserved characters unencoded.",
    keywords: ["allowReserved"],
    check: Parameter,
}

fn check(cx: &mut Cx, op: &OpPair, p: &Both<Parameter>) {
    if !p.old.allow_reserved && p.new.allow_reserved {
        cx.emit(
            &RULE,
            Some(&p.old.at),
            Some(&p.new.at.child("allowReserved")),
            param_at(op, p.new),
            format!(
                "{} of `{}` now allows reserved characters (`:/?#[]@!$&'()*+,;=`) unencoded.",
                capitalize(&param_name(p.new)),
                op.label
            ),
        );
    }
}
