//! Comparing two GraphQL schemas: the engine pairs old and new elements once (types by name,
//! then their fields, arguments, input fields, enum values, union members, implemented
//! interfaces; directive definitions, their locations and arguments; the schema's root
//! operations), and every rule of [`rules::ALL`] decides about every pair.
//!
//! Effects follow DESIGN §7 for an API: `narrows` is what breaks old clients against the new
//! server (an operation stops validating, a response may hold what the old schema ruled
//! out), `widens` is what breaks new clients against the old server (the schema offers or
//! promises more). GraphQL's own level (breaking, dangerous, safe) is each rule's
//! [`rule::Level`]. An element that differs in a way no rule claims is reported as
//! `unclassified-sdl-change`, never silently passed.

pub mod rule;
pub mod rules;

use super::load::Sdl;
use super::model::{self, Polarity};
use crate::change::{Change, DiffReport, Effect, Options, Place, Side};
use apollo_compiler::ast::{DirectiveDefinition, DirectiveLocation, EnumValueDefinition, FieldDefinition};
use apollo_compiler::ast::{InputValueDefinition, OperationType};
use apollo_compiler::parser::SourceSpan;
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::{Name, Node};
use rule::GraphQlRule;
use std::collections::BTreeSet;

/// Who holds an argument.
#[derive(Debug, Clone, Copy)]
pub enum ArgOwner<'a> {
    Field { ty: &'a str, field: &'a str },
    Directive(&'a str),
}

/// Two versions of one element; `None` where it does not exist.
#[derive(Debug, Clone, Copy)]
pub struct Pair<T> {
    pub old: Option<T>,
    pub new: Option<T>,
}

impl<T: Copy> Pair<T> {
    pub fn both(&self) -> Option<(T, T)> {
        Some((self.old?, self.new?))
    }
    pub fn added(&self) -> Option<T> {
        if self.old.is_none() { self.new } else { None }
    }
    pub fn removed(&self) -> Option<T> {
        if self.new.is_none() { self.old } else { None }
    }
    /// One side.
    pub fn get(&self, side: Side) -> Option<T> {
        match side {
            Side::Old => self.old,
            Side::New => self.new,
        }
    }
}

/// One paired element of the two schemas.
#[derive(Debug, Clone, Copy)]
pub enum Element<'a> {
    /// The schema definition: root operation types, description, directives.
    Schema,
    Type {
        name: &'a str,
        pair: Pair<&'a ExtendedType>,
    },
    /// A field of an object type or interface (the same kind on both sides).
    Field {
        owner: &'a str,
        owner_kind: &'static str,
        name: &'a str,
        pair: Pair<&'a Node<FieldDefinition>>,
    },
    Argument {
        owner: ArgOwner<'a>,
        name: &'a str,
        pair: Pair<&'a Node<InputValueDefinition>>,
    },
    InputField {
        owner: &'a str,
        name: &'a str,
        pair: Pair<&'a Node<InputValueDefinition>>,
    },
    EnumValue {
        owner: &'a str,
        name: &'a str,
        pair: Pair<&'a Node<EnumValueDefinition>>,
        /// Where the enum is used, on either side (a type used nowhere counts as both).
        polarity: Polarity,
    },
    UnionMember {
        owner: &'a str,
        member: &'a str,
        pair: Pair<&'a Name>,
    },
    /// An interface implemented by an object type or an interface.
    Implements {
        owner: &'a str,
        interface: &'a str,
        pair: Pair<&'a Name>,
    },
    Directive {
        name: &'a str,
        pair: Pair<&'a Node<DirectiveDefinition>>,
    },
    DirectiveLocation {
        directive: &'a str,
        location: DirectiveLocation,
        pair: Pair<&'a Node<DirectiveDefinition>>,
    },
}

impl<'a> Element<'a> {
    /// The element's schema coordinate (`Type.field(arg:)`, `@dir(arg:)`), with SDL's own
    /// separators for memberships: `Union|Member`, `Type&Interface`, `@dir|LOCATION`.
    pub fn coordinate(&self) -> String {
        match self {
            Element::Schema => "schema".into(),
            Element::Type { name, .. } => name.to_string(),
            Element::Field { owner, name, .. } => format!("{owner}.{name}"),
            Element::Argument {
                owner: ArgOwner::Field { ty, field },
                name,
                ..
            } => format!("{ty}.{field}({name}:)"),
            Element::Argument {
                owner: ArgOwner::Directive(d),
                name,
                ..
            } => format!("@{d}({name}:)"),
            Element::InputField { owner, name, .. } | Element::EnumValue { owner, name, .. } => {
                format!("{owner}.{name}")
            }
            Element::UnionMember { owner, member, .. } => format!("{owner}|{member}"),
            Element::Implements { owner, interface, .. } => format!("{owner}&{interface}"),
            Element::Directive { name, .. } => format!("@{name}"),
            Element::DirectiveLocation {
                directive, location, ..
            } => format!("@{directive}|{}", location.name()),
        }
    }

    /// The element in words, for messages: "field `Query.orders`".
    pub fn what(&self) -> String {
        let noun = match self {
            Element::Schema => return "the schema definition".into(),
            Element::Type { pair, .. } => pair.new.or(pair.old).map_or("type", |t| model::kind_name(t)),
            Element::Field { .. } => "field",
            Element::Argument { .. } => "argument",
            Element::InputField { .. } => "input field",
            Element::EnumValue { .. } => "enum value",
            Element::UnionMember { .. } => "union member",
            Element::Implements { .. } => "implementation",
            Element::Directive { .. } => "directive",
            Element::DirectiveLocation { .. } => "directive location",
        };
        format!("{noun} `{}`", self.coordinate())
    }

    /// Where the element is written on one side (its name, where it has one).
    pub fn span(&self, side: Side, cx: &Cx) -> Option<SourceSpan> {
        match self {
            Element::Schema => {
                let s = cx.sdl(side);
                s.schema.schema_definition.location()
            }
            Element::Type { pair, .. } => pair
                .get(side)
                .and_then(|t: &ExtendedType| t.name().location().or(t.location())),
            Element::Field { pair, .. } => pair.get(side).and_then(|f: &Node<FieldDefinition>| f.name.location()),
            Element::Argument { pair, .. } | Element::InputField { pair, .. } => pair
                .get(side)
                .and_then(|f: &Node<InputValueDefinition>| f.name.location()),
            Element::EnumValue { pair, .. } => pair
                .get(side)
                .and_then(|v: &Node<EnumValueDefinition>| v.value.location()),
            Element::UnionMember { pair, .. } | Element::Implements { pair, .. } => {
                pair.get(side).and_then(|n: &Name| n.location())
            }
            Element::Directive { pair, .. } | Element::DirectiveLocation { pair, .. } => pair
                .get(side)
                .and_then(|d: &Node<DirectiveDefinition>| d.name.location().or(d.location())),
        }
    }

    /// Whether the element exists on both sides.
    pub fn on_both_sides(&self) -> bool {
        match self {
            Element::Schema => true,
            Element::Type { pair, .. } => pair.both().is_some(),
            Element::Field { pair, .. } => pair.both().is_some(),
            Element::Argument { pair, .. } | Element::InputField { pair, .. } => pair.both().is_some(),
            Element::EnumValue { pair, .. } => pair.both().is_some(),
            Element::UnionMember { pair, .. } | Element::Implements { pair, .. } => pair.both().is_some(),
            Element::Directive { pair, .. } => pair.both().is_some(),
            Element::DirectiveLocation { .. } => false,
        }
    }

    /// The description on one side (trimmed; `None` when absent or blank).
    pub fn description(&self, side: Side, cx: &Cx<'a>) -> Option<&'a str> {
        match self {
            Element::Schema => model::description(cx.sdl(side).schema.schema_definition.description.as_ref()),
            Element::Type { pair, .. } => pair
                .get(side)
                .and_then(|t: &'a ExtendedType| model::description(t.description())),
            Element::Field { pair, .. } => pair
                .get(side)
                .and_then(|f: &'a Node<FieldDefinition>| model::description(f.description.as_ref())),
            Element::Argument { pair, .. } | Element::InputField { pair, .. } => pair
                .get(side)
                .and_then(|f: &'a Node<InputValueDefinition>| model::description(f.description.as_ref())),
            Element::EnumValue { pair, .. } => pair
                .get(side)
                .and_then(|v: &'a Node<EnumValueDefinition>| model::description(v.description.as_ref())),
            Element::Directive { pair, .. } => pair
                .get(side)
                .and_then(|d: &'a Node<DirectiveDefinition>| model::description(d.description.as_ref())),
            _ => None,
        }
    }

    /// The deprecation reason on one side, for the elements `@deprecated` applies to.
    pub fn deprecation(&self, side: Side) -> Option<String> {
        match self {
            Element::Field { pair, .. } => pair
                .get(side)
                .and_then(|f: &Node<FieldDefinition>| model::deprecation(&f.directives)),
            Element::Argument { pair, .. } | Element::InputField { pair, .. } => pair
                .get(side)
                .and_then(|f: &Node<InputValueDefinition>| model::deprecation(&f.directives)),
            Element::EnumValue { pair, .. } => pair
                .get(side)
                .and_then(|v: &Node<EnumValueDefinition>| model::deprecation(&v.directives)),
            _ => None,
        }
    }

    /// The directives applied to the element on one side (except `@deprecated` and
    /// `@oneOf`, which rules of their own decide), canonical and sorted.
    pub fn applied(&self, side: Side, cx: &Cx) -> Vec<String> {
        match self {
            Element::Schema => model::applied(
                cx.sdl(side)
                    .schema
                    .schema_definition
                    .directives
                    .iter()
                    .map(|c| &*c.node),
            ),
            Element::Type { pair, .. } => pair
                .get(side)
                .map(|t: &ExtendedType| model::applied(t.directives().iter().map(|c| &*c.node)))
                .unwrap_or_default(),
            Element::Field { pair, .. } => pair
                .get(side)
                .map(|f: &Node<FieldDefinition>| model::applied(f.directives.iter().map(|d| &**d)))
                .unwrap_or_default(),
            Element::Argument { pair, .. } | Element::InputField { pair, .. } => pair
                .get(side)
                .map(|f: &Node<InputValueDefinition>| model::applied(f.directives.iter().map(|d| &**d)))
                .unwrap_or_default(),
            Element::EnumValue { pair, .. } => pair
                .get(side)
                .map(|v: &Node<EnumValueDefinition>| model::applied(v.directives.iter().map(|d| &**d)))
                .unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// Everything the element itself says (not its children), canonical: two sides that
    /// differ here must be claimed by some rule.
    fn own_text(&self, side: Side, cx: &Cx) -> Option<String> {
        let mut s = String::new();
        match self {
            Element::Schema => {
                let d = &cx.sdl(side).schema.schema_definition;
                for (op, name) in [
                    ("query", &d.query),
                    ("mutation", &d.mutation),
                    ("subscription", &d.subscription),
                ] {
                    s.push_str(&format!("{op}:{};", name.as_ref().map_or("", |n| n.name.as_str())));
                }
            }
            Element::Type { pair, .. } => {
                let t = pair.get(side)?;
                s.push_str(model::kind_name(t));
                if let ExtendedType::InputObject(o) = t {
                    s.push_str(&format!(" oneOf:{}", o.directives.get("oneOf").is_some()));
                }
            }
            Element::Field { pair, .. } => {
                s.push_str(&pair.get(side)?.ty.to_string());
            }
            Element::Argument { pair, .. } | Element::InputField { pair, .. } => {
                let f = pair.get(side)?;
                s.push_str(&f.ty.to_string());
                if let Some(v) = &f.default_value {
                    s.push_str(" = ");
                    s.push_str(&model::canonical_value(v));
                }
            }
            Element::Directive { pair, .. } => {
                // Locations and arguments are elements of their own.
                let d = pair.get(side)?;
                s.push_str(if d.repeatable { "repeatable" } else { "" });
            }
            Element::EnumValue { pair, .. } => {
                pair.get(side)?;
            }
            Element::UnionMember { .. } | Element::Implements { .. } | Element::DirectiveLocation { .. } => {
                return None;
            }
        }
        s.push_str(&format!(
            "\ndescription:{:?}\ndeprecation:{:?}\napplied:{:?}",
            self.description(side, cx),
            self.deprecation(side),
            self.applied(side, cx)
        ));
        Some(s)
    }
}

/// A finding before it becomes a [`Change`].
struct Raw {
    rule: &'static GraphQlRule,
    effect: Effect,
    coordinate: String,
    old: Option<SourceSpan>,
    new: Option<SourceSpan>,
    message: String,
    witness: Option<super::witness::Plan>,
}

/// The comparison's state: both schemas, and what the rules found.
pub struct Cx<'a> {
    pub old: &'a Sdl,
    pub new: &'a Sdl,
    rule: &'static GraphQlRule,
    raw: Vec<Raw>,
}

impl<'a> Cx<'a> {
    pub fn sdl(&self, side: Side) -> &'a Sdl {
        match side {
            Side::Old => self.old,
            Side::New => self.new,
        }
    }

    /// Reports a finding of the running rule about `el`, with the rule's effect.
    pub fn emit(&mut self, el: &Element, message: impl Into<String>) -> &mut Self {
        let effect = self.rule.effect;
        self.emit_with_effect(el, effect, message)
    }

    /// Reports a finding with an effect of its own.
    pub fn emit_with_effect(&mut self, el: &Element, effect: Effect, message: impl Into<String>) -> &mut Self {
        let (old, new) = (el.span(Side::Old, self), el.span(Side::New, self));
        self.raw.push(Raw {
            rule: self.rule,
            effect,
            coordinate: el.coordinate(),
            old,
            new,
            message: message.into(),
            witness: None,
        });
        self
    }

    /// Attaches a witness plan to the last finding: the witness builder turns it into an
    /// operation (or a response) and verifies it against both schemas.
    pub fn witness(&mut self, plan: super::witness::Plan) {
        if let Some(r) = self.raw.last_mut() {
            r.witness = Some(plan);
        }
    }

    /// Where a named type is used, on either side (a type used nowhere counts as both).
    pub fn polarity(&self, ty: &str) -> Polarity {
        self.old
            .usage()
            .of_type(ty)
            .union(self.new.usage().of_type(ty))
            .or_both()
    }
}

/// The elements of two schemas, paired by name.
fn elements<'a>(old: &'a Sdl, new: &'a Sdl, cx_polarity: &dyn Fn(&str) -> Polarity) -> Vec<Element<'a>> {
    let mut out = vec![Element::Schema];
    let (os, ns) = (&old.schema, &new.schema);
    let user = |t: &&ExtendedType| !t.is_built_in();
    let mut names: Vec<&'a Name> = os.types.iter().filter(|(_, t)| user(t)).map(|(n, _)| n).collect();
    for (n, t) in &ns.types {
        if user(&t) && !os.types.get(n).is_some_and(|o| user(&o)) {
            names.push(n);
        }
    }
    for name in names {
        let pair = Pair {
            old: os.types.get(name).filter(user),
            new: ns.types.get(name).filter(user),
        };
        out.push(Element::Type { name, pair });
        let Some((a, b)) = pair.both() else { continue };
        if a == b || !model::same_kind(a, b) {
            continue;
        }
        match (a, b) {
            (ExtendedType::Object(a), ExtendedType::Object(b)) => {
                fields(&mut out, name, "object type", &a.fields, &b.fields);
                let ia: Vec<&Name> = a.implements_interfaces.iter().map(|c| &c.name).collect();
                let ib: Vec<&Name> = b.implements_interfaces.iter().map(|c| &c.name).collect();
                memberships(&mut out, name, &ia, &ib, false);
            }
            (ExtendedType::Interface(a), ExtendedType::Interface(b)) => {
                fields(&mut out, name, "interface", &a.fields, &b.fields);
                let ia: Vec<&Name> = a.implements_interfaces.iter().map(|c| &c.name).collect();
                let ib: Vec<&Name> = b.implements_interfaces.iter().map(|c| &c.name).collect();
                memberships(&mut out, name, &ia, &ib, false);
            }
            (ExtendedType::Union(a), ExtendedType::Union(b)) => {
                let ma: Vec<&Name> = a.members.iter().map(|c| &c.name).collect();
                let mb: Vec<&Name> = b.members.iter().map(|c| &c.name).collect();
                memberships(&mut out, name, &ma, &mb, true);
            }
            (ExtendedType::Enum(a), ExtendedType::Enum(b)) => {
                let polarity = cx_polarity(name);
                for (v, pair) in paired(
                    a.values.iter().map(|(k, c)| (k, &c.node)),
                    b.values.iter().map(|(k, c)| (k, &c.node)),
                ) {
                    if pair.both().is_some_and(|(x, y)| x == y) {
                        continue;
                    }
                    out.push(Element::EnumValue {
                        owner: name,
                        name: v,
                        pair,
                        polarity,
                    });
                }
            }
            (ExtendedType::InputObject(a), ExtendedType::InputObject(b)) => {
                for (f, pair) in paired(
                    a.fields.iter().map(|(k, c)| (k, &c.node)),
                    b.fields.iter().map(|(k, c)| (k, &c.node)),
                ) {
                    if pair.both().is_some_and(|(x, y)| x == y) {
                        continue;
                    }
                    out.push(Element::InputField {
                        owner: name,
                        name: f,
                        pair,
                    });
                }
            }
            _ => {}
        }
    }
    let user_directive = |d: &&Node<DirectiveDefinition>| !d.is_built_in();
    for (name, pair) in paired(
        os.directive_definitions.iter().filter(|(_, d)| user_directive(d)),
        ns.directive_definitions.iter().filter(|(_, d)| user_directive(d)),
    ) {
        if pair.both().is_some_and(|(x, y)| x == y) {
            continue;
        }
        out.push(Element::Directive { name, pair });
        let Some((a, b)) = pair.both() else { continue };
        let la: BTreeSet<&str> = a.locations.iter().map(|l| l.name()).collect();
        let lb: BTreeSet<&str> = b.locations.iter().map(|l| l.name()).collect();
        for l in a.locations.iter().filter(|l| !lb.contains(l.name())) {
            out.push(Element::DirectiveLocation {
                directive: name,
                location: *l,
                pair: Pair {
                    old: Some(a),
                    new: None,
                },
            });
        }
        for l in b.locations.iter().filter(|l| !la.contains(l.name())) {
            out.push(Element::DirectiveLocation {
                directive: name,
                location: *l,
                pair: Pair {
                    old: None,
                    new: Some(b),
                },
            });
        }
        for (arg, pair) in paired(
            a.arguments.iter().map(|x| (&x.name, x)),
            b.arguments.iter().map(|x| (&x.name, x)),
        ) {
            if pair.both().is_some_and(|(x, y)| x == y) {
                continue;
            }
            out.push(Element::Argument {
                owner: ArgOwner::Directive(name),
                name: arg,
                pair,
            });
        }
    }
    out
}

/// Pairs two name-keyed lists: every name of the old list (in its order), then the names
/// only the new list has.
fn paired<'a, T: Copy + 'a>(
    old: impl Iterator<Item = (&'a Name, T)>,
    new: impl Iterator<Item = (&'a Name, T)>,
) -> Vec<(&'a Name, Pair<T>)> {
    let old: Vec<(&'a Name, T)> = old.collect();
    let new: Vec<(&'a Name, T)> = new.collect();
    let index: std::collections::HashMap<&str, usize> =
        new.iter().enumerate().map(|(i, (n, _))| (n.as_str(), i)).collect();
    let mut used = vec![false; new.len()];
    let mut out = Vec::with_capacity(old.len().max(new.len()));
    for (n, v) in &old {
        let other = index.get(n.as_str()).map(|&i| {
            used[i] = true;
            new[i].1
        });
        out.push((
            *n,
            Pair {
                old: Some(*v),
                new: other,
            },
        ));
    }
    for (i, (n, v)) in new.iter().enumerate() {
        if !used[i] {
            out.push((
                *n,
                Pair {
                    old: None,
                    new: Some(*v),
                },
            ));
        }
    }
    out
}

fn fields<'a>(
    out: &mut Vec<Element<'a>>,
    owner: &'a str,
    owner_kind: &'static str,
    a: &'a apollo_compiler::collections::IndexMap<Name, apollo_compiler::schema::Component<FieldDefinition>>,
    b: &'a apollo_compiler::collections::IndexMap<Name, apollo_compiler::schema::Component<FieldDefinition>>,
) {
    for (name, pair) in paired(a.iter().map(|(k, c)| (k, &c.node)), b.iter().map(|(k, c)| (k, &c.node))) {
        if pair.both().is_some_and(|(x, y)| x == y) {
            continue;
        }
        out.push(Element::Field {
            owner,
            owner_kind,
            name,
            pair,
        });
        let Some((x, y)) = pair.both() else { continue };
        for (arg, ap) in paired(
            x.arguments.iter().map(|v| (&v.name, v)),
            y.arguments.iter().map(|v| (&v.name, v)),
        ) {
            if ap.both().is_some_and(|(p, q)| p == q) {
                continue;
            }
            out.push(Element::Argument {
                owner: ArgOwner::Field { ty: owner, field: name },
                name: arg,
                pair: ap,
            });
        }
    }
}

fn memberships<'a>(out: &mut Vec<Element<'a>>, owner: &'a str, a: &[&'a Name], b: &[&'a Name], union: bool) {
    for (m, pair) in paired(a.iter().map(|n| (*n, *n)), b.iter().map(|n| (*n, *n))) {
        if pair.both().is_some() {
            continue;
        }
        out.push(if union {
            Element::UnionMember { owner, member: m, pair }
        } else {
            Element::Implements {
                owner,
                interface: m,
                pair,
            }
        });
    }
}

/// Compares two versions of a GraphQL schema.
pub fn diff(old: &Sdl, new: &Sdl, options: &Options) -> DiffReport {
    run(old, new, options, rules::ALL)
}

/// [`diff`] with a given rule list (every rule but `unclassified-sdl-change`, which the
/// engine applies itself to whatever no rule of the list claims).
fn run(old: &Sdl, new: &Sdl, options: &Options, list: &[&'static GraphQlRule]) -> DiffReport {
    let unclassified: &'static GraphQlRule = &rules::unclassified_sdl_change::RULE;
    let mut cx = Cx {
        old,
        new,
        rule: unclassified,
        raw: Vec::new(),
    };
    let polarity = |ty: &str| old.usage().of_type(ty).union(new.usage().of_type(ty)).or_both();
    let elements = elements(old, new, &polarity);
    for el in &elements {
        let before = cx.raw.len();
        for &rule in list {
            if std::ptr::eq(rule, unclassified) {
                continue;
            }
            cx.rule = rule;
            (rule.check)(&mut cx, el);
        }
        if cx.raw.len() == before && el.on_both_sides() && el.own_text(Side::Old, &cx) != el.own_text(Side::New, &cx) {
            cx.rule = unclassified;
            (unclassified.check)(&mut cx, el);
        }
    }
    let raw = std::mem::take(&mut cx.raw);
    let place = |sdl: &Sdl, span: Option<SourceSpan>, coordinate: &str| -> Option<Place> {
        let loc = sdl.location(span)?;
        Some(Place {
            file: loc.file,
            pointer: coordinate.to_string(),
            line: loc.line,
            column: loc.column,
        })
    };
    let mut changes: Vec<(Change, Option<super::witness::Plan>)> = raw
        .into_iter()
        .map(|r| {
            let old_place = place(old, r.old, &r.coordinate);
            (
                Change {
                    rule: r.rule.id,
                    effect: r.effect,
                    breaking: false,
                    instance_path: r.coordinate.clone(),
                    old: old_place,
                    new: place(new, r.new, &r.coordinate),
                    message: r.message,
                    witness: None,
                    content_model: false,
                },
                r.witness,
            )
        })
        .collect();
    changes.sort_by(|a, b| (a.0.instance_path.as_str(), a.0.rule).cmp(&(b.0.instance_path.as_str(), b.0.rule)));
    if options.witnesses {
        super::witness::attach(old, new, &mut changes, options);
    }
    DiffReport::from_changes(
        changes.into_iter().map(|c| c.0).collect(),
        options,
        Vec::new(),
        Vec::new(),
    )
}

/// The root operation types of a schema, by operation.
pub fn roots(sdl: &Sdl) -> [(OperationType, Option<&Name>); 3] {
    let d = &sdl.schema.schema_definition;
    [
        (OperationType::Query, d.query.as_ref().map(|n| &n.name)),
        (OperationType::Mutation, d.mutation.as_ref().map(|n| &n.name)),
        (OperationType::Subscription, d.subscription.as_ref().map(|n| &n.name)),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sdl(text: &str) -> Sdl {
        let file = crate::source::SourceFile::plain("s.graphql", text.to_string());
        Sdl::load(&crate::source::MemorySource::default(), "s.graphql", file, &[]).unwrap()
    }

    /// What no rule claims is reported, never passed: without the description rule, an
    /// edited description is an unclassified (breaking) change.
    #[test]
    fn a_difference_no_rule_claims_is_unclassified() {
        let (a, b) = (sdl("type Query { a: Int }"), sdl("type Query { \"doc\" a: Int }"));
        let without: Vec<&'static GraphQlRule> = rules::ALL
            .iter()
            .copied()
            .filter(|r| r.id != "sdl-description-changed")
            .collect();
        let report = run(&a, &b, &Options::default(), &without);
        assert_eq!(report.changes.len(), 1);
        assert_eq!(report.changes[0].rule, "unclassified-sdl-change");
        assert!(!report.compatible);
        let report = run(&a, &b, &Options::default(), rules::ALL);
        assert_eq!(report.changes[0].rule, "sdl-description-changed");
    }
}
