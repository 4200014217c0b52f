//! Rule `parameter-style-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A parameter's serialization style changed.
    ///
    /// ## Why it matters
    ///
    /// `style` decides how a value is written in the URL or header (`form`: `ids=1,2`,
    /// `spaceDelimited`: `ids=1%202`, `deepObject`: `filter[a]=1`…). Old clients keep writing the old
    /// way, which the server now parses differently or rejects.
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
    ///         - {name: ids, in: query, style: form, explode: false, schema: {type: array, items: {type: integer}}}
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
    ///         - {name: ids, in: query, style: pipeDelimited, explode: false, schema: {type: array, items: {type: integer}}}
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "parameter-style-changed",
    effect: Reshapes,
    direction: Request,
    area: "parameters",
    summary: "A parameter's serialization style changed.",
    keywords: ["style"],
    hint: "add a new parameter with the new style and deprecate the old one",
    check: Parameter,
}

fn check(cx: &mut Cx, op: &OpPair, p: &Both<Parameter>) {
    if p.old.style != p.new.style {
        cx.emit(
            &RULE,
            Some(&p.old.at),
            Some(&p.new.at),
            param_at(op, p.new),
            format!(
                "The style of {} of `{}` changed from `{}` to `{}`: the same value is written differently.",
                param_name(p.new),
                op.label,
                p.old.style,
                p.new.style
            ),
        );
    }
}
