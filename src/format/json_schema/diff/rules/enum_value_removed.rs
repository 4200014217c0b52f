//! Rule `enum-value-removed`.

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
    /// A value was removed from an `enum` (or `const` changed).
    ///
    /// ## Why it matters
    ///
    /// Documents holding the removed value were valid and are now rejected. Removing an enum value
    /// is the most common silent break in event schemas.
    ///
    /// For nulls, booleans, numbers and strings the values are compared as sets with the other
    /// keywords (see docs/semantics.md): `enum: [1, 2, 3]` and the integers 1 to 3 are the same
    /// set, and the rule fires for a listed value the new schema rejects.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"enum": ["pending", "paid", "void"]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"enum": ["pending", "paid"]}
    /// ```
    id: "enum-value-removed",
    effect: Narrows,
    summary: "A value was removed from an `enum` (or `const` changed).",
    keywords: ["enum", "const"],
    hint: "Deprecate the value first (say so in the `description`), stop producing it, then remove it in a major version.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("enum");
    let (Some(o), Some(n)) = (&p.old.enumeration, &p.new.enumeration) else {
        return;
    };
    // (values of kinds decided on sets are reported by the scalar comparison)
    let kept = crate::hash::json_set(n);
    let removed: Vec<&serde_json::Value> = o
        .iter()
        .filter(|v| {
            p.context
                .contains(crate::format::json_schema::schema::Types::of_value(v))
                && !kept.contains(&crate::hash::JsonKey(v))
        })
        .collect();
    if removed.is_empty() {
        return;
    }
    let w = Some((removed[0].clone(), Side::Old));
    let noun = if removed.len() == 1 { "value" } else { "values" };
    cx.emit(
        &RULE,
        p,
        At::Keyword("enum"),
        format!(
            "Previously allowed {noun} {}{} {} removed.",
            show_list(&removed),
            at_path(&p.path),
            if removed.len() == 1 { "was" } else { "were" }
        ),
        w,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
