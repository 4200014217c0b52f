//! Rule `write-only-changed`.

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
    /// `writeOnly` was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Validation is unchanged, but API clients decide what to show by it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "writeOnly": false}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "writeOnly": true}
    /// ```
    id: "write-only-changed",
    effect: Annotation,
    summary: "`writeOnly` was added, removed or changed.",
    keywords: ["writeOnly"],
}

fn check(cx: &mut Cx, p: &Pair) {
    annotation(cx, p, &RULE, "writeOnly", &p.old.write_only, &p.new.write_only);
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
