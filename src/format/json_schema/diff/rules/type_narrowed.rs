//! Rule `type-narrowed`.

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
    /// The set of allowed JSON types shrank.
    ///
    /// ## Why it matters
    ///
    /// Documents of a type that is no longer allowed are rejected: a consumer using the new schema
    /// cannot read data written before.
    ///
    /// For nulls, booleans, numbers and strings the accepted values are compared as sets (see
    /// docs/semantics.md): `{"enum": [true, false]}` is `{"type": "boolean"}`, and `integer`
    /// lost from `number` is reported with a non-integer witness.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": ["string", "null"]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string"}
    /// ```
    id: "type-narrowed",
    effect: Narrows,
    summary: "The set of allowed JSON types shrank.",
    keywords: ["type"],
    hint: "Make producers send only the remaining type first, then narrow it in a major version; or add a new property with the narrower type.",
}

fn check(cx: &mut Cx, p: &Pair) {
    // (only the types the instance can have here at all: see `Pair::context`)
    let (o, n) = (
        effective_types(&p.old).intersect(p.context),
        effective_types(&p.new).intersect(p.context),
    );
    cx.claim("type");
    if o.canonical() == n.canonical() || !o.contains(n) || o == n {
        return;
    }
    let lost = o.minus(n);
    let w = value_of_type(lost, n, &p.old).map(|v| (v, Side::Old));
    cx.emit(
        &RULE,
        p,
        At::Keyword("type"),
        format!(
            "The type{} went from {} to {}: {} values are no longer accepted.",
            at_path(&p.path),
            o.describe(),
            n.describe(),
            lost.describe()
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
