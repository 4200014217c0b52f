//! Rule `avro-field-added-without-default`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::{Cx, Pair, at_path, effect, record};

crate::declare_avro_rule! {
    /// A field was added to a record without a default.
    ///
    /// ## Why it matters
    ///
    /// A reader using the new schema looks for the field in every record it reads. Data
    /// written with the old schema does not have it, and with no default to fall back on the
    /// reader fails (Java: `READER_FIELD_MISSING_DEFAULT_VALUE`). Breaks `backward`; readers
    /// of the old schema simply skip the new field, so `forward` holds.
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
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}, {"name": "note", "type": "string"}]}
    /// ```
    id: "avro-field-added-without-default",
    effect: Narrows,
    summary: "A field was added to a record without a default.",
    keywords: ["fields", "default"],
    hint: "add the field with a default (e.g. a nullable union [\"null\", …] with \"default\": null)",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Some(_), Some(new)) = (record(cx.old, p.old), record(cx.new, p.new)) else {
        return;
    };
    for fp in p.fields.iter().filter(|f| f.old.is_none()) {
        let Some(j) = fp.new else { continue };
        let f = &new.fields[j];
        if f.default.is_some() {
            continue;
        }
        let path = format!("{}/{}", p.path, crate::source::escape_token(&f.name));
        cx.emit(
            &RULE,
            effect(p.live, true, false),
            p,
            Some(path),
            Some(cx.at(Side::Old, p.old)),
            Some(cx.field_at(Side::New, p.new, j, "")),
            format!(
                "Field \"{}\" was added{} without a default: a reader using the new schema cannot read data written without it.",
                f.name,
                at_path(&p.path)
            ),
            vec![Cx::plan(p, Side::Old, &[], Focus::Reach)],
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
