//! Rule `read-only-changed`.

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
    /// `readOnly` was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Validation is unchanged, but API clients decide what to send by it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "readOnly": false}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "readOnly": true}
    /// ```
    id: "read-only-changed",
    effect: Annotation,
    summary: "`readOnly` was added, removed or changed.",
    keywords: ["readOnly"],
}

fn check(cx: &mut Cx, p: &Pair) {
    annotation(cx, p, &RULE, "readOnly", &p.old.read_only, &p.new.read_only);
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
