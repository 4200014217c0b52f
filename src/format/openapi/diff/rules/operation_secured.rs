//! Rule `operation-secured`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An operation that allowed anonymous calls now requires authentication.
    ///
    /// ## Why it matters
    ///
    /// Clients that call without credentials were served and are now refused (`401 Unauthorized`).
    ///
    /// ## Example
    ///
    /// Old:
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
    /// ```
    id: "operation-secured",
    effect: Narrows,
    direction: Request,
    area: "security",
    summary: "An operation that allowed anonymous calls now requires authentication.",
    keywords: ["security"],
    hint: "announce the requirement, and give clients credentials before enforcing it",
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for s in security_pairs(old, new) {
        let (o, n) = (
            s.old.is_none_or(Security::allows_anonymous),
            s.new.is_none_or(Security::allows_anonymous),
        );
        if o && !n {
            let needs: Vec<String> = s
                .new
                .map(|x| x.alternatives.iter().map(describe_requirement).collect())
                .unwrap_or_default();
            cx.emit(
                &RULE,
                Some(s.old_at()),
                Some(s.new_at()),
                s.at.clone(),
                format!(
                    "{} now require authentication ({}): anonymous calls are rejected with 401.",
                    s.whom,
                    needs.join(" or ")
                ),
            );
        }
    }
}
