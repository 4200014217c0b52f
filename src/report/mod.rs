//! Renderers: one file per output format, each turning a [`crate::DiffReport`] into text.

pub mod json;
pub mod text;

/// Source texts by file name, for snippets.
pub trait Sources {
    fn text_of(&self, file: &str) -> Option<&str>;
}

impl Sources for Vec<&crate::source::SourceFile> {
    fn text_of(&self, file: &str) -> Option<&str> {
        self.iter().find(|f| f.name == file).map(|f| f.text.as_str())
    }
}
