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
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("enum");
    let (Some(o), Some(n)) = (&p.old.enumeration, &p.new.enumeration) else {
        return;
    };
    // (values of kinds decided on sets are reported by the scalar comparison)
    let added: Vec<&serde_json::Value> = n
        .iter()
        .filter(|v| {
            p.context
                .contains(crate::format::json_schema::schema::Types::of_value(v))
                && !o.contains(v)
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
