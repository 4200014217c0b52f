//! Lint rule `path-parameter-undeclared`.

use crate::format::openapi::lint::{Cx, Doc};
use crate::format::openapi::model::template_names;
use serde_json::Value;
use std::collections::BTreeSet;

crate::declare_openapi_lint! {
    /// A path template names a parameter the operation does not declare, or an operation
    /// declares a path parameter the template does not name.
    ///
    /// ## Why it matters
    ///
    /// Every `{name}` of a path template must be declared as an `in: path` parameter (of the
    /// path item or the operation), and every path parameter must appear in the template;
    /// otherwise clients cannot build the URL and validators reject the description.
    ///
    /// ## Example
    ///
    /// ```yaml
    /// paths:
    ///   /orders/{id}:
    ///     get:                # `id` is not declared
    ///       responses: {"200": {description: the order}}
    /// ```
    id: "path-parameter-undeclared",
    level: Error,
    summary: "A path template and its path parameters disagree.",
}

fn check(cx: &mut Cx, doc: &Doc) {
    for op in &doc.operations {
        let names: BTreeSet<String> = template_names(op.template).into_iter().collect();
        let mut declared: Vec<(String, String)> = Vec::new();
        for (holder, pointer) in [(op.item, &op.item_pointer), (op.value, &op.pointer)] {
            let Some(list) = holder.get("parameters").and_then(Value::as_array) else {
                continue;
            };
            for (i, p) in list.iter().enumerate() {
                let p = doc.resolve(p);
                if p.get("in").and_then(Value::as_str) == Some("path")
                    && let Some(name) = p.get("name").and_then(Value::as_str)
                {
                    declared.push((name.to_string(), format!("{pointer}/parameters/{i}")));
                }
            }
        }
        for name in &names {
            if !declared.iter().any(|(d, _)| d == name) {
                cx.report(
                    &RULE,
                    &op.pointer,
                    format!("`{}` does not declare path parameter `{name}`", op.label()),
                    Some(format!(
                        "add `{{name: {name}, in: path, required: true, schema: …}}` to its parameters"
                    )),
                );
            }
        }
        for (name, pointer) in &declared {
            if !names.contains(name) {
                cx.report(
                    &RULE,
                    pointer,
                    format!("path parameter `{name}` of `{}` is not in the template", op.label()),
                    Some("rename it to match the `{…}` in the path, or make it a query parameter".into()),
                );
            }
        }
    }
}
