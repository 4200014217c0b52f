//! GraphQL SDL (`.graphql`, `.graphqls`, `.gql`): a schema made of one file, or of a root
//! file and the parts the config names, with type extensions folded in.
//!
//! [`load`] parses and builds the schema with `apollo-compiler`, [`model`] holds what the
//! rules share (polarity: where each type is used; how two type references relate),
//! [`diff`] pairs the elements of two versions and classifies every change by a rule of its
//! catalogue, each with GraphQL's level (breaking, dangerous, safe), [`witness`] builds and
//! verifies operations (or responses) that tell the versions apart, [`validate`] runs the
//! specification's schema validation, [`lint`] holds the house rules, and [`sample`] writes
//! an example operation. docs/formats/graphql.md explains the mapping onto effects and modes.

pub mod diff;
pub mod lint;
pub mod load;
pub mod model;
pub mod sample;
pub mod validate;
pub mod witness;

use super::{Format, SchemaFormat};
use crate::change::{DiffReport, Options, Rule};
use crate::error::Result;
use crate::lint::{Finding, LintConfig, LintRule};
use crate::source::{FileSource, SourceFile};
use crate::validate::SchemaReport;
pub use diff::rule::Level;
pub use load::Sdl;

/// The GraphQL format.
pub struct GraphQl;

impl SchemaFormat for GraphQl {
    type Doc = Sdl;
    const FORMAT: Format = Format::GraphQl;

    fn load(source: &dyn FileSource, path: &str, file: SourceFile) -> Result<Sdl> {
        Sdl::load(source, path, file, &[])
    }
    fn files(doc: &Sdl) -> &[SourceFile] {
        &doc.files
    }
    fn file_paths(doc: &Sdl) -> &[String] {
        &doc.file_paths
    }
    fn declared_version(_doc: &Sdl) -> Option<semver::Version> {
        None
    }
    fn diff(old: &mut Sdl, new: &mut Sdl, options: &Options) -> DiffReport {
        diff::diff(old, new, options)
    }
    fn deprecated_at(doc: &Sdl, _file: &str, pointer: &str) -> bool {
        deprecated_at(doc, pointer)
    }
    fn check(file: &SourceFile, loaded: Result<Sdl>) -> SchemaReport {
        validate::check(file, loaded)
    }
    fn lint(file: &SourceFile, config: &LintConfig) -> Vec<Finding> {
        lint::lint(file, config)
    }
    fn sample(doc: &Sdl, seed: u64) -> Result<Option<serde_json::Value>> {
        sample::sample(doc, seed)
    }
    fn rules() -> Vec<&'static Rule> {
        diff::rules::ALL.iter().map(|r| &r.rule).collect()
    }
    fn lint_rules() -> Vec<&'static LintRule> {
        lint::rules::ALL.iter().map(|r| &r.rule).collect()
    }
}

/// GraphQL's level of a finding of `rule`, when the rule is a GraphQL rule.
pub fn level_of(rule: &str) -> Option<Level> {
    diff::rules::find(rule).map(|r| r.level)
}

/// Whether the element a schema coordinate names (`Type.field`, `Type.field(arg:)`,
/// `Input.field`, `Enum.VALUE`, `@dir(arg:)`) is marked `@deprecated`.
pub fn deprecated_at(doc: &Sdl, coordinate: &str) -> bool {
    use apollo_compiler::schema::ExtendedType;
    let s = &doc.schema;
    let (head, arg) = match coordinate.split_once('(') {
        Some((h, rest)) => (h, Some(rest.trim_end_matches(')').trim_end_matches(':'))),
        None => (coordinate, None),
    };
    if let Some(d) = head.strip_prefix('@') {
        return arg.is_some_and(|a| {
            s.directive_definitions
                .get(d)
                .and_then(|def| def.arguments.iter().find(|x| x.name == a))
                .is_some_and(|x| model::deprecation(&x.directives).is_some())
        });
    }
    let Some((ty, member)) = head.split_once('.') else {
        return false;
    };
    match (s.types.get(ty), arg) {
        (Some(ExtendedType::Object(o)), arg) => field_deprecated(o.fields.get(member).map(|c| &c.node), arg),
        (Some(ExtendedType::Interface(o)), arg) => field_deprecated(o.fields.get(member).map(|c| &c.node), arg),
        (Some(ExtendedType::InputObject(o)), None) => o
            .fields
            .get(member)
            .is_some_and(|f| model::deprecation(&f.directives).is_some()),
        (Some(ExtendedType::Enum(e)), None) => e
            .values
            .get(member)
            .is_some_and(|v| model::deprecation(&v.directives).is_some()),
        _ => false,
    }
}

fn field_deprecated(
    field: Option<&apollo_compiler::Node<apollo_compiler::ast::FieldDefinition>>,
    arg: Option<&str>,
) -> bool {
    let Some(f) = field else { return false };
    match arg {
        None => model::deprecation(&f.directives).is_some(),
        Some(a) => f
            .arguments
            .iter()
            .find(|x| x.name == a)
            .is_some_and(|x| model::deprecation(&x.directives).is_some()),
    }
}
