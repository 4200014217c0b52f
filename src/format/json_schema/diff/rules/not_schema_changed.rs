//! Rule `not-schema-changed`.

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
    /// The schema under `not` changed in both directions.
    ///
    /// ## Why it matters
    ///
    /// Some documents become invalid and others valid.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"not": {"type": "string"}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"not": {"type": "integer"}}
    /// ```
    id: "not-schema-changed",
    effect: Reshapes,
    summary: "The schema under `not` changed in both directions.",
    keywords: ["not"],
    hint: "Change what `not` excludes in two steps, one narrowing and one widening, each shipped on its own.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("not");
    let (Some(a), Some(b)) = (p.old.not, p.new.not) else {
        return;
    };
    let findings = cx.trial(a, b, &p.path);
    let inner = Cx::effect_of(&findings);
    if inner != Effect::Reshapes {
        return;
    }
    let (details, witness) = under_not(&findings);
    cx.emit(
        &RULE,
        p,
        At::Keyword("not"),
        format!(
            "The schema under `not`{} changed, which reshapes what is accepted. Inside `not`, where a match means rejection: {details}",
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
