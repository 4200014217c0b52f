//! Rule `multiple-of-loosened`.

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
    /// `multipleOf` was removed, or changed to a divisor of the old value.
    ///
    /// ## Why it matters
    ///
    /// Old consumers may reject numbers that are multiples of the new step only.
    ///
    /// Numbers are compared as sets (an interval on the lattice of integers or `multipleOf`,
    /// with `enum` values folded in; see docs/semantics.md): the rule fires when the witness, a
    /// number one side accepts and the other rejects, falls outside the old `multipleOf`
    /// lattice. A respelling of the same set (`{"type": "integer", "exclusiveMaximum": 10}` and
    /// `"maximum": 9`) is no change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "number", "multipleOf": 10}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "number", "multipleOf": 2}
    /// ```
    id: "multiple-of-loosened",
    effect: Widens,
    summary: "`multipleOf` was removed, or changed to a divisor of the old value.",
    keywords: ["multipleOf"],
    hint: "Under forward or full compatibility, deploy consumers that accept the finer step before producers use it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("multipleOf");
    let (o, n) = (p.old.multiple_of, p.new.multiple_of);
    if o == n {
        return;
    }
    // b divides a: every multiple of a is a multiple of b
    let divides = |a: f64, b: f64| {
        let q = a / b;
        (q - q.round()).abs() < 1e-9
    };
    let kind = match (o, n) {
        (None, Some(_)) => 1,
        (Some(_), None) => -1,
        (Some(a), Some(b)) if divides(b, a) => 1,
        (Some(a), Some(b)) if divides(a, b) => -1,
        _ => 0,
    };
    let show = |v: Option<f64>| v.map(|x| number_value(x).to_string()).unwrap_or_else(|| "none".into());
    if kind != -1 {
        return;
    }
    let w = number_between(&p.new, &p.old).map(|v| (v, Side::New));
    cx.emit(
        &RULE,
        p,
        At::Keyword("multipleOf"),
        format!(
            "`multipleOf`{} went from {} to {}: more numbers are accepted.",
            at_path(&p.path),
            show(o),
            show(n)
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
