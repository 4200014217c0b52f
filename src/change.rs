//! What every format's diff produces: classified [`Change`]s with an [`Effect`] on the set
//! of accepted documents, the [`Mode`] that decides which effects break, the [`Rule`]
//! metadata each change names, and the [`DiffReport`] the renderers format.
//!
//! Nothing here knows a schema format: each format module under `crate::format` pairs
//! its own nodes and decides its own rules, then hands its changes to
//! [`DiffReport::from_changes`], which applies the mode once for all of them.

use crate::format::Format;
use crate::version::Bump;
use serde::Serialize;
use serde_json::Value;

/// How a change affects the set of documents a schema accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Effect {
    /// Same set; only documentation changed.
    Annotation,
    /// NEW accepts everything OLD accepted, and more.
    Widens,
    /// OLD accepts everything NEW accepts, and more.
    Narrows,
    /// Neither contains the other.
    Reshapes,
}

impl Effect {
    pub fn as_str(self) -> &'static str {
        match self {
            Effect::Annotation => "annotation",
            Effect::Widens => "widens",
            Effect::Narrows => "narrows",
            Effect::Reshapes => "reshapes",
        }
    }
    /// The effect seen through `not`.
    pub fn flip(self) -> Effect {
        match self {
            Effect::Widens => Effect::Narrows,
            Effect::Narrows => Effect::Widens,
            e => e,
        }
    }
    /// The effect of two changes together.
    pub fn combine(self, other: Effect) -> Effect {
        use Effect::*;
        match (self, other) {
            (Annotation, e) | (e, Annotation) => e,
            (a, b) if a == b => a,
            _ => Reshapes,
        }
    }
}

/// Which direction of compatibility a schema promises (DESIGN §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    /// Consumers using NEW can read data written with OLD.
    #[default]
    Backward,
    /// Consumers using OLD can read data written with NEW.
    Forward,
    /// Both.
    Full,
    /// Nothing breaks; changes are still reported and versioned.
    None,
}

impl Mode {
    pub fn parse(s: &str) -> Option<Mode> {
        Some(match s {
            "backward" => Mode::Backward,
            "forward" => Mode::Forward,
            "full" => Mode::Full,
            "none" => Mode::None,
            _ => return None,
        })
    }
    pub fn as_str(self) -> &'static str {
        match self {
            Mode::Backward => "backward",
            Mode::Forward => "forward",
            Mode::Full => "full",
            Mode::None => "none",
        }
    }
    /// Whether a change with this effect breaks the mode. Under `none` the bump is
    /// computed as under `backward`, so [`Mode::bump_mode`] exists for that.
    pub fn breaks(self, effect: Effect) -> bool {
        match (self, effect) {
            (_, Effect::Annotation) | (Mode::None, _) => false,
            (Mode::Backward, e) => matches!(e, Effect::Narrows | Effect::Reshapes),
            (Mode::Forward, e) => matches!(e, Effect::Widens | Effect::Reshapes),
            (Mode::Full, _) => true,
        }
    }
    pub fn bump_mode(self) -> Mode {
        if self == Mode::None { Mode::Backward } else { self }
    }
}

/// Confluent's two readings of undeclared properties (DESIGN §2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum OpenContent {
    /// An open object may already hold any value under any undeclared name.
    #[default]
    Strict,
    /// Producers never send undeclared properties.
    Lenient,
}

impl OpenContent {
    pub fn as_str(self) -> &'static str {
        match self {
            OpenContent::Strict => "strict",
            OpenContent::Lenient => "lenient",
        }
    }
    pub fn parse(s: &str) -> Option<OpenContent> {
        match s {
            "strict" => Some(OpenContent::Strict),
            "lenient" => Some(OpenContent::Lenient),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub mode: Mode,
    pub open_content: OpenContent,
    /// Build and verify witness documents (costs a schema compilation per side).
    pub witnesses: bool,
    /// How strictly Protobuf schemas are compared (buf's categories, or Confluent's rules).
    pub protobuf_level: crate::format::protobuf::Level,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mode: Mode::Backward,
            open_content: OpenContent::Strict,
            witnesses: true,
            protobuf_level: crate::format::protobuf::Level::File,
        }
    }
}

/// A place in a schema file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Place {
    pub file: String,
    /// JSON Pointer inside the file.
    pub pointer: String,
    pub line: u32,
    pub column: u32,
}

/// A document accepted by one version and rejected by the other, verified by the format's
/// own machinery before it is printed (DESIGN §7). `document` is its JSON form (a JSON
/// document, an HTTP body, an Avro datum in Avro's JSON encoding, a Protobuf message in its
/// JSON mapping, GraphQL variables); formats whose witnesses have another natural notation
/// add it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Witness {
    pub accepted_by: Side,
    pub document: Value,
    /// One sentence in the format's language: "`POST /orders` with this body was accepted
    /// and is now rejected".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The witness in the format's own notation: a Protobuf text-format message, a GraphQL
    /// operation.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    /// The encoded bytes, in lowercase hex (Avro binary, Protobuf wire format).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub encoded: Option<String>,
}

impl Witness {
    /// A witness that is a plain JSON document.
    pub fn document(accepted_by: Side, document: Value) -> Witness {
        Witness {
            accepted_by,
            document,
            description: None,
            text: None,
            encoded: None,
        }
    }
}

/// One classified change.
#[derive(Debug, Clone, Serialize)]
pub struct Change {
    pub rule: &'static str,
    pub effect: Effect,
    /// Whether the change breaks the schema's mode (after `open_content`).
    pub breaking: bool,
    /// Where the change sits in an instance document (JSON Pointer; `*` for any key/index).
    pub instance_path: String,
    pub old: Option<Place>,
    pub new: Option<Place>,
    pub message: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub witness: Option<Witness>,
    #[serde(skip)]
    pub content_model: bool,
}

/// The outcome of comparing two versions of one schema.
#[derive(Debug, Clone, Serialize)]
pub struct DiffReport {
    pub mode: Mode,
    pub open_content: OpenContent,
    /// No change breaks the mode.
    pub compatible: bool,
    pub required_bump: Bump,
    pub changes: Vec<Change>,
    /// `$ref`s that were reported rather than followed.
    pub external_refs: Vec<Place>,
    pub warnings: Vec<String>,
}

impl DiffReport {
    /// A report from a format's classified changes: decides which changes break the mode
    /// (after `open_content`) and the bump they require. Under `none` the bump is computed as
    /// under `backward` (DESIGN §2).
    pub fn from_changes(
        mut changes: Vec<Change>,
        options: &Options,
        external_refs: Vec<Place>,
        warnings: Vec<String>,
    ) -> DiffReport {
        let lenient = options.open_content == OpenContent::Lenient;
        for c in &mut changes {
            c.breaking = options.mode.breaks(c.effect) && !(c.content_model && lenient);
        }
        let bump_mode = options.mode.bump_mode();
        let required_bump = crate::version::required_bump(
            changes
                .iter()
                .map(|c| (c.effect, bump_mode.breaks(c.effect) && !(c.content_model && lenient))),
        );
        DiffReport {
            mode: options.mode,
            open_content: options.open_content,
            compatible: !changes.iter().any(|c| c.breaking),
            required_bump,
            changes,
            external_refs,
            warnings,
        }
    }
}

/// Which version of a schema a witness document belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Old,
    New,
}

impl Side {
    /// The other version.
    pub fn other(self) -> Side {
        match self {
            Side::Old => Side::New,
            Side::New => Side::Old,
        }
    }
    pub(crate) fn index(self) -> usize {
        match self {
            Side::Old => 0,
            Side::New => 1,
        }
    }
}

/// Where data flows through an API position (DESIGN §7): HTTP requests and responses
/// (OpenAPI), messages an application receives or sends (AsyncAPI). A rule of an API format
/// names its direction; data formats (JSON Schema, Avro, Protobuf) have none.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Direction {
    Request,
    Response,
    Receive,
    Send,
}

impl Direction {
    pub fn as_str(self) -> &'static str {
        match self {
            Direction::Request => "request",
            Direction::Response => "response",
            Direction::Receive => "receive",
            Direction::Send => "send",
        }
    }
    /// Whether the server (or application) reads data in this position; otherwise it writes it.
    pub fn is_read(self) -> bool {
        matches!(self, Direction::Request | Direction::Receive)
    }
}

/// A rule of the catalogue: one kind of change, declared once with its documentation
/// (DESIGN §3). Each format declares its rules in its own module; `schemata rules`,
/// docs/rules.md, SARIF and the config's rule ids all read this metadata.
pub struct Rule {
    /// kebab-case, equal to the declaring file's name (with `_` for `-`).
    pub id: &'static str,
    /// The format whose documents the rule compares; `None` for the registry's own rules,
    /// which apply to schemas of every format (a schema added or removed, its format changed).
    pub format: Option<Format>,
    pub effect: Effect,
    /// One line: what changed.
    pub summary: &'static str,
    /// Markdown: why it matters, and an example.
    pub docs: &'static str,
    /// The keywords (or elements) the rule decides about.
    pub keywords: &'static [&'static str],
    /// For API formats: the direction of the data the rule is about.
    pub direction: Option<Direction>,
    /// What part of a document the rule is about (`schema`, `paths`, `parameters`, …).
    pub area: &'static str,
    /// True when the change only concerns properties a schema does not declare, which
    /// `open_content: lenient` assumes producers never send.
    pub content_model: bool,
    /// For a change that can break: how to ship it safely instead, in the words of the
    /// format ("make it optional first", "deprecate before removing", "add it with a default").
    pub hint: Option<&'static str>,
}

impl Rule {
    /// Whether the rule applies to documents of `format`.
    pub fn applies_to(&self, format: Format) -> bool {
        self.format.is_none_or(|f| f == format)
    }
    /// The documentation with the one-space indent of `///` comments removed.
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

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

/// A rule as JSON (for `schemata rules --format json` and SARIF).
pub fn rule_json(r: &Rule) -> serde_json::Value {
    let mut v = serde_json::json!({
        "id": r.id,
        "effect": r.effect.as_str(),
        "summary": r.summary,
        "keywords": r.keywords,
        "format": r.format.map_or("any", Format::name),
        "formats": [r.format.map_or("any", Format::name)],
        "area": r.area,
        "content_model": r.content_model,
        "docs": r.doc_text(),
    });
    if let Some(d) = r.direction {
        v["direction"] = serde_json::json!(d.as_str());
    }
    v
}

/// The catalogue as Markdown; docs/rules.md is exactly this for every rule.
pub fn catalogue_markdown(rules: &[&Rule]) -> String {
    let mut s = String::from("# Rules\n\n<!-- Generated by `schemata rules --format markdown`; do not edit. -->\n\n");
    s.push_str("Every kind of change schemata recognizes. The effect says how the change moves the set of\ndocuments a schema accepts; the schema's compatibility mode decides whether that breaks it.\n\n");
    s.push_str("| rule | effect | summary |\n|---|---|---|\n");
    for r in rules {
        s.push_str(&format!(
            "| [`{}`](#{}) | {} | {} |\n",
            r.id,
            r.id,
            r.effect.as_str(),
            r.summary.replace('|', "\\|")
        ));
    }
    for r in rules {
        s.push_str(&format!(
            "\n## {}\n\n**Effect:** {}. **Keywords:** {}.",
            r.id,
            r.effect.as_str(),
            if r.keywords.is_empty() {
                "—".to_string()
            } else {
                r.keywords
                    .iter()
                    .map(|k| format!("`{k}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        ));
        if r.content_model {
            s.push_str(" Does not break under `open_content: lenient`.");
        }
        s.push_str("\n\n");
        let doc = r.doc_text();
        // the first line repeats the summary
        let body = doc.split_once('\n').map(|x| x.1.trim_start()).unwrap_or("");
        s.push_str(r.summary);
        s.push_str("\n\n");
        s.push_str(&body.replace("## ", "### "));
        s.push('\n');
    }
    s
}
