//! Rule `extension-changed`.

#[allow(unused_imports)]
use super::support::*;
#[allow(unused_imports)]
use crate::change::Effect;
#[allow(unused_imports)]
use crate::change::Side;
#[allow(unused_imports)]
use crate::format::json_schema::diff::engine::{At, Cx, Governed, ListKind, Pair, at_path, lists};
#[allow(unused_imports)]
use crate::format::json_schema::schema::Bound;

crate::declare_rule! {
    /// A keyword that JSON Schema does not define (`x-…`, a vendor keyword, a typo) changed.
    ///
    /// ## Why it matters
    ///
    /// Validators ignore unknown keywords, so the accepted set is the same; tools that read the
    /// extension may behave differently. A typo such as `requried` also lands here: `schemata lint`
    /// reports those. JSON Schema keywords that have no effect where they are written land
    /// here too, with the reason: `additionalItems` without an array-form `items`, or a
    /// `pattern` that matches every string.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "x-owner": "payments"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "x-owner": "billing"}
    /// ```
    id: "extension-changed",
    effect: Annotation,
    summary: "A keyword that JSON Schema does not define (`x-…`, a vendor keyword, a typo) changed.",
    keywords: ["extensions"],
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("extensions");
    let keys: std::collections::BTreeSet<&String> = p.old.extensions.keys().chain(p.new.extensions.keys()).collect();
    for k in keys {
        if p.old.extensions.get(k) != p.new.extensions.get(k) {
            let message = match crate::format::json_schema::schema::inert_reason(k) {
                Some(why) => format!(
                    "`{k}` changed{} ({} → {}), but {why}, so the same documents are accepted.",
                    at_path(&p.path),
                    show(p.old.extensions.get(k)),
                    show(p.new.extensions.get(k))
                ),
                None => format!(
                    "Unknown keyword `{k}` changed{}; validators ignore it.",
                    at_path(&p.path)
                ),
            };
            cx.emit(&RULE, p, At::Node, message, None);
        }
    }
}

/// A keyword's value in a message (`none` when absent).
fn show(v: Option<&serde_json::Value>) -> String {
    v.map_or_else(|| "none".to_string(), |v| format!("`{v}`"))
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }

    #[test]
    fn ignored_additional_items_is_named_for_what_it_is() {
        let dir = tempfile::tempdir().unwrap();
        let (old, new) = (dir.path().join("old.json"), dir.path().join("new.json"));
        std::fs::write(&old, r#"{"additionalItems": true}"#).unwrap();
        std::fs::write(&new, r#"{"additionalItems": false}"#).unwrap();
        let report = crate::diff_files(&old, &new, &Default::default()).unwrap();
        assert_eq!(report.changes.len(), 1, "{:?}", report.changes);
        let change = &report.changes[0];
        assert_eq!(change.rule, "extension-changed");
        assert!(
            change.message.contains("without an array-form `items`") && !change.message.contains("Unknown"),
            "{}",
            change.message
        );
    }
}
