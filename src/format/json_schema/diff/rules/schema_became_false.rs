//! Rule `schema-became-false`.

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
    /// A schema became `false` (accepts nothing).
    ///
    /// ## Why it matters
    ///
    /// Every value that was valid there is now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"properties": {"legacy": {"type": "string"}}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"properties": {"legacy": false}}
    /// ```
    id: "schema-became-false",
    effect: Narrows,
    summary: "A schema became `false` (accepts nothing).",
    keywords: [],
}

fn check(cx: &mut Cx, p: &Pair) {
    if !p.new_false || p.old_false {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Node,
        match crate::format::json_schema::schema::merge::contradiction(cx.new, p.new_id) {
            Some(why) => format!("The schema{} now rejects every value: {why}.", at_path(&p.path)),
            None => format!("The schema{} now rejects every value.", at_path(&p.path)),
        },
        member_of(&p.old).map(|v| (v, Side::Old)),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
