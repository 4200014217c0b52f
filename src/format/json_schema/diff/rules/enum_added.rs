//! Rule `enum-added`.

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
    /// An `enum` or `const` was added where any value of the type was allowed.
    ///
    /// ## Why it matters
    ///
    /// Every value outside the new list was valid before and is now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "enum": ["a", "b"]}
    /// ```
    id: "enum-added",
    effect: Narrows,
    summary: "An `enum` or `const` was added where any value of the type was allowed.",
    keywords: ["enum", "const"],
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("enum");
    let (None, Some(n)) = (&p.old.enumeration, &p.new.enumeration) else {
        return;
    };
    // (only kinds not decided on sets: the scalar comparison reports the others)
    let old_types = effective_types(&p.old).intersect(p.context);
    if old_types.is_empty() {
        return;
    }
    let w = probe_values()
        .into_iter()
        .find(|v| old_types.contains(crate::format::json_schema::schema::Types::of_value(v)) && !n.contains(v))
        .map(|v| (v, Side::Old));
    let refs: Vec<&serde_json::Value> = n.iter().collect();
    cx.emit(
        &RULE,
        p,
        At::Keyword("enum"),
        format!("Values{} are now limited to {}.", at_path(&p.path), show_list(&refs)),
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
