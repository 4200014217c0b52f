//! Renderers: one file per output format, each turning a [`crate::DiffReport`] into text.

pub mod gate;
pub mod gate_text;
pub mod github;
pub mod json;
pub mod junit;
pub mod markdown;
pub mod sarif;
pub mod text;

/// Source texts by file name, for snippets.
pub trait Sources {
    fn text_of(&self, file: &str) -> Option<&str>;
    /// The text of a file on one side; the same path may hold different texts at two revisions.
    fn text_of_side(&self, file: &str, _new: bool) -> Option<&str> {
        self.text_of(file)
    }
}

/// Source texts kept apart by side (old revision, new revision).
pub struct SidedSources<'a> {
    pub old: Vec<&'a crate::source::SourceFile>,
    pub new: Vec<&'a crate::source::SourceFile>,
}

impl Sources for SidedSources<'_> {
    fn text_of(&self, file: &str) -> Option<&str> {
        self.text_of_side(file, true)
    }
    fn text_of_side(&self, file: &str, new: bool) -> Option<&str> {
        let (first, second) = if new {
            (&self.new, &self.old)
        } else {
            (&self.old, &self.new)
        };
        first
            .iter()
            .chain(second.iter())
            .find(|f| f.name == file)
            .map(|f| f.text.as_str())
    }
}

impl Sources for Vec<&crate::source::SourceFile> {
    fn text_of(&self, file: &str) -> Option<&str> {
        self.iter().find(|f| f.name == file).map(|f| f.text.as_str())
    }
}
