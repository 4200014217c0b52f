//! Lint rule `sdl-naming-convention`.

use crate::format::graphql::lint::{Cx, Item};
use crate::lint::Style;

crate::declare_graphql_lint! {
    /// Names follow GraphQL's conventions: types in PascalCase, fields, arguments and
    /// directives in camelCase, enum values in SCREAMING_SNAKE_CASE.
    ///
    /// ## Why it matters
    ///
    /// These are the conventions of the GraphQL specification's own examples and of nearly
    /// every public schema; client code generators map them onto each language's idioms. A
    /// schema that mixes styles reads as several schemas stitched together.
    ///
    /// ## Example
    ///
    /// ```graphql
    /// type order_line { unit_price: Int }
    /// enum Status { open }
    /// ```
    ///
    /// Write `type OrderLine { unitPrice: Int }` and `enum Status { OPEN }`. Names that
    /// start with `__` are reserved for introspection and are not checked.
    id: "sdl-naming-convention",
    level: Warn,
    summary: "Types are PascalCase; fields, arguments and directives camelCase; enum values SCREAMING_SNAKE_CASE.",
}

fn check(cx: &mut Cx, item: &Item) {
    let (name, style, what): (&str, &str, &str) = match item {
        Item::Type { name, .. } => (name.as_str(), "PascalCase", "type"),
        Item::Field { def, .. } => (def.name.as_str(), "camelCase", "field"),
        Item::Argument { def, .. } => (def.name.as_str(), "camelCase", "argument"),
        Item::InputField { def, .. } => (def.name.as_str(), "camelCase", "input field"),
        Item::Directive { def } => (def.name.as_str(), "camelCase", "directive"),
        Item::EnumValue { def, .. } => (def.value.as_str(), "SCREAMING_SNAKE_CASE", "enum value"),
    };
    if name.starts_with("__") {
        return;
    }
    let ok = match style {
        "PascalCase" => Style::Pascal.matches(name),
        "camelCase" => Style::Camel.matches(name),
        _ => screaming_snake(name),
    };
    if !ok {
        cx.report(
            item,
            format!("{what} `{name}` is not {style}"),
            Some(format!("GraphQL names {what}s in {style}")),
        );
    }
}

/// `OPEN`, `IN_PROGRESS`, `V2`.
fn screaming_snake(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_uppercase())
        && chars.all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && !name.contains("__")
        && !name.ends_with('_')
}

#[cfg(test)]
mod tests {
    #[test]
    fn screaming_snake_case() {
        assert!(super::screaming_snake("IN_PROGRESS"));
        assert!(super::screaming_snake("V2"));
        assert!(!super::screaming_snake("open"));
        assert!(!super::screaming_snake("A__B"));
        assert!(!super::screaming_snake("_A"));
    }
}
