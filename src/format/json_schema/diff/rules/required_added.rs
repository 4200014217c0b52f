//! Rule `required-added`.

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
    /// A property became required.
    ///
    /// ## Why it matters
    ///
    /// Documents that leave the property out were valid and are now rejected: the classic breaking
    /// change for readers of old data.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "object", "properties": {"email": {"type": "string"}}}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "object", "properties": {"email": {"type": "string"}}, "required": ["email"]}
    /// ```
    id: "required-added",
    effect: Narrows,
    summary: "A property became required.",
    keywords: ["required"],
    hint: "Add the property as optional first (with a `default`), make every producer send it, then require it in a major version.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("required");
    let added: Vec<String> = p.new.required.difference(&p.old.required).cloned().collect();
    for name in added {
        let mut at = p.path.clone();
        at.push('/');
        at.push_str(&crate::source::escape_token(&name));
        cx.emit(
            &RULE,
            p,
            At::Entry("required", &name),
            format!(
                "Property `{name}` became required{}: documents without it are now rejected.",
                at_path(&p.path)
            ),
            None,
        );
        cx.set_last_witness((serde_json::Value::String(ABSENT.into()), Side::Old), at);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
