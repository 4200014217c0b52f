//! Rule `dependent-required-removed`.

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
    /// A `dependentRequired` (or array `dependencies`) entry was removed or shrank.
    ///
    /// ## Why it matters
    ///
    /// Objects may now have the trigger property without the formerly dependent ones; old consumers
    /// may reject them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "dependentRequired": {"card": ["billing_address"]}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object"}
    /// ```
    id: "dependent-required-removed",
    effect: Widens,
    summary: "A `dependentRequired` (or array `dependencies`) entry was removed or shrank.",
    keywords: ["dependentRequired", "dependencies"],
    hint: "Under forward or full compatibility, keep sending the dependent property until every consumer treats it as optional.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("dependentRequired");
    for (k, deps) in &p.old.dependent_required {
        let new = p.new.dependent_required.get(k);
        let removed: Vec<&String> = deps.iter().filter(|d| new.is_none_or(|n| !n.contains(*d))).collect();
        if removed.is_empty() {
            continue;
        }
        let names = removed.iter().map(|s| format!("`{s}`")).collect::<Vec<_>>().join(", ");
        cx.emit(
            &RULE,
            p,
            At::Entry("dependentRequired", k),
            format!(
                "When `{k}` is present{}, {names} no longer must be present.",
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
