//! Rule `security-scope-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An operation requires fewer OAuth scopes.
    ///
    /// ## Why it matters
    ///
    /// Tokens with fewer scopes are now enough; tokens that have the scope still work.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// security: [{oauth: [orders:read, orders:write]}]
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
    /// ```
    id: "security-scope-removed",
    effect: Widens,
    direction: Request,
    area: "security",
    summary: "An operation requires fewer OAuth scopes.",
    keywords: ["security", "scopes"],
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for s in security_pairs(old, new) {
        let (Some(o), Some(n)) = (s.old, s.new) else { continue };
        let (paired, _, _) = pair_alternatives(o, n);
        for (a, b) in paired {
            for (scheme, scopes) in &a.schemes {
                let after = b.schemes.get(scheme).cloned().unwrap_or_default();
                for scope in scopes.difference(&after) {
                    cx.emit(
                        &RULE,
                        Some(&a.at),
                        Some(&b.at),
                        s.at.clone(),
                        format!("{} no longer require scope `{scope}` of `{scheme}`.", s.whom),
                    );
                }
            }
        }
    }
}
