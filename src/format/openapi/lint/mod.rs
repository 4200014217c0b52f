//! Lint: house rules for OpenAPI descriptions, declared like change rules — one file per rule
//! under `rules/`, its doc comment the documentation, its fixture under
//! `fixtures/lint/<id>/api.yaml`.
//!
//! The linter reads the root file as written (local `$ref`s such as
//! `#/components/parameters/limit` are followed; references to other files are not, so what
//! they hold is not linted) and asks each active rule about the whole description.

pub mod rules;

use crate::format::json_schema::schema::load::pointer_get;
use crate::format::openapi::model::METHODS;
pub use crate::lint::{Finding, Level, LintConfig, LintRule};
use crate::source::{SourceFile, escape_token};
use serde_json::{Map, Value};

/// An OpenAPI lint rule: the core's [`LintRule`] metadata plus its check.
pub struct OpenApiLintRule {
    pub rule: LintRule,
    pub check: fn(&mut Cx, &Doc),
}

impl std::ops::Deref for OpenApiLintRule {
    type Target = LintRule;
    fn deref(&self) -> &LintRule {
        &self.rule
    }
}

/// Declares `pub static RULE` for the current file; the file provides `fn check`.
#[macro_export]
macro_rules! declare_openapi_lint {
    (
        $(#[doc = $doc:literal])*
        id: $id:literal,
        level: $level:ident,
        summary: $summary:literal
        $(,)?
    ) => {
        pub static RULE: $crate::format::openapi::lint::OpenApiLintRule =
            $crate::format::openapi::lint::OpenApiLintRule {
                rule: $crate::lint::LintRule {
                    id: $id,
                    format: $crate::format::Format::OpenApi,
                    level: $crate::lint::Level::$level,
                    summary: $summary,
                    docs: concat!($($doc, "\n"),*),
                    profile: None,
                },
                check,
            };
    };
}

/// One operation of the description, as written.
pub struct Op<'a> {
    pub template: &'a str,
    pub method: &'static str,
    /// JSON Pointer of the operation object.
    pub pointer: String,
    pub value: &'a Map<String, Value>,
    /// The path item that holds it.
    pub item: &'a Map<String, Value>,
    pub item_pointer: String,
}

impl Op<'_> {
    /// `GET /orders`.
    pub fn label(&self) -> String {
        format!("{} {}", self.method.to_ascii_uppercase(), self.template)
    }
}

/// The description being linted.
pub struct Doc<'a> {
    pub root: &'a Value,
    pub operations: Vec<Op<'a>>,
}

impl<'a> Doc<'a> {
    fn new(root: &'a Value) -> Doc<'a> {
        let mut operations = Vec::new();
        if let Some(paths) = root.get("paths").and_then(Value::as_object) {
            for (template, item) in paths {
                let item_pointer = format!("/paths/{}", escape_token(template));
                let Some(item) = local(root, item).as_object() else {
                    continue;
                };
                for method in METHODS {
                    if let Some(Value::Object(op)) = item.get(method) {
                        operations.push(Op {
                            template,
                            method,
                            pointer: format!("{item_pointer}/{method}"),
                            value: op,
                            item,
                            item_pointer: item_pointer.clone(),
                        });
                    }
                }
            }
        }
        Doc { root, operations }
    }

    /// A value with its local `$ref` followed (itself when it has none, or one to another file).
    pub fn resolve(&self, v: &'a Value) -> &'a Value {
        local(self.root, v)
    }
}

/// Follows local `$ref`s (`#/…`), a few hops at most.
fn local<'a>(root: &'a Value, mut v: &'a Value) -> &'a Value {
    for _ in 0..16 {
        match v.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix('#')) {
            Some(pointer) => match pointer_get(root, pointer) {
                Some(t) => v = t,
                None => return v,
            },
            None => return v,
        }
    }
    v
}

/// What the rules report through.
pub struct Cx<'a> {
    file: &'a SourceFile,
    config: &'a LintConfig,
    findings: Vec<Finding>,
}

impl Cx<'_> {
    pub fn report(&mut self, rule: &'static OpenApiLintRule, pointer: &str, message: String, hint: Option<String>) {
        let level = self.config.levels.get(rule.id).copied().unwrap_or(rule.level);
        if level == Level::Off {
            return;
        }
        let pos = self.file.nearest_position(pointer);
        self.findings.push(Finding {
            rule: rule.id,
            level,
            file: self.file.name.clone(),
            line: pos.line,
            column: pos.column,
            pointer: pointer.to_string(),
            message,
            hint,
        });
    }
}

/// Lints a description's root file.
pub fn lint(file: &SourceFile, config: &LintConfig) -> Vec<Finding> {
    let doc = Doc::new(&file.value);
    let mut cx = Cx {
        file,
        config,
        findings: Vec::new(),
    };
    for r in rules::ALL {
        (r.check)(&mut cx, &doc);
    }
    cx.findings
        .sort_by(|a, b| (a.line, a.column, a.rule).cmp(&(b.line, b.column, b.rule)));
    cx.findings
}
