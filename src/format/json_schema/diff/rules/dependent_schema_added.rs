//! Rule `dependent-schema-added`.

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
    /// A `dependentSchemas` (or schema `dependencies`) entry was added.
    ///
    /// ## Why it matters
    ///
    /// Objects with the trigger property must now also match the dependent schema.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "dependentSchemas": {"card": {"required": ["cvv"]}}}
    /// ```
    id: "dependent-schema-added",
    effect: Narrows,
    summary: "A `dependentSchemas` (or schema `dependencies`) entry was added.",
    keywords: ["dependentSchemas", "dependencies"],
    hint: "Make producers satisfy the dependent schema first, then add it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("dependentSchemas");
    let (from, to) = (&p.old, &p.new);
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
                "When `{k}` is present{}, the object must now match an extra schema.",
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
