//! Reading GraphQL SDL: one root file plus the files the config names as its parts
//! (`parts:` in schemata.yaml), parsed and built into one schema by `apollo-compiler`, with
//! type extensions folded into the types they extend.
//!
//! A syntax error, or a document that cannot form a schema (a type defined twice, an
//! extension of the wrong kind), is an error naming file:line. The deeper checks of the
//! specification (every referenced type defined, interfaces implemented fully, …) are not
//! needed to compare two versions; they are run by `schemata validate` and `lint`
//! ([`Sdl::validation`]).

use crate::error::{Error, ErrorKind, Location, Result};
use crate::source::{FileSource, SourceFile};
use apollo_compiler::Schema;
use apollo_compiler::diagnostic::ToCliReport;
use apollo_compiler::parser::{FileId, SourceSpan};
use std::collections::HashMap;

/// One loaded GraphQL schema.
pub struct Sdl {
    /// The root file first, then the parts that exist at this revision, in the order the
    /// config lists them.
    pub files: Vec<SourceFile>,
    /// Registry-relative paths of the root file and of every configured part, present or
    /// not: a part that appears in a later commit is a change of this schema.
    pub file_paths: Vec<String>,
    pub schema: Schema,
    /// apollo-compiler's file ids → index in `files`.
    file_index: HashMap<FileId, usize>,
    /// Lazily computed usage of each named type (input and output positions).
    usage: std::sync::OnceLock<super::model::Usage>,
}

impl std::fmt::Debug for Sdl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sdl")
            .field("file_paths", &self.file_paths)
            .field("types", &self.schema.types.len())
            .finish()
    }
}

/// A problem apollo-compiler found, at a place of one of the files.
#[derive(Debug, Clone)]
pub struct Problem {
    pub location: Location,
    pub message: String,
}

/// Most parse nesting accepted (nested lists, values); deeper documents are refused rather
/// than risking the stack.
const RECURSION_LIMIT: usize = 256;

impl Sdl {
    /// Loads a root file (already read) and its parts, read from `source`. A part that does
    /// not exist at this revision is left out (it may be added later in the history).
    pub fn load(source: &dyn FileSource, path: &str, root: SourceFile, parts: &[String]) -> Result<Sdl> {
        let mut files = vec![root];
        let mut file_paths = vec![path.to_string()];
        for part in parts {
            if part == path || file_paths.contains(part) {
                continue;
            }
            file_paths.push(part.clone());
            if let Some(text) = source.read(part)? {
                files.push(SourceFile::plain(source.display(part), text));
            }
        }
        Sdl::build(files, file_paths)
    }

    /// Builds the schema from parsed files (root first).
    pub fn build(files: Vec<SourceFile>, file_paths: Vec<String>) -> Result<Sdl> {
        let mut builder = Schema::builder().adopt_orphan_extensions();
        let mut parser = apollo_compiler::parser::Parser::new().recursion_limit(RECURSION_LIMIT);
        for (i, f) in files.iter().enumerate() {
            parser.parse_into_schema_builder(f.text.as_str(), index_path(i), &mut builder);
        }
        let schema = match builder.build() {
            Ok(s) => s,
            Err(with) => {
                let file_index = index_files(&with.partial);
                let problems = problems(&with.errors, &file_index, &files);
                let first = problems.first().cloned().unwrap_or(Problem {
                    location: Location {
                        file: files[0].name.clone(),
                        line: 1,
                        column: 1,
                    },
                    message: "the document is not a GraphQL schema".into(),
                });
                let more = if problems.len() > 1 {
                    format!(" (and {} more problem(s))", problems.len() - 1)
                } else {
                    String::new()
                };
                let kind = if first.message.starts_with("syntax error") {
                    ErrorKind::Parse
                } else {
                    ErrorKind::Schema
                };
                return Err(
                    Error::new(kind, format!("invalid GraphQL SDL: {}{more}", first.message))
                        .at(first.location)
                        .with_hint(
                            "fix the SDL at that line (`schemata validate FILE` lists every problem); \
                         the GraphQL specification's grammar is at spec.graphql.org",
                        ),
                );
            }
        };
        let file_index = index_files(&schema);
        Ok(Sdl {
            files,
            file_paths,
            schema,
            file_index,
            usage: std::sync::OnceLock::new(),
        })
    }

    /// Where a parsed element is: its file's name, line and column.
    pub fn location(&self, span: Option<SourceSpan>) -> Option<Location> {
        let span = span?;
        let file = &self.files[*self.file_index.get(&span.file_id())?];
        let (line, column) = file.line_col(span.offset());
        Some(Location {
            file: file.name.clone(),
            line,
            column,
        })
    }

    /// Which of the files a span lies in.
    pub fn file_of(&self, span: Option<SourceSpan>) -> Option<&SourceFile> {
        Some(&self.files[*self.file_index.get(&span?.file_id())?])
    }

    /// Every problem the GraphQL specification's schema validation finds (undefined types,
    /// incomplete interface implementations, unknown directives, …).
    pub fn validation(&self) -> Vec<Problem> {
        match self.schema.clone().validate() {
            Ok(_) => Vec::new(),
            Err(with) => problems(&with.errors, &self.file_index, &self.files),
        }
    }

    /// Which positions each named type is used in.
    pub fn usage(&self) -> &super::model::Usage {
        self.usage.get_or_init(|| super::model::Usage::of(&self.schema))
    }
}

/// The path a file is given inside apollo-compiler: its index, so that ids map back exactly.
fn index_path(i: usize) -> String {
    format!("{i}")
}

fn index_files(schema: &Schema) -> HashMap<FileId, usize> {
    schema
        .sources
        .iter()
        .filter_map(|(id, f)| Some((*id, f.path().to_str()?.parse::<usize>().ok()?)))
        .collect()
}

fn problems(
    list: &apollo_compiler::validation::DiagnosticList,
    file_index: &HashMap<FileId, usize>,
    files: &[SourceFile],
) -> Vec<Problem> {
    list.iter()
        .map(|d| {
            let span = d.error.location();
            let (file, offset) = match span.and_then(|s| Some((file_index.get(&s.file_id())?, s.offset()))) {
                Some((&i, offset)) => (&files[i], offset),
                None => (&files[0], 0),
            };
            let (line, column) = file.line_col(offset);
            Problem {
                location: Location {
                    file: file.name.clone(),
                    line,
                    column,
                },
                message: d.error.to_string(),
            }
        })
        .collect()
}
