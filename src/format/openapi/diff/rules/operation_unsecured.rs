//! Rule `operation-unsecured`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An operation no longer requires authentication.
    ///
    /// ## Why it matters
    ///
    /// Anonymous calls are now served. Authenticated clients keep working (credentials they send are
    /// ignored or still honoured). Worth a security review.
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
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// components:
    ///   securitySchemes:
    ///     apiKey: {type: apiKey, name: X-Api-Key, in: header}
    /// ```
    id: "operation-unsecured",
    effect: Widens,
    direction: Request,
    area: "security",
    summary: "An operation no longer requires authentication.",
    keywords: ["security"],
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for s in security_pairs(old, new) {
        let (o, n) = (
            s.old.is_none_or(Security::allows_anonymous),
            s.new.is_none_or(Security::allows_anonymous),
        );
        if !o && n {
            cx.emit(
                &RULE,
                Some(s.old_at()),
                Some(s.new_at()),
                s.at.clone(),
                format!("{} no longer require authentication.", s.whom),
            );
        }
    }
}
