//! Renderers: one file per output format, each turning a [`crate::DiffReport`] into text.

pub mod gate;
pub mod gate_text;
pub mod github;
pub mod gitlab;
pub mod json;
pub mod junit;
pub mod lint;
pub mod markdown;
pub mod sarif;
pub mod text;

/// Whether the environment allows colour: no non-empty `NO_COLOR` (no-color.org), and a
/// terminal type other than `dumb`. `env` reads a variable (a parameter, so tests need not
/// change the process environment).
pub fn color_allowed(env: impl Fn(&str) -> Option<std::ffi::OsString>) -> bool {
    env("NO_COLOR").is_none_or(|v| v.is_empty()) && env("TERM").is_none_or(|t| t != "dumb")
}

static TEXT_WIDTH: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(100);

/// Sets the width text reports wrap prose at (the binary sets it from `COLUMNS`; the library
/// itself reads no environment). Default 100.
pub fn set_text_width(width: usize) {
    TEXT_WIDTH.store(width.max(20), std::sync::atomic::Ordering::Relaxed);
}

/// The width set by [`set_text_width`].
pub fn current_text_width() -> usize {
    TEXT_WIDTH.load(std::sync::atomic::Ordering::Relaxed)
}

/// The width text reports should wrap prose at: `COLUMNS` when it is a sensible number, else
/// 100. Paths and other words are never broken, whatever the width.
pub fn text_width(env: impl Fn(&str) -> Option<std::ffi::OsString>) -> usize {
    env("COLUMNS")
        .and_then(|c| c.to_str()?.trim().parse::<usize>().ok())
        .filter(|w| *w >= 20)
        .unwrap_or(100)
}

/// How to ship a breaking change safely: its rule's hint, for breaking changes only.
pub fn hint_for(change: &crate::change::Change) -> Option<&'static str> {
    if !change.breaking {
        return None;
    }
    static HINTS: std::sync::OnceLock<std::collections::HashMap<&'static str, &'static str>> =
        std::sync::OnceLock::new();
    HINTS
        .get_or_init(|| {
            crate::format::all_rules()
                .into_iter()
                .filter_map(|r| Some((r.id, r.hint?)))
                .collect()
        })
        .get(change.rule)
        .copied()
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::ffi::OsString;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<OsString> {
        let pairs: Vec<(String, String)> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        move |k| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| OsString::from(v))
    }

    #[test]
    fn colour_needs_a_capable_terminal_and_no_no_color() {
        assert!(color_allowed(env(&[("TERM", "xterm-256color")])));
        assert!(color_allowed(env(&[])));
        assert!(!color_allowed(env(&[("TERM", "dumb")])));
        assert!(!color_allowed(env(&[("NO_COLOR", "1"), ("TERM", "xterm")])));
        assert!(color_allowed(env(&[("NO_COLOR", "")])), "an empty NO_COLOR is unset");
    }

    #[test]
    fn width_follows_columns_within_reason() {
        assert_eq!(text_width(env(&[("COLUMNS", "132")])), 132);
        assert_eq!(text_width(env(&[])), 100);
        assert_eq!(text_width(env(&[("COLUMNS", "wide")])), 100);
        assert_eq!(text_width(env(&[("COLUMNS", "3")])), 100);
    }
}
