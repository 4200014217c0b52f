//! Rule `avro-field-removed-with-default`.

use crate::change::Side;
use crate::format::avro::diff::rules::show;
use crate::format::avro::diff::{Cx, Pair, at_path, effect, record};

crate::declare_avro_rule! {
    /// A field with a default was removed from a record.
    ///
    /// ## Why it matters
    ///
    /// Readers using the new schema skip the field in old data; readers using the old schema
    /// fill its default in for new data. Compatible in every mode — but those readers now see
    /// the default, not real values.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}, {"name": "note", "type": "string", "default": ""}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    id: "avro-field-removed-with-default",
    effect: Annotation,
    summary: "A field with a default was removed from a record.",
    keywords: ["fields", "default"],
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Some(old), Some(_)) = (record(cx.old, p.old), record(cx.new, p.new)) else {
        return;
    };
    for fp in p.fields.iter().filter(|f| f.new.is_none()) {
        let Some(i) = fp.old else { continue };
        let f = &old.fields[i];
        let Some(default) = f.default.as_ref().filter(|_| f.default_valid) else {
            continue;
        };
        let path = format!("{}/{}", p.path, crate::source::escape_token(&f.name));
        cx.emit(
            &RULE,
            effect(p.live, false, false),
            p,
            Some(path),
            Some(cx.field_at(Side::Old, p.old, i, "")),
            Some(cx.at(Side::New, p.new)),
            format!(
                "Field \"{}\" was removed{}; readers using the old schema read its default {} from new data.",
                f.name,
                at_path(&p.path),
                show(default)
            ),
            vec![],
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
