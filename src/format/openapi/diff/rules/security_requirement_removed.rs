//! Rule `security-requirement-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A way to authenticate was removed.
    ///
    /// ## Why it matters
    ///
    /// Clients that authenticate that way (an API key, basic credentials, a token from that scheme)
    /// are refused.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// security: [{apiKey: []}, {basic: []}]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// components:
    ///   securitySchemes:
    ///     apiKey: {type: apiKey, name: X-Api-Key, in: header}
    ///     basic: {type: http, scheme: basic}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// security: [{apiKey: []}]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// components:
    ///   securitySchemes:
    ///     apiKey: {type: apiKey, name: X-Api-Key, in: header}
    ///     basic: {type: http, scheme: basic}
    /// ```
    id: "security-requirement-removed",
    effect: Narrows,
    direction: Request,
    area: "security",
    summary: "A way to authenticate was removed.",
    keywords: ["security"],
    hint: "keep accepting the old credentials while clients move to the new scheme",
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for s in security_pairs(old, new) {
        let (Some(o), Some(n)) = (s.old, s.new) else { continue };
        if o.allows_anonymous() || n.allows_anonymous() {
            continue;
        }
        let (_, _, removed) = pair_alternatives(o, n);
        for r in removed {
            cx.emit(
                &RULE,
                Some(&r.at),
                Some(&n.at),
                s.at.clone(),
                format!(
                    "{} no longer accept {}: clients that authenticate this way are rejected with 401.",
                    s.whom,
                    describe_requirement(r)
                ),
            );
        }
    }
}
