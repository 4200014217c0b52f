//! Lint rule `avro-union-default-not-first`.

use crate::format::avro::lint::{Cx, Decl};
use serde_json::Value;

crate::declare_avro_lint! {
    /// A union field's default is a value of the union's first branch.
    ///
    /// ## Why it matters
    ///
    /// Until Avro 1.12 the specification required a union's default to match its first
    /// branch, and Java (and Confluent Schema Registry) before 1.12 refuse the schema
    /// otherwise. Put the branch of the default first — `["null", "string"]` with `null`.
    ///
    /// ## Example
    ///
    /// ```json
    /// {"type": "record", "name": "User", "fields": [{"name": "email", "type": ["string", "null"], "default": null}]}
    /// ```
    id: "avro-union-default-not-first",
    level: Warn,
    summary: "A union field's default is a value of the union's first branch.",
}

/// Whether a JSON default plainly fits a branch written as a primitive type name.
fn fits(branch: &Value, default: &Value) -> Option<bool> {
    let name = branch.as_str().or_else(|| branch.get("type").and_then(Value::as_str))?;
    Some(match name {
        "null" => default.is_null(),
        "boolean" => default.is_boolean(),
        "int" | "long" => default.is_i64() || default.is_u64(),
        "float" | "double" => default.is_number(),
        "string" | "bytes" | "enum" | "fixed" => default.is_string(),
        "array" => default.is_array(),
        "map" | "record" => default.is_object(),
        // A named type referenced by name: cannot tell without resolving it.
        _ => return None,
    })
}

fn check(cx: &mut Cx, d: &Decl) {
    for (f, pointer) in d.fields() {
        let (Some(Value::Array(branches)), Some(default)) = (f.get("type"), f.get("default")) else {
            continue;
        };
        let Some(first) = branches.first() else { continue };
        if fits(first, default) == Some(false) && branches.iter().skip(1).any(|b| fits(b, default) == Some(true)) {
            let name = f.get("name").and_then(Value::as_str).unwrap_or("");
            cx.report(
                &format!("{pointer}/default"),
                format!("the default of field `{name}` is not a value of the union's first branch"),
                Some("move the default's branch to the front of the union".into()),
            );
        }
    }
}
