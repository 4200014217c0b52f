//! Rule `info-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// The API's info (title, description, contact, license, terms) changed.
    ///
    /// ## Why it matters
    ///
    /// Documentation only. (`info.version` is the version the description declares; schemata checks it
    /// against the bump the changes require, like a release tag, rather than reporting it as a change.)
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0, description: Orders of the shop}
    ///
    /// paths: {}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders API, version: 1.0.0, description: Orders of the shop}
    ///
    /// paths: {}
    /// ```
    id: "info-changed",
    effect: Annotation,
    area: "info",
    summary: "The API's info (title, description, contact, license, terms) changed.",
    keywords: ["info"],
    check: Document,
}

fn check(cx: &mut Cx) {
    let (old, new) = (cx.old, cx.new);
    if let (Some((oat, o)), Some((nat, n))) = (&old.info, &new.info)
        && o != n
    {
        let keys: Vec<String> = o
            .as_object()
            .into_iter()
            .chain(n.as_object())
            .flat_map(|m| m.keys().cloned())
            .filter(|k| o.get(k) != n.get(k))
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        cx.emit(
            &RULE,
            Some(oat),
            Some(nat),
            "info".into(),
            format!("The API's info changed ({}).", keys.join(", ")),
        );
    }
}
