//! Rule `security-scheme-openid-url-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An OpenID Connect discovery URL changed.
    ///
    /// ## Why it matters
    ///
    /// Tokens from the old issuer are no longer trusted; clients must be reconfigured.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// security: [{oidc: []}]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// components:
    ///   securitySchemes:
    ///     oidc: {type: openIdConnect, openIdConnectUrl: "https://id.example.com/.well-known/openid-configuration"}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// security: [{oidc: []}]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// components:
    ///   securitySchemes:
    ///     oidc: {type: openIdConnect, openIdConnectUrl: "https://login.example.org/.well-known/openid-configuration"}
    /// ```
    id: "security-scheme-openid-url-changed",
    effect: Reshapes,
    area: "security",
    summary: "An OpenID Connect discovery URL changed.",
    keywords: ["securitySchemes"],
    hint: "trust both issuers while clients move",
    check: SecurityScheme,
}

fn check(cx: &mut Cx, name: &str, s: &Both<SecurityScheme>) {
    if s.old.open_id_connect_url != s.new.open_id_connect_url
        && (s.old.open_id_connect_url.is_some() || s.new.open_id_connect_url.is_some())
    {
        cx.emit(
            &RULE,
            Some(&s.old.at),
            Some(&s.new.at),
            format!("securitySchemes {name}"),
            format!("The OpenID Connect URL of `{name}` changed: tokens come from another issuer."),
        );
    }
}
