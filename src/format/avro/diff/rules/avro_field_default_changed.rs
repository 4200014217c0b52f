//! Rule `avro-field-default-changed`.

use crate::change::Side;
use crate::format::avro::diff::rules::show;
use crate::format::avro::diff::{Cx, Pair, at_path, effect, record};

crate::declare_avro_rule! {
    /// A field's default was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Between these two versions the default is never used: both have the field. It matters
    /// for the versions around them — a default lets a later release remove the field safely
    /// (and lets readers of this one read data from before the field existed). Removing a
    /// default can make a later removal of the field break `forward`.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "note", "type": "string"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "note", "type": "string", "default": ""}]}
    /// ```
    id: "avro-field-default-changed",
    effect: Annotation,
    summary: "A field's default was added, removed or changed.",
    keywords: ["default"],
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Some(old), Some(new)) = (record(cx.old, p.old), record(cx.new, p.new)) else {
        return;
    };
    for fp in &p.fields {
        let (Some(i), Some(j)) = (fp.old, fp.new) else { continue };
        let (of, nf) = (&old.fields[i], &new.fields[j]);
        let what = match (&of.default, &nf.default) {
            (None, Some(d)) => format!("gained the default {}", show(d)),
            (Some(d), None) => format!("lost its default {}", show(d)),
            (Some(a), Some(b)) if a != b => format!("changed its default from {} to {}", show(a), show(b)),
            _ => continue,
        };
        let path = format!("{}/{}", p.path, crate::source::escape_token(&nf.name));
        cx.emit(
            &RULE,
            effect(p.live, false, false),
            p,
            Some(path),
            Some(cx.field_at(Side::Old, p.old, i, "")),
            Some(cx.field_at(Side::New, p.new, j, "")),
            format!("Field \"{}\"{} {what}.", nf.name, at_path(&p.path)),
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
