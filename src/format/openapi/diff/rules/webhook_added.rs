//! Rule `webhook-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A webhook was added.
    ///
    /// ## Why it matters
    ///
    /// The API will call subscribers with a new kind of request. Subscribers that do not register for
    /// it see nothing new.
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
    ///   orderShipped:
    ///     post:
    ///       requestBody:
    ///         content:
    ///           application/json: {schema: {type: object}}
    ///       responses:
    ///         "200": {description: received}
    /// ```
    id: "webhook-added",
    effect: Widens,
    area: "webhooks",
    summary: "A webhook was added.",
    keywords: ["webhooks"],
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for (name, item) in &new.webhooks {
        if !old.webhooks.contains_key(name) {
            cx.emit(
                &RULE,
                None,
                Some(&item.at),
                format!("webhook {name}"),
                format!("Webhook `{name}` was added ({}).", methods(item)),
            );
        }
    }
}
