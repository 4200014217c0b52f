//! Lint rule `avro-type-name-style`.

use crate::format::avro::lint::{Cx, Decl};
use crate::lint::Style;

crate::declare_avro_lint! {
    /// Record, enum and fixed names are PascalCase.
    ///
    /// ## Why it matters
    ///
    /// Code generators (Java, C#, Rust, TypeScript) turn Avro named types into classes, and
    /// the convention every Avro ecosystem follows is PascalCase: `OrderLine`, not
    /// `order_line`.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "record", "name": "order_line", "fields": []}
    /// ```
    id: "avro-type-name-style",
    level: Warn,
    summary: "Record, enum and fixed names are PascalCase.",
}

fn check(cx: &mut Cx, d: &Decl) {
    let full = d.name();
    let simple = full.rsplit('.').next().unwrap_or(full);
    if simple.is_empty() || Style::Pascal.matches(simple) {
        return;
    }
    cx.report(
        &format!("{}/name", d.pointer),
        format!("{} name `{simple}` is not PascalCase", d.kind),
        Some(format!(
            "rename it (keeping `{full}` in \"aliases\" so readers still match old data)"
        )),
    );
}
