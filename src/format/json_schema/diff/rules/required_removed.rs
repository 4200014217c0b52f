//! Rule `required-removed`.

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
    /// A property is no longer required.
    ///
    /// ## Why it matters
    ///
    /// Old consumers may expect the property to be present and fail on documents without it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "required": ["email"]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object"}
    /// ```
    id: "required-removed",
    effect: Widens,
    summary: "A property is no longer required.",
    keywords: ["required"],
    hint: "Under forward or full compatibility, keep sending the property (give it a `default`) until every consumer treats it as optional.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("required");
    let removed: Vec<String> = p.old.required.difference(&p.new.required).cloned().collect();
    for name in removed {
        let mut at = p.path.clone();
        at.push('/');
        at.push_str(&crate::source::escape_token(&name));
        cx.emit(
            &RULE,
            p,
            At::Entry("required", &name),
            format!(
                "Property `{name}` is no longer required{}: documents may now leave it out.",
                at_path(&p.path)
            ),
            None,
        );
        cx.set_last_witness((serde_json::Value::String(ABSENT.into()), Side::New), at);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
