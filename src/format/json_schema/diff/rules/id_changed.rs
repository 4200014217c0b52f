//! Rule `id-changed`.

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
    /// `$id` was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Validation is unchanged; `$id` ties versions together, so changing it looks like a new
    /// schema to other tools.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "$id": "old"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "$id": "new"}
    /// ```
    id: "id-changed",
    effect: Annotation,
    summary: "`$id` was added, removed or changed.",
    keywords: ["$id"],
}

fn check(cx: &mut Cx, p: &Pair) {
    annotation(cx, p, &RULE, "$id", &p.old.id, &p.new.id);
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
