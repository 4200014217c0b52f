//! Lint rule `deprecation-reason-required`.

use crate::format::graphql::lint::{Cx, Item};

crate::declare_graphql_lint! {
    /// Every `@deprecated` says why, and what to use instead.
    ///
    /// ## Why it matters
    ///
    /// A deprecation is a message to every client developer: "stop using this". Without a
    /// reason they learn neither what replaces it nor when it goes; GraphQL then shows the
    /// generic "No longer supported".
    ///
    /// ## Example
    ///
    /// ```graphql
    /// type Order { total: Int @deprecated }
    /// ```
    ///
    /// Write `@deprecated(reason: "Use totalAmount, which carries the currency.")`.
    id: "deprecation-reason-required",
    level: Warn,
    summary: "Every `@deprecated` says why, and what to use instead.",
}

fn check(cx: &mut Cx, item: &Item) {
    let Some(d) = item.directives().and_then(|d| d.get("deprecated")) else {
        return;
    };
    let reason = d
        .arguments
        .iter()
        .find(|a| a.name == "reason")
        .and_then(|a| match a.value.as_ref() {
            apollo_compiler::ast::Value::String(s) => Some(s.trim().to_string()),
            _ => None,
        });
    if reason.as_deref().is_none_or(str::is_empty) {
        cx.report(
            item,
            format!("`{}` is deprecated without a reason", item.coordinate()),
            Some("add `reason: \"…\"` naming what to use instead".into()),
        );
    }
}
