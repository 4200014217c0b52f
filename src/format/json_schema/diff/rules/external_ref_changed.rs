//! Rule `external-ref-changed`.

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
    /// A `$ref` to a URL or to a file outside the registry was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// schemata never fetches remote schemas, so it cannot compare what they say: any change to
    /// such a `$ref` is treated as reshaping. Vendor the referenced schema into the registry to get
    /// an exact verdict.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"$ref": "https://example.com/money-v1.json"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"$ref": "https://example.com/money-v2.json"}
    /// ```
    id: "external-ref-changed",
    effect: Reshapes,
    summary: "A `$ref` to a URL or to a file outside the registry was added, removed or changed.",
    keywords: ["$ref"],
    hint: "Point a new property at the new target while producers satisfy both, move consumers over, then retire the old `$ref`.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("$ref");
    if p.old.external_ref == p.new.external_ref {
        return;
    }
    let show = |v: &Option<String>| v.as_deref().map(|s| format!("`{s}`")).unwrap_or_else(|| "none".into());
    cx.emit(
        &RULE,
        p,
        At::Keyword("$ref"),
        format!(
            "The external `$ref`{} changed from {} to {}; it is not fetched, so its content cannot be compared.",
            at_path(&p.path),
            show(&p.old.external_ref),
            show(&p.new.external_ref)
        ),
        None,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
