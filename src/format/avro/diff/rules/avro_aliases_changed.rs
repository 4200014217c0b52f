//! Rule `avro-aliases-changed`.

use crate::change::Side;
use crate::format::avro::diff::rules::{both_named, quoted};
use crate::format::avro::diff::{Cx, Pair, at_path, effect, record};

crate::declare_avro_rule! {
    /// The aliases of a named type or of a field changed.
    ///
    /// ## Why it matters
    ///
    /// Aliases are how a reader finds data written under an old name. Between these two
    /// versions the names match anyway; an alias removed now makes data written under that
    /// older name unreadable for readers of this version.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Client", "aliases": ["Customer"], "fields": [{"name": "id", "type": "string"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Client", "fields": [{"name": "id", "type": "string"}]}
    /// ```
    id: "avro-aliases-changed",
    effect: Annotation,
    summary: "The aliases of a named type or of a field changed.",
    keywords: ["aliases"],
}

fn diff_lists(old: &[String], new: &[String]) -> Option<String> {
    let added: Vec<&String> = new.iter().filter(|a| !old.contains(a)).collect();
    let removed: Vec<&String> = old.iter().filter(|a| !new.contains(a)).collect();
    let mut parts = Vec::new();
    if !added.is_empty() {
        parts.push(format!("gained {}", quoted(&added)));
    }
    if !removed.is_empty() {
        parts.push(format!("lost {}", quoted(&removed)));
    }
    (!parts.is_empty()).then(|| parts.join(" and "))
}

fn check(cx: &mut Cx, p: &Pair) {
    if let Some((o, n)) = both_named(cx, p)
        && o.name == n.name
        && let Some(what) = diff_lists(&o.aliases, &n.aliases)
    {
        cx.emit(
            &RULE,
            effect(p.live, false, false),
            p,
            None,
            Some(cx.at(Side::Old, p.old)),
            Some(cx.at(Side::New, p.new)),
            format!("The aliases of {}{} {what}.", n.full, at_path(&p.path)),
            vec![],
        );
    }
    let (Some(or), Some(nr)) = (record(cx.old, p.old), record(cx.new, p.new)) else {
        return;
    };
    for fp in &p.fields {
        let (Some(i), Some(j)) = (fp.old, fp.new) else { continue };
        let (of, nf) = (&or.fields[i], &nr.fields[j]);
        if of.name != nf.name {
            continue;
        }
        let Some(what) = diff_lists(&of.aliases, &nf.aliases) else {
            continue;
        };
        let path = format!("{}/{}", p.path, crate::source::escape_token(&nf.name));
        cx.emit(
            &RULE,
            effect(p.live, false, false),
            p,
            Some(path),
            Some(cx.field_at(Side::Old, p.old, i, "")),
            Some(cx.field_at(Side::New, p.new, j, "")),
            format!("The aliases of field \"{}\"{} {what}.", nf.name, at_path(&p.path)),
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
