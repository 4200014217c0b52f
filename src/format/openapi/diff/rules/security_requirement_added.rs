//! Rule `security-requirement-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A new way to authenticate was added.
    ///
    /// ## Why it matters
    ///
    /// Clients may authenticate another way; the ways they use still work.
    ///
    /// ## Example
    ///
    /// Old:
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
    ///
    /// New:
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
    id: "security-requirement-added",
    effect: Widens,
    direction: Request,
    area: "security",
    summary: "A new way to authenticate was added.",
    keywords: ["security"],
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for s in security_pairs(old, new) {
        let (Some(o), Some(n)) = (s.old, s.new) else { continue };
        if o.allows_anonymous() || n.allows_anonymous() {
            continue;
        }
        let (_, added, _) = pair_alternatives(o, n);
        for r in added {
            cx.emit(
                &RULE,
                Some(&o.at),
                Some(&r.at),
                s.at.clone(),
                format!("{} now also accept {}.", s.whom, describe_requirement(r)),
            );
        }
    }
}
