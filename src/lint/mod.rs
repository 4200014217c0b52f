//! Lint: house rules for schemas and LLM-provider profiles, declared like change rules —
//! one file per rule under `rules/`, its doc comment the documentation, its fixture under
//! `fixtures/lint/<id>/`.
//!
//! A linter walks every subschema of a document once and asks each active rule about it.
//! Rules of a provider profile (`openai-strict`, `anthropic-tools`, `gemini`) are active
//! only when the profile is selected (`--profile`, or `targets:` in the config).

pub mod rules;

use crate::source::{SourceFile, escape_token};
use serde::Serialize;
use serde_json::{Map, Value};
use std::collections::BTreeMap;

/// How much a finding matters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Off,
    Warn,
    Error,
}

impl Level {
    pub fn parse(s: &str) -> Option<Level> {
        Some(match s {
            "off" => Level::Off,
            "warn" | "warning" => Level::Warn,
            "error" => Level::Error,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Off => "off",
            Level::Warn => "warn",
            Level::Error => "error",
        }
    }
}

/// A model provider whose structured-output / tool-schema limits a schema must respect.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Profile {
    OpenaiStrict,
    AnthropicTools,
    Gemini,
}

impl Profile {
    pub const ALL: [Profile; 3] = [Profile::OpenaiStrict, Profile::AnthropicTools, Profile::Gemini];
    pub fn parse(s: &str) -> Option<Profile> {
        Profile::ALL.into_iter().find(|p| p.as_str() == s)
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Profile::OpenaiStrict => "openai-strict",
            Profile::AnthropicTools => "anthropic-tools",
            Profile::Gemini => "gemini",
        }
    }
}

/// Property naming styles for `property-naming-style`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Style {
    #[serde(rename = "camelCase")]
    Camel,
    #[serde(rename = "snake_case")]
    Snake,
    #[serde(rename = "kebab-case")]
    Kebab,
    #[serde(rename = "PascalCase")]
    Pascal,
}

impl Style {
    pub fn parse(s: &str) -> Option<Style> {
        Some(match s {
            "camelCase" => Style::Camel,
            "snake_case" => Style::Snake,
            "kebab-case" => Style::Kebab,
            "PascalCase" => Style::Pascal,
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            Style::Camel => "camelCase",
            Style::Snake => "snake_case",
            Style::Kebab => "kebab-case",
            Style::Pascal => "PascalCase",
        }
    }
    /// Whether a name follows the style (digits allowed after the first character).
    pub fn matches(self, name: &str) -> bool {
        let mut chars = name.chars();
        let Some(first) = chars.next() else { return false };
        let rest: Vec<char> = chars.collect();
        let plain = |c: &char, sep: Option<char>| c.is_ascii_alphanumeric() || Some(*c) == sep;
        match self {
            Style::Camel => first.is_ascii_lowercase() && rest.iter().all(|c| plain(c, None)),
            Style::Pascal => first.is_ascii_uppercase() && rest.iter().all(|c| plain(c, None)),
            Style::Snake => {
                first.is_ascii_lowercase()
                    && rest
                        .iter()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '_')
                    && !name.contains("__")
                    && !name.ends_with('_')
            }
            Style::Kebab => {
                first.is_ascii_lowercase()
                    && rest
                        .iter()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')
                    && !name.contains("--")
                    && !name.ends_with('-')
            }
        }
    }
}

/// What to lint for: levels by rule id (overriding each rule's default), the naming style
/// (none: the style most property names of the document already follow), and profiles.
#[derive(Debug, Clone, Default)]
pub struct LintConfig {
    pub levels: BTreeMap<String, Level>,
    pub naming: Option<Style>,
    pub profiles: Vec<Profile>,
}

/// A lint rule, declared once in its own file.
pub struct LintRule {
    pub id: &'static str,
    pub level: Level,
    pub summary: &'static str,
    pub docs: &'static str,
    /// Active only with this profile.
    pub profile: Option<Profile>,
    pub check: fn(&mut Cx, &Node),
}

impl LintRule {
    /// The documentation as plain text.
    pub fn doc_text(&self) -> String {
        self.docs
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
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
        pub static RULE: $crate::lint::LintRule = $crate::lint::LintRule {
            id: $id,
            level: $crate::lint::Level::$level,
            summary: $summary,
            docs: concat!($($doc, "\n"),*),
            profile: $crate::lint::__profile!($($profile)?),
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

pub use crate::__profile;

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

/// One finding.
#[derive(Debug, Clone, Serialize, PartialEq)]
pub struct Finding {
    pub rule: &'static str,
    pub level: Level,
    pub file: String,
    pub line: u32,
    pub column: u32,
    pub pointer: String,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hint: Option<String>,
}

/// The linter's state while it walks one document.
pub struct Cx<'a> {
    pub file: &'a SourceFile,
    pub config: &'a LintConfig,
    /// The naming style in force (configured, or the document's dominant one).
    pub naming: Option<Style>,
    rule: &'static LintRule,
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
        crate::schema::for_each_raw_subschema(v, |kw, suffix, sub| {
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
pub fn active(config: &LintConfig) -> Vec<(&'static LintRule, Level)> {
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

/// A markdown page of every lint rule (docs/lint-rules.md is generated from it).
pub fn catalogue_markdown() -> String {
    let mut s = String::from(
        "# Lint rules\n\nGenerated from the rule declarations in `src/lint/rules/` \
         (`SCHEMATA_BLESS=1 cargo test --test lint` regenerates it). Levels are the defaults; \
         `schemata.yaml` overrides them per glob (`lint: {rule-id: error|warn|off}`).\n\n\
         | rule | default | profile | summary |\n|---|---|---|---|\n",
    );
    for r in rules::ALL {
        s.push_str(&format!(
            "| [`{}`](#{}) | {} | {} | {} |\n",
            r.id,
            r.id,
            r.level.as_str(),
            r.profile.map_or("—", |p| p.as_str()),
            r.summary
        ));
    }
    for r in rules::ALL {
        s.push_str(&format!("\n## {}\n\n", r.id));
        s.push_str(&format!(
            "Default level: {}{}.\n\n",
            r.level.as_str(),
            r.profile
                .map_or(String::new(), |p| format!("; active with the `{}` profile", p.as_str()))
        ));
        s.push_str(&r.doc_text().replace("\n## ", "\n### "));
        s.push('\n');
    }
    s
}

/// Levenshtein distance, for "did you mean" hints.
pub fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut cur = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let sub = prev[j] + usize::from(ca != *cb);
            cur.push(sub.min(prev[j + 1] + 1).min(cur[j] + 1));
        }
        prev = cur;
    }
    prev[b.len()]
}
