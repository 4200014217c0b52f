//! Rule `type-changed`.

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
    /// The allowed JSON types changed to a set that neither contains nor is contained in the old one.
    ///
    /// ## Why it matters
    ///
    /// Some values accepted before are rejected and some rejected before are accepted: no consumer
    /// is safe in either direction.
    ///
    /// For nulls, booleans, numbers and strings the accepted values are compared as sets (see
    /// docs/semantics.md): kinds lost and kinds gained at one node read as this one change.
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
    /// {"type": "integer"}
    /// ```
    id: "type-changed",
    effect: Reshapes,
    summary: "The allowed JSON types changed to a set that neither contains nor is contained in the old one.",
    keywords: ["type"],
    hint: "Add a new property with the new type, produce both, move consumers over, then deprecate and remove the old property.",
}

fn check(cx: &mut Cx, p: &Pair) {
    // (only the types the instance can have here at all: see `Pair::context`)
    let (o, n) = (
        effective_types(&p.old).intersect(p.context),
        effective_types(&p.new).intersect(p.context),
    );
    cx.claim("type");
    if o.contains(n) || n.contains(o) {
        return;
    }
    let w = value_of_type(o.minus(n), n, &p.old)
        .map(|v| (v, Side::Old))
        .or_else(|| value_of_type(n.minus(o), o, &p.new).map(|v| (v, Side::New)));
    cx.emit(
        &RULE,
        p,
        At::Keyword("type"),
        format!(
            "The type{} changed from {} to {}.",
            at_path(&p.path),
            o.describe(),
            n.describe()
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
