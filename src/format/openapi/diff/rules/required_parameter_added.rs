//! Rule `required-parameter-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A required parameter was added.
    ///
    /// ## Why it matters
    ///
    /// Every request an old client sends lacks the parameter, and the server now requires it: old
    /// clients are rejected (typically `400 Bad Request`).
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
    ///         - {name: region, in: query, required: true, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "required-parameter-added",
    effect: Narrows,
    direction: Request,
    area: "parameters",
    summary: "A required parameter was added.",
    keywords: ["parameters", "required"],
    hint: "add the parameter as optional with a server-side default, and make it required in a later major version",
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    for (o, n) in &op.parameters {
        if let (None, Some(p)) = (o, n)
            && p.required
        {
            cx.emit(
                &RULE,
                Some(&op.old.at),
                Some(&p.at),
                param_at(op, p),
                format!(
                    "Required {} was added to `{}`: requests without it are rejected.",
                    param_name(p),
                    op.label
                ),
            );
        }
    }
}
