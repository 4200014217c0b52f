//! Rule `default-changed`.

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
    /// `default` was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Validation is unchanged, but consumers that fill in defaults will now produce a different
    /// value.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "default": "a"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "default": "b"}
    /// ```
    id: "default-changed",
    effect: Annotation,
    summary: "`default` was added, removed or changed.",
    keywords: ["default"],
}

fn check(cx: &mut Cx, p: &Pair) {
    annotation(cx, p, &RULE, "default", &p.old.default, &p.new.default);
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
