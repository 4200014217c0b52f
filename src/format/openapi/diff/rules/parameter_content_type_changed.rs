//! Rule `parameter-content-type-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// The media type of a parameter described with `content` changed.
    ///
    /// ## Why it matters
    ///
    /// A parameter described with `content` is serialized as that media type (a JSON-encoded query
    /// value, say). Changing it, or switching between `content` and `schema`, changes how every value
    /// is written.
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
    ///         - name: filter
    ///           in: query
    ///           content:
    ///             application/json: {schema: {type: object}}
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
    ///         - {name: filter, in: query, schema: {type: object}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "parameter-content-type-changed",
    effect: Reshapes,
    direction: Request,
    area: "parameters",
    summary: "The media type of a parameter described with `content` changed.",
    keywords: ["content"],
    hint: "add a new parameter with the new encoding and deprecate the old one",
    check: Parameter,
}

fn check(cx: &mut Cx, op: &OpPair, p: &Both<Parameter>) {
    if p.old.content_type != p.new.content_type {
        let show = |c: &Option<String>| c.clone().unwrap_or_else(|| "a schema".into());
        cx.emit(
            &RULE,
            Some(&p.old.at),
            Some(&p.new.at),
            param_at(op, p.new),
            format!(
                "{} of `{}` is now written as {} instead of {}.",
                capitalize(&param_name(p.new)),
                op.label,
                show(&p.new.content_type),
                show(&p.old.content_type)
            ),
        );
    }
}
