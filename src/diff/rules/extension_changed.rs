//! Rule `extension-changed`.

#[allow(unused_imports)]
use super::support::*;
#[allow(unused_imports)]
use crate::diff::Effect;
#[allow(unused_imports)]
use crate::diff::engine::{At, Cx, Governed, ListKind, Pair, at_path, lists};
#[allow(unused_imports)]
use crate::schema::Bound;
#[allow(unused_imports)]
use crate::witness::Side;

crate::declare_rule! {
    /// A keyword that JSON Schema does not define (`x-…`, a vendor keyword, a typo) changed.
    ///
    /// ## Why it matters
    ///
    /// Validators ignore unknown keywords, so the accepted set is the same; tools that read the
    /// extension may behave differently. A typo such as `requried` also lands here: `schemata lint`
    /// reports those.
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
            let message = if k == "pattern" {
                pattern_message(p.old.extensions.get(k), p.new.extensions.get(k), &at_path(&p.path))
            } else if k == "additionalItems" {
                // Read as an extension only when there is no array-form `items` to follow.
                format!(
                    "`additionalItems` changed{}; without an array-form `items` it has no effect, so validators ignore it.",
                    at_path(&p.path)
                )
            } else {
                format!(
                    "Unknown keyword `{k}` changed{}; validators ignore it.",
                    at_path(&p.path)
                )
            };
            cx.emit(&RULE, p, At::Node, message, None);
        }
    }
}

/// A `pattern` that matches every string sits among the extensions (see
/// `schema::merge::matches_every_string`); say why it does not count.
fn pattern_message(old: Option<&serde_json::Value>, new: Option<&serde_json::Value>, at: &str) -> String {
    const WHY: &str = "not anchored with `^…$`, and it matches the empty string";
    let show = |v: Option<&serde_json::Value>| v.and_then(|v| v.as_str()).unwrap_or_default().to_string();
    match (old, new) {
        (Some(_), Some(_)) => format!(
            "`pattern` went from `{}` to `{}`{at}, but both match every string ({WHY}), so the same strings are accepted.",
            show(old),
            show(new)
        ),
        (Some(_), None) => format!(
            "`pattern` `{}`{at} matched every string ({WHY}), so it constrained nothing.",
            show(old)
        ),
        _ => format!(
            "`pattern` `{}`{at} matches every string ({WHY}), so it constrains nothing; did you mean `^{}$`?",
            show(new),
            show(new).trim_start_matches('^')
        ),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::diff::rules::assert_example_fires(&super::RULE);
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
