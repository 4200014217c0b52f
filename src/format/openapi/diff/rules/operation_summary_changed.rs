//! Rule `operation-summary-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An operation's summary or description changed.
    ///
    /// ## Why it matters
    ///
    /// Documentation only; requests and responses are the same.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    ///
    /// paths:
    ///   /orders:
    ///     get:
    ///       summary: List orders
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    ///
    /// paths:
    ///   /orders:
    ///     get:
    ///       summary: List the caller's orders, newest first
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "operation-summary-changed",
    effect: Annotation,
    area: "operations",
    summary: "An operation's summary or description changed.",
    keywords: ["summary", "description"],
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    if op.old.summary != op.new.summary || op.old.description != op.new.description {
        cx.emit(
            &RULE,
            Some(&op.old.at),
            Some(&op.new.at),
            op.label.clone(),
            format!("The summary or description of `{}` changed.", op.label),
        );
    }
}
