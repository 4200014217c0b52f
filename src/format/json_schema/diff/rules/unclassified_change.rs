//! Rule `unclassified-change`.

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
    /// A difference that no other rule classifies.
    ///
    /// ## Why it matters
    ///
    /// schemata never drops a difference it cannot explain: it reports it as reshaping, the most
    /// cautious verdict, so a gate fails rather than passing a change nobody checked. If you see
    /// this rule, please report the schema pair: it marks a gap in the rule catalogue.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"$dynamicRef": "#node"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"$dynamicRef": "#tree"}
    /// ```
    id: "unclassified-change",
    effect: Reshapes,
    summary: "A difference that no other rule classifies.",
    keywords: [],
    hint: "Split the edit into smaller changes that schemata classifies, or ship it as a major version.",
}

fn check(cx: &mut Cx, p: &Pair) {
    // Raised by the engine for keywords that differ and that no rule claimed.
    let _ = (cx, p);
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
