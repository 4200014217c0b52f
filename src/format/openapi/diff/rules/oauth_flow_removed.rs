//! Rule `oauth-flow-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An OAuth2 scheme no longer offers a flow.
    ///
    /// ## Why it matters
    ///
    /// Clients that obtain tokens with that flow (a backend with client credentials, a web app with an
    /// authorization code) can no longer get one.
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
    ///         authorizationCode:
    ///           authorizationUrl: https://auth.example.com/authorize
    ///           tokenUrl: https://auth.example.com/token
    ///           scopes: {orders:read: read orders}
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
    ///           tokenUrl: https://auth.example.com/token
    ///           scopes: {orders:read: read orders, orders:write: write orders}
    /// ```
    id: "oauth-flow-removed",
    effect: Narrows,
    area: "security",
    summary: "An OAuth2 scheme no longer offers a flow.",
    keywords: ["flows"],
    hint: "keep the flow until its clients have moved",
    check: SecurityScheme,
}

fn check(cx: &mut Cx, name: &str, s: &Both<SecurityScheme>) {
    for (flow, f) in &s.old.flows {
        if !s.new.flows.contains_key(flow) {
            cx.emit(
                &RULE,
                Some(&f.at),
                Some(&s.new.at),
                format!("securitySchemes {name} {flow}"),
                format!(
                    "OAuth scheme `{name}` no longer offers the `{flow}` flow: clients that use it cannot get tokens."
                ),
            );
        }
    }
}
