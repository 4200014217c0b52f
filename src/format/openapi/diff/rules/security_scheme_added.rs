//! Rule `security-scheme-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A security scheme was defined.
    ///
    /// ## Why it matters
    ///
    /// A definition only: the operations that start using it report the effect (`operation-secured`,
    /// `security-requirement-added`).
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
    /// components:
    ///   securitySchemes:
    ///     apiKey: {type: apiKey, name: X-Api-Key, in: header}
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
    /// components:
    ///   securitySchemes:
    ///     apiKey: {type: apiKey, name: X-Api-Key, in: header}
    ///     basic: {type: http, scheme: basic}
    /// ```
    id: "security-scheme-added",
    effect: Annotation,
    area: "security",
    summary: "A security scheme was defined.",
    keywords: ["securitySchemes"],
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for (name, s) in &new.schemes {
        if !old.schemes.contains_key(name) {
            cx.emit(
                &RULE,
                None,
                Some(&s.at),
                format!("securitySchemes {name}"),
                format!("Security scheme `{name}` ({}) was defined.", s.kind),
            );
        }
    }
}
