//! Rule `security-scheme-type-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A security scheme changed type.
    ///
    /// ## Why it matters
    ///
    /// An API key becomes an OAuth token, basic credentials a bearer token: every client that uses the
    /// scheme has to change how it authenticates.
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
    ///     auth: {type: apiKey, name: X-Api-Key, in: header}
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
    id: "security-scheme-type-changed",
    effect: Reshapes,
    area: "security",
    summary: "A security scheme changed type.",
    keywords: ["securitySchemes"],
    hint: "define the new scheme under a new name and accept both while clients move",
    check: SecurityScheme,
}

fn check(cx: &mut Cx, name: &str, s: &Both<SecurityScheme>) {
    if s.old.kind != s.new.kind {
        cx.emit(
            &RULE,
            Some(&s.old.at.child("type")),
            Some(&s.new.at.child("type")),
            format!("securitySchemes {name}"),
            format!(
                "Security scheme `{name}` changed from `{}` to `{}`: clients send credentials another way.",
                s.old.kind, s.new.kind
            ),
        );
    }
}
