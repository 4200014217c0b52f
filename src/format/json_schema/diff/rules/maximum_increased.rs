//! Rule `maximum-increased`.

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
    /// `maximum`/`exclusiveMaximum` was raised (or removed).
    ///
    /// ## Why it matters
    ///
    /// Old consumers may reject numbers above their upper bound.
    ///
    /// Numbers are compared as sets (an interval on the lattice of integers or `multipleOf`,
    /// with `enum` values folded in; see docs/semantics.md): the rule fires when the witness, a
    /// number one side accepts and the other rejects, falls outside the old upper bound. A
    /// respelling of the same set (`{"type": "integer", "exclusiveMaximum": 10}` and
    /// `"maximum": 9`) is no change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "number", "maximum": 10}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "number", "maximum": 100}
    /// ```
    id: "maximum-increased",
    effect: Widens,
    summary: "`maximum`/`exclusiveMaximum` was raised (or removed).",
    keywords: ["maximum", "exclusiveMaximum"],
    hint: "Under forward or full compatibility, raise the limit in consumers first; producers use it after.",
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
    if a == b || a.partial_cmp(&b) != Some(std::cmp::Ordering::Less) {
        return;
    }
    let show = |b: Option<Bound>| match b {
        None => "none".to_string(),
        Some(b) => format!("{}{}", if b.exclusive { "< " } else { "<= " }, number_value(b.value)),
    };
    let w = number_between(&p.new, &p.old).map(|v| (v, Side::New));
    cx.emit(
        &RULE,
        p,
        At::Keyword("maximum"),
        format!(
            "The upper bound{} went from {} to {}: numbers above it are now accepted.",
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
