//! Rule `security-scheme-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A security scheme definition was removed.
    ///
    /// ## Why it matters
    ///
    /// A definition only: the operations that stop accepting it report the effect
    /// (`security-requirement-removed`).
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
    ///     basic: {type: http, scheme: basic}
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
    /// ```
    id: "security-scheme-removed",
    effect: Annotation,
    area: "security",
    summary: "A security scheme definition was removed.",
    keywords: ["securitySchemes"],
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for (name, s) in &old.schemes {
        if !new.schemes.contains_key(name) {
            cx.emit(
                &RULE,
                Some(&s.at),
                None,
                format!("securitySchemes {name}"),
                format!("Security scheme `{name}` ({}) is no longer defined.", s.kind),
            );
        }
    }
}
