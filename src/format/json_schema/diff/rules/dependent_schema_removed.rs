//! Rule `dependent-schema-removed`.

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
    /// A `dependentSchemas` (or schema `dependencies`) entry was removed.
    ///
    /// ## Why it matters
    ///
    /// Objects with the trigger property no longer have to match the dependent schema.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "dependentSchemas": {"card": {"required": ["cvv"]}}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object"}
    /// ```
    id: "dependent-schema-removed",
    effect: Widens,
    summary: "A `dependentSchemas` (or schema `dependencies`) entry was removed.",
    keywords: ["dependentSchemas", "dependencies"],
    hint: "Under forward or full compatibility, keep satisfying the dependent schema until every consumer stops relying on it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("dependentSchemas");
    let (from, to) = (&p.new, &p.old);
    let keys: Vec<String> = to
        .dependent_schemas
        .keys()
        .filter(|k| !from.dependent_schemas.contains_key(*k))
        .cloned()
        .collect();
    for k in keys {
        cx.emit(
            &RULE,
            p,
            At::Entry("dependentSchemas", &k),
            format!(
                "When `{k}` is present{}, the object no longer has to match an extra schema.",
                at_path(&p.path)
            ),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
