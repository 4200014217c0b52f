//! Rule `enum-value-added`.

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
    /// A value was added to an `enum`.
    ///
    /// ## Why it matters
    ///
    /// Consumers on the old schema reject the new value. Fine for backward compatibility; under
    /// `forward` or `full` it breaks old readers.
    ///
    /// For nulls, booleans, numbers and strings the values are compared as sets with the other
    /// keywords (see docs/semantics.md): the rule fires for a value the new schema accepts that
    /// the old list did not hold.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"enum": ["pending", "paid"]}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"enum": ["pending", "paid", "refunded"]}
    /// ```
    id: "enum-value-added",
    effect: Widens,
    summary: "A value was added to an `enum`.",
    keywords: ["enum", "const"],
    hint: "Under forward or full compatibility, teach consumers the new value (or a fallback for unknown values) before producers emit it.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("enum");
    let (Some(o), Some(n)) = (&p.old.enumeration, &p.new.enumeration) else {
        return;
    };
    // (values of kinds decided on sets are reported by the scalar comparison)
    let before = crate::hash::json_set(o);
    let added: Vec<&serde_json::Value> = n
        .iter()
        .filter(|v| {
            p.context
                .contains(crate::format::json_schema::schema::Types::of_value(v))
                && !before.contains(&crate::hash::JsonKey(v))
        })
        .collect();
    if added.is_empty() {
        return;
    }
    let w = Some((added[0].clone(), Side::New));
    cx.emit(
        &RULE,
        p,
        At::Keyword("enum"),
        format!(
            "{} {} now allowed{}.",
            show_list(&added),
            if added.len() == 1 { "is" } else { "are" },
            at_path(&p.path)
        ),
        w,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
