//! Rule `enum-removed`.

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
    /// An `enum` or `const` was removed.
    ///
    /// ## Why it matters
    ///
    /// Any value of the allowed types is now accepted; old consumers still expect one of the listed
    /// values.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"enum": ["a", "b"]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string"}
    /// ```
    id: "enum-removed",
    effect: Widens,
    summary: "An `enum` or `const` was removed.",
    keywords: ["enum", "const"],
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("enum");
    let (Some(o), None) = (&p.old.enumeration, &p.new.enumeration) else {
        return;
    };
    // (only kinds not decided on sets: the scalar comparison reports the others)
    let new_types = effective_types(&p.new).intersect(p.context);
    if new_types.is_empty() {
        return;
    }
    let w = probe_values()
        .into_iter()
        .find(|v| new_types.contains(crate::format::json_schema::schema::Types::of_value(v)) && !o.contains(v))
        .map(|v| (v, Side::New));
    cx.emit(
        &RULE,
        p,
        At::Keyword("enum"),
        format!("The list of allowed values{} was removed.", at_path(&p.path)),
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
