//! Lint findings and settings shared by every format's linter: levels, LLM-provider
//! profiles, naming styles, the per-glob configuration and the finding itself. Each format
//! declares its lint rules in its own module (`crate::format::*::lint`).

use crate::format::Format;
use serde::Serialize;
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

/// A lint rule's metadata, declared once in its own file (its format adds the check).
pub struct LintRule {
    pub id: &'static str,
    pub format: Format,
    pub level: Level,
    pub summary: &'static str,
    pub docs: &'static str,
    /// Active only with this profile.
    pub profile: Option<Profile>,
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

/// A markdown page of every lint rule (docs/lint-rules.md is generated from it).
pub fn catalogue_markdown(rules: &[&LintRule]) -> String {
    let mut s = String::from(
        "# Lint rules\n\nGenerated from the rule declarations in `src/format/*/lint/rules/` \
         (`SCHEMATA_BLESS=1 cargo test --test lint` regenerates it). Levels are the defaults; \
         `schemata.yaml` overrides them per glob (`lint: {rule-id: error|warn|off}`).\n\n\
         | rule | default | profile | summary |\n|---|---|---|---|\n",
    );
    for r in rules {
        s.push_str(&format!(
            "| [`{}`](#{}) | {} | {} | {} |\n",
            r.id,
            r.id,
            r.level.as_str(),
            r.profile.map_or("—", |p| p.as_str()),
            r.summary
        ));
    }
    for r in rules {
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
