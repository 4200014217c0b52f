//! Rule `security-scope-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An operation requires an additional OAuth scope.
    ///
    /// ## Why it matters
    ///
    /// Tokens issued with the old scopes are refused (`403 Forbidden`) until clients ask for the new
    /// scope and users consent to it.
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
    id: "security-scope-added",
    effect: Narrows,
    direction: Request,
    area: "security",
    summary: "An operation requires an additional OAuth scope.",
    keywords: ["security", "scopes"],
    hint: "accept the old scopes for a while, or require the new scope only on new operations",
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for s in security_pairs(old, new) {
        let (Some(o), Some(n)) = (s.old, s.new) else { continue };
        let (paired, _, _) = pair_alternatives(o, n);
        for (a, b) in paired {
            for (scheme, scopes) in &b.schemes {
                let before = a.schemes.get(scheme).cloned().unwrap_or_default();
                for scope in scopes.difference(&before) {
                    cx.emit(
                        &RULE,
                        Some(&a.at),
                        Some(&b.at),
                        s.at.clone(),
                        format!(
                            "{} now require scope `{scope}` of `{scheme}`: tokens without it are rejected with 403.",
                            s.whom
                        ),
                    );
                }
            }
        }
    }
}
