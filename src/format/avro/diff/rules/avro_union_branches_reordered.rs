//! Rule `avro-union-branches-reordered`.

use crate::change::Side;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Kind;

crate::declare_avro_rule! {
    /// A union's branches were reordered.
    ///
    /// ## Why it matters
    ///
    /// A union value is written with its branch index, but resolution picks the reader's
    /// branch by type, so readers of both versions read both. The first branch decides which
    /// defaults older readers accept (`null` defaults need `null` first).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "User", "fields": [{"name": "age", "type": ["null", "int"]}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "User", "fields": [{"name": "age", "type": ["int", "null"]}]}
    /// ```
    id: "avro-union-branches-reordered",
    effect: Annotation,
    summary: "A union's branches were reordered.",
    keywords: ["union"],
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Kind::Union(_), Kind::Union(nb)) = (cx.old.kind(p.old), cx.new.kind(p.new)) else {
        return;
    };
    let order: Vec<usize> = p
        .branches
        .iter()
        .filter_map(|b| Some(nb.iter().position(|x| Some(*x) == b.new)?).filter(|_| b.old.is_some()))
        .collect();
    if order.windows(2).all(|w| w[0] < w[1]) {
        return;
    }
    cx.emit(
        &RULE,
        effect(p.live, false, false),
        p,
        None,
        Some(cx.at(Side::Old, p.old)),
        Some(cx.at(Side::New, p.new)),
        format!(
            "The branches of the union{} were reordered: {} became {}.",
            at_path(&p.path),
            cx.old.describe(p.old),
            cx.new.describe(p.new)
        ),
        vec![],
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::avro::diff::rules::assert_example_fires(&super::RULE);
    }
}
