//! Rule `avro-union-became-type`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Kind;

crate::declare_avro_rule! {
    /// A union became a single type (`["null", "string"]` to `"string"`).
    ///
    /// ## Why it matters
    ///
    /// Old data may hold values of the branches that are gone (a `null`), which a reader using
    /// the new, single type cannot read: `backward` breaks. Readers of the old union read the
    /// new values through the matching branch.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "User", "fields": [{"name": "email", "type": ["null", "string"]}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "User", "fields": [{"name": "email", "type": "string"}]}
    /// ```
    id: "avro-union-became-type",
    effect: Narrows,
    summary: "A union became a single type (`[\"null\", \"string\"]` to `\"string\"`).",
    keywords: ["union", "type"],
    hint: "keep the union until no data holding the other branches is read any more",
}

fn check(cx: &mut Cx, p: &Pair) {
    if !matches!(cx.old.kind(p.old), Kind::Union(_)) || matches!(cx.new.kind(p.new), Kind::Union(_)) {
        return;
    }
    let old_branches = cx.old.branches(p.old);
    let lost: Vec<_> = old_branches
        .iter()
        .copied()
        .filter(|&o| !cx.backward.can_read(o, p.new))
        .collect();
    let unread = !old_branches.iter().any(|&o| cx.forward.can_read(p.new, o));
    let mut message = format!(
        "The union{} became the type {} (was {})",
        at_path(&p.path),
        cx.new.describe(p.new),
        cx.old.describe(p.old)
    );
    if !lost.is_empty() {
        message.push_str(&format!(
            ": a reader using the new schema cannot read old values of {}",
            lost.iter().map(|b| cx.old.describe(*b)).collect::<Vec<_>>().join(", ")
        ));
    }
    message.push('.');
    let mut plans = Vec::new();
    if let Some(&b) = lost.first() {
        plans.push(Cx::plan(p, Side::Old, &[], Focus::Branch(b)));
    }
    plans.push(Cx::plan(p, Side::New, &[], Focus::Reach));
    cx.emit(
        &RULE,
        effect(p.live, !lost.is_empty(), unread),
        p,
        None,
        Some(cx.at(Side::Old, p.old)),
        Some(cx.at(Side::New, p.new)),
        message,
        plans,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::avro::diff::rules::assert_example_fires(&super::RULE);
    }
}
