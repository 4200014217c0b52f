//! Rule `security-scheme-http-scheme-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An HTTP authentication scheme changed (e.g. basic to bearer).
    ///
    /// ## Why it matters
    ///
    /// `Authorization: Basic …` and `Authorization: Bearer …` are different credentials: old clients
    /// are refused.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// security: [{auth: []}]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// components:
    ///   securitySchemes:
    ///     auth: {type: http, scheme: basic}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// security: [{auth: []}]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// components:
    ///   securitySchemes:
    ///     auth: {type: http, scheme: bearer}
    /// ```
    id: "security-scheme-http-scheme-changed",
    effect: Reshapes,
    area: "security",
    summary: "An HTTP authentication scheme changed (e.g. basic to bearer).",
    keywords: ["securitySchemes"],
    hint: "define the new scheme under a new name and accept both while clients move",
    check: SecurityScheme,
}

fn check(cx: &mut Cx, name: &str, s: &Both<SecurityScheme>) {
    if s.old.kind == "http" && s.new.kind == "http" && s.old.scheme != s.new.scheme {
        cx.emit(
            &RULE,
            Some(&s.old.at),
            Some(&s.new.at),
            format!("securitySchemes {name}"),
            format!(
                "Security scheme `{name}` now uses HTTP `{}` instead of `{}`: clients send the wrong Authorization header.",
                s.new.scheme.as_deref().unwrap_or("?"),
                s.old.scheme.as_deref().unwrap_or("?")
            ),
        );
    }
}
