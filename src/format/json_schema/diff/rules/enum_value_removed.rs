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
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("enum");
    let (Some(o), Some(n)) = (&p.old.enumeration, &p.new.enumeration) else {
        return;
    };
    // (values of kinds decided on sets are reported by the scalar comparison)
    let removed: Vec<&serde_json::Value> = o
        .iter()
        .filter(|v| {
            p.context
                .contains(crate::format::json_schema::schema::Types::of_value(v))
                && !n.contains(v)
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
