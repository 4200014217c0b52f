//! Rule `server-variable-value-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A server variable no longer accepts a value.
    ///
    /// ## Why it matters
    ///
    /// Clients configured with that value (a region, an environment) no longer reach the API.
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
    ///         default: eu
    ///         enum: [eu]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "server-variable-value-removed",
    effect: Narrows,
    area: "servers",
    summary: "A server variable no longer accepts a value.",
    keywords: ["servers"],
    hint: "keep the address answering while clients move",
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for s in server_pairs(old, new) {
        let before = by_url(s.old);
        for (url, x) in by_url(s.new) {
            let Some(o) = before.get(url) else { continue };
            for (var, v) in &x.variables {
                let (Some(ov), Some(nv)) = (o.variables.get(var).and_then(|v| v.values.as_ref()), v.values.as_ref())
                else {
                    continue;
                };
                for value in ov.iter().filter(|x| !nv.contains(x)) {
                    cx.emit(
                        &RULE,
                        Some(&o.at),
                        Some(&v.at),
                        format!("servers {url} {var}"),
                        format!(
                            "Variable `{var}` of server `{url}` no longer accepts `{value}`{}: clients using that address no longer reach the API.",
                            s.whom
                        ),
                    );
                }
            }
        }
    }
}
