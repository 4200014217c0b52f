//! The semantic diff: two normalized schemas in, a list of classified changes out.
//!
//! Three layers, kept apart: the [`engine`] pairs old and new nodes (properties by
//! name, items by position, combinator branches by similarity, `$ref`s followed once);
//! each [`rules`] file decides about one kind of change at a node pair; [`DiffReport`]
//! is data that the report renderers format.

pub(crate) mod digest;
pub mod engine;
pub mod rule;
pub mod rules;

use crate::schema::Graph;
use crate::version::Bump;
use crate::witness::Side;
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
}

impl Default for Options {
    fn default() -> Self {
        Options {
            mode: Mode::Backward,
            open_content: OpenContent::Strict,
            witnesses: true,
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

/// A document accepted by one version and rejected by the other.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Witness {
    pub accepted_by: Side,
    pub document: Value,
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

/// Compares two loaded schemas.
pub fn diff(old: &mut Graph, new: &mut Graph, options: &Options) -> DiffReport {
    let mut changes = engine::run(old, new, options);
    for c in &mut changes {
        c.breaking =
            options.mode.breaks(c.effect) && !(c.content_model && options.open_content == OpenContent::Lenient);
    }
    let bump_mode = options.mode.bump_mode();
    let required_bump = crate::version::required_bump(changes.iter().map(|c| {
        (
            c.effect,
            bump_mode.breaks(c.effect) && !(c.content_model && options.open_content == OpenContent::Lenient),
        )
    }));
    let mut external_refs = Vec::new();
    let mut warnings = Vec::new();
    for g in [&*old, &*new] {
        for (origin, _) in &g.external_refs {
            let place = engine::place(g, origin);
            if !external_refs.contains(&place) {
                external_refs.push(place);
            }
        }
        for w in &g.warnings {
            // the same file read on both sides warns once
            if !warnings.contains(w) {
                warnings.push(w.clone());
            }
        }
    }
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
