//! Rule `optional-parameter-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An optional parameter was added.
    ///
    /// ## Why it matters
    ///
    /// Old clients do not send it and keep working; new clients that send it to an old server see it
    /// ignored.
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
    ///         - {name: limit, in: query, schema: {type: integer}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "optional-parameter-added",
    effect: Widens,
    direction: Request,
    area: "parameters",
    summary: "An optional parameter was added.",
    keywords: ["parameters"],
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    for (o, n) in &op.parameters {
        if let (None, Some(p)) = (o, n)
            && !p.required
        {
            cx.emit(
                &RULE,
                Some(&op.old.at),
                Some(&p.at),
                param_at(op, p),
                format!("Optional {} was added to `{}`.", param_name(p), op.label),
            );
        }
    }
}
