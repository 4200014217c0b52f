//! The library's error type. Every error carries a kind (which decides nothing but
//! wording: every error maps to exit code 2), where it happened, what is wrong and,
//! where we can tell, what to do about it.

use std::fmt;

/// A place in a file: 1-based line and column.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub file: String,
    pub line: u32,
    pub column: u32,
}

impl fmt::Display for Location {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}:{}", self.file, self.line, self.column)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ErrorKind {
    /// The file is not well-formed JSON or YAML, or exceeds a safety limit.
    Parse,
    /// The document is well-formed but is not a usable schema.
    Schema,
    /// A `$ref` could not be followed.
    Reference,
    /// A file could not be read.
    Io,
    /// The command line asks for something impossible.
    Usage,
    /// `schemata.yaml` is malformed or inconsistent.
    Config,
    /// The git repository cannot be read as asked (no repository, unknown revision, shallow clone…).
    Git,
}

#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ErrorKind,
    /// Where: a file position when known.
    pub location: Option<Location>,
    /// The file when no position is known (I/O errors).
    pub file: Option<String>,
    /// What is wrong, one sentence.
    pub message: String,
    /// What to do about it.
    pub hint: Option<String>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            location: None,
            file: None,
            message: message.into(),
            hint: None,
        }
    }
    pub fn parse(location: Location, message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Parse, message).at(location)
    }
    pub fn schema(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Schema, message)
    }
    pub fn config(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Config, message)
    }
    pub fn git(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Git, message)
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Error::new(ErrorKind::Usage, message)
    }
    pub fn io(file: impl Into<String>, err: &std::io::Error) -> Self {
        let file = file.into();
        let hint = match err.kind() {
            std::io::ErrorKind::NotFound => Some("check the path; it is relative to the current directory".to_string()),
            std::io::ErrorKind::PermissionDenied => Some("check the file's permissions".to_string()),
            _ => None,
        };
        Error {
            kind: ErrorKind::Io,
            location: None,
            file: Some(file.clone()),
            message: format!("cannot read {file}: {err}"),
            hint,
        }
    }
    pub fn at(mut self, location: Location) -> Self {
        self.file = Some(location.file.clone());
        self.location = Some(location);
        self
    }
    pub fn in_file(mut self, file: impl Into<String>) -> Self {
        self.file = Some(file.into());
        self
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.location, &self.file) {
            (Some(loc), _) => write!(f, "{loc}: {}", self.message),
            (None, Some(file)) if !self.message.contains(file.as_str()) => {
                write!(f, "{file}: {}", self.message)
            }
            _ => write!(f, "{}", self.message),
        }
    }
}

impl std::error::Error for Error {}
