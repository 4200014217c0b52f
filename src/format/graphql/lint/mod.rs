//! Lint for GraphQL SDL: house rules declared like change rules — one file per rule under
//! `rules/`, its doc comment the documentation, its fixture under
//! `fixtures/lint/<id>/schema.graphql`.
//!
//! The linter reads one file's syntax tree (definitions and extensions alike), so a part of a
//! multi-file schema is linted on its own, and asks each rule about every element once.

pub mod rules;

use crate::lint::{Finding, Level, LintConfig, LintRule};
use crate::source::SourceFile;
use apollo_compiler::ast::{Definition, DirectiveDefinition, EnumValueDefinition, FieldDefinition};
use apollo_compiler::ast::{DirectiveList, InputValueDefinition};
use apollo_compiler::{Name, Node};

/// A GraphQL lint rule: the core's [`LintRule`] metadata plus its check.
pub struct GraphQlLintRule {
    pub rule: LintRule,
    pub check: fn(&mut Cx, &Item),
}

impl std::ops::Deref for GraphQlLintRule {
    type Target = LintRule;
    fn deref(&self) -> &LintRule {
        &self.rule
    }
}

/// Declares `pub static RULE` for the current file; the file provides `fn check`.
#[macro_export]
macro_rules! declare_graphql_lint {
    (
        $(#[doc = $doc:literal])*
        id: $id:literal,
        level: $level:ident,
        summary: $summary:literal
        $(,)?
    ) => {
        pub static RULE: $crate::format::graphql::lint::GraphQlLintRule =
            $crate::format::graphql::lint::GraphQlLintRule {
                rule: $crate::lint::LintRule {
                    id: $id,
                    format: $crate::format::Format::GraphQl,
                    level: $crate::lint::Level::$level,
                    summary: $summary,
                    docs: concat!($($doc, "\n"),*),
                    profile: None,
                },
                check,
            };
    };
}

/// One element of the file, as the rules see it.
pub enum Item<'a> {
    /// A type definition or extension.
    Type {
        kind: &'static str,
        name: &'a Name,
        description: Option<&'a Node<str>>,
        extension: bool,
    },
    /// A field of an object type or interface.
    Field {
        owner: &'a Name,
        def: &'a Node<FieldDefinition>,
    },
    /// An argument of a field (`owner` is `Type.field`) or directive (`@name`).
    Argument {
        owner: String,
        def: &'a Node<InputValueDefinition>,
    },
    InputField {
        owner: &'a Name,
        def: &'a Node<InputValueDefinition>,
    },
    EnumValue {
        owner: &'a Name,
        def: &'a Node<EnumValueDefinition>,
    },
    Directive {
        def: &'a Node<DirectiveDefinition>,
    },
}

impl Item<'_> {
    /// The element's schema coordinate.
    pub fn coordinate(&self) -> String {
        match self {
            Item::Type { name, .. } => name.to_string(),
            Item::Field { owner, def } => format!("{owner}.{}", def.name),
            Item::Argument { owner, def } => format!("{owner}({}:)", def.name),
            Item::InputField { owner, def } => format!("{owner}.{}", def.name),
            Item::EnumValue { owner, def } => format!("{owner}.{}", def.value),
            Item::Directive { def } => format!("@{}", def.name),
        }
    }
    /// Where the element's name is written.
    pub fn offset(&self) -> usize {
        let span = match self {
            Item::Type { name, .. } => name.location(),
            Item::Field { def, .. } => def.name.location(),
            Item::Argument { def, .. } | Item::InputField { def, .. } => def.name.location(),
            Item::EnumValue { def, .. } => def.value.location(),
            Item::Directive { def } => def.name.location(),
        };
        span.map_or(0, |s| s.offset())
    }
    /// The directives applied to the element (none for types, whose directives are not
    /// linted here).
    pub fn directives(&self) -> Option<&DirectiveList> {
        match self {
            Item::Field { def, .. } => Some(&def.directives),
            Item::Argument { def, .. } | Item::InputField { def, .. } => Some(&def.directives),
            Item::EnumValue { def, .. } => Some(&def.directives),
            _ => None,
        }
    }
}

/// The linter's state while it walks one file.
pub struct Cx<'a> {
    pub file: &'a SourceFile,
    pub config: &'a LintConfig,
    rule: &'static GraphQlLintRule,
    level: Level,
    findings: Vec<Finding>,
}

impl Cx<'_> {
    /// Reports a finding at an element.
    pub fn report(&mut self, item: &Item, message: impl Into<String>, hint: Option<String>) {
        let (line, column) = self.file.line_col(item.offset());
        self.findings.push(Finding {
            rule: self.rule.id,
            level: self.level,
            file: self.file.name.clone(),
            line,
            column,
            pointer: item.coordinate(),
            message: message.into(),
            hint,
        });
    }
}

/// Every element of a parsed file, in document order.
fn items(doc: &apollo_compiler::ast::Document) -> Vec<Item<'_>> {
    let mut out = Vec::new();
    for def in &doc.definitions {
        match def {
            Definition::ObjectTypeDefinition(d) => {
                out.push(ty("object type", &d.name, d.description.as_ref(), false));
                push_fields(&mut out, &d.name, &d.fields);
            }
            Definition::ObjectTypeExtension(d) => {
                out.push(ty("object type", &d.name, None, true));
                push_fields(&mut out, &d.name, &d.fields);
            }
            Definition::InterfaceTypeDefinition(d) => {
                out.push(ty("interface", &d.name, d.description.as_ref(), false));
                push_fields(&mut out, &d.name, &d.fields);
            }
            Definition::InterfaceTypeExtension(d) => {
                out.push(ty("interface", &d.name, None, true));
                push_fields(&mut out, &d.name, &d.fields);
            }
            Definition::InputObjectTypeDefinition(d) => {
                out.push(ty("input object", &d.name, d.description.as_ref(), false));
                out.extend(d.fields.iter().map(|f| Item::InputField { owner: &d.name, def: f }));
            }
            Definition::InputObjectTypeExtension(d) => {
                out.push(ty("input object", &d.name, None, true));
                out.extend(d.fields.iter().map(|f| Item::InputField { owner: &d.name, def: f }));
            }
            Definition::EnumTypeDefinition(d) => {
                out.push(ty("enum", &d.name, d.description.as_ref(), false));
                out.extend(d.values.iter().map(|v| Item::EnumValue { owner: &d.name, def: v }));
            }
            Definition::EnumTypeExtension(d) => {
                out.push(ty("enum", &d.name, None, true));
                out.extend(d.values.iter().map(|v| Item::EnumValue { owner: &d.name, def: v }));
            }
            Definition::UnionTypeDefinition(d) => out.push(ty("union", &d.name, d.description.as_ref(), false)),
            Definition::UnionTypeExtension(d) => out.push(ty("union", &d.name, None, true)),
            Definition::ScalarTypeDefinition(d) => out.push(ty("scalar", &d.name, d.description.as_ref(), false)),
            Definition::ScalarTypeExtension(d) => out.push(ty("scalar", &d.name, None, true)),
            Definition::DirectiveDefinition(d) => {
                out.push(Item::Directive { def: d });
                out.extend(d.arguments.iter().map(|a| Item::Argument {
                    owner: format!("@{}", d.name),
                    def: a,
                }));
            }
            _ => {}
        }
    }
    out
}

fn ty<'a>(kind: &'static str, name: &'a Name, description: Option<&'a Node<str>>, extension: bool) -> Item<'a> {
    Item::Type {
        kind,
        name,
        description,
        extension,
    }
}

fn push_fields<'a>(out: &mut Vec<Item<'a>>, owner: &'a Name, fields: &'a [Node<FieldDefinition>]) {
    for f in fields {
        out.push(Item::Field { owner, def: f });
        for a in &f.arguments {
            out.push(Item::Argument {
                owner: format!("{owner}.{}", f.name),
                def: a,
            });
        }
    }
}

/// Lints one file. A file that does not parse has no findings here: loading reports it.
pub fn lint(file: &SourceFile, config: &LintConfig) -> Vec<Finding> {
    let doc = match apollo_compiler::ast::Document::parse(file.text.as_str(), &file.name) {
        Ok(d) => d,
        Err(with) => with.partial,
    };
    let items = items(&doc);
    let mut out = Vec::new();
    for rule in rules::ALL {
        let level = config.levels.get(rule.id).copied().unwrap_or(rule.level);
        if level == Level::Off {
            continue;
        }
        let mut cx = Cx {
            file,
            config,
            rule,
            level,
            findings: Vec::new(),
        };
        for item in &items {
            (rule.check)(&mut cx, item);
        }
        out.extend(cx.findings);
    }
    out.sort_by_key(|f| (f.line, f.column));
    out
}
