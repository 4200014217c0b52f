//! Rule `path-removed-without-deprecation`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A path was removed without its operations being deprecated first.
    ///
    /// ## Why it matters
    ///
    /// Clients that call the path now get `404 Not Found`, and nothing in the previous version warned
    /// them: no operation of the path was marked `deprecated: true`. The deprecation policy asks for
    /// a release that deprecates (ideally with an `x-sunset` date) before the one that removes.
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
    ///   /invoices:
    ///     get:
    ///       responses:
    ///         "200": {description: the invoices}
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
    id: "path-removed-without-deprecation",
    effect: Narrows,
    area: "paths",
    summary: "A path was removed without its operations being deprecated first.",
    keywords: ["paths", "deprecated"],
    hint: "mark the operations `deprecated: true` with an `x-sunset` date first, and remove the path in a later release",
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for (key, item) in &old.paths {
        if !new.paths.contains_key(key) && path_removal(item, cx.today) == Removal::NotDeprecated {
            cx.emit(
                &RULE,
                Some(&item.at),
                None,
                item.template.clone(),
                format!(
                    "Path `{}` was removed ({}) without its operations being deprecated first: clients calling it now get 404.",
                    item.template,
                    methods(item)
                ),
            );
        }
    }
}
