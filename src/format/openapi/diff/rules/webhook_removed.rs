//! Rule `webhook-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A webhook was removed.
    ///
    /// ## Why it matters
    ///
    /// Subscribers that relied on being called for this event are no longer called.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.1.0
    /// info: {title: Orders, version: 1.0.0}
    /// webhooks:
    ///   orderCreated:
    ///     post:
    ///       requestBody:
    ///         content:
    ///           application/json: {schema: {type: object}}
    ///       responses:
    ///         "200": {description: received}
    ///   orderShipped:
    ///     post:
    ///       requestBody:
    ///         content:
    ///           application/json: {schema: {type: object}}
    ///       responses:
    ///         "200": {description: received}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.1.0
    /// info: {title: Orders, version: 1.0.0}
    /// webhooks:
    ///   orderCreated:
    ///     post:
    ///       requestBody:
    ///         content:
    ///           application/json: {schema: {type: object}}
    ///       responses:
    ///         "200": {description: received}
    /// ```
    id: "webhook-removed",
    effect: Narrows,
    area: "webhooks",
    summary: "A webhook was removed.",
    keywords: ["webhooks"],
    hint: "keep sending the event until subscribers have moved; deprecate it first",
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for (name, item) in &old.webhooks {
        if !new.webhooks.contains_key(name) {
            cx.emit(
                &RULE,
                Some(&item.at),
                None,
                format!("webhook {name}"),
                format!("Webhook `{name}` was removed: subscribers no longer receive it."),
            );
        }
    }
}
