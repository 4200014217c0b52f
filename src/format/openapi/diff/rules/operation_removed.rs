//! Rule `operation-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A deprecated operation (past its sunset) was removed.
    ///
    /// ## Why it matters
    ///
    /// Clients that still call the operation now get `404` or `405 Method Not Allowed`. It had been
    /// marked `deprecated: true` (and any `x-sunset` date has passed), so this is the planned end of a
    /// deprecation, but clients that did not migrate break: it needs a major version. Set the rule to
    /// `compatible` in `schemata.yaml` if your policy treats a sanctioned removal as non-breaking.
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
    id: "operation-removed",
    effect: Narrows,
    area: "operations",
    summary: "A deprecated operation (past its sunset) was removed.",
    keywords: ["paths"],
    hint: "keep the operation until its clients have moved; the removal itself is the last step of the deprecation",
    check: Path,
}

fn check(cx: &mut Cx, p: &Both<PathItem>) {
    for (removed, _) in unpaired_operations(p.old, p.new) {
        if let Some(op) = removed
            && removal(op, cx.today) == Removal::Sanctioned
        {
            cx.emit(
                &RULE,
                Some(&op.at),
                None,
                op.label(),
                format!("Operation `{}` was removed; it had been deprecated.", op.label()),
            );
        }
    }
}
