//! Rule `operation-removed-without-deprecation`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An operation was removed without being deprecated first.
    ///
    /// ## Why it matters
    ///
    /// Clients that call the operation now get `404` or `405 Method Not Allowed`, and the previous
    /// version did not warn them (`deprecated: true` was never set). The deprecation policy asks for
    /// a release that deprecates before the one that removes.
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
    id: "operation-removed-without-deprecation",
    effect: Narrows,
    area: "operations",
    summary: "An operation was removed without being deprecated first.",
    keywords: ["paths", "deprecated"],
    hint: "mark the operation `deprecated: true` with an `x-sunset` date first, and remove it in a later release",
    check: Path,
}

fn check(cx: &mut Cx, p: &Both<PathItem>) {
    for (removed, _) in unpaired_operations(p.old, p.new) {
        if let Some(op) = removed
            && removal(op, cx.today) == Removal::NotDeprecated
        {
            cx.emit(
                &RULE,
                Some(&op.at),
                None,
                op.label(),
                format!(
                    "Operation `{}` was removed without being deprecated first: clients calling it now fail.",
                    op.label()
                ),
            );
        }
    }
}
