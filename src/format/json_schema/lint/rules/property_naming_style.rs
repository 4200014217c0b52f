//! Lint rule `property-naming-style`.

use crate::format::json_schema::lint::{Cx, Node};

crate::declare_lint! {
    /// Property names follow one naming style.
    ///
    /// ## Why it matters
    ///
    /// Consumers generate code from schemas; a schema mixing `orderId` and `order_id` yields
    /// inconsistent types and invites typos. The style is the one set in the config
    /// (`naming: camelCase | snake_case | kebab-case | PascalCase`), or else the style at least
    /// two thirds of the document's multi-word property names already follow.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"properties": {"orderId": {}, "customerId": {}, "createdAt": {}, "total_amount": {}}}
    /// ```
    ///
    /// `total_amount` is reported: the others are camelCase.
    id: "property-naming-style",
    level: Warn,
    summary: "Property names follow one naming style (configured, or the document's own).",
}

fn check(cx: &mut Cx, node: &Node) {
    let Some(style) = cx.naming else { return };
    let Some(props) = node.schema.get("properties").and_then(|p| p.as_object()) else {
        return;
    };
    for name in props.keys() {
        // One lowercase word fits every style but PascalCase.
        let single = name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        let fits = style.matches(name) || (single && style != crate::lint::Style::Pascal);
        if !fits {
            let pointer = format!("{}/{}", node.at("properties"), crate::source::escape_token(name));
            cx.report(&pointer, format!("property `{name}` is not {}", style.name()), None);
        }
    }
}
