//! Rule `avro-doc-changed`.

use crate::change::Side;
use crate::format::avro::diff::rules::both_named;
use crate::format::avro::diff::{Cx, Pair, at_path, effect, record};

crate::declare_avro_rule! {
    /// The `doc` of a named type or a field changed.
    ///
    /// ## Why it matters
    ///
    /// Documentation only: no reader sees a difference. It is versioned (a patch) so that the
    /// published schema matches what it says.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "doc": "An order.", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "doc": "A customer's order.", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    id: "avro-doc-changed",
    effect: Annotation,
    summary: "The `doc` of a named type or a field changed.",
    keywords: ["doc"],
}

fn check(cx: &mut Cx, p: &Pair) {
    if let Some((o, n)) = both_named(cx, p)
        && o.doc != n.doc
    {
        cx.emit(
            &RULE,
            effect(p.live, false, false),
            p,
            None,
            Some(cx.under(Side::Old, p.old, if o.doc.is_some() { "/doc" } else { "" })),
            Some(cx.under(Side::New, p.new, if n.doc.is_some() { "/doc" } else { "" })),
            format!("The documentation of {}{} changed.", n.full, at_path(&p.path)),
            vec![],
        );
    }
    let (Some(or), Some(nr)) = (record(cx.old, p.old), record(cx.new, p.new)) else {
        return;
    };
    for fp in &p.fields {
        let (Some(i), Some(j)) = (fp.old, fp.new) else { continue };
        let (of, nf) = (&or.fields[i], &nr.fields[j]);
        if of.doc == nf.doc {
            continue;
        }
        let path = format!("{}/{}", p.path, crate::source::escape_token(&nf.name));
        cx.emit(
            &RULE,
            effect(p.live, false, false),
            p,
            Some(path),
            Some(cx.field_at(Side::Old, p.old, i, if of.doc.is_some() { "/doc" } else { "" })),
            Some(cx.field_at(Side::New, p.new, j, if nf.doc.is_some() { "/doc" } else { "" })),
            format!(
                "The documentation of field \"{}\"{} changed.",
                nf.name,
                at_path(&p.path)
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
