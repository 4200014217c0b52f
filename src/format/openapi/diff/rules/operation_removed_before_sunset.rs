//! Rule `operation-removed-before-sunset`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A deprecated operation was removed before its sunset date.
    ///
    /// ## Why it matters
    ///
    /// The previous version promised, with `x-sunset`, that the operation would stay until a date that
    /// has not come yet; clients planning their migration by that date break early.
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
    ///     delete:
    ///       deprecated: true
    ///       x-sunset: "2999-12-31"
    ///       responses:
    ///         "204": {description: all orders deleted}
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
    id: "operation-removed-before-sunset",
    effect: Narrows,
    area: "operations",
    summary: "A deprecated operation was removed before its sunset date.",
    keywords: ["paths", "x-sunset"],
    hint: "wait for the `x-sunset` date before removing the operation",
    check: Path,
}

fn check(cx: &mut Cx, p: &Both<PathItem>) {
    for (removed, _) in unpaired_operations(p.old, p.new) {
        if let Some(op) = removed
            && removal(op, cx.today) == Removal::BeforeSunset
        {
            cx.emit(
                &RULE,
                Some(&op.at),
                None,
                op.label(),
                format!(
                    "Operation `{}` was removed before its announced sunset ({}).",
                    op.label(),
                    op.sunset.as_deref().unwrap_or("?")
                ),
            );
        }
    }
}
