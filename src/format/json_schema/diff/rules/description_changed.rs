//! Rule `description-changed`.

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
    /// `description` was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Validation is unchanged; generated docs and code comments change.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "description": "old"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "description": "new"}
    /// ```
    id: "description-changed",
    effect: Annotation,
    summary: "`description` was added, removed or changed.",
    keywords: ["description"],
}

fn check(cx: &mut Cx, p: &Pair) {
    annotation(cx, p, &RULE, "description", &p.old.description, &p.new.description);
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
