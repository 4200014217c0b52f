//! Lint rule `server-url-insecure`.

use crate::format::openapi::lint::{Cx, Doc};
use serde_json::Value;

crate::declare_openapi_lint! {
    /// A server URL uses plain `http://` for a host other than localhost.
    ///
    /// ## Why it matters
    ///
    /// Credentials and data cross the network unencrypted, and clients generated from the
    /// description default to that URL.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// servers:
    ///   - url: http://api.example.com/v1
    /// ```
    id: "server-url-insecure",
    level: Warn,
    summary: "A server URL uses plain http:// for a public host.",
}

fn check(cx: &mut Cx, doc: &Doc) {
    let Some(servers) = doc.root.get("servers").and_then(Value::as_array) else {
        return;
    };
    for (i, s) in servers.iter().enumerate() {
        let Some(url) = s.get("url").and_then(Value::as_str) else {
            continue;
        };
        let Some(rest) = url.strip_prefix("http://") else {
            continue;
        };
        let host = rest.split(['/', ':']).next().unwrap_or("");
        if !matches!(host, "localhost" | "127.0.0.1" | "[::1]") {
            cx.report(
                &RULE,
                &format!("/servers/{i}/url"),
                format!("server `{url}` is plain HTTP"),
                Some("use https://".into()),
            );
        }
    }
}
