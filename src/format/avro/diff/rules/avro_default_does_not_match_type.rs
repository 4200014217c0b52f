//! Rule `avro-default-does-not-match-type`.

use crate::change::Side;
use crate::format::avro::datum::Focus;
use crate::format::avro::diff::rules::show;
use crate::format::avro::diff::{Cx, Pair, at_path, effect, record};
use crate::format::avro::model::default_problem;

crate::declare_avro_rule! {
    /// A field's default does not match the field's type.
    ///
    /// ## Why it matters
    ///
    /// A default is what a reader uses when the writer's data lacks the field. One that does
    /// not fit the type (`"default": "none"` on an `int`, `null` on a union without `null`)
    /// cannot be used: a reader needing it fails just as if there were no default, and Java
    /// refuses to parse the schema at all. It breaks `backward` when the field is new (the
    /// default is needed for old data); elsewhere it is reported as a latent problem.
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
    /// {"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}, {"name": "count", "type": "int", "default": "none"}]}
    /// ```
    id: "avro-default-does-not-match-type",
    effect: Narrows,
    summary: "A field's default does not match the field's type.",
    keywords: ["default"],
    hint: "write the default in the type's JSON form (for a union: a value of one of its branches, best the first)",
}

fn check(cx: &mut Cx, p: &Pair) {
    let (Some(old), Some(new)) = (record(cx.old, p.old), record(cx.new, p.new)) else {
        return;
    };
    for (j, f) in new.fields.iter().enumerate() {
        let Some(default) = f.default.as_ref().filter(|_| !f.default_valid) else {
            continue;
        };
        // Unchanged and already wrong in OLD: not news.
        let same_before = p.fields.iter().any(|q| {
            q.new == Some(j)
                && q.old.is_some_and(|i| {
                    let of = &old.fields[i];
                    !of.default_valid && of.default.as_ref() == Some(default)
                })
        });
        if same_before {
            continue;
        }
        let needed = !p.fields.iter().any(|q| q.new == Some(j) && q.backward);
        let problem = default_problem(cx.new, f.ty, default, 0).unwrap_or_default();
        let path = format!("{}/{}", p.path, crate::source::escape_token(&f.name));
        let consequence = if needed {
            "a reader using the new schema cannot fill the field in for old data"
        } else {
            "a reader using it for data without the field will fail"
        };
        cx.emit(
            &RULE,
            effect(p.live, needed, false),
            p,
            Some(path),
            Some(cx.at(Side::Old, p.old)),
            Some(cx.field_at(Side::New, p.new, j, "/default")),
            format!(
                "The default {} of field \"{}\"{} does not match its type ({problem}): {consequence}.",
                show(default),
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
