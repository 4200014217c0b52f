//! `schemata.yaml`: which files are schemas and how each is versioned and gated (DESIGN §1).
//!
//! The config is read once, from the working tree (or `--config PATH`), and applies to every
//! revision read. Without a file the defaults below apply. The file's own JSON Schema lives in
//! `docs/config.schema.json`; `docs/config.md` documents every key.

use crate::change::{Mode, OpenContent};
use crate::error::{Error, Location, Result};
use globset::{Glob, GlobBuilder, GlobMatcher, GlobSet, GlobSetBuilder};
use serde::Deserialize;
use std::collections::BTreeMap;

/// The file name looked up at the repository root.
pub const FILE_NAME: &str = "schemata.yaml";

/// Globs used when the config has no `schemas:` entry. DESIGN §1 names `schemas/**`; a
/// `schemas/` folder deeper in the tree (`api/schemas/`, `src/schemas/`) is found too.
pub const DEFAULT_GLOBS: [&str; 3] = [
    "**/schemas/**/*.{json,yaml,yml}",
    "**/*.schema.{json,yaml,yml}",
    "**/*.proto",
];

/// A compatibility mode plus whether it is checked against every released version.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Compatibility {
    pub mode: Mode,
    pub transitive: bool,
}

impl Compatibility {
    pub fn parse(s: &str) -> Option<Compatibility> {
        let (base, transitive) = match s.strip_suffix("_transitive") {
            Some(base) => (base, true),
            None => (s, false),
        };
        let mode = Mode::parse(base)?;
        if transitive && mode == Mode::None {
            return None;
        }
        Some(Compatibility { mode, transitive })
    }
    pub fn name(self) -> String {
        if self.transitive {
            format!("{}_transitive", self.mode.as_str())
        } else {
            self.mode.as_str().to_string()
        }
    }
}

/// What a rule override does to the findings of that rule.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleSetting {
    /// Findings are dropped (and counted as ignored).
    Off,
    /// Findings always break the gate, whatever the mode.
    Breaking,
    /// Findings never break the gate.
    Compatible,
}

/// One `schemas:` entry.
#[derive(Debug, Clone)]
pub struct SchemaEntry {
    pub path: String,
    pub name: Option<String>,
    /// The format the entry's files are read as; `None` (`auto`): detected per file.
    pub format: Option<crate::format::Format>,
    pub compatibility: Compatibility,
    pub open_content: OpenContent,
    pub owners: Vec<String>,
    pub consumers: Vec<String>,
    pub initial_version: Option<semver::Version>,
    pub rules: BTreeMap<String, RuleSetting>,
    /// LLM providers the schema must stay usable for (`openai-strict`, …).
    pub targets: Vec<String>,
    /// Lint rule levels (`error`, `warn`, `off`) by rule id.
    pub lint: BTreeMap<String, String>,
    /// Property naming style for the `property-naming-style` lint.
    pub naming: Option<String>,
    /// How strictly Protobuf schemas are compared (`protobuf_level`; default `file`).
    pub protobuf_level: crate::format::protobuf::Level,
    /// Further files that form one schema with the matched file (GraphQL SDL split over
    /// several files), registry-relative.
    pub parts: Vec<String>,
    matcher: GlobMatcher,
    excludes: Vec<GlobMatcher>,
}

impl SchemaEntry {
    /// The lint settings of this entry, plus extra profiles (`--profile`).
    pub fn lint_config(&self, extra: &[crate::lint::Profile]) -> crate::lint::LintConfig {
        let mut profiles: Vec<crate::lint::Profile> = self
            .targets
            .iter()
            .filter_map(|t| crate::lint::Profile::parse(t))
            .collect();
        for p in extra {
            if !profiles.contains(p) {
                profiles.push(*p);
            }
        }
        crate::lint::LintConfig {
            levels: self
                .lint
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), crate::lint::Level::parse(v)?)))
                .collect(),
            naming: self.naming.as_deref().and_then(crate::lint::Style::parse),
            profiles,
        }
    }
    pub fn matches(&self, path: &str) -> bool {
        self.matcher.is_match(path) && !self.excludes.iter().any(|e| e.is_match(path))
    }
}

/// A reviewed, intentional break (DESIGN §4).
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Acknowledgement {
    /// Schema name or glob.
    pub schema: String,
    #[serde(default)]
    pub rule: Option<String>,
    #[serde(default)]
    pub fingerprint: Option<String>,
    pub reason: String,
    #[serde(default)]
    pub approved_by: Option<String>,
    /// `YYYY-MM-DD`; after that day the acknowledgement no longer passes the gate.
    #[serde(default, deserialize_with = "string_or_date")]
    pub expires: Option<String>,
}

/// Findings dropped from every report (counted, never shown).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Ignore {
    /// Schema name glob.
    pub schema: String,
    /// Rule id, or `*` for every rule.
    #[serde(default = "star")]
    pub rule: String,
}

fn star() -> String {
    "*".into()
}

/// `versioning:` settings.
#[derive(Debug, Clone)]
pub struct Versioning {
    pub initial: semver::Version,
    pub tag_format: String,
}

impl Default for Versioning {
    fn default() -> Self {
        Versioning {
            initial: semver::Version::new(1, 0, 0),
            tag_format: "{name}@{version}".into(),
        }
    }
}

/// `deprecation:` policy: removals must be announced first.
#[derive(Debug, Clone, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Deprecation {
    /// A property or enum value may only be removed after it was marked `deprecated: true`.
    #[serde(default)]
    pub require_before_removal: bool,
    /// ... and that mark must be at least this many days old (by commit date).
    #[serde(default)]
    pub min_age_days: Option<u32>,
}

/// The whole config.
#[derive(Debug, Clone)]
pub struct Config {
    pub schemas: Vec<SchemaEntry>,
    pub versioning: Versioning,
    pub acknowledged: Vec<Acknowledgement>,
    pub ignore: Vec<Ignore>,
    pub deprecation: Deprecation,
    /// The branch `check` compares against when `origin/HEAD` is unknown.
    pub default_branch: Option<String>,
    /// Where the config came from (`None`: built-in defaults).
    pub file: Option<String>,
    any: GlobSet,
    /// Files that are parts of another schema (`parts:`), never schemas of their own.
    parts: std::collections::HashSet<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    #[serde(default)]
    schemas: Vec<RawEntry>,
    #[serde(default)]
    versioning: Option<RawVersioning>,
    #[serde(default)]
    acknowledged: Vec<Acknowledgement>,
    #[serde(default)]
    ignore: Vec<Ignore>,
    #[serde(default)]
    deprecation: Option<Deprecation>,
    #[serde(default)]
    default_branch: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEntry {
    path: String,
    #[serde(default)]
    name: Option<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    format: Option<String>,
    #[serde(default)]
    compatibility: Option<String>,
    #[serde(default)]
    open_content: Option<String>,
    #[serde(default)]
    owners: Vec<String>,
    #[serde(default)]
    consumers: Vec<String>,
    #[serde(default)]
    initial_version: Option<String>,
    #[serde(default)]
    rules: BTreeMap<String, String>,
    #[serde(default)]
    targets: Vec<String>,
    #[serde(default)]
    lint: BTreeMap<String, String>,
    #[serde(default)]
    naming: Option<String>,
    #[serde(default)]
    protobuf_level: Option<String>,
    #[serde(default)]
    parts: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawVersioning {
    #[serde(default)]
    initial: Option<String>,
    #[serde(default)]
    tag_format: Option<String>,
}

fn string_or_date<'de, D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Option<String>, D::Error> {
    let v: Option<serde_yaml::Value> = Option::deserialize(d)?;
    Ok(match v {
        None | Some(serde_yaml::Value::Null) => None,
        Some(serde_yaml::Value::String(s)) => Some(s),
        Some(other) => Some(serde_yaml::to_string(&other).unwrap_or_default().trim().to_string()),
    })
}

impl Default for Config {
    fn default() -> Self {
        Config::from_entries(Vec::new(), None).expect("the default globs are valid")
    }
}

impl Config {
    /// Reads `path`; a missing file gives the defaults only when `required` is false.
    pub fn load(path: &std::path::Path, required: bool) -> Result<Config> {
        match std::fs::read_to_string(path) {
            Ok(text) => Config::parse(&path.display().to_string(), &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound && !required => Ok(Config::default()),
            Err(e) => Err(Error::io(path.display().to_string(), &e)
                .with_hint("pass an existing file to --config, or omit it to use schemata.yaml")),
        }
    }

    /// Parses config text; `file` names it in errors.
    pub fn parse(file: &str, text: &str) -> Result<Config> {
        let at = |line: usize, column: usize| Location {
            file: file.to_string(),
            line: line as u32,
            column: column as u32,
        };
        let raw: RawConfig = if text.trim().is_empty() {
            serde_yaml::from_str("{}").map_err(|e| Error::config(e.to_string()))?
        } else {
            serde_yaml::from_str(text).map_err(|e| {
                let mut err = Error::config(strip_location(&e.to_string())).in_file(file);
                if let Some(loc) = e.location() {
                    err = err.at(at(loc.line(), loc.column()));
                }
                err.with_hint("see docs/config.md for every key and its allowed values")
            })?
        };
        let line_of = |needle: &str| {
            text.lines()
                .position(|l| l.contains(needle))
                .map(|i| at(i + 1, 1))
                .unwrap_or_else(|| at(1, 1))
        };
        let bad = |needle: &str, message: String, hint: &str| {
            Error::config(message).at(line_of(needle)).with_hint(hint.to_string())
        };
        let mut entries = Vec::new();
        for e in raw.schemas {
            let compatibility = match &e.compatibility {
                None => Compatibility::default(),
                Some(c) => Compatibility::parse(c).ok_or_else(|| {
                    bad(
                        c,
                        format!("unknown compatibility mode \"{c}\""),
                        "use backward, forward, full, none, backward_transitive, forward_transitive or full_transitive",
                    )
                })?,
            };
            let open_content = match &e.open_content {
                None => OpenContent::Strict,
                Some(o) => OpenContent::parse(o)
                    .ok_or_else(|| bad(o, format!("unknown open_content \"{o}\""), "use strict or lenient"))?,
            };
            let format = match e.format.as_deref() {
                None | Some("auto") => None,
                Some(f) => {
                    let supported: Vec<&str> = crate::format::Format::supported().map(|f| f.name()).collect();
                    let hint = format!("use auto (detect each file) or one of {}", supported.join(", "));
                    match crate::format::Format::parse(f) {
                        Some(format) if format.is_supported() => Some(format),
                        Some(format) => {
                            return Err(bad(
                                f,
                                format!("format \"{f}\": schemata does not read {} yet", format.title()),
                                &hint,
                            ));
                        }
                        None => return Err(bad(f, format!("unknown format \"{f}\""), &hint)),
                    }
                }
            };
            let protobuf_level = match &e.protobuf_level {
                None => crate::format::protobuf::Level::default(),
                Some(l) => crate::format::protobuf::Level::parse(l).ok_or_else(|| {
                    bad(
                        l,
                        format!("unknown protobuf_level \"{l}\""),
                        "use file, package, wire_json, wire or confluent",
                    )
                })?,
            };
            let initial_version = match &e.initial_version {
                None => None,
                Some(v) => Some(semver::Version::parse(v).map_err(|err| {
                    bad(
                        v,
                        format!("initial_version \"{v}\" is not a semantic version: {err}"),
                        "write e.g. 1.0.0",
                    )
                })?),
            };
            let mut rules = BTreeMap::new();
            for (id, setting) in &e.rules {
                if crate::format::find_rule(id).is_none() {
                    return Err(bad(
                        id,
                        format!("unknown rule \"{id}\""),
                        "`schemata rules` lists every rule id",
                    ));
                }
                let s = match setting.as_str() {
                    "off" => RuleSetting::Off,
                    "breaking" => RuleSetting::Breaking,
                    "compatible" => RuleSetting::Compatible,
                    other => {
                        return Err(bad(
                            other,
                            format!("rule setting \"{other}\" for {id} is not one of off, breaking, compatible"),
                            "use off, breaking or compatible",
                        ));
                    }
                };
                rules.insert(id.clone(), s);
            }
            for t in &e.targets {
                if !matches!(t.as_str(), "openai-strict" | "anthropic-tools" | "gemini") {
                    return Err(bad(
                        t,
                        format!("unknown target \"{t}\""),
                        "targets are openai-strict, anthropic-tools and gemini",
                    ));
                }
            }
            for (id, level) in &e.lint {
                if !matches!(level.as_str(), "error" | "warn" | "off") {
                    return Err(bad(
                        level,
                        format!("lint level \"{level}\" for {id}"),
                        "use error, warn or off",
                    ));
                }
            }
            let compile = |g: &str| {
                glob(g)
                    .map(|g| g.compile_matcher())
                    .map_err(|err| bad(g, format!("invalid glob \"{g}\": {err}"), "globs use *, ** and {a,b}"))
            };
            let matcher = compile(&e.path)?;
            let excludes = e.exclude.iter().map(|x| compile(x)).collect::<Result<Vec<_>>>()?;
            for p in &e.parts {
                let why = if p.contains(['*', '?', '[', '{']) {
                    Some("name each file: a glob could not tell a new part from an unrelated file in older commits")
                } else if p.starts_with('/') || p.split('/').any(|c| c == ".." || c == ".") || p.is_empty() {
                    Some("write a path relative to the repository root, without `.` or `..`")
                } else {
                    None
                };
                if let Some(hint) = why {
                    return Err(bad(
                        p,
                        format!("parts: \"{p}\" is not a file path of the repository"),
                        hint,
                    ));
                }
            }
            entries.push(SchemaEntry {
                path: e.path,
                name: e.name,
                format,
                compatibility,
                open_content,
                owners: e.owners,
                consumers: e.consumers,
                initial_version,
                rules,
                targets: e.targets,
                lint: e.lint,
                naming: e.naming,
                protobuf_level,
                parts: e.parts,
                matcher,
                excludes,
            });
        }
        let mut versioning = Versioning::default();
        if let Some(v) = raw.versioning {
            if let Some(initial) = v.initial {
                versioning.initial = semver::Version::parse(&initial).map_err(|err| {
                    bad(
                        &initial,
                        format!("versioning.initial \"{initial}\" is not a semantic version: {err}"),
                        "e.g. 1.0.0",
                    )
                })?;
            }
            if let Some(tf) = v.tag_format {
                if !tf.contains("{name}") || !tf.contains("{version}") {
                    return Err(bad(
                        &tf,
                        format!("tag_format \"{tf}\" must contain {{name}} and {{version}}"),
                        "the default is \"{name}@{version}\"",
                    ));
                }
                versioning.tag_format = tf;
            }
        }
        for a in &raw.acknowledged {
            if a.rule.is_none() && a.fingerprint.is_none() {
                return Err(bad(
                    &a.reason,
                    format!(
                        "the acknowledgement for \"{}\" names neither a rule nor a fingerprint",
                        a.schema
                    ),
                    "add `rule: <id>` or `fingerprint: <hex>` (both are shown in every report)",
                ));
            }
            if let Some(exp) = &a.expires
                && parse_date(exp).is_none()
            {
                return Err(bad(exp, format!("expires \"{exp}\" is not a date"), "write YYYY-MM-DD"));
            }
            if let Some(rule) = &a.rule
                && rule != "*"
                && crate::format::find_rule(rule).is_none()
            {
                return Err(bad(
                    rule,
                    format!("unknown rule \"{rule}\""),
                    "`schemata rules` lists every rule id",
                ));
            }
        }
        let mut config = Config::from_entries(entries, Some(file.to_string()))?;
        config.versioning = versioning;
        config.acknowledged = raw.acknowledged;
        config.ignore = raw.ignore;
        config.deprecation = raw.deprecation.unwrap_or_default();
        config.default_branch = raw.default_branch;
        Ok(config)
    }

    fn from_entries(mut entries: Vec<SchemaEntry>, file: Option<String>) -> Result<Config> {
        if entries.is_empty() {
            for g in DEFAULT_GLOBS {
                let matcher = glob(g).map_err(|e| Error::config(e.to_string()))?.compile_matcher();
                entries.push(SchemaEntry {
                    path: g.to_string(),
                    name: None,
                    format: None,
                    compatibility: Compatibility::default(),
                    open_content: OpenContent::Strict,
                    owners: vec![],
                    consumers: vec![],
                    initial_version: None,
                    rules: BTreeMap::new(),
                    targets: vec![],
                    lint: BTreeMap::new(),
                    naming: None,
                    protobuf_level: crate::format::protobuf::Level::default(),
                    parts: vec![],
                    matcher,
                    excludes: vec![],
                });
            }
        }
        let mut any = GlobSetBuilder::new();
        for e in &entries {
            any.add(glob(&e.path).map_err(|err| Error::config(err.to_string()))?);
        }
        let any = any.build().map_err(|e| Error::config(e.to_string()))?;
        let parts = entries.iter().flat_map(|e| e.parts.iter().cloned()).collect();
        Ok(Config {
            schemas: entries,
            versioning: Versioning::default(),
            acknowledged: vec![],
            ignore: vec![],
            deprecation: Deprecation::default(),
            default_branch: None,
            file,
            any,
            parts,
        })
    }

    /// The entry a path belongs to: the first matching one, as in the file.
    pub fn entry_for(&self, path: &str) -> Option<&SchemaEntry> {
        if !self.any.is_match(path) || self.parts.contains(path) {
            return None;
        }
        self.schemas.iter().find(|e| e.matches(path))
    }

    /// The schema name of a path (DESIGN §1): the entry's `name`, else the path without extension.
    pub fn name_for(&self, path: &str) -> Option<String> {
        let entry = self.entry_for(path)?;
        Some(entry.name.clone().unwrap_or_else(|| default_name(path)))
    }

    /// The tag for a schema version.
    pub fn tag_name(&self, name: &str, version: &semver::Version) -> String {
        self.versioning
            .tag_format
            .replace("{name}", name)
            .replace("{version}", &version.to_string())
    }

    /// Reads a tag name back into (schema name, version), if it follows `tag_format`.
    pub fn parse_tag(&self, tag: &str) -> Option<(String, semver::Version)> {
        let tf = &self.versioning.tag_format;
        let (n, v) = (tf.find("{name}")?, tf.find("{version}")?);
        if n < v {
            let prefix = &tf[..n];
            let middle = &tf[n + 6..v];
            let suffix = &tf[v + 9..];
            let rest = tag.strip_prefix(prefix)?.strip_suffix(suffix)?;
            let split = rest.rfind(middle)?;
            let version = semver::Version::parse(&rest[split + middle.len()..]).ok()?;
            Some((rest[..split].to_string(), version))
        } else {
            let prefix = &tf[..v];
            let middle = &tf[v + 9..n];
            let suffix = &tf[n + 6..];
            let rest = tag.strip_prefix(prefix)?.strip_suffix(suffix)?;
            let split = rest.find(middle)?;
            let version = semver::Version::parse(&rest[..split]).ok()?;
            Some((rest[split + middle.len()..].to_string(), version))
        }
    }

    /// Whether findings of `rule` on `schema` are ignored by an `ignore:` entry.
    pub fn is_ignored(&self, schema: &str, rule: &str) -> bool {
        self.ignore
            .iter()
            .any(|i| (i.rule == "*" || i.rule == rule) && name_glob_matches(&i.schema, schema))
    }
}

/// A glob where `*` stays within one folder and `**` crosses folders, as in git and shells.
fn glob(pattern: &str) -> std::result::Result<Glob, globset::Error> {
    GlobBuilder::new(pattern).literal_separator(true).build()
}

/// Whether a name glob (`legacy/**`, `order`, `*`) matches a schema name.
pub fn name_glob_matches(pattern: &str, name: &str) -> bool {
    if pattern == name || pattern == "*" || pattern == "**" {
        return true;
    }
    glob(pattern)
        .map(|g| g.compile_matcher().is_match(name))
        .unwrap_or(false)
}

/// A path without its extension: `schemas/order.v1.json` → `schemas/order.v1`.
pub fn default_name(path: &str) -> String {
    let file_start = path.rfind('/').map_or(0, |i| i + 1);
    match path[file_start..].rfind('.') {
        Some(dot) if dot > 0 => path[..file_start + dot].to_string(),
        _ => path.to_string(),
    }
}

/// `YYYY-MM-DD` → days since 1970-01-01.
pub fn parse_date(s: &str) -> Option<i64> {
    let s = s.trim().trim_matches('"');
    let mut parts = s.splitn(3, '-');
    let y: i64 = parts.next()?.parse().ok()?;
    let m: i64 = parts.next()?.parse().ok()?;
    let d: i64 = parts.next()?.get(..2)?.parse().ok()?;
    if !(1..=12).contains(&m) || !(1..=31).contains(&d) {
        return None;
    }
    Some(days_from_civil(y, m, d))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146097 + doe - 719468
}

/// Days since 1970-01-01 → `YYYY-MM-DD`.
pub fn civil_from_days(z: i64) -> String {
    let z = z + 719468;
    let era = if z >= 0 { z } else { z - 146096 } / 146097;
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

fn strip_location(message: &str) -> String {
    match message.find(" at line ") {
        Some(i) => message[..i].to_string(),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_find_schemas_by_the_design_globs() {
        let c = Config::default();
        assert_eq!(c.name_for("schemas/order.json").as_deref(), Some("schemas/order"));
        assert_eq!(c.name_for("schemas/a/b.yaml").as_deref(), Some("schemas/a/b"));
        assert_eq!(c.name_for("api/user.schema.json").as_deref(), Some("api/user.schema"));
        assert_eq!(c.name_for("README.md"), None);
        assert_eq!(c.name_for("src/data.json"), None);
        assert_eq!(
            c.name_for("api/schemas/v1/user.json").as_deref(),
            Some("api/schemas/v1/user")
        );
    }

    #[test]
    fn first_matching_entry_wins_and_excludes_apply() {
        let c = Config::parse(
            "schemata.yaml",
            "schemas:\n  - path: \"a/*.json\"\n    exclude: [\"a/skip.json\"]\n    compatibility: full_transitive\n  \
             - path: \"**/*.json\"\n    compatibility: none\n",
        )
        .unwrap();
        let e = c.entry_for("a/x.json").unwrap();
        // `*` stays within its folder.
        assert_eq!(c.entry_for("a/deeper/x.json").unwrap().compatibility.mode, Mode::None);
        assert_eq!(
            e.compatibility,
            Compatibility {
                mode: Mode::Full,
                transitive: true
            }
        );
        assert_eq!(c.entry_for("a/skip.json").unwrap().compatibility.mode, Mode::None);
    }

    #[test]
    fn bad_keys_and_values_point_at_their_line() {
        let e = Config::parse("s.yaml", "schemas:\n  - path: x\n    compatibilty: full\n").unwrap_err();
        assert!(e.message.contains("compatibilty"), "{e}");
        assert_eq!(e.location.as_ref().unwrap().line, 3);
        let e = Config::parse("s.yaml", "schemas:\n  - path: x\n    compatibility: sideways\n").unwrap_err();
        assert!(e.message.contains("sideways"));
        assert_eq!(e.location.as_ref().unwrap().line, 3);
        assert!(e.hint.is_some());
        let e = Config::parse("s.yaml", "acknowledged:\n  - schema: a\n    reason: r\n").unwrap_err();
        assert!(e.message.contains("neither a rule nor a fingerprint"), "{e}");
        assert!(Config::parse("s.yaml", "versioning:\n  tag_format: \"v{version}\"\n").is_err());
    }

    #[test]
    fn tags_round_trip_through_the_tag_format() {
        let mut c = Config::default();
        let v = semver::Version::new(1, 2, 3);
        assert_eq!(c.tag_name("schemas/order", &v), "schemas/order@1.2.3");
        assert_eq!(
            c.parse_tag("schemas/order@1.2.3"),
            Some(("schemas/order".into(), v.clone()))
        );
        assert_eq!(c.parse_tag("v1.2.3"), None);
        assert_eq!(c.parse_tag("a@b@not-a-version"), None);
        c.versioning.tag_format = "{version}/{name}".into();
        assert_eq!(c.parse_tag("1.2.3/x/y"), Some(("x/y".into(), v)));
    }

    #[test]
    fn dates_convert_both_ways() {
        let d = parse_date("2027-01-31").unwrap();
        assert_eq!(civil_from_days(d), "2027-01-31");
        assert_eq!(parse_date("1970-01-01"), Some(0));
        assert_eq!(parse_date("2027-13-01"), None);
        assert_eq!(parse_date("soon"), None);
    }

    #[test]
    fn expires_accepts_an_unquoted_yaml_date() {
        let c = Config::parse(
            "s.yaml",
            "acknowledged:\n  - schema: order\n    rule: enum-value-removed\n    reason: r\n    expires: 2027-01-31\n",
        )
        .unwrap();
        assert_eq!(c.acknowledged[0].expires.as_deref(), Some("2027-01-31"));
    }
}
