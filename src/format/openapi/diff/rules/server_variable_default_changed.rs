//! Rule `server-variable-default-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A server variable's default changed.
    ///
    /// ## Why it matters
    ///
    /// Clients (and generated SDKs) that use the default now talk to another host: other data, other
    /// latency, maybe another jurisdiction.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// servers:
    ///   - url: https://{region}.api.example.com/v1
    ///     variables:
    ///       region:
    ///         default: eu
    ///         enum: [eu, us]
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
    ///   - url: https://{region}.api.example.com/v1
    ///     variables:
    ///       region:
    ///         default: us
    ///         enum: [eu, us]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "server-variable-default-changed",
    effect: Reshapes,
    area: "servers",
    summary: "A server variable's default changed.",
    keywords: ["servers"],
    hint: "keep the default; let clients choose the new value explicitly",
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for s in server_pairs(old, new) {
        let before = by_url(s.old);
        for (url, x) in by_url(s.new) {
            let Some(o) = before.get(url) else { continue };
            for (var, v) in &x.variables {
                let Some(ov) = o.variables.get(var) else { continue };
                if ov.default != v.default {
                    cx.emit(
                        &RULE,
                        Some(&ov.at),
                        Some(&v.at),
                        format!("servers {url} {var}"),
                        format!(
                            "The default of variable `{var}` of server `{url}` changed from `{}` to `{}`{}: clients that rely on it reach another address.",
                            ov.default.as_deref().unwrap_or(""),
                            v.default.as_deref().unwrap_or(""),
                            s.whom
                        ),
                    );
                }
            }
        }
    }
}
