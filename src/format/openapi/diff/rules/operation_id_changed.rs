//! Rule `operation-id-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An operation's operationId was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Requests and responses are the same, so nothing breaks on the wire. But code generators name
    /// methods after the operationId, and links (`operationId` in Link Objects) refer to it: clients
    /// regenerated from the new description see a renamed method. Set the rule to `breaking` in
    /// `schemata.yaml` if you publish generated SDKs.
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
    ///       operationId: listOrders
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
    ///       operationId: getOrders
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "operation-id-changed",
    effect: Annotation,
    area: "operations",
    summary: "An operation's operationId was added, removed or changed.",
    keywords: ["operationId"],
    hint: "keep the operationId stable; add a new operation (or an alias in your SDK) instead of renaming",
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    let (o, n) = (&op.old.operation_id, &op.new.operation_id);
    if o == n {
        return;
    }
    let message = match (o, n) {
        (None, Some(n)) => format!("`{}` gained operationId `{n}`.", op.label),
        (Some(o), None) => format!(
            "`{}` lost its operationId `{o}`: generated clients name the method differently.",
            op.label
        ),
        (Some(o), Some(n)) => format!(
            "The operationId of `{}` changed from `{o}` to `{n}`: generated clients rename the method.",
            op.label
        ),
        (None, None) => return,
    };
    cx.emit(
        &RULE,
        Some(&op.old.at.child("operationId")),
        Some(&op.new.at.child("operationId")),
        op.label.clone(),
        message,
    );
}
