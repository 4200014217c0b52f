//! Rule `maximum-decreased`.

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
    /// `maximum`/`exclusiveMaximum` was lowered (or added).
    ///
    /// ## Why it matters
    ///
    /// Numbers between the new and the old upper bound were valid and are now rejected.
    ///
    /// Numbers are compared as sets (an interval on the lattice of integers or `multipleOf`,
    /// with `enum` values folded in; see docs/semantics.md): the rule fires when the witness, a
    /// number one side accepts and the other rejects, falls outside the new upper bound. A
    /// respelling of the same set (`{"type": "integer", "exclusiveMaximum": 10}` and
    /// `"maximum": 9`) is no change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "number", "maximum": 100}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "number", "maximum": 10}
    /// ```
    id: "maximum-decreased",
    effect: Narrows,
    summary: "`maximum`/`exclusiveMaximum` was lowered (or added).",
    keywords: ["maximum", "exclusiveMaximum"],
    hint: "Enforce the new `maximum` in producers first; lower the schema's bound once no stored value exceeds it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("maximum");
    // exclusive bounds sit just inside their value
    let key = |b: Option<Bound>| match b {
        None => (f64::INFINITY, 0),
        Some(b) => (b.value, if b.exclusive { -1 } else { 0 }),
    };
    let (a, b) = (key(p.old.maximum), key(p.new.maximum));
    let (a, b) = ((a.0, a.1), (b.0, b.1));
    if a == b || a.partial_cmp(&b) != Some(std::cmp::Ordering::Greater) {
        return;
    }
    let show = |b: Option<Bound>| match b {
        None => "none".to_string(),
        Some(b) => format!("{}{}", if b.exclusive { "< " } else { "<= " }, number_value(b.value)),
    };
    let w = number_between(&p.old, &p.new).map(|v| (v, Side::Old));
    cx.emit(
        &RULE,
        p,
        At::Keyword("maximum"),
        format!(
            "The upper bound{} went from {} to {}: numbers above it that were accepted are now rejected.",
            at_path(&p.path),
            show(p.old.maximum),
            show(p.new.maximum)
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
