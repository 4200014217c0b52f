//! Rule `operation-undeprecated`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An operation is no longer marked deprecated.
    ///
    /// ## Why it matters
    ///
    /// The operation stays after all. Nothing changes on the wire; clients that migrated away may
    /// come back.
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
    ///       deprecated: true
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
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "operation-undeprecated",
    effect: Annotation,
    area: "operations",
    summary: "An operation is no longer marked deprecated.",
    keywords: ["deprecated"],
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    if op.old.deprecated && !op.new.deprecated {
        cx.emit(
            &RULE,
            Some(&op.old.at.child("deprecated")),
            Some(&op.new.at),
            op.label.clone(),
            format!("`{}` is no longer deprecated.", op.label),
        );
    }
}
