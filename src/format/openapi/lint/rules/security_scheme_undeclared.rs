//! Lint rule `security-scheme-undeclared`.

use crate::format::openapi::lint::{Cx, Doc};
use serde_json::Value;

crate::declare_openapi_lint! {
    /// A security requirement names a scheme that `components.securitySchemes` does not define.
    ///
    /// ## Why it matters
    ///
    /// The name is all a requirement holds: without the scheme's definition clients do not know
    /// how to authenticate, and tools reject the description.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// security: [{oauth: []}]
    /// components:
    ///   securitySchemes:
    ///     apiKey: {type: apiKey, name: X-Api-Key, in: header}
    /// ```
    id: "security-scheme-undeclared",
    level: Error,
    summary: "A security requirement names an undefined scheme.",
}

fn check(cx: &mut Cx, doc: &Doc) {
    let defined = doc
        .root
        .get("components")
        .and_then(|c| c.get("securitySchemes"))
        .and_then(Value::as_object);
    let mut lists: Vec<(String, &Value)> = Vec::new();
    if let Some(s) = doc.root.get("security") {
        lists.push(("/security".into(), s));
    }
    for op in &doc.operations {
        if let Some(s) = op.value.get("security") {
            lists.push((format!("{}/security", op.pointer), s));
        }
    }
    for (pointer, list) in lists {
        let Some(list) = list.as_array() else { continue };
        for (i, req) in list.iter().enumerate() {
            let Some(req) = req.as_object() else { continue };
            for name in req.keys() {
                if !defined.is_some_and(|d| d.contains_key(name)) {
                    cx.report(
                        &RULE,
                        &format!("{pointer}/{i}"),
                        format!("security requirement names scheme `{name}`, which is not defined"),
                        Some(format!("define `{name}` under `components.securitySchemes`")),
                    );
                }
            }
        }
    }
}
