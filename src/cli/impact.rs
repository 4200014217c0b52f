use super::common::{self, TextOrJson};
use super::{Context, Outcome};
use schemata::Error;
use schemata::registry::Address;
use serde::Serialize;
use std::fmt::Write;

/// Show what depends on a schema: the schemas that `$ref` or import it or use its named types
/// (directly or through others) and the consumers the config declares for it.
#[derive(clap::Args)]
pub struct ImpactArgs {
    /// The schema (NAME or NAME@REV).
    schema: String,
    /// Output format.
    #[arg(long, value_enum, default_value = "text")]
    format: TextOrJson,
}

#[derive(Serialize)]
struct Dependent {
    name: String,
    path: String,
    /// `direct` when it references the schema's file itself, else `transitive`.
    via: &'static str,
    consumers: Vec<String>,
}

pub fn run(args: ImpactArgs, ctx: &Context, out: &mut Vec<u8>) -> Result<Outcome, Error> {
    let registry = common::open(ctx)?;
    let mut history = None;
    let target = registry.locate(&Address::parse(&args.schema), &mut history)?;
    let mut warnings = Vec::new();
    let schemas = registry.discover(target.rev, &mut warnings)?;
    common::warn_all(&warnings);
    let snapshot = registry.repo.snapshot(target.rev)?;
    let mut dependents = Vec::new();
    for s in &schemas {
        if s.path == target.path {
            continue;
        }
        let Ok(graph) = schemata::registry::load_at(&snapshot, &s.path, &s.entry) else {
            continue;
        };
        let Some(position) = graph.file_paths().iter().position(|p| *p == target.path) else {
            continue;
        };
        let direct = position > 0
            && graph
                .referenced_by_root(position)
                .unwrap_or_else(|| match graph.direct_file_paths() {
                    Some(paths) => paths.contains(&target.path),
                    None => refs_of(&graph.root_file().value)
                        .iter()
                        .any(|r| resolves_to(&s.path, r, &target.path)),
                });
        dependents.push(Dependent {
            name: s.name.clone(),
            path: s.path.clone(),
            via: if direct { "direct" } else { "transitive" },
            consumers: s.entry.consumers.clone(),
        });
    }
    let consumers = target.entry.consumers.clone();
    let text = match args.format {
        TextOrJson::Json => common::json(&serde_json::json!({
            "name": target.name,
            "path": target.path,
            "revision": target.rev.label(),
            "owners": target.entry.owners,
            "consumers": consumers,
            "dependents": dependents,
        }))?,
        TextOrJson::Text => {
            let mut s = String::new();
            let _ = writeln!(s, "{} ({})", target.name, target.path);
            let list = |v: &[String]| {
                if v.is_empty() {
                    "none declared".to_string()
                } else {
                    v.join(", ")
                }
            };
            let _ = writeln!(s, "  owners:    {}", list(&target.entry.owners));
            let _ = writeln!(s, "  consumers: {}", list(&consumers));
            if dependents.is_empty() {
                let _ = writeln!(s, "  no schema references it");
            } else {
                let _ = writeln!(s, "  referenced by {} schema(s):", dependents.len());
                for d in &dependents {
                    let _ = write!(s, "    {} ({}, {})", d.name, d.path, d.via);
                    if !d.consumers.is_empty() {
                        let _ = write!(s, " → consumers: {}", d.consumers.join(", "));
                    }
                    s.push('\n');
                }
            }
            s
        }
    };
    out.extend_from_slice(text.as_bytes());
    Ok(Outcome::Success)
}

/// Every `$ref` string in a document.
fn refs_of(v: &serde_json::Value) -> Vec<&str> {
    let mut out = Vec::new();
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(r) = m.get("$ref").and_then(|r| r.as_str()) {
                    out.push(r);
                }
                stack.extend(m.values());
            }
            serde_json::Value::Array(a) => stack.extend(a),
            _ => {}
        }
    }
    out
}

/// Whether a relative `$ref` written in `from` names the file `target`.
fn resolves_to(from: &str, reference: &str, target: &str) -> bool {
    let file = reference.split('#').next().unwrap_or("");
    if file.is_empty() || file.contains("://") {
        return false;
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for c in file.split('/') {
        match c {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            c => parts.push(c),
        }
    }
    parts.join("/") == target
}

#[cfg(test)]
mod tests {
    #[test]
    fn relative_references_resolve_against_the_referring_file() {
        assert!(super::resolves_to(
            "schemas/order.json",
            "common/money.json#/x",
            "schemas/common/money.json"
        ));
        assert!(super::resolves_to("schemas/a/b.json", "../c.json", "schemas/c.json"));
        assert!(!super::resolves_to("schemas/a.json", "#/defs/x", "schemas/a.json"));
        assert!(!super::resolves_to(
            "schemas/a.json",
            "https://x/c.json",
            "schemas/c.json"
        ));
    }
}
