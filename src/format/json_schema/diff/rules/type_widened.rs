//! Rule `type-widened`.

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
    /// The set of allowed JSON types grew.
    ///
    /// ## Why it matters
    ///
    /// Consumers still on the old schema reject values of the new type: safe for backward
    /// compatibility, breaking for forward.
    ///
    /// For nulls, booleans, numbers and strings the accepted values are compared as sets (see
    /// docs/semantics.md), so a type that only restates what `enum` listed is no change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "integer"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "number"}
    /// ```
    id: "type-widened",
    effect: Widens,
    summary: "The set of allowed JSON types grew.",
    keywords: ["type"],
    hint: "Under forward or full compatibility, upgrade consumers to handle the new type before producers send it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    // (only the types the instance can have here at all: see `Pair::context`)
    let (o, n) = (
        effective_types(&p.old).intersect(p.context),
        effective_types(&p.new).intersect(p.context),
    );
    cx.claim("type");
    if o.canonical() == n.canonical() || !n.contains(o) {
        return;
    }
    let gained = n.minus(o);
    let w = value_of_type(gained, o, &p.new).map(|v| (v, Side::New));
    cx.emit(
        &RULE,
        p,
        At::Keyword("type"),
        format!(
            "The type{} went from {} to {}: {} values are now accepted.",
            at_path(&p.path),
            o.describe(),
            n.describe(),
            gained.describe()
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
