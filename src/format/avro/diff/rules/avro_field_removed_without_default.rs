//! Rule `avro-field-removed-without-default`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::{Cx, Pair, at_path, effect, record};

crate::declare_avro_rule! {
    /// A field without a default was removed from a record.
    ///
    /// ## Why it matters
    ///
    /// A reader using the new schema ignores the field in old data, so `backward` holds. But
    /// a reader still using the old schema looks for the field in data written with the new
    /// one, finds nothing, and has no default to use: `forward` breaks.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}, {"name": "note", "type": "string"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    id: "avro-field-removed-without-default",
    effect: Widens,
    summary: "A field without a default was removed from a record.",
    keywords: ["fields", "default"],
    hint: "give the field a default in one release, and remove it in a later one",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Some(old), Some(_)) = (record(cx.old, p.old), record(cx.new, p.new)) else {
        return;
    };
    for fp in p.fields.iter().filter(|f| f.new.is_none()) {
        let Some(i) = fp.old else { continue };
        let f = &old.fields[i];
        if f.usable_default() {
            continue;
        }
        let path = format!("{}/{}", p.path, crate::source::escape_token(&f.name));
        let why = if f.default.is_some() {
            "its default does not match its type"
        } else {
            "it has no default"
        };
        cx.emit(
            &RULE,
            effect(p.live, false, true),
            p,
            Some(path),
            Some(cx.field_at(Side::Old, p.old, i, "")),
            Some(cx.at(Side::New, p.new)),
            format!(
                "Field \"{}\" was removed{}: a reader using the old schema cannot read new data, and {why}.",
                f.name,
                at_path(&p.path)
            ),
            vec![Cx::plan(p, Side::New, &[], Focus::Reach)],
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::avro::diff::rules::assert_example_fires(&super::RULE);
    }
}
