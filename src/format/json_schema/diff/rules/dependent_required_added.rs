//! Rule `dependent-required-added`.

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
    /// A `dependentRequired` (or array `dependencies`) entry was added or grew.
    ///
    /// ## Why it matters
    ///
    /// Objects that have the trigger property but not the newly dependent ones were valid and are
    /// now rejected.
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
    /// {"type": "object", "dependentRequired": {"card": ["billing_address"]}}
    /// ```
    id: "dependent-required-added",
    effect: Narrows,
    summary: "A `dependentRequired` (or array `dependencies`) entry was added or grew.",
    keywords: ["dependentRequired", "dependencies"],
    hint: "Make every producer send the dependent property first, then require it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("dependentRequired");
    for (k, deps) in &p.new.dependent_required {
        let old = p.old.dependent_required.get(k);
        let added: Vec<&String> = deps.iter().filter(|d| old.is_none_or(|o| !o.contains(*d))).collect();
        if added.is_empty() {
            continue;
        }
        let names = added.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ");
        cx.emit(
            &RULE,
            p,
            At::Entry("dependentRequired", k),
            format!(
                "When `{k}` is present{}, {names} must now be present too.",
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
