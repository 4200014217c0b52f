//! Rule `contains-removed`.

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
    /// `contains` was removed.
    ///
    /// ## Why it matters
    ///
    /// Arrays no longer need a matching item; old consumers may reject them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "array", "contains": {"const": "admin"}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "array"}
    /// ```
    id: "contains-removed",
    effect: Widens,
    summary: "`contains` was removed.",
    keywords: ["contains", "minContains", "maxContains"],
    hint: "Under forward or full compatibility, deploy consumers that no longer rely on the required item before producers drop it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("contains");
    if !(p.old.contains.is_some() && p.new.contains.is_none()) {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("contains"),
        format!("Arrays{} no longer need to contain a matching item.", at_path(&p.path)),
        None,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
