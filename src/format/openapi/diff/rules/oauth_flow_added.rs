//! Rule `oauth-flow-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An OAuth2 scheme offers a new flow.
    ///
    /// ## Why it matters
    ///
    /// Clients may obtain tokens another way.
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
    ///           tokenUrl: https://auth.example.com/token
    ///           scopes: {orders:read: read orders, orders:write: write orders}
    ///         authorizationCode:
    ///           authorizationUrl: https://auth.example.com/authorize
    ///           tokenUrl: https://auth.example.com/token
    ///           scopes: {orders:read: read orders}
    /// ```
    id: "oauth-flow-added",
    effect: Widens,
    area: "security",
    summary: "An OAuth2 scheme offers a new flow.",
    keywords: ["flows"],
    check: SecurityScheme,
}

fn check(cx: &mut Cx, name: &str, s: &Both<SecurityScheme>) {
    for (flow, f) in &s.new.flows {
        if !s.old.flows.contains_key(flow) {
            cx.emit(
                &RULE,
                Some(&s.old.at),
                Some(&f.at),
                format!("securitySchemes {name} {flow}"),
                format!("OAuth scheme `{name}` now offers the `{flow}` flow."),
            );
        }
    }
}
