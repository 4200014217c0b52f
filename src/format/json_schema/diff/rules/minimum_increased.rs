//! Rule `minimum-increased`.

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
    /// `minimum`/`exclusiveMinimum` was raised (or added).
    ///
    /// ## Why it matters
    ///
    /// Numbers between the old and the new lower bound were valid and are now rejected.
    ///
    /// Numbers are compared as sets (an interval on the lattice of integers or `multipleOf`,
    /// with `enum` values folded in; see docs/semantics.md): the rule fires when the witness, a
    /// number one side accepts and the other rejects, falls outside the new lower bound. A
    /// respelling of the same set (`{"type": "integer", "exclusiveMaximum": 10}` and
    /// `"maximum": 9`) is no change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "number", "minimum": 0}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "number", "minimum": 1}
    /// ```
    id: "minimum-increased",
    effect: Narrows,
    summary: "`minimum`/`exclusiveMinimum` was raised (or added).",
    keywords: ["minimum", "exclusiveMinimum"],
    hint: "Enforce the new `minimum` in producers first; raise the schema's bound once every stored value meets it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("minimum");
    // exclusive bounds sit just inside their value
    let key = |b: Option<Bound>| match b {
        None => (f64::NEG_INFINITY, 0),
        Some(b) => (b.value, if b.exclusive { 1 } else { 0 }),
    };
    let (a, b) = (key(p.old.minimum), key(p.new.minimum));
    let (a, b) = ((a.0, a.1), (b.0, b.1));
    if a == b || a.partial_cmp(&b) != Some(std::cmp::Ordering::Less) {
        return;
    }
    let show = |b: Option<Bound>| match b {
        None => "none".to_string(),
        Some(b) => format!("{}{}", if b.exclusive { "> " } else { ">= " }, number_value(b.value)),
    };
    let w = number_between(&p.old, &p.new).map(|v| (v, Side::Old));
    cx.emit(
        &RULE,
        p,
        At::Keyword("minimum"),
        format!(
            "The lower bound{} went from {} to {}: numbers below it that were accepted are now rejected.",
            at_path(&p.path),
            show(p.old.minimum),
            show(p.new.minimum)
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
