//! Lint rule `avro-enum-symbol-style`.

use crate::format::avro::lint::{Cx, Decl};
use serde_json::Value;

crate::declare_avro_lint! {
    /// Enum symbols are UPPER_SNAKE_CASE.
    ///
    /// ## Why it matters
    ///
    /// Symbols become constants in generated code; the Avro convention (and Java's, C#'s
    /// and Protobuf's) is `PAYMENT_PENDING`. A mix of styles in one enum reads as a typo.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "enum", "name": "Status", "symbols": ["NEW", "paid"]}
    /// ```
    id: "avro-enum-symbol-style",
    level: Warn,
    summary: "Enum symbols are UPPER_SNAKE_CASE.",
}

fn check(cx: &mut Cx, d: &Decl) {
    if d.kind != "enum" {
        return;
    }
    let Some(symbols) = d.map.get("symbols").and_then(Value::as_array) else {
        return;
    };
    for (i, s) in symbols.iter().enumerate() {
        let Some(s) = s.as_str() else { continue };
        let upper = s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
            && s.chars()
                .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
        if !upper {
            cx.report(
                &format!("{}/symbols/{i}", d.pointer),
                format!("symbol `{s}` of enum {} is not UPPER_SNAKE_CASE", d.name()),
                None,
            );
        }
    }
}
