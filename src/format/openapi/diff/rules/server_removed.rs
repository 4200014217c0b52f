//! Rule `server-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A server was removed.
    ///
    /// ## Why it matters
    ///
    /// Clients (and generated SDKs) configured with that base URL no longer reach the API. oasdiff
    /// treats server changes as informational; schemata reports a removal as narrowing, since the
    /// clients pinned to that URL do break.
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
    ///   - url: https://legacy.example.com/api
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
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "server-removed",
    effect: Narrows,
    area: "servers",
    summary: "A server was removed.",
    keywords: ["servers"],
    hint: "keep the old address answering (a redirect or a proxy) while clients move",
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for s in server_pairs(old, new) {
        let after = by_url(s.new);
        for (url, x) in by_url(s.old) {
            if !after.contains_key(url) {
                cx.emit(
                    &RULE,
                    Some(&x.at),
                    s.new.at.as_ref(),
                    format!("servers {url}"),
                    format!(
                        "Server `{url}` was removed{}: clients configured with it no longer reach the API.",
                        s.whom
                    ),
                );
            }
        }
    }
}
