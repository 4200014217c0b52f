//! Lint rule `avro-enum-default-missing`.

use crate::format::avro::lint::{Cx, Decl};

crate::declare_avro_lint! {
    /// An enum declares a `default` symbol.
    ///
    /// ## Why it matters
    ///
    /// A reader maps a symbol it does not know to its enum's default. Without one, every
    /// symbol added later breaks readers of this version (`forward`), and every symbol
    /// removed breaks readers of the next (`backward`).
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "enum", "name": "Status", "symbols": ["NEW", "PAID"]}
    /// ```
    id: "avro-enum-default-missing",
    level: Warn,
    summary: "An enum declares a `default` symbol.",
}

fn check(cx: &mut Cx, d: &Decl) {
    if d.kind != "enum" || d.map.contains_key("default") {
        return;
    }
    cx.report(
        &d.pointer,
        format!("enum {} has no default symbol", d.name()),
        Some("add a symbol such as UNKNOWN and \"default\": \"UNKNOWN\"".into()),
    );
}
