//! Rule `path-removed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A path whose operations were all deprecated (and past their sunset) was removed.
    ///
    /// ## Why it matters
    ///
    /// Clients that still call the path now get `404 Not Found`. The removal followed the deprecation
    /// policy (every operation was marked `deprecated: true`, and any `x-sunset` date has passed), so
    /// it is the expected end of a deprecation, but it still breaks the clients that did not migrate:
    /// it needs a major version. Set the rule to `compatible` in `schemata.yaml` if your policy is
    /// that a sanctioned removal needs no major version.
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
    ///   /legacy-orders:
    ///     get:
    ///       deprecated: true
    ///       x-sunset: "2020-01-01"
    ///       responses:
    ///         "200": {description: the orders, the old way}
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
    id: "path-removed",
    effect: Narrows,
    area: "paths",
    summary: "A path whose operations were all deprecated (and past their sunset) was removed.",
    keywords: ["paths"],
    hint: "keep the path until its clients have moved; the removal itself is the last step of the deprecation",
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for (key, item) in &old.paths {
        if !new.paths.contains_key(key) && path_removal(item, cx.today) == Removal::Sanctioned {
            cx.emit(
                &RULE,
                Some(&item.at),
                None,
                item.template.clone(),
                format!(
                    "Path `{}` was removed ({}); its operations had been deprecated.",
                    item.template,
                    methods(item)
                ),
            );
        }
    }
}
