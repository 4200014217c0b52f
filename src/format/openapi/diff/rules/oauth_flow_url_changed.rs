//! Rule `oauth-flow-url-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An OAuth2 flow's authorization, token or refresh URL changed.
    ///
    /// ## Why it matters
    ///
    /// Clients are configured with these URLs; once the old one stops answering, they cannot get or
    /// refresh tokens.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// security: [{oauth: [orders:read]}]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// components:
    ///   securitySchemes:
    ///     oauth:
    ///       type: oauth2
    ///       flows:
    ///         clientCredentials:
    ///           tokenUrl: https://auth.example.com/token
    ///           scopes: {orders:read: read orders, orders:write: write orders}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// security: [{oauth: [orders:read]}]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// components:
    ///   securitySchemes:
    ///     oauth:
    ///       type: oauth2
    ///       flows:
    ///         clientCredentials:
    ///           tokenUrl: https://login.example.com/oauth/token
    ///           scopes: {orders:read: read orders, orders:write: write orders}
    /// ```
    id: "oauth-flow-url-changed",
    effect: Reshapes,
    area: "security",
    summary: "An OAuth2 flow's authorization, token or refresh URL changed.",
    keywords: ["flows"],
    hint: "keep the old URL answering (a redirect) while clients move",
    check: SecurityScheme,
}

fn check(cx: &mut Cx, name: &str, s: &Both<SecurityScheme>) {
    for (flow, f) in &s.new.flows {
        let Some(o) = s.old.flows.get(flow) else { continue };
        for (what, a, b) in [
            ("authorizationUrl", &o.authorization_url, &f.authorization_url),
            ("tokenUrl", &o.token_url, &f.token_url),
            ("refreshUrl", &o.refresh_url, &f.refresh_url),
        ] {
            if a != b {
                cx.emit(
                    &RULE,
                    Some(&o.at.child(what)),
                    Some(&f.at.child(what)),
                    format!("securitySchemes {name} {flow}"),
                    format!(
                        "The `{what}` of the `{flow}` flow of `{name}` changed from {} to {}: clients configured with the old one must be updated.",
                        a.as_deref().unwrap_or("none"),
                        b.as_deref().unwrap_or("none")
                    ),
                );
            }
        }
    }
}
