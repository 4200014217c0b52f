//! Lint for Avro: naming and documentation rules, one file per rule under `rules/`, its doc
//! comment the documentation, its fixture under `fixtures/lint/<id>/schema.avsc`.
//!
//! The linter reads the file as written (no other files are needed): every record, enum and
//! fixed declaration and every field, with its JSON Pointer.

pub mod rules;

pub use crate::lint::{Finding, Level, LintConfig, LintRule, Style};
use crate::source::SourceFile;
use serde_json::{Map, Value};

/// An Avro lint rule: the core's [`LintRule`] metadata plus its check.
pub struct AvroLintRule {
    pub rule: LintRule,
    pub check: fn(&mut Cx, &Decl),
}

impl std::ops::Deref for AvroLintRule {
    type Target = LintRule;
    fn deref(&self) -> &LintRule {
        &self.rule
    }
}

/// Declares `pub static RULE` for the current file; the file provides `fn check`.
#[macro_export]
macro_rules! declare_avro_lint {
    (
        $(#[doc = $doc:literal])*
        id: $id:literal,
        level: $level:ident,
        summary: $summary:literal
        $(,)?
    ) => {
        pub static RULE: $crate::format::avro::lint::AvroLintRule = $crate::format::avro::lint::AvroLintRule {
            rule: $crate::lint::LintRule {
                id: $id,
                format: $crate::format::Format::Avro,
                level: $crate::lint::Level::$level,
                summary: $summary,
                docs: concat!($($doc, "\n"),*),
                profile: None,
            },
            check,
        };
    };
}

/// One declaration of the file: a named type (record, enum, fixed) as written.
pub struct Decl<'a> {
    pub map: &'a Map<String, Value>,
    /// `record`, `error`, `enum` or `fixed`.
    pub kind: &'a str,
    pub pointer: String,
    /// Whether it is the document's top-level type (or a top-level union's branch).
    pub top: bool,
}

impl Decl<'_> {
    pub fn name(&self) -> &str {
        self.map.get("name").and_then(Value::as_str).unwrap_or("")
    }
    /// The record's fields with their pointers.
    pub fn fields(&self) -> Vec<(&Map<String, Value>, String)> {
        self.map
            .get("fields")
            .and_then(Value::as_array)
            .map(|a| {
                a.iter()
                    .enumerate()
                    .filter_map(|(i, f)| Some((f.as_object()?, format!("{}/fields/{i}", self.pointer))))
                    .collect()
            })
            .unwrap_or_default()
    }
}

/// The linter's state while it walks one file.
pub struct Cx<'a> {
    pub file: &'a SourceFile,
    /// The field naming style in force (configured, or the file's dominant one).
    pub naming: Option<Style>,
    rule: &'static AvroLintRule,
    level: Level,
    findings: Vec<Finding>,
}

impl Cx<'_> {
    pub fn report(&mut self, pointer: &str, message: impl Into<String>, hint: Option<String>) {
        let pos = self.file.nearest_position(pointer);
        self.findings.push(Finding {
            rule: self.rule.id,
            level: self.level,
            file: self.file.name.clone(),
            line: pos.line,
            column: pos.column,
            pointer: pointer.to_string(),
            message: message.into(),
            hint,
        });
    }
}

/// Every named-type declaration of a file, in document order.
pub fn declarations(root: &Value) -> Vec<Decl<'_>> {
    let mut out = Vec::new();
    let mut stack: Vec<(&Value, String, bool)> = vec![(root, String::new(), true)];
    while let Some((v, pointer, top)) = stack.pop() {
        if out.len() > 100_000 {
            break;
        }
        match v {
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate().rev() {
                    stack.push((item, format!("{pointer}/{i}"), top));
                }
            }
            Value::Object(map) => {
                let kind = map.get("type");
                let mut children: Vec<(&Value, String, bool)> = Vec::new();
                match kind {
                    Some(Value::String(k)) if matches!(k.as_str(), "record" | "error" | "enum" | "fixed") => {
                        let k: &str = k.as_str();
                        out.push(Decl {
                            map,
                            kind: k,
                            pointer: pointer.clone(),
                            top,
                        });
                        if let Some(fields) = map.get("fields").and_then(Value::as_array) {
                            for (i, f) in fields.iter().enumerate() {
                                if let Some(t) = f.get("type") {
                                    children.push((t, format!("{pointer}/fields/{i}/type"), false));
                                }
                            }
                        }
                    }
                    Some(Value::String(k)) if k == "array" => {
                        if let Some(items) = map.get("items") {
                            children.push((items, format!("{pointer}/items"), false));
                        }
                    }
                    Some(Value::String(k)) if k == "map" => {
                        if let Some(values) = map.get("values") {
                            children.push((values, format!("{pointer}/values"), false));
                        }
                    }
                    Some(t @ (Value::Object(_) | Value::Array(_))) => {
                        children.push((t, format!("{pointer}/type"), false))
                    }
                    _ => {}
                }
                stack.extend(children.into_iter().rev());
            }
            _ => {}
        }
    }
    out
}

/// The style most multi-word field names of the file follow (two thirds or more).
fn dominant_style(decls: &[Decl]) -> Option<Style> {
    let names: Vec<String> = decls
        .iter()
        .flat_map(|d| d.fields())
        .filter_map(|(f, _)| f.get("name").and_then(Value::as_str).map(str::to_string))
        .filter(|n| n.contains('_') || n.chars().skip(1).any(|c| c.is_ascii_uppercase()))
        .collect();
    if names.is_empty() {
        return None;
    }
    [Style::Camel, Style::Snake].into_iter().find(|s| {
        let n = names.iter().filter(|n| s.matches(n)).count();
        n * 3 >= names.len() * 2
    })
}

/// Lints one Avro file.
pub fn lint(file: &SourceFile, config: &LintConfig) -> Vec<Finding> {
    let decls = declarations(&file.value);
    let naming = config.naming.or_else(|| dominant_style(&decls));
    let mut out = Vec::new();
    for rule in rules::ALL {
        let level = config.levels.get(rule.id).copied().unwrap_or(rule.level);
        if level == Level::Off {
            continue;
        }
        let mut cx = Cx {
            file,
            naming,
            rule,
            level,
            findings: Vec::new(),
        };
        for d in &decls {
            (rule.check)(&mut cx, d);
        }
        out.extend(cx.findings);
    }
    out.sort_by(|a, b| (a.line, a.column, a.rule).cmp(&(b.line, b.column, b.rule)));
    out
}
