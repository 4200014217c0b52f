//! Lint rule `avro-field-name-style`.

use crate::format::avro::lint::{Cx, Decl};
use crate::lint::Style;
use serde_json::Value;

crate::declare_avro_lint! {
    /// Field names follow one style: snake_case or camelCase, not both.
    ///
    /// ## Why it matters
    ///
    /// Field names become properties of generated code and columns downstream; a schema
    /// mixing `order_id` and `customerId` invites typos. The style is the config's (`naming:
    /// camelCase | snake_case`), or else the one at least two thirds of the file's multi-word
    /// field names follow.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "record", "name": "Order", "fields": [{"name": "order_id", "type": "string"}, {"name": "customer_id", "type": "string"}, {"name": "createdAt", "type": "long"}]}
    /// ```
    ///
    /// `createdAt` is reported: the others are snake_case.
    id: "avro-field-name-style",
    level: Warn,
    summary: "Field names follow one style: snake_case or camelCase, not both.",
}

fn check(cx: &mut Cx, d: &Decl) {
    let Some(style) = cx.naming else { return };
    for (f, pointer) in d.fields() {
        let Some(name) = f.get("name").and_then(Value::as_str) else {
            continue;
        };
        let single = name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit());
        if style.matches(name) || (single && style != Style::Pascal) {
            continue;
        }
        cx.report(
            &format!("{pointer}/name"),
            format!("field `{name}` of {} is not {}", d.name(), style.name()),
            Some("rename it, keeping the old name in the field's \"aliases\"".into()),
        );
    }
}
