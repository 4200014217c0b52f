//! Rule `not-schema-widened`.

#[allow(unused_imports)]
use super::support::*;
#[allow(unused_imports)]
use crate::change::Effect;
#[allow(unused_imports)]
use crate::change::Side;
#[allow(unused_imports)]
use crate::format::json_schema::diff::engine::{At, Cx, Governed, ListKind, Pair, at_path, lists};
#[allow(unused_imports)]
use crate::format::json_schema::schema::Bound;

crate::declare_rule! {
    /// The schema under `not` accepts more, so the schema accepts less.
    ///
    /// ## Why it matters
    ///
    /// Documents matching the widened `not` schema were valid and are now rejected.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"not": {"type": "integer"}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"not": {"type": "number"}}
    /// ```
    id: "not-schema-widened",
    effect: Narrows,
    summary: "The schema under `not` accepts more, so the schema accepts less.",
    keywords: ["not"],
    hint: "Stop producing the documents the wider `not` excludes first, then widen it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("not");
    let (Some(a), Some(b)) = (p.old.not, p.new.not) else {
        return;
    };
    let findings = cx.trial(a, b, &p.path);
    let inner = Cx::effect_of(&findings);
    if inner != Effect::Widens {
        return;
    }
    let (details, witness) = under_not(&findings);
    cx.emit(
        &RULE,
        p,
        At::Keyword("not"),
        format!(
            "The schema under `not`{} changed, which narrows what is accepted. Inside `not`, where a match means rejection: {details}",
            at_path(&p.path)
        ),
        None,
    );
    if let Some((w, path)) = witness {
        cx.set_last_witness(w, path);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
