//! Rule `oauth-scope-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An OAuth2 flow offers a new scope.
    ///
    /// ## Why it matters
    ///
    /// Clients may ask for a new scope; the scopes they ask for still exist.
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
    ///           scopes: {orders:read: read orders, orders:write: write orders, orders:admin: manage orders}
    /// ```
    id: "oauth-scope-added",
    effect: Widens,
    area: "security",
    summary: "An OAuth2 flow offers a new scope.",
    keywords: ["scopes"],
    check: SecurityScheme,
}

fn check(cx: &mut Cx, name: &str, s: &Both<SecurityScheme>) {
    for (flow, f) in &s.new.flows {
        let Some(o) = s.old.flows.get(flow) else { continue };
        for scope in f.scopes.difference(&o.scopes) {
            cx.emit(
                &RULE,
                Some(&o.at),
                Some(&f.at),
                format!("securitySchemes {name} {flow}"),
                format!("The `{flow}` flow of `{name}` now offers scope `{scope}`."),
            );
        }
    }
}
