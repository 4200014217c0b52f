//! Rule `parameter-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A parameter was removed.
    ///
    /// ## Why it matters
    ///
    /// Clients that send the parameter either have it ignored (a filter silently stops filtering) or
    /// rejected by a strict server. Either way, what they asked for no longer happens.
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
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "parameter-removed",
    effect: Narrows,
    direction: Request,
    area: "parameters",
    summary: "A parameter was removed.",
    keywords: ["parameters"],
    hint: "deprecate the parameter (`deprecated: true`) and keep honouring it until clients stop sending it",
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    for (o, n) in &op.parameters {
        if let (Some(p), None) = (o, n) {
            cx.emit(
                &RULE,
                Some(&p.at),
                Some(&op.new.at),
                param_at(op, p),
                format!(
                    "{} was removed from `{}`: clients that send it no longer get its effect (or are rejected).",
                    capitalize(&param_name(p)),
                    op.label
                ),
            );
        }
    }
}
