//! Rule `avro-became-union`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::{Cx, Pair, at_path, effect};
use crate::format::avro::model::Kind;

crate::declare_avro_rule! {
    /// A type became a union (`"string"` to `["null", "string"]`).
    ///
    /// ## Why it matters
    ///
    /// A reader using the new union reads old values through the branch of the old type, so
    /// `backward` holds when the union has one. A reader still using the old, single type
    /// cannot read values of the other branches (a `null`): `forward` breaks.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "User", "fields": [{"name": "email", "type": "string"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "User", "fields": [{"name": "email", "type": ["null", "string"], "default": null}]}
    /// ```
    id: "avro-became-union",
    effect: Widens,
    summary: "A type became a union (`\"string\"` to `[\"null\", \"string\"]`).",
    keywords: ["union", "type"],
    hint: "upgrade every reader before any writer produces values of the union's other branches",
}

fn check(cx: &mut Cx, p: &Pair) {
    if matches!(cx.old.kind(p.old), Kind::Union(_)) || !matches!(cx.new.kind(p.new), Kind::Union(_)) {
        return;
    }
    let lost = p.branches.iter().any(|b| b.old.is_some() && b.new.is_none());
    let added: Vec<_> = p
        .branches
        .iter()
        .filter_map(|b| if b.old.is_none() { b.new } else { None })
        .collect();
    let mut message = format!(
        "The type{} became the union {} (was {})",
        at_path(&p.path),
        cx.new.describe(p.new),
        cx.old.describe(p.old)
    );
    if lost {
        message.push_str(": no branch reads the old type");
    } else if !added.is_empty() {
        message.push_str(": a reader using the old schema cannot read new values of the other branches");
    }
    message.push('.');
    let mut plans = vec![Cx::plan(p, Side::Old, &[], Focus::Reach)];
    if let Some(&b) = added.first() {
        plans.push(Cx::plan(p, Side::New, &[], Focus::Branch(b)));
    }
    cx.emit(
        &RULE,
        effect(p.live, lost, !added.is_empty()),
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
