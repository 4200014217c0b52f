//! Rule `oauth-scope-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An OAuth2 flow no longer offers a scope.
    ///
    /// ## Why it matters
    ///
    /// Clients that ask for the scope when they request a token are refused (`invalid_scope`).
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
    ///           scopes: {orders:read: read orders}
    /// ```
    id: "oauth-scope-removed",
    effect: Narrows,
    area: "security",
    summary: "An OAuth2 flow no longer offers a scope.",
    keywords: ["scopes"],
    hint: "keep granting the scope (even if it no longer guards anything) until clients stop asking for it",
    check: SecurityScheme,
}

fn check(cx: &mut Cx, name: &str, s: &Both<SecurityScheme>) {
    for (flow, f) in &s.new.flows {
        let Some(o) = s.old.flows.get(flow) else { continue };
        for scope in o.scopes.difference(&f.scopes) {
            cx.emit(
                &RULE,
                Some(&o.at),
                Some(&f.at),
                format!("securitySchemes {name} {flow}"),
                format!("The `{flow}` flow of `{name}` no longer offers scope `{scope}`: clients that ask for it are refused a token."),
            );
        }
    }
}
