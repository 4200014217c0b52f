//! Rule `property-names-added`.

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
    /// `propertyNames` was added.
    ///
    /// ## Why it matters
    ///
    /// Objects with names that do not match were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}}
    /// ```
    id: "property-names-added",
    effect: Narrows,
    summary: "`propertyNames` was added.",
    keywords: ["propertyNames"],
    hint: "Rename the offending keys in producers first; add `propertyNames` once no stored object has them.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("propertyNames");
    if p.old.property_names.is_some() || p.new.property_names.is_none() {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("propertyNames"),
        format!("Property names{} are now constrained.", at_path(&p.path)),
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
