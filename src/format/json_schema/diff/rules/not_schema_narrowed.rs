//! Rule `not-schema-narrowed`.

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
    /// The schema under `not` accepts less, so the schema accepts more.
    ///
    /// ## Why it matters
    ///
    /// Documents no longer excluded are now valid; old consumers reject them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"not": {"type": "number"}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"not": {"type": "integer"}}
    /// ```
    id: "not-schema-narrowed",
    effect: Widens,
    summary: "The schema under `not` accepts less, so the schema accepts more.",
    keywords: ["not"],
    hint: "Under forward or full compatibility, deploy consumers that accept what `not` no longer excludes before producers send it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("not");
    let (Some(a), Some(b)) = (p.old.not, p.new.not) else {
        return;
    };
    let findings = cx.trial(a, b, &p.path);
    let inner = Cx::effect_of(&findings);
    if inner != Effect::Narrows {
        return;
    }
    let (details, witness) = under_not(&findings);
    cx.emit(
        &RULE,
        p,
        At::Keyword("not"),
        format!(
            "The schema under `not`{} changed, which widens what is accepted. Inside `not`, where a match means rejection: {details}",
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
