//! Rule `avro-field-added-with-default`.

use crate::change::Side;
use crate::format::avro::diff::rules::show;
use crate::format::avro::diff::{Cx, Pair, at_path, effect, record};

crate::declare_avro_rule! {
    /// A field was added to a record with a default.
    ///
    /// ## Why it matters
    ///
    /// This is how Avro schemas grow safely: a reader using the new schema fills the default
    /// in for data written without the field, and a reader using the old schema skips it.
    /// Compatible in every mode; reported so the change is versioned and reviewed.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}, {"name": "note", "type": ["null", "string"], "default": null}]}
    /// ```
    id: "avro-field-added-with-default",
    effect: Annotation,
    summary: "A field was added to a record with a default.",
    keywords: ["fields", "default"],
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Some(_), Some(new)) = (record(cx.old, p.old), record(cx.new, p.new)) else {
        return;
    };
    for fp in p.fields.iter().filter(|f| f.old.is_none()) {
        let Some(j) = fp.new else { continue };
        let f = &new.fields[j];
        let Some(default) = f.default.as_ref().filter(|_| f.default_valid) else {
            continue;
        };
        let path = format!("{}/{}", p.path, crate::source::escape_token(&f.name));
        cx.emit(
            &RULE,
            effect(p.live, false, false),
            p,
            Some(path),
            Some(cx.at(Side::Old, p.old)),
            Some(cx.field_at(Side::New, p.new, j, "")),
            format!(
                "Field \"{}\" was added{} with default {}: readers using the new schema fill it in for old data.",
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
