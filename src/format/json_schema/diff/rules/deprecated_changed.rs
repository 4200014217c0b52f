//! Rule `deprecated-changed`.

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
    /// `deprecated` was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Marking a property deprecated is how a removal is announced: consumers get a release to stop
    /// using it before it goes.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "deprecated": false}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "deprecated": true}
    /// ```
    id: "deprecated-changed",
    effect: Annotation,
    summary: "`deprecated` was added, removed or changed.",
    keywords: ["deprecated"],
}

fn check(cx: &mut Cx, p: &Pair) {
    annotation(cx, p, &RULE, "deprecated", &p.old.deprecated, &p.new.deprecated);
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
