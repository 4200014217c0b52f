//! Rule `path-removed-before-sunset`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A path was removed before the sunset date of its deprecated operations.
    ///
    /// ## Why it matters
    ///
    /// The previous version promised, with `x-sunset`, that the path would stay until a date that has
    /// not come yet. Clients planning their migration by that date break early.
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
    ///       x-sunset: "2999-12-31"
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
    id: "path-removed-before-sunset",
    effect: Narrows,
    area: "paths",
    summary: "A path was removed before the sunset date of its deprecated operations.",
    keywords: ["paths", "x-sunset"],
    hint: "wait for the `x-sunset` date before removing the path",
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for (key, item) in &old.paths {
        if !new.paths.contains_key(key) && path_removal(item, cx.today) == Removal::BeforeSunset {
            let dates: Vec<&str> = item.operations.values().filter_map(|o| o.sunset.as_deref()).collect();
            cx.emit(
                &RULE,
                Some(&item.at),
                None,
                item.template.clone(),
                format!(
                    "Path `{}` was removed before its announced sunset ({}): clients were promised it until then.",
                    item.template,
                    dates.join(", ")
                ),
            );
        }
    }
}
