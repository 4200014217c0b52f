//! Lint rule `success-response-missing`.

use crate::format::openapi::lint::{Cx, Doc};

crate::declare_openapi_lint! {
    /// An operation documents no success (2xx) response.
    ///
    /// ## Why it matters
    ///
    /// Clients learn what a call returns from its success response. With only errors (or only
    /// `default`) documented, generated clients have no return type and readers cannot tell
    /// what success looks like.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// paths:
    ///   /orders:
    ///     post:
    ///       responses:
    ///         "400": {description: invalid order}
    /// ```
    id: "success-response-missing",
    level: Warn,
    summary: "An operation documents no success (2xx) response.",
}

fn check(cx: &mut Cx, doc: &Doc) {
    for op in &doc.operations {
        let Some(responses) = op.value.get("responses").and_then(|r| r.as_object()) else {
            continue;
        };
        if !responses.keys().any(|k| k.starts_with('2')) {
            cx.report(
                &RULE,
                &format!("{}/responses", op.pointer),
                format!("`{}` documents no success response", op.label()),
                Some("document what a successful call returns, e.g. `\"200\"` or `\"204\"`".into()),
            );
        }
    }
}
