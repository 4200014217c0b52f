//! Rule `optional-parameter-default-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// The default of an optional parameter was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// A client that leaves an optional parameter out gets the server's default. Changing it changes
    /// what every such request means (a page size, a sort order, a filter) without the client
    /// changing anything.
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
    ///         - {name: limit, in: query, schema: {type: integer, default: 20}}
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
    ///         - {name: limit, in: query, schema: {type: integer, default: 50}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "optional-parameter-default-changed",
    effect: Reshapes,
    direction: Request,
    area: "parameters",
    summary: "The default of an optional parameter was added, removed or changed.",
    keywords: ["default"],
    hint: "keep the default; clients that want the new behaviour can ask for it explicitly",
    check: Parameter,
}

fn check(cx: &mut Cx, op: &OpPair, p: &Both<Parameter>) {
    if !p.new.required && p.old.default != p.new.default {
        let show = |v: &Option<serde_json::Value>| v.as_ref().map_or("none".to_string(), |v| format!("`{v}`"));
        cx.emit(
            &RULE,
            p.old.schema_at.as_ref().or(Some(&p.old.at)),
            p.new.schema_at.as_ref().or(Some(&p.new.at)),
            param_at(op, p.new),
            format!(
                "The default of optional {} of `{}` changed from {} to {}: requests that leave it out now mean something else.",
                param_name(p.new),
                op.label,
                show(&p.old.default),
                show(&p.new.default)
            ),
        );
    }
}
