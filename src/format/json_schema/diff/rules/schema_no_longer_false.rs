//! Rule `schema-no-longer-false`.

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
    /// A schema that was `false` (accepted nothing) now accepts values.
    ///
    /// ## Why it matters
    ///
    /// Values that were always rejected there are now valid; old consumers reject them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"properties": {"legacy": false}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"properties": {"legacy": {"type": "string"}}}
    /// ```
    id: "schema-no-longer-false",
    effect: Widens,
    summary: "A schema that was `false` (accepted nothing) now accepts values.",
    keywords: [],
    hint: "Under forward or full compatibility, deploy consumers that accept the newly allowed values before producers send them.",
}

fn check(cx: &mut Cx, p: &Pair) {
    if !p.old_false || p.new_false {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Node,
        match crate::format::json_schema::schema::merge::contradiction(cx.old, p.old_id) {
            Some(why) => format!(
                "The schema{} used to reject every value ({why}) and now accepts some.",
                at_path(&p.path)
            ),
            None => format!(
                "The schema{} used to reject every value and now accepts some.",
                at_path(&p.path)
            ),
        },
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
