//! Rule `path-added`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// A path was added.
    ///
    /// ## Why it matters
    ///
    /// The API offers a new resource. Old clients do not call it, so nothing breaks for them; a new
    /// client that relies on it fails against a server that has not been upgraded (which matters
    /// under `forward` and `full`).
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
    ///       responses:
    ///         "200": {description: the orders}
    ///   /invoices:
    ///     get:
    ///       responses:
    ///         "200": {description: the invoices}
    /// ```
    id: "path-added",
    effect: Widens,
    area: "paths",
    summary: "A path was added.",
    keywords: ["paths"],
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    for (key, item) in &new.paths {
        if !old.paths.contains_key(key) {
            cx.emit(
                &RULE,
                None,
                Some(&item.at),
                item.template.clone(),
                format!("Path `{}` was added ({}).", item.template, methods(item)),
            );
        }
    }
}
