//! Lint: house rules for schemas and LLM-provider profiles, declared like change rules —
//! one file per rule under `rules/`, its doc comment the documentation, its fixture under
//! `fixtures/lint/<id>/`.
//!
//! A linter walks every subschema of a document once and asks each active rule about it.
//! Rules of a provider profile (`openai-strict`, `anthropic-tools`, `gemini`) are active
//! only when the profile is selected (`--profile`, or `targets:` in the config).

pub mod fix;
pub mod rules;

pub use crate::lint::{Finding, Level, LintConfig, LintRule, Profile, Style, edit_distance};
use crate::source::{SourceFile, escape_token};
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// A JSON Schema lint rule: the core's [`LintRule`] metadata plus its check.
pub struct JsonLintRule {
    pub rule: LintRule,
    pub check: fn(&mut Cx, &Node),
}

impl std::ops::Deref for JsonLintRule {
    type Target = LintRule;
    fn deref(&self) -> &LintRule {
        &self.rule
    }
}

/// Declares `pub static RULE` for the current file; the file provides `fn check`.
#[macro_export]
macro_rules! declare_lint {
    (
        $(#[doc = $doc:literal])*
        id: $id:literal,
        level: $level:ident,
        summary: $summary:literal
        $(, profile: $profile:ident)?
        $(,)?
    ) => {
        pub static RULE: $crate::format::json_schema::lint::JsonLintRule =
            $crate::format::json_schema::lint::JsonLintRule {
                rule: $crate::lint::LintRule {
                    id: $id,
                    format: $crate::format::Format::JsonSchema,
                    level: $crate::lint::Level::$level,
                    summary: $summary,
                    docs: concat!($($doc, "\n"),*),
                    profile: $crate::__profile!($($profile)?),
                },
                check,
            };
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __profile {
    () => {
        None
    };
    ($p:ident) => {
        Some($crate::lint::Profile::$p)
    };
}

/// One subschema being looked at.
pub struct Node<'a> {
    pub schema: &'a Map<String, Value>,
    /// JSON Pointer of the subschema in its file.
    pub pointer: String,
    /// The keyword that holds it (`properties`, `items`, …); `None` at the root.
    pub via: Option<&'static str>,
    /// Objects above it (0 at the root): `properties` nesting depth.
    pub depth: usize,
}

impl Node<'_> {
    pub fn is_root(&self) -> bool {
        self.via.is_none()
    }
    /// Whether this subschema describes objects.
    pub fn is_object(&self) -> bool {
        let t = self.schema.get("type");
        t.and_then(Value::as_str) == Some("object")
            || t.and_then(Value::as_array)
                .is_some_and(|a| a.iter().any(|v| v == "object"))
            || self.schema.contains_key("properties")
    }
    pub fn at(&self, keyword: &str) -> String {
        format!("{}/{}", self.pointer, escape_token(keyword))
    }
}

/// The linter's state while it walks one document.
pub struct Cx<'a> {
    pub file: &'a SourceFile,
    pub config: &'a LintConfig,
    /// The naming style in force (configured, or the document's dominant one).
    pub naming: Option<Style>,
    rule: &'static JsonLintRule,
    level: Level,
    findings: Vec<Finding>,
}

impl Cx<'_> {
    /// Reports a finding at a JSON Pointer of the document.
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

/// Every subschema of a document, depth first, with its pointer.
pub fn subschemas(root: &Value) -> Vec<Node<'_>> {
    let mut out = Vec::new();
    let mut stack: Vec<(&Value, String, Option<&'static str>, usize)> = vec![(root, String::new(), None, 0)];
    while let Some((v, pointer, via, depth)) = stack.pop() {
        let Some(map) = v.as_object() else { continue };
        if out.len() > 200_000 {
            break;
        }
        let object_depth = depth + usize::from(map.contains_key("properties"));
        let mut children = Vec::new();
        crate::format::json_schema::schema::for_each_raw_subschema(v, |kw, suffix, sub| {
            if sub.is_object() {
                children.push((sub, format!("{pointer}{suffix}"), Some(kw), object_depth));
            }
        });
        // Reversed onto the stack, so they come off in document-walk order.
        stack.extend(children.into_iter().rev());
        out.push(Node {
            schema: map,
            pointer,
            via,
            depth,
        });
    }
    out
}

/// The rules a config makes active, with their levels.
pub fn active(config: &LintConfig) -> Vec<(&'static JsonLintRule, Level)> {
    rules::ALL
        .iter()
        .filter(|r| r.profile.is_none_or(|p| config.profiles.contains(&p)))
        .map(|r| (*r, config.levels.get(r.id).copied().unwrap_or(r.level)))
        .filter(|(_, l)| *l != Level::Off)
        .collect()
}

/// Lints one document.
pub fn lint(file: &SourceFile, config: &LintConfig) -> Vec<Finding> {
    let nodes = subschemas(&file.value);
    let naming = config.naming.or_else(|| dominant_style(&nodes));
    let mut findings = Vec::new();
    for (rule, level) in active(config) {
        let mut cx = Cx {
            file,
            config,
            naming,
            rule,
            level,
            findings: Vec::new(),
        };
        for node in &nodes {
            (rule.check)(&mut cx, node);
        }
        findings.extend(cx.findings);
    }
    findings.sort_by(|a, b| (a.line, a.column, a.rule).cmp(&(b.line, b.column, b.rule)));
    findings
}

/// The findings of one profile's rules only (what `check` uses for `targets:`).
pub fn profile_findings(file: &SourceFile, profile: Profile) -> Vec<Finding> {
    let mut levels = BTreeMap::new();
    for r in rules::ALL {
        if r.profile != Some(profile) {
            levels.insert(r.id.to_string(), Level::Off);
        } else if r.level == Level::Off {
            levels.insert(r.id.to_string(), Level::Error);
        }
    }
    lint(
        file,
        &LintConfig {
            levels,
            naming: None,
            profiles: vec![profile],
        },
    )
}

/// The style most property names follow, when a clear majority (at least 2/3 of 3+) does.
fn dominant_style(nodes: &[Node]) -> Option<Style> {
    let names: Vec<&String> = nodes
        .iter()
        .filter_map(|n| n.schema.get("properties").and_then(Value::as_object))
        .flat_map(|m| m.keys())
        .filter(|n| n.chars().any(|c| c.is_ascii_uppercase() || c == '_' || c == '-'))
        .collect();
    if names.len() < 3 {
        return None;
    }
    [Style::Camel, Style::Snake, Style::Kebab, Style::Pascal]
        .into_iter()
        .map(|s| (s, names.iter().filter(|n| s.matches(n)).count()))
        .max_by_key(|(_, n)| *n)
        .filter(|(_, n)| *n * 3 >= names.len() * 2)
        .map(|(s, _)| s)
}
