//! Rule `operation-tags-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An operation's tags changed.
    ///
    /// ## Why it matters
    ///
    /// Tags group operations in documentation and, for some code generators, into client classes: a
    /// regenerated SDK may move the method. Nothing changes on the wire.
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
    ///       tags: [orders]
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
    ///       tags: [sales]
    ///       responses:
    ///         "200": {description: the orders}
    /// ```
    id: "operation-tags-changed",
    effect: Annotation,
    area: "operations",
    summary: "An operation's tags changed.",
    keywords: ["tags"],
    check: Operation,
}

fn check(cx: &mut Cx, op: &OpPair) {
    let set = |t: &[String]| t.iter().cloned().collect::<std::collections::BTreeSet<_>>();
    if set(&op.old.tags) != set(&op.new.tags) {
        cx.emit(
            &RULE,
            Some(&op.old.at),
            Some(&op.new.at),
            op.label.clone(),
            format!(
                "The tags of `{}` changed from [{}] to [{}].",
                op.label,
                op.old.tags.join(", "),
                op.new.tags.join(", ")
            ),
        );
    }
}
