//! Rule `operation-deprecated`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An operation was marked deprecated.
    ///
    /// ## Why it matters
    ///
    /// Nothing changes on the wire yet: this announces that the operation will go. It is the first
    /// step of the deprecation policy, which later lets the operation be removed without a
    /// `operation-removed-without-deprecation` finding.
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
    ///       deprecated: true
    ///       x-sunset: "2030-06-30"
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "operation-deprecated",
    effect: Annotation,
    area: "operations",
    summary: "An operation was marked deprecated.",
    keywords: ["deprecated", "x-sunset"],
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    if !op.old.deprecated && op.new.deprecated {
        let sunset = op
            .new
            .sunset
            .as_deref()
            .map_or(String::new(), |d| format!(", with sunset {d}"));
        cx.emit(
            &RULE,
            Some(&op.old.at),
            Some(&op.new.at.child("deprecated")),
            op.label.clone(),
            format!("`{}` was marked deprecated{sunset}.", op.label),
        );
    }
}
