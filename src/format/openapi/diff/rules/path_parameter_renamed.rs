//! Rule `path-parameter-renamed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A path parameter was renamed in the template.
    ///
    /// ## Why it matters
    ///
    /// The name of a path parameter is not sent: `/orders/{id}` and `/orders/{orderId}` match the same
    /// requests, and schemata pairs the two paths (and their parameters, by position). Generated
    /// clients may rename an argument.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    ///
    /// paths:
    ///   /orders/{id}:
    ///     get:
    ///       parameters:
    ///         - {name: id, in: path, required: true, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the order}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    ///
    /// paths:
    ///   /orders/{orderId}:
    ///     get:
    ///       parameters:
    ///         - {name: orderId, in: path, required: true, schema: {type: string}}
    ///       responses:
    ///         "200": {description: the order}
    /// ```
    id: "path-parameter-renamed",
    effect: Annotation,
    area: "paths",
    summary: "A path parameter was renamed in the template.",
    keywords: ["paths", "parameters"],
    check: Path,
}

fn check(cx: &mut Cx, p: &Both<PathItem>) {
    let (o, n) = (template_names(&p.old.template), template_names(&p.new.template));
    for (a, b) in o.iter().zip(&n) {
        if a != b {
            cx.emit(
                &RULE,
                Some(&p.old.at),
                Some(&p.new.at),
                p.new.template.clone(),
                format!(
                    "Path parameter `{{{a}}}` of `{}` was renamed `{{{b}}}`; requests are unchanged.",
                    p.new.template
                ),
            );
        }
    }
}
