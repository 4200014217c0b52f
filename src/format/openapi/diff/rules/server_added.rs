//! Rule `server-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A server was added.
    ///
    /// ## Why it matters
    ///
    /// The API can be reached at another address; the old ones still work.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// servers:
    ///   - url: https://api.example.com/v1
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// servers:
    ///   - url: https://api.example.com/v1
    ///   - url: https://eu.api.example.com/v1
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "server-added",
    effect: Widens,
    area: "servers",
    summary: "A server was added.",
    keywords: ["servers"],
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for s in server_pairs(old, new) {
        let before = by_url(s.old);
        for (url, x) in by_url(s.new) {
            if !before.contains_key(url) {
                cx.emit(
                    &RULE,
                    s.old.at.as_ref(),
                    Some(&x.at),
                    format!("servers {url}"),
                    format!("Server `{url}` was added{}.", s.whom),
                );
            }
        }
    }
}
