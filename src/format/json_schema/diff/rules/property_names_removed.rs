//! Rule `property-names-removed`.

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
    /// `propertyNames` was removed.
    ///
    /// ## Why it matters
    ///
    /// Objects may now use any property name; old consumers may reject some.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object"}
    /// ```
    id: "property-names-removed",
    effect: Widens,
    summary: "`propertyNames` was removed.",
    keywords: ["propertyNames"],
    hint: "Under forward or full compatibility, deploy consumers that accept any key before producers send new ones.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("propertyNames");
    if p.old.property_names.is_none() || p.new.property_names.is_some() {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("propertyNames"),
        format!("Property names{} are no longer constrained.", at_path(&p.path)),
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
