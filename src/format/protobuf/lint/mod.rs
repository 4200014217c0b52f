//! Lint: buf's common style rules for `.proto` files (naming, zero enum values, package
//! layout, comments on services and rpcs), one file per rule under `rules/`, declared like
//! the JSON Schema lint rules. A file is parsed on its own (imports are not needed to check
//! names), and every element is visited once and shown to every active rule.

pub mod rules;

pub use crate::lint::{Finding, Level, LintConfig, LintRule};
use crate::source::SourceFile;
use prost_reflect::prost_types::{
    DescriptorProto, EnumDescriptorProto, EnumValueDescriptorProto, FieldDescriptorProto, FileDescriptorProto,
    MethodDescriptorProto, OneofDescriptorProto, ServiceDescriptorProto,
};
use std::collections::HashMap;

/// A Protobuf lint rule: the core's [`LintRule`] metadata plus its check.
pub struct ProtoLintRule {
    pub rule: LintRule,
    pub check: fn(&mut Cx, &Node),
}

impl std::ops::Deref for ProtoLintRule {
    type Target = LintRule;
    fn deref(&self) -> &LintRule {
        &self.rule
    }
}

/// Declares `pub static RULE` for the current file; the file provides `fn check`.
#[macro_export]
macro_rules! declare_proto_lint {
    (
        $(#[doc = $doc:literal])*
        id: $id:literal,
        level: $level:ident,
        summary: $summary:literal
        $(,)?
    ) => {
        pub static RULE: $crate::format::protobuf::lint::ProtoLintRule =
            $crate::format::protobuf::lint::ProtoLintRule {
                rule: $crate::lint::LintRule {
                    id: $id,
                    format: $crate::format::Format::Protobuf,
                    level: $crate::lint::Level::$level,
                    summary: $summary,
                    docs: concat!($($doc, "\n"),*),
                    profile: None,
                },
                check,
            };
    };
}

/// One element of a file, with its full name and source-info path.
pub enum Node<'a> {
    File(&'a FileDescriptorProto),
    Message(&'a DescriptorProto),
    Field(&'a FieldDescriptorProto, &'a DescriptorProto),
    Oneof(&'a OneofDescriptorProto, &'a DescriptorProto),
    Enum(&'a EnumDescriptorProto),
    EnumValue(&'a EnumValueDescriptorProto, &'a EnumDescriptorProto),
    Service(&'a ServiceDescriptorProto),
    Method(&'a MethodDescriptorProto, &'a ServiceDescriptorProto),
}

/// A visited element: what it is, where it is, and its dotted name.
pub struct Visit<'a> {
    pub node: Node<'a>,
    pub path: Vec<i32>,
    pub name: String,
}

/// The linter's state while it walks one file.
pub struct Cx<'a> {
    pub file: &'a SourceFile,
    /// The registry path of the file (for `package-directory-match`).
    pub path: &'a str,
    pub proto: &'a FileDescriptorProto,
    /// Source-info path → (line, column, leading comment present).
    spans: HashMap<Vec<i32>, (u32, u32, bool)>,
    rule: &'static ProtoLintRule,
    level: Level,
    /// The element being shown to the rule.
    pub here: Vec<i32>,
    pub name: String,
    findings: Vec<Finding>,
}

impl Cx<'_> {
    /// Reports a finding at the element being visited.
    pub fn report(&mut self, message: impl Into<String>, hint: Option<String>) {
        let (line, column) = self.position(&self.here.clone());
        self.findings.push(Finding {
            rule: self.rule.id,
            level: self.level,
            file: self.file.name.clone(),
            line,
            column,
            pointer: format!("/{}", self.name),
            message: message.into(),
            hint,
        });
    }
    fn position(&self, path: &[i32]) -> (u32, u32) {
        let mut p = path;
        loop {
            if let Some(&(l, c, _)) = self.spans.get(p) {
                return (l, c);
            }
            if p.is_empty() {
                return (1, 1);
            }
            p = &p[..p.len() - 1];
        }
    }
    /// Whether the element being visited has a leading comment.
    pub fn has_comment(&self) -> bool {
        self.spans.get(&self.here).is_some_and(|s| s.2)
    }
}

fn visits(file: &FileDescriptorProto) -> Vec<Visit<'_>> {
    let mut out = vec![Visit {
        node: Node::File(file),
        path: vec![],
        name: file.package().to_string(),
    }];
    let join = |prefix: &str, name: &str| {
        if prefix.is_empty() {
            name.to_string()
        } else {
            format!("{prefix}.{name}")
        }
    };
    fn enums<'a>(out: &mut Vec<Visit<'a>>, list: &'a [EnumDescriptorProto], path: Vec<i32>, field: i32, prefix: &str) {
        for (i, e) in list.iter().enumerate() {
            let mut p = path.clone();
            p.extend([field, i as i32]);
            let name = if prefix.is_empty() {
                e.name().to_string()
            } else {
                format!("{prefix}.{}", e.name())
            };
            for (j, v) in e.value.iter().enumerate() {
                let mut vp = p.clone();
                vp.extend([2, j as i32]);
                out.push(Visit {
                    node: Node::EnumValue(v, e),
                    path: vp,
                    name: format!("{name}/{}", v.name()),
                });
            }
            out.push(Visit {
                node: Node::Enum(e),
                path: p,
                name,
            });
        }
    }
    fn messages<'a>(out: &mut Vec<Visit<'a>>, list: &'a [DescriptorProto], path: Vec<i32>, field: i32, prefix: &str) {
        for (i, m) in list.iter().enumerate() {
            if m.options.as_ref().is_some_and(|o| o.map_entry()) {
                continue;
            }
            let mut p = path.clone();
            p.extend([field, i as i32]);
            let name = if prefix.is_empty() {
                m.name().to_string()
            } else {
                format!("{prefix}.{}", m.name())
            };
            out.push(Visit {
                node: Node::Message(m),
                path: p.clone(),
                name: name.clone(),
            });
            for (j, f) in m.field.iter().enumerate() {
                let mut fp = p.clone();
                fp.extend([2, j as i32]);
                out.push(Visit {
                    node: Node::Field(f, m),
                    path: fp,
                    name: format!("{name}/{}", f.name()),
                });
            }
            for (j, o) in m.oneof_decl.iter().enumerate() {
                let synthetic = m
                    .field
                    .iter()
                    .any(|f| f.oneof_index == Some(j as i32) && f.proto3_optional());
                if synthetic {
                    continue;
                }
                let mut op = p.clone();
                op.extend([8, j as i32]);
                out.push(Visit {
                    node: Node::Oneof(o, m),
                    path: op,
                    name: format!("{name}/{}", o.name()),
                });
            }
            messages(out, &m.nested_type, p.clone(), 3, &name);
            enums(out, &m.enum_type, p, 4, &name);
        }
    }
    let pkg = file.package();
    messages(&mut out, &file.message_type, vec![], 4, &join(pkg, ""));
    enums(&mut out, &file.enum_type, vec![], 5, &join(pkg, ""));
    for (i, s) in file.service.iter().enumerate() {
        let p = vec![6, i as i32];
        let name = join(pkg, s.name());
        for (j, m) in s.method.iter().enumerate() {
            out.push(Visit {
                node: Node::Method(m, s),
                path: vec![6, i as i32, 2, j as i32],
                name: format!("{name}/{}", m.name()),
            });
        }
        out.push(Visit {
            node: Node::Service(s),
            path: p,
            name,
        });
    }
    out
}

/// The active rules of a config, with their levels.
fn active(config: &LintConfig) -> Vec<(&'static ProtoLintRule, Level)> {
    rules::ALL
        .iter()
        .map(|r| (*r, config.levels.get(r.id).copied().unwrap_or(r.level)))
        .filter(|(_, l)| *l != Level::Off)
        .collect()
}

/// Parses a file on its own, for linting.
pub fn parse(file: &SourceFile) -> crate::Result<FileDescriptorProto> {
    let text = file.text.strip_prefix('\u{feff}').unwrap_or(&file.text);
    protox::file::File::from_source(&file.name, text)
        .map(|f| f.file_descriptor_proto().clone())
        .map_err(|e| {
            use miette::Diagnostic;
            let mut err = crate::Error::new(crate::ErrorKind::Parse, e.to_string())
                .in_file(file.name.clone())
                .with_hint("fix the syntax at this line; `protoc` or `buf build` report the same error");
            if let Some(offset) = e.labels().and_then(|mut l| l.next()).map(|l| l.offset()) {
                err = err.at(crate::source::location_at(&file.name, text, offset));
            }
            err
        })
}

/// Lints one file (its registry path, when known, feeds `package-directory-match`).
pub fn lint_path(file: &SourceFile, path: &str, config: &LintConfig) -> crate::Result<Vec<Finding>> {
    let proto = parse(file)?;
    let mut spans = HashMap::new();
    if let Some(info) = &proto.source_code_info {
        for l in &info.location {
            if l.span.len() >= 3 {
                spans.entry(l.path.clone()).or_insert((
                    l.span[0].max(0) as u32 + 1,
                    l.span[1].max(0) as u32 + 1,
                    l.leading_comments.as_deref().is_some_and(|c| !c.trim().is_empty()),
                ));
            }
        }
    }
    let all = visits(&proto);
    let mut findings = Vec::new();
    for (rule, level) in active(config) {
        let mut cx = Cx {
            file,
            path,
            proto: &proto,
            spans: std::mem::take(&mut spans),
            rule,
            level,
            here: vec![],
            name: String::new(),
            findings: Vec::new(),
        };
        for v in &all {
            cx.here.clone_from(&v.path);
            cx.name.clone_from(&v.name);
            (rule.check)(&mut cx, &v.node);
        }
        spans = cx.spans;
        findings.extend(cx.findings);
    }
    findings.sort_by(|a, b| (a.line, a.column, a.rule).cmp(&(b.line, b.column, b.rule)));
    Ok(findings)
}

/// Lints one file (through the format trait, which has no path: the shown name is used).
pub fn lint(file: &SourceFile, config: &LintConfig) -> Vec<Finding> {
    lint_path(file, &file.name, config).unwrap_or_default()
}

/// `PascalCase`: an upper-case letter first, then letters and digits.
pub fn is_pascal(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_uppercase()) && s.chars().all(|c| c.is_ascii_alphanumeric())
}

/// `lower_snake_case`: lower-case letters, digits and single underscores inside.
pub fn is_lower_snake(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        && !s.contains("__")
        && !s.ends_with('_')
}

/// `UPPER_SNAKE_CASE`.
pub fn is_upper_snake(s: &str) -> bool {
    s.chars().next().is_some_and(|c| c.is_ascii_uppercase())
        && s.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_')
        && !s.contains("__")
        && !s.ends_with('_')
}

/// `FooBar` → `FOO_BAR`, `HTTPStatus` → `HTTP_STATUS`.
pub fn upper_snake(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::new();
    for (i, c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            let prev = chars[i - 1];
            let next_lower = chars.get(i + 1).is_some_and(|n| n.is_ascii_lowercase());
            if prev.is_ascii_lowercase() || prev.is_ascii_digit() || (prev.is_ascii_uppercase() && next_lower) {
                out.push('_');
            }
        }
        out.push(c.to_ascii_uppercase());
    }
    out
}

/// `fooBar` / `FooBar` → `foo_bar`.
pub fn lower_snake(s: &str) -> String {
    upper_snake(s).to_ascii_lowercase()
}

/// `foo_bar` → `FooBar`, `fooBar` → `FooBar`.
pub fn pascal(s: &str) -> String {
    if !s.contains('_') {
        let mut c = s.chars();
        return c
            .next()
            .map(|f| f.to_ascii_uppercase().to_string() + c.as_str())
            .unwrap_or_default();
    }
    s.split('_')
        .filter(|p| !p.is_empty())
        .map(|p| {
            let mut c = p.chars();
            c.next()
                .map(|f| f.to_ascii_uppercase().to_string() + &c.as_str().to_ascii_lowercase())
                .unwrap_or_default()
        })
        .collect()
}
