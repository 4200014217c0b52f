//! Rule `type-kind-changed`.

#[allow(unused_imports)]
use super::support::*;

crate::declare_graphql_rule! {
    /// A named type changed kind (object, interface, union, enum, input object, scalar).
    ///
    /// ## Why it matters
    ///
    /// Every use of the type changes meaning: selections on an object do not apply to a scalar, an enum literal is not an input object.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```graphql
    /// type Query { a: Status }
    ///
    /// enum Status { OPEN CLOSED }
    /// ```
    ///
    /// New:
    ///
    /// ```graphql
    /// type Query { a: Status }
    ///
    /// scalar Status
    /// ```
    id: "type-kind-changed",
    effect: Reshapes,
    level: Breaking,
    area: "types",
    summary: "A named type changed kind (object, interface, union, enum, input object, scalar).",
    keywords: ["type"],
    hint: "Add a type of the new kind under a new name, move the fields over, then retire the old one.",
}

fn check(cx: &mut Cx, el: &Element) {
    if let Element::Type { name, pair } = el
        && let Some((a, b)) = pair.both()
        && !model::same_kind(a, b)
    {
        cx.emit(
            el,
            format!(
                "`{name}` changed from {} to {}: every operation that uses it is read differently.",
                article(model::kind_name(a)),
                article(model::kind_name(b))
            ),
        );
        cx.witness(Plan::UseType {
            side: Side::Old,
            ty: name.to_string(),
        });
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::graphql::diff::rules::assert_example_fires(&super::RULE);
    }
}
