//! Rule `examples-changed`.

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
    /// `examples` was added, removed or changed.
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
    /// {"type": "string", "examples": ["a"]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "examples": ["b"]}
    /// ```
    id: "examples-changed",
    effect: Annotation,
    summary: "`examples` was added, removed or changed.",
    keywords: ["examples"],
}

fn check(cx: &mut Cx, p: &Pair) {
    annotation(cx, p, &RULE, "examples", &p.old.examples, &p.new.examples);
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
