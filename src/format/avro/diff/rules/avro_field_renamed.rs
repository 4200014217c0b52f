//! Rule `avro-field-renamed`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::{Cx, Pair, at_path, effect, record};

crate::declare_avro_rule! {
    /// A field was renamed, and one side's aliases name the other.
    ///
    /// ## Why it matters
    ///
    /// Resolution matches a reader's field to the writer's by name, then by the reader
    /// field's aliases — never the writer's. A new field `b` with `"aliases": ["a"]` reads old
    /// data's `a` (`backward` holds), but a reader of the old schema looks for `a` in new
    /// data, finds only `b`, and fails unless its `a` has a default (`forward` breaks).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "total", "type": "long"}]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "amount", "aliases": ["total"], "type": "long"}]}
    /// ```
    id: "avro-field-renamed",
    effect: Widens,
    summary: "A field was renamed, and one side's aliases name the other.",
    keywords: ["fields", "aliases"],
    hint: "keep the old name as an alias and give the field a default, so readers of both versions find it",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Some(old), Some(new)) = (record(cx.old, p.old), record(cx.new, p.new)) else {
        return;
    };
    for fp in &p.fields {
        let (Some(i), Some(j)) = (fp.old, fp.new) else { continue };
        let (of, nf) = (&old.fields[i], &new.fields[j]);
        if of.name == nf.name {
            continue;
        }
        // A direction breaks when its reader's field is matched by no field at all and has
        // no default to use instead.
        let old_unread = !p.fields.iter().any(|q| q.old == Some(i) && q.forward);
        let new_unread = !p.fields.iter().any(|q| q.new == Some(j) && q.backward);
        let breaks_forward = old_unread && !of.usable_default();
        let breaks_backward = new_unread && !nf.usable_default();
        let via = if fp.backward && fp.forward {
            "each lists the other among its aliases"
        } else if fp.backward {
            "the new field lists the old name among its aliases"
        } else {
            "the old field lists the new name among its aliases"
        };
        let mut message = format!(
            "Field \"{}\" was renamed to \"{}\"{} ({via})",
            of.name,
            nf.name,
            at_path(&p.path)
        );
        if breaks_forward {
            message.push_str(&format!(
                ": a reader using the old schema finds no \"{}\" in new data and has no default for it",
                of.name
            ));
        } else if breaks_backward {
            message.push_str(&format!(
                ": a reader using the new schema finds no \"{}\" in old data and has no default for it",
                nf.name
            ));
        }
        message.push('.');
        let path = format!("{}/{}", p.path, crate::source::escape_token(&nf.name));
        cx.emit(
            &RULE,
            effect(p.live, breaks_backward, breaks_forward),
            p,
            Some(path),
            Some(cx.field_at(Side::Old, p.old, i, "")),
            Some(cx.field_at(Side::New, p.new, j, "")),
            message,
            vec![
                Cx::plan(p, Side::New, &[], Focus::Reach),
                Cx::plan(p, Side::Old, &[], Focus::Reach),
            ],
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
