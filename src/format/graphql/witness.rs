//! Witnesses for GraphQL changes (DESIGN §7): an operation that validates against one
//! schema and not the other, or — where validation cannot tell (a field made nullable, a new
//! enum value in a response) — an operation valid against both with a response that one
//! schema allows and the other rules out.
//!
//! Rules attach a [`Plan`] to their findings; [`attach`] builds each plan on the side it
//! names (a path from a root operation type to the element, required arguments filled with
//! sample values) and verifies it with apollo-compiler's validation against both schemas.
//! A witness that does not verify is dropped, never printed.

use super::diff::roots;
use super::load::Sdl;
use crate::change::{Change, Effect, Options, Side, Witness};
use apollo_compiler::ast::{DirectiveLocation, OperationType, Type};
use apollo_compiler::schema::ExtendedType;
use apollo_compiler::validation::Valid;
use apollo_compiler::{ExecutableDocument, Name};
use serde_json::{Value, json};
use std::collections::{HashMap, VecDeque};
use std::fmt::Write;

/// Who holds an argument.
#[derive(Debug, Clone)]
pub enum OwnerRef {
    Field { ty: String, field: String },
    Directive(String),
}

/// What to pass for an argument or input field.
#[derive(Debug, Clone)]
pub enum ArgValue {
    /// A sample value of the declared type.
    Sample,
    /// `null`.
    Null,
    /// A variable of the declared type.
    Variable,
    /// An enum value.
    Enum(String),
}

/// How to build a witness for a finding.
#[derive(Debug, Clone)]
pub enum Plan {
    /// Name the type: a fragment on an output type, a variable of an input type.
    UseType { side: Side, ty: String },
    /// An operation of this kind.
    UseRoot { side: Side, op: OperationType },
    /// Select a field of a type.
    SelectField { side: Side, ty: String, field: String },
    /// A response holding null where the old schema promised a value.
    NullResponse { ty: String, field: String },
    /// The field's type changed: an operation if validation tells, else a response.
    FieldType { ty: String, field: String },
    /// Pass an argument of a field or directive.
    PassArgument {
        side: Side,
        owner: OwnerRef,
        arg: String,
        value: ArgValue,
    },
    /// Send a value of an input object (its required fields, or every field).
    UseInput {
        side: Side,
        input: String,
        all_fields: bool,
    },
    /// Send a value of an input object with one field set.
    PassInputField {
        side: Side,
        input: String,
        field: String,
        value: ArgValue,
    },
    /// Send an enum value.
    PassEnum {
        side: Side,
        enumeration: String,
        value: String,
    },
    /// A response holding an enum value only one side allows.
    EnumResponse {
        side: Side,
        enumeration: String,
        value: String,
    },
    /// A response holding an object of a type that only the new side allows there.
    TypenameResponse { abstract_type: String, member: String },
    /// A fragment on `on` spread inside a selection of `ty`.
    Spread { side: Side, ty: String, on: String },
    /// Use a directive (at an executable location).
    UseDirective {
        side: Side,
        directive: String,
        location: Option<String>,
        repeat: bool,
    },
}

/// At most this many witnesses are built per comparison (breaking findings first).
const MAX_WITNESSES: usize = 64;

/// Builds and verifies the witnesses of planned findings.
pub fn attach(old: &Sdl, new: &Sdl, changes: &mut [(Change, Option<Plan>)], _options: &Options) {
    let mut order: Vec<usize> = (0..changes.len()).filter(|&i| changes[i].1.is_some()).collect();
    order.sort_by_key(|&i| !matches!(changes[i].0.effect, Effect::Narrows | Effect::Reshapes));
    let builder = Builder {
        sides: [Side::Old, Side::New].map(|s| Schema {
            sdl: if s == Side::Old { old } else { new },
            reach: std::cell::OnceCell::new(),
        }),
        key: std::cell::RefCell::new(String::new()),
    };
    for i in order.into_iter().take(MAX_WITNESSES) {
        let plan = changes[i].1.take().unwrap_or_else(|| unreachable!("filtered above"));
        changes[i].0.witness = builder.build(&plan);
    }
}

struct Schema<'a> {
    sdl: &'a Sdl,
    reach: std::cell::OnceCell<Reach>,
}

/// How each output type is reached from a root operation type: a breadth-first tree.
#[derive(Default)]
struct Reach {
    /// type → (parent type, step from the parent).
    parent: HashMap<String, (String, Step)>,
    /// root type → operation.
    roots: HashMap<String, OperationType>,
}

/// A field argument that takes a type: (owner type, field, argument, the chain of input
/// objects and their fields that lead from the argument's type to the wanted one).
type ArgumentUse = (String, String, String, Vec<(String, String)>);

#[derive(Clone)]
enum Step {
    Field(String),
    Fragment(String),
}

impl Schema<'_> {
    fn schema(&self) -> &apollo_compiler::Schema {
        &self.sdl.schema
    }
    fn valid(&self) -> &Valid<apollo_compiler::Schema> {
        Valid::assume_valid_ref(&self.sdl.schema)
    }

    fn reach(&self) -> &Reach {
        self.reach.get_or_init(|| {
            let s = self.schema();
            let mut r = Reach::default();
            let implementers = s.implementers_map();
            // Queries first: a type a query reaches is never reached through a mutation.
            for (op, name) in roots(self.sdl) {
                let Some(n) = name else { continue };
                if r.roots.contains_key(n.as_str()) || r.parent.contains_key(n.as_str()) {
                    continue;
                }
                r.roots.insert(n.to_string(), op);
                let mut queue = VecDeque::from([n.to_string()]);
                while let Some(t) = queue.pop_front() {
                    let mut next: Vec<(String, Step)> = Vec::new();
                    match s.types.get(t.as_str()) {
                        Some(ExtendedType::Object(o)) => {
                            for (f, def) in &o.fields {
                                next.push((def.ty.inner_named_type().to_string(), Step::Field(f.to_string())));
                            }
                            for i in &o.implements_interfaces {
                                next.push((i.name.to_string(), Step::Fragment(i.name.to_string())));
                            }
                        }
                        Some(ExtendedType::Interface(o)) => {
                            for (f, def) in &o.fields {
                                next.push((def.ty.inner_named_type().to_string(), Step::Field(f.to_string())));
                            }
                            if let Some(imp) = implementers.get(t.as_str()) {
                                for c in imp.objects.iter().chain(&imp.interfaces) {
                                    next.push((c.to_string(), Step::Fragment(c.to_string())));
                                }
                            }
                        }
                        Some(ExtendedType::Union(u)) => {
                            for m in &u.members {
                                next.push((m.name.to_string(), Step::Fragment(m.name.to_string())));
                            }
                        }
                        _ => {}
                    }
                    for (ty, step) in next {
                        if r.roots.contains_key(&ty) || r.parent.contains_key(&ty) {
                            continue;
                        }
                        if !matches!(
                            s.types.get(ty.as_str()),
                            Some(ExtendedType::Object(_) | ExtendedType::Interface(_) | ExtendedType::Union(_))
                        ) {
                            continue;
                        }
                        r.parent.insert(ty.clone(), (t.clone(), step));
                        queue.push_back(ty);
                    }
                }
            }
            r
        })
    }

    /// The way from a root to `ty`: the operation, and the steps (root first).
    fn path_to(&self, ty: &str) -> Option<(OperationType, Vec<Step>)> {
        let r = self.reach();
        let mut steps = Vec::new();
        let mut at = ty.to_string();
        let mut guard = 0;
        loop {
            if let Some(op) = r.roots.get(&at) {
                steps.reverse();
                return Some((*op, steps));
            }
            let (parent, step) = r.parent.get(&at)?;
            steps.push(step.clone());
            at = parent.clone();
            guard += 1;
            if guard > 10_000 {
                return None;
            }
        }
    }

    /// The arguments a field requires, as `a: 1, b: "text"` (empty when none).
    fn required_args(&self, ty: &str, field: &str, except: &str) -> String {
        let Some(def) = field_def(self.schema(), ty, field) else {
            return String::new();
        };
        let mut out = Vec::new();
        for a in &def.arguments {
            if a.name != except && a.ty.is_non_null() && a.default_value.is_none() {
                out.push(format!("{}: {}", a.name, self.sample_literal(&a.ty, 0)));
            }
        }
        out.join(", ")
    }

    /// A selection of a field (with its required arguments, and `extra` arguments).
    fn select(&self, ty: &str, field: &str, extra: &str, except: &str) -> String {
        let mut args = self.required_args(ty, field, except);
        if !extra.is_empty() {
            if !args.is_empty() {
                args.push_str(", ");
            }
            args.push_str(extra);
        }
        let mut s = field.to_string();
        if !args.is_empty() {
            let _ = write!(s, "({args})");
        }
        if let Some(def) = field_def(self.schema(), ty, field)
            && self.is_composite(def.ty.inner_named_type())
        {
            s.push_str(" { __typename }");
        }
        s
    }

    fn is_composite(&self, name: &str) -> bool {
        matches!(
            self.schema().types.get(name),
            Some(ExtendedType::Object(_) | ExtendedType::Interface(_) | ExtendedType::Union(_))
        )
    }

    /// An operation reaching `ty` and selecting `tail` there, with the variables it declares.
    fn operation_at(&self, ty: &str, tail: &str, variables: &str) -> Option<String> {
        let (op, steps) = self.path_to(ty)?;
        let mut open = String::new();
        let mut close = String::new();
        let mut at = self.root_name(op)?;
        for step in &steps {
            match step {
                Step::Field(f) => {
                    let def = field_def(self.schema(), &at, f)?;
                    let args = self.required_args(&at, f, "");
                    if args.is_empty() {
                        let _ = write!(open, "{f} {{ ");
                    } else {
                        let _ = write!(open, "{f}({args}) {{ ");
                    }
                    at = def.ty.inner_named_type().to_string();
                }
                Step::Fragment(on) => {
                    // `__typename` says which type the response object is.
                    let _ = write!(open, "__typename ... on {on} {{ ");
                    at = on.clone();
                }
            }
            close.push_str(" }");
        }
        Some(format!("{} {variables}{{ {open}{tail}{close} }}", op_keyword(op)))
    }

    fn root_name(&self, op: OperationType) -> Option<String> {
        roots(self.sdl)
            .into_iter()
            .find(|(o, _)| *o == op)
            .and_then(|(_, n)| n.map(|n| n.to_string()))
    }

    /// A literal of an input type; nested input objects carry their required fields.
    fn sample_literal(&self, ty: &Type, depth: usize) -> String {
        match ty {
            Type::List(inner) | Type::NonNullList(inner) => format!("[{}]", self.sample_literal(inner, depth)),
            Type::Named(n) | Type::NonNullNamed(n) => self.named_literal(n, depth, None),
        }
    }

    fn named_literal(&self, name: &str, depth: usize, set: Option<(&str, &str)>) -> String {
        match self.schema().types.get(name) {
            Some(ExtendedType::Enum(e)) => e.values.keys().next().map_or("null".into(), |v| v.to_string()),
            Some(ExtendedType::InputObject(o)) => {
                if depth > 8 {
                    return "{}".into();
                }
                let mut parts = Vec::new();
                for (f, def) in &o.fields {
                    if let Some((target, value)) = set
                        && f == target
                    {
                        if !value.is_empty() {
                            parts.push(format!("{f}: {value}"));
                        }
                        continue;
                    }
                    if def.ty.is_non_null() && def.default_value.is_none() {
                        parts.push(format!("{f}: {}", self.sample_literal(&def.ty, depth + 1)));
                    }
                }
                if let Some((target, value)) = set
                    && !o.fields.contains_key(target)
                    && !value.is_empty()
                {
                    parts.push(format!("{target}: {value}"));
                }
                format!("{{{}}}", parts.join(", "))
            }
            _ => scalar_literal(name),
        }
    }

    /// Every field set, for `@oneOf` witnesses.
    fn all_fields_literal(&self, input: &str) -> Option<String> {
        let Some(ExtendedType::InputObject(o)) = self.schema().types.get(input) else {
            return None;
        };
        if o.fields.len() < 2 {
            return None;
        }
        let parts: Vec<String> = o
            .fields
            .iter()
            .map(|(f, d)| format!("{f}: {}", self.sample_literal(&d.ty, 1)))
            .collect();
        Some(format!("{{{}}}", parts.join(", ")))
    }

    /// A field argument (reachable from a root) whose type names `target`, directly or
    /// through input objects: (owner type, field, argument, chain of input fields).
    fn argument_using(&self, target: &str) -> Option<ArgumentUse> {
        let s = self.schema();
        // Input objects holding `target`, breadth first: holder → (field, inner type).
        let mut via: HashMap<String, (String, String)> = HashMap::new();
        let mut frontier = vec![target.to_string()];
        let mut found: Option<ArgumentUse> = None;
        for _ in 0..4 {
            for (tname, t) in &s.types {
                let (ExtendedType::Object(_) | ExtendedType::Interface(_)) = t else {
                    continue;
                };
                if !self.reach().roots.contains_key(tname.as_str()) && !self.reach().parent.contains_key(tname.as_str())
                {
                    continue;
                }
                let fields = match t {
                    ExtendedType::Object(o) => &o.fields,
                    ExtendedType::Interface(o) => &o.fields,
                    _ => continue,
                };
                for (fname, f) in fields {
                    for a in &f.arguments {
                        let inner = a.ty.inner_named_type().as_str();
                        if frontier.iter().any(|x| x == inner) {
                            let mut chain = Vec::new();
                            let mut at = inner.to_string();
                            while at != target {
                                let Some((field, next)) = via.get(&at) else { break };
                                chain.push((at.clone(), field.clone()));
                                at = next.clone();
                            }
                            found = Some((tname.to_string(), fname.to_string(), a.name.to_string(), chain));
                            break;
                        }
                    }
                    if found.is_some() {
                        break;
                    }
                }
                if found.is_some() {
                    break;
                }
            }
            if found.is_some() {
                return found;
            }
            let mut next = Vec::new();
            for (tname, t) in &s.types {
                let ExtendedType::InputObject(o) = t else { continue };
                if via.contains_key(tname.as_str()) || frontier.iter().any(|x| x == tname.as_str()) {
                    continue;
                }
                if let Some((f, d)) = o
                    .fields
                    .iter()
                    .find(|(_, d)| frontier.iter().any(|x| x == d.ty.inner_named_type().as_str()))
                {
                    via.insert(tname.to_string(), (f.to_string(), d.ty.inner_named_type().to_string()));
                    next.push(tname.to_string());
                }
            }
            if next.is_empty() {
                return None;
            }
            frontier = next;
        }
        None
    }

    /// An operation passing `value` (a literal) where `target` (an input type) is expected,
    /// nested inside the input objects that lead there.
    fn operation_passing(&self, target: &str, inner_value: &str) -> Option<String> {
        let (ty, field, arg, chain) = self.argument_using(target)?;
        let def = field_def(self.schema(), &ty, &field)?;
        let arg_def = def.arguments.iter().find(|a| a.name == arg.as_str())?;
        // Build from the innermost value outwards.
        let mut value = inner_value.to_string();
        for (holder, f) in chain.iter().rev() {
            value = self.named_literal(holder, 1, Some((f, &value)));
        }
        let value = wrap_lists(&arg_def.ty, &value);
        let tail = self.select(&ty, &field, &format!("{arg}: {value}"), &arg);
        self.operation_at(&ty, &tail, "")
    }

    /// Validates an operation; `Err` holds every error.
    fn validate(&self, text: &str) -> Result<(), Vec<String>> {
        match ExecutableDocument::parse_and_validate(self.valid(), text, "witness.graphql") {
            Ok(_) => Ok(()),
            Err(e) => Err(e.errors.iter().map(|d| d.error.to_string()).collect()),
        }
    }

    /// The first object field (reachable) whose type names `target`: (owner, field).
    fn field_returning(&self, target: &str) -> Option<(String, String)> {
        let r = self.reach();
        let mut best: Option<(usize, String, String)> = None;
        for (tname, t) in &self.schema().types {
            let fields = match t {
                ExtendedType::Object(o) => &o.fields,
                ExtendedType::Interface(o) => &o.fields,
                _ => continue,
            };
            if !r.roots.contains_key(tname.as_str()) && !r.parent.contains_key(tname.as_str()) {
                continue;
            }
            for (f, def) in fields {
                if def.ty.inner_named_type() == target {
                    let depth = self.path_to(tname).map_or(usize::MAX, |(_, s)| s.len());
                    if best.as_ref().is_none_or(|b| depth < b.0) {
                        best = Some((depth, tname.to_string(), f.to_string()));
                    }
                }
            }
        }
        best.map(|(_, t, f)| (t, f))
    }

    /// The response data for an operation reaching `ty` (built by [`Schema::operation_at`])
    /// with `leaf` under `field`.
    fn response_at(&self, ty: &str, field: &str, leaf: Value) -> Option<Value> {
        let (op, steps) = self.path_to(ty)?;
        let mut at = self.root_name(op)?;
        let mut trail: Vec<(String, Option<Type>, Option<String>)> = Vec::new();
        for step in &steps {
            match step {
                Step::Field(f) => {
                    let def = field_def(self.schema(), &at, f)?;
                    trail.push((f.clone(), Some(def.ty.clone()), None));
                    at = def.ty.inner_named_type().to_string();
                }
                Step::Fragment(on) => {
                    trail.push((String::new(), None, Some(on.clone())));
                    at = on.clone();
                }
            }
        }
        let mut value = json!({ field: leaf });
        for (f, ty, on) in trail.into_iter().rev() {
            match (ty, on) {
                (Some(t), _) => {
                    let wrapped = wrap_json(&t, value);
                    value = json!({ f: wrapped });
                }
                (None, Some(on)) => {
                    if let Value::Object(m) = &mut value {
                        m.insert("__typename".into(), json!(on));
                    }
                }
                _ => {}
            }
        }
        Some(json!({ "data": value }))
    }
}

/// Which side's rules apply.
struct Builder<'a> {
    sides: [Schema<'a>; 2],
    /// The name the plan is about: of the failing side's validation errors, the one that
    /// names it is quoted.
    key: std::cell::RefCell<String>,
}

impl Builder<'_> {
    fn side(&self, s: Side) -> &Schema<'_> {
        &self.sides[s.index()]
    }

    fn build(&self, plan: &Plan) -> Option<Witness> {
        *self.key.borrow_mut() = plan.key();
        match plan {
            Plan::UseType { side, ty } => self.use_type(*side, ty),
            Plan::UseRoot { side, op } => {
                let s = self.side(*side);
                let root = s.root_name(*op)?;
                let (field, _) = object_fields(s.schema(), &root)?.next()?;
                let tail = s.select(&root, field, "", "");
                self.operation(*side, format!("{} {{ {tail} }}", op_keyword(*op)), json!({}))
            }
            Plan::SelectField { side, ty, field } => {
                let s = self.side(*side);
                let tail = s.select(ty, field, "", "");
                let text = s.operation_at(ty, &tail, "")?;
                self.operation(*side, text, json!({}))
            }
            Plan::PassArgument {
                side,
                owner: OwnerRef::Field { ty, field },
                arg,
                value,
            } => {
                let s = self.side(*side);
                let def = field_def(s.schema(), ty, field)?;
                let a = def.arguments.iter().find(|a| a.name == arg.as_str())?;
                let (literal, variables, decl) = match value {
                    ArgValue::Variable => (
                        "$value".to_string(),
                        json!({ "value": s.sample_json(&a.ty, 0) }),
                        format!("($value: {}) ", a.ty),
                    ),
                    other => (literal_of(s, &a.ty, other), json!({}), String::new()),
                };
                let tail = s.select(ty, field, &format!("{arg}: {literal}"), arg);
                let text = s.operation_at(ty, &tail, &decl)?;
                self.operation(*side, text, variables)
            }
            Plan::PassArgument {
                side,
                owner: OwnerRef::Directive(d),
                arg,
                value,
            } => {
                let s = self.side(*side);
                let def = s.schema().directive_definitions.get(d.as_str())?;
                let a = def.arguments.iter().find(|a| a.name == arg.as_str())?;
                let literal = literal_of(s, &a.ty, value);
                let text = directive_operation(s, d, None, false, Some((arg, &literal)))?;
                self.operation(*side, text, json!({}))
            }
            Plan::UseInput {
                side,
                input,
                all_fields,
            } => {
                let s = self.side(*side);
                let literal = if *all_fields {
                    s.all_fields_literal(input)?
                } else {
                    s.named_literal(input, 1, None)
                };
                let text = s.operation_passing(input, &literal)?;
                self.operation(*side, text, json!({}))
            }
            Plan::PassInputField {
                side,
                input,
                field,
                value,
            } => {
                let s = self.side(*side);
                let Some(ExtendedType::InputObject(o)) = s.schema().types.get(input.as_str()) else {
                    return None;
                };
                let ty = &o.fields.get(field.as_str())?.ty;
                let v = literal_of(s, ty, value);
                let literal = s.named_literal(input, 1, Some((field, &v)));
                let text = s.operation_passing(input, &literal)?;
                self.operation(*side, text, json!({}))
            }
            Plan::PassEnum {
                side,
                enumeration,
                value,
            } => {
                let s = self.side(*side);
                let text = s.operation_passing(enumeration, value)?;
                self.operation(*side, text, json!({}))
            }
            Plan::Spread { side, ty, on } => {
                let s = self.side(*side);
                let text = s.operation_at(ty, &format!("__typename ... on {on} {{ __typename }}"), "")?;
                self.operation(*side, text, json!({}))
            }
            Plan::UseDirective {
                side,
                directive,
                location,
                repeat,
            } => {
                let s = self.side(*side);
                let text = directive_operation(s, directive, location.as_deref(), *repeat, None)?;
                self.operation(*side, text, json!({}))
            }
            Plan::NullResponse { ty, field } => self.response(ty, field, null_shape),
            Plan::FieldType { ty, field } => {
                let s = self.side(Side::Old);
                let tail = s.select(ty, field, "", "");
                if let Some(text) = s.operation_at(ty, &tail, "")
                    && let Some(w) = self.operation(Side::Old, text, json!({}))
                {
                    return Some(w);
                }
                let (old_schema, new_schema) = (self.sides[0].schema(), self.sides[1].schema());
                self.response(ty, field, |old_ty, new_ty| {
                    let v = sample_output(new_schema, new_ty, 0)?;
                    (!fits(old_schema, old_ty, &v)).then_some(v)
                })
            }
            Plan::EnumResponse {
                side,
                enumeration,
                value,
            } => {
                let accepting = self.side(*side);
                let (ty, field) = accepting.field_returning(enumeration)?;
                let (a, b) = (self.side(Side::Old).schema(), self.side(Side::New).schema());
                let (accepting_schema, other_schema) = if *side == Side::Old { (a, b) } else { (b, a) };
                self.response_sided(*side, &ty, &field, |_, _| {
                    let v = json!(value);
                    let def = field_def(accepting_schema, &ty, &field)?;
                    let shaped = wrap_json(&def.ty, v.clone());
                    (fits(accepting_schema, &def.ty, &shaped)
                        && field_def(other_schema, &ty, &field).is_some_and(|d| !fits(other_schema, &d.ty, &shaped)))
                    .then_some(shaped)
                })
            }
            Plan::TypenameResponse { abstract_type, member } => {
                let s = self.side(Side::Old);
                let (ty, field) = s.field_returning(abstract_type)?;
                let (a, b) = (self.side(Side::Old).schema(), self.side(Side::New).schema());
                self.response(&ty, &field, |old_ty, new_ty| {
                    let shaped = wrap_json(new_ty, json!({ "__typename": member }));
                    (fits(b, new_ty, &shaped) && !fits(a, old_ty, &shaped)).then_some(shaped)
                })
            }
        }
    }

    fn use_type(&self, side: Side, ty: &str) -> Option<Witness> {
        let s = self.side(side);
        match s.schema().types.get(ty)? {
            ExtendedType::Object(_) | ExtendedType::Interface(_) | ExtendedType::Union(_) => {
                // Reached through a fragment on the type already, or pin it with one.
                let through_fragment = s
                    .path_to(ty)
                    .is_some_and(|(_, steps)| matches!(steps.last(), Some(Step::Fragment(on)) if on == ty));
                let tail = if through_fragment {
                    "__typename".to_string()
                } else {
                    format!("__typename ... on {ty} {{ __typename }}")
                };
                let text = s.operation_at(ty, &tail, "")?;
                self.operation(side, text, json!({}))
            }
            _ => {
                let (owner, field, arg, chain) = s.argument_using(ty)?;
                if !chain.is_empty() {
                    return None;
                }
                let def = field_def(s.schema(), &owner, &field)?;
                let a = def.arguments.iter().find(|a| a.name == arg.as_str())?;
                let tail = s.select(&owner, &field, &format!("{arg}: $value"), &arg);
                let text = s.operation_at(&owner, &tail, &format!("($value: {}) ", a.ty))?;
                self.operation(side, text, json!({ "value": s.sample_json(&a.ty, 0) }))
            }
        }
    }

    /// A witness operation built on `side`: kept only if it validates there and not on the
    /// other side.
    fn operation(&self, side: Side, text: String, variables: Value) -> Option<Witness> {
        self.side(side).validate(&text).ok()?;
        let errors = self.side(side.other()).validate(&text).err()?;
        let key = self.key.borrow();
        let error = errors
            .iter()
            .find(|e| !key.is_empty() && e.contains(key.as_str()))
            .or(errors.first())
            .cloned()
            .unwrap_or_else(|| "invalid".into());
        let (was, now) = match side {
            Side::Old => ("validated against the old schema", "fails against the new one"),
            Side::New => ("validates against the new schema", "failed against the old one"),
        };
        Some(Witness {
            accepted_by: side,
            document: variables,
            description: Some(format!("this operation {was} and {now}: {error}")),
            text: Some(pretty(&text)),
            encoded: None,
        })
    }

    /// A response witness accepted by the new side: an operation valid on both sides,
    /// selecting `ty.field`, and a value for it built from both declared types.
    fn response(&self, ty: &str, field: &str, value: impl Fn(&Type, &Type) -> Option<Value>) -> Option<Witness> {
        self.response_sided(Side::New, ty, field, value)
    }

    fn response_sided(
        &self,
        accepted_by: Side,
        ty: &str,
        field: &str,
        value: impl Fn(&Type, &Type) -> Option<Value>,
    ) -> Option<Witness> {
        let (o, n) = (self.side(Side::Old), self.side(Side::New));
        let old_ty = &field_def(o.schema(), ty, field)?.ty;
        let new_ty = &field_def(n.schema(), ty, field)?.ty;
        let leaf = value(old_ty, new_ty)?;
        let built_on = self.side(accepted_by.other());
        let tail = built_on.select(ty, field, "", "");
        let text = built_on.operation_at(ty, &tail, "")?;
        o.validate(&text).ok()?;
        n.validate(&text).ok()?;
        let response = built_on.response_at(ty, field, leaf)?;
        let (server, client) = match accepted_by {
            Side::New => ("the new server", "an old client"),
            Side::Old => ("the old server", "a new client"),
        };
        Some(Witness {
            accepted_by,
            document: response,
            description: Some(format!(
                "this operation validates against both schemas, and {server} may answer it with this response, which {client} was not written for"
            )),
            text: Some(pretty(&text)),
            encoded: None,
        })
    }
}

impl Plan {
    /// The name the plan is about.
    fn key(&self) -> String {
        match self {
            Plan::UseType { ty, .. } => ty.clone(),
            Plan::UseRoot { op, .. } => op_keyword(*op).to_string(),
            Plan::SelectField { field, .. } => field.clone(),
            Plan::PassArgument { arg, .. } => arg.clone(),
            Plan::UseInput { input, .. } => input.clone(),
            Plan::PassInputField { field, .. } => field.clone(),
            Plan::PassEnum { value, .. } => value.clone(),
            Plan::Spread { on, .. } => on.clone(),
            Plan::UseDirective { directive, .. } => directive.clone(),
            _ => String::new(),
        }
    }
}

impl Schema<'_> {
    /// A JSON value of an input type (for variables).
    fn sample_json(&self, ty: &Type, depth: usize) -> Value {
        match ty {
            Type::List(inner) | Type::NonNullList(inner) => json!([self.sample_json(inner, depth)]),
            Type::Named(n) | Type::NonNullNamed(n) => match self.schema().types.get(n.as_str()) {
                Some(ExtendedType::Enum(e)) => e.values.keys().next().map_or(Value::Null, |v| json!(v.as_str())),
                Some(ExtendedType::InputObject(o)) if depth < 8 => {
                    let mut m = serde_json::Map::new();
                    for (f, d) in &o.fields {
                        if d.ty.is_non_null() && d.default_value.is_none() {
                            m.insert(f.to_string(), self.sample_json(&d.ty, depth + 1));
                        }
                    }
                    Value::Object(m)
                }
                _ => scalar_json(n),
            },
        }
    }
}

fn field_def<'s>(
    schema: &'s apollo_compiler::Schema,
    ty: &str,
    field: &str,
) -> Option<&'s apollo_compiler::Node<apollo_compiler::ast::FieldDefinition>> {
    match schema.types.get(ty)? {
        ExtendedType::Object(o) => o.fields.get(field).map(|c| &c.node),
        ExtendedType::Interface(o) => o.fields.get(field).map(|c| &c.node),
        _ => None,
    }
}

fn object_fields<'s>(
    schema: &'s apollo_compiler::Schema,
    ty: &str,
) -> Option<
    impl Iterator<
        Item = (
            &'s Name,
            &'s apollo_compiler::Node<apollo_compiler::ast::FieldDefinition>,
        ),
    >,
> {
    match schema.types.get(ty)? {
        ExtendedType::Object(o) => Some(o.fields.iter().map(|(k, c)| (k, &c.node))),
        _ => None,
    }
}

fn op_keyword(op: OperationType) -> &'static str {
    match op {
        OperationType::Query => "query",
        OperationType::Mutation => "mutation",
        OperationType::Subscription => "subscription",
    }
}

fn scalar_literal(name: &str) -> String {
    match name {
        "Int" => "1".into(),
        "Float" => "1.5".into(),
        "Boolean" => "true".into(),
        "ID" => "\"1\"".into(),
        _ => "\"text\"".into(),
    }
}

fn scalar_json(name: &str) -> Value {
    match name {
        "Int" => json!(1),
        "Float" => json!(1.5),
        "Boolean" => json!(true),
        "ID" => json!("1"),
        _ => json!("text"),
    }
}

fn literal_of(s: &Schema, ty: &Type, value: &ArgValue) -> String {
    match value {
        ArgValue::Null => "null".into(),
        ArgValue::Enum(v) => v.clone(),
        ArgValue::Sample | ArgValue::Variable => s.sample_literal(ty, 0),
    }
}

/// A literal wrapped in the list levels of a type.
fn wrap_lists(ty: &Type, value: &str) -> String {
    match ty {
        Type::List(inner) | Type::NonNullList(inner) => format!("[{}]", wrap_lists(inner, value)),
        _ => value.to_string(),
    }
}

/// A JSON value wrapped in the list levels of a type.
fn wrap_json(ty: &Type, value: Value) -> Value {
    match ty {
        Type::List(inner) | Type::NonNullList(inner) => json!([wrap_json(inner, value)]),
        _ => value,
    }
}

/// A response value for the new type with null at the first level the old type promised a
/// value and the new one does not.
fn null_shape(old: &Type, new: &Type) -> Option<Value> {
    if old.is_non_null() && !new.is_non_null() {
        return Some(Value::Null);
    }
    match (old, new) {
        (Type::List(a) | Type::NonNullList(a), Type::List(b) | Type::NonNullList(b)) => {
            null_shape(a, b).map(|v| json!([v]))
        }
        _ => None,
    }
}

/// A response value of an output type (leaves only: scalars, enums, `__typename` objects).
fn sample_output(schema: &apollo_compiler::Schema, ty: &Type, depth: usize) -> Option<Value> {
    if depth > 8 {
        return None;
    }
    match ty {
        Type::List(inner) | Type::NonNullList(inner) => Some(json!([sample_output(schema, inner, depth + 1)?])),
        Type::Named(n) | Type::NonNullNamed(n) => match schema.types.get(n.as_str())? {
            ExtendedType::Scalar(_) => match n.as_str() {
                "Int" | "Float" | "Boolean" | "ID" | "String" => Some(scalar_json(n)),
                _ => None,
            },
            ExtendedType::Enum(e) => e.values.keys().next().map(|v| json!(v.as_str())),
            ExtendedType::Object(_) => Some(json!({ "__typename": n.as_str() })),
            _ => None,
        },
    }
}

/// Whether a response value fits an output type (leaves: built-in scalars, enum values,
/// `__typename` of objects). Custom scalars accept anything.
fn fits(schema: &apollo_compiler::Schema, ty: &Type, v: &Value) -> bool {
    if v.is_null() {
        return !ty.is_non_null();
    }
    match ty {
        Type::List(inner) | Type::NonNullList(inner) => v
            .as_array()
            .is_some_and(|items| items.iter().all(|i| fits(schema, inner, i))),
        Type::Named(n) | Type::NonNullNamed(n) => match schema.types.get(n.as_str()) {
            Some(ExtendedType::Scalar(_)) => match n.as_str() {
                "Int" => v.as_i64().is_some_and(|i| i32::try_from(i).is_ok()),
                "Float" => v.is_number(),
                "String" => v.is_string(),
                "ID" => v.is_string() || v.is_i64(),
                "Boolean" => v.is_boolean(),
                _ => true,
            },
            Some(ExtendedType::Enum(e)) => v.as_str().is_some_and(|s| e.values.contains_key(s)),
            Some(ExtendedType::Object(_)) => v.get("__typename").and_then(Value::as_str) == Some(n.as_str()),
            Some(ExtendedType::Interface(_) | ExtendedType::Union(_)) => v
                .get("__typename")
                .and_then(Value::as_str)
                .is_some_and(|t| schema.is_subtype(n, t)),
            _ => false,
        },
    }
}

/// A directive use as an operation: at the given executable location, or at its first.
fn directive_operation(
    s: &Schema,
    directive: &str,
    location: Option<&str>,
    repeat: bool,
    arg: Option<(&str, &str)>,
) -> Option<String> {
    let def = s.schema().directive_definitions.get(directive)?;
    let mut args: Vec<String> = def
        .arguments
        .iter()
        .filter(|a| a.ty.is_non_null() && a.default_value.is_none() && arg.is_none_or(|(n, _)| a.name != n))
        .map(|a| format!("{}: {}", a.name, s.sample_literal(&a.ty, 0)))
        .collect();
    if let Some((n, v)) = arg {
        args.push(format!("{n}: {v}"));
    }
    let mut usage = format!("@{directive}");
    if !args.is_empty() {
        let _ = write!(usage, "({})", args.join(", "));
    }
    if repeat {
        usage = format!("{usage} {usage}");
    }
    let chosen = def.locations.iter().copied().find(|l| match location {
        Some(name) => l.name() == name,
        None => executable(*l),
    })?;
    let query = s.root_name(OperationType::Query)?;
    Some(match chosen {
        DirectiveLocation::Query => format!("query {usage} {{ __typename }}"),
        DirectiveLocation::Mutation | DirectiveLocation::Subscription => {
            let op = if chosen == DirectiveLocation::Mutation {
                OperationType::Mutation
            } else {
                OperationType::Subscription
            };
            let root = s.root_name(op)?;
            let (field, _) = object_fields(s.schema(), &root)?.next()?;
            format!("{} {usage} {{ {} }}", op_keyword(op), s.select(&root, field, "", ""))
        }
        DirectiveLocation::Field => format!("query {{ __typename {usage} }}"),
        DirectiveLocation::FragmentDefinition => {
            format!("query {{ ...Witness }}\n\nfragment Witness on {query} {usage} {{ __typename }}")
        }
        DirectiveLocation::FragmentSpread => {
            format!("query {{ ...Witness {usage} }}\n\nfragment Witness on {query} {{ __typename }}")
        }
        DirectiveLocation::InlineFragment => format!("query {{ ... {usage} {{ __typename }} }}"),
        _ => return None,
    })
}

fn executable(l: DirectiveLocation) -> bool {
    matches!(
        l,
        DirectiveLocation::Query
            | DirectiveLocation::Mutation
            | DirectiveLocation::Subscription
            | DirectiveLocation::Field
            | DirectiveLocation::FragmentDefinition
            | DirectiveLocation::FragmentSpread
            | DirectiveLocation::InlineFragment
    )
}

/// An operation laid out on several lines, two spaces per level.
fn pretty(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0usize;
    let mut line = String::new();
    let flush = |line: &mut String, out: &mut String, depth: usize| {
        let t = line.trim();
        if !t.is_empty() {
            out.push_str(&"  ".repeat(depth));
            out.push_str(t);
            out.push('\n');
        }
        line.clear();
    };
    let mut in_string = false;
    let mut paren = 0usize;
    for c in text.chars() {
        if c == '"' {
            in_string = !in_string;
        }
        if in_string {
            line.push(c);
            continue;
        }
        match c {
            '(' => {
                paren += 1;
                line.push(c);
            }
            ')' => {
                paren = paren.saturating_sub(1);
                line.push(c);
            }
            '{' if paren == 0 => {
                line.push('{');
                flush(&mut line, &mut out, depth);
                depth += 1;
            }
            '}' if paren == 0 => {
                flush(&mut line, &mut out, depth);
                depth = depth.saturating_sub(1);
                line.push('}');
                flush(&mut line, &mut out, depth);
            }
            '\n' => flush(&mut line, &mut out, depth),
            _ => {
                if c == ' ' && line.trim().is_empty() {
                    continue;
                }
                line.push(c);
            }
        }
        // A selection ends where the next begins: `__typename ... on X`.
        if paren == 0 && line.ends_with(" ...") {
            let l = line.trim_end_matches("...").to_string();
            line = l;
            flush(&mut line, &mut out, depth);
            line.push_str("...");
        }
    }
    flush(&mut line, &mut out, depth);
    out.trim_end().to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn operations_are_laid_out_one_selection_per_line() {
        assert_eq!(
            super::pretty("query { a(x: {b: 1}) { __typename ... on B { __typename } } }"),
            "query {\n  a(x: {b: 1}) {\n    __typename\n    ... on B {\n      __typename\n    }\n  }\n}"
        );
    }
}
