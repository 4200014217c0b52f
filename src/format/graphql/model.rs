//! What the GraphQL rules share: where each named type is used (its polarity), how two type
//! references relate (nullability and lists), values compared by meaning, and the schema
//! coordinates that name every element in reports (`Query.orders(first:)`, `@auth(role:)`).

use apollo_compiler::Schema;
use apollo_compiler::ast::{DirectiveList as AstDirectives, Type, Value};
use apollo_compiler::schema::ExtendedType;
use std::collections::HashMap;

/// The positions a named type is used in.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Polarity {
    /// Read by the server: the type of an argument, an input field or a directive argument.
    pub input: bool,
    /// Written by the server: the type of an object or interface field.
    pub output: bool,
}

impl Polarity {
    /// A type no position uses is treated as used in both: clients may still name it
    /// (`__type(name:)`, fragments), and a reader cannot tell which direction was meant.
    pub fn or_both(self) -> Polarity {
        if self.input || self.output {
            self
        } else {
            Polarity {
                input: true,
                output: true,
            }
        }
    }
    pub fn union(self, other: Polarity) -> Polarity {
        Polarity {
            input: self.input || other.input,
            output: self.output || other.output,
        }
    }
}

/// Where every named type of a schema is used.
#[derive(Debug, Default)]
pub struct Usage {
    by_type: HashMap<String, Polarity>,
}

impl Usage {
    pub fn of(schema: &Schema) -> Usage {
        let mut by_type: HashMap<String, Polarity> = HashMap::new();
        let mut mark = |ty: &Type, input: bool| {
            let p = by_type.entry(ty.inner_named_type().to_string()).or_default();
            if input {
                p.input = true;
            } else {
                p.output = true;
            }
        };
        for ty in schema.types.values() {
            match ty {
                ExtendedType::Object(o) => {
                    for f in o.fields.values() {
                        mark(&f.ty, false);
                        for a in &f.arguments {
                            mark(&a.ty, true);
                        }
                    }
                }
                ExtendedType::Interface(o) => {
                    for f in o.fields.values() {
                        mark(&f.ty, false);
                        for a in &f.arguments {
                            mark(&a.ty, true);
                        }
                    }
                }
                ExtendedType::InputObject(o) => {
                    for f in o.fields.values() {
                        mark(&f.ty, true);
                    }
                }
                _ => {}
            }
        }
        for d in schema.directive_definitions.values() {
            for a in &d.arguments {
                mark(&a.ty, true);
            }
        }
        Usage { by_type }
    }

    /// The polarity of a named type (never used: neither).
    pub fn of_type(&self, name: &str) -> Polarity {
        self.by_type.get(name).copied().unwrap_or_default()
    }
}

/// How a new type reference relates to an old one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypeRelation {
    Same,
    /// Only non-null wrappers were added (`String` → `String!`, `[A]` → `[A!]!`).
    Stricter,
    /// Only non-null wrappers were removed.
    Looser,
    /// Non-null added at one level and removed at another (`[A!]` → `[A]!`).
    MixedNullability,
    /// Another named type, or another list depth.
    Different,
}

/// Compares two type references: the same named type and list structure, differing only in
/// non-null wrappers, or not.
pub fn relate(old: &Type, new: &Type) -> TypeRelation {
    let (mut stricter, mut looser) = (false, false);
    let mut a = old;
    let mut b = new;
    loop {
        match (a.is_non_null(), b.is_non_null()) {
            (false, true) => stricter = true,
            (true, false) => looser = true,
            _ => {}
        }
        match (a, b) {
            (Type::Named(x) | Type::NonNullNamed(x), Type::Named(y) | Type::NonNullNamed(y)) => {
                if x != y {
                    return TypeRelation::Different;
                }
                break;
            }
            (Type::List(x) | Type::NonNullList(x), Type::List(y) | Type::NonNullList(y)) => {
                a = x;
                b = y;
            }
            _ => return TypeRelation::Different,
        }
    }
    match (stricter, looser) {
        (false, false) => TypeRelation::Same,
        (true, false) => TypeRelation::Stricter,
        (false, true) => TypeRelation::Looser,
        (true, true) => TypeRelation::MixedNullability,
    }
}

/// A value's canonical text: object fields sorted, so that `{a: 1, b: 2}` and `{b: 2, a: 1}`
/// compare equal; numbers by value (`1.0` and `1` are the same Float).
pub fn canonical_value(v: &Value) -> String {
    let mut s = String::new();
    write_value(v, &mut s);
    s
}

fn write_value(v: &Value, s: &mut String) {
    match v {
        Value::Null => s.push_str("null"),
        Value::Enum(n) => s.push_str(n),
        Value::Variable(n) => {
            s.push('$');
            s.push_str(n);
        }
        Value::String(t) => s.push_str(&serde_json::to_string(t).unwrap_or_default()),
        Value::Float(f) => match f.as_str().parse::<f64>() {
            Ok(x) if x.is_finite() => s.push_str(&format!("{x}")),
            _ => s.push_str(f.as_str()),
        },
        Value::Int(i) => match i.as_str().parse::<f64>() {
            Ok(x) if x.is_finite() => s.push_str(&format!("{x}")),
            _ => s.push_str(i.as_str()),
        },
        Value::Boolean(b) => s.push_str(if *b { "true" } else { "false" }),
        Value::List(items) => {
            s.push('[');
            for (k, item) in items.iter().enumerate() {
                if k > 0 {
                    s.push_str(", ");
                }
                write_value(item, s);
            }
            s.push(']');
        }
        Value::Object(fields) => {
            let mut sorted: Vec<&(apollo_compiler::Name, apollo_compiler::Node<Value>)> = fields.iter().collect();
            sorted.sort_by(|a, b| a.0.as_str().cmp(b.0.as_str()));
            s.push('{');
            for (k, (name, value)) in sorted.into_iter().enumerate() {
                if k > 0 {
                    s.push_str(", ");
                }
                s.push_str(name);
                s.push_str(": ");
                write_value(value, s);
            }
            s.push('}');
        }
    }
}

/// The kind of a named type, as SDL spells it.
pub fn kind_name(ty: &ExtendedType) -> &'static str {
    match ty {
        ExtendedType::Scalar(_) => "scalar",
        ExtendedType::Object(_) => "object type",
        ExtendedType::Interface(_) => "interface",
        ExtendedType::Union(_) => "union",
        ExtendedType::Enum(_) => "enum",
        ExtendedType::InputObject(_) => "input object",
    }
}

/// Whether two named types are of the same kind.
pub fn same_kind(a: &ExtendedType, b: &ExtendedType) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// The deprecation of an element: `Some(reason)` when `@deprecated` is applied (the default
/// reason when none is written).
pub fn deprecation(directives: &AstDirectives) -> Option<String> {
    let d = directives.get("deprecated")?;
    let reason = d
        .arguments
        .iter()
        .find(|a| a.name == "reason")
        .and_then(|a| match a.value.as_ref() {
            Value::String(s) => Some(s.clone()),
            _ => None,
        });
    Some(reason.unwrap_or_else(|| "No longer supported".to_string()))
}

/// Applied directives other than the ones rules decide on their own (`@deprecated`,
/// `@oneOf`), each as canonical text, sorted: `@auth(role: ADMIN)`.
pub fn applied<'a>(names_args: impl Iterator<Item = &'a apollo_compiler::ast::Directive>) -> Vec<String> {
    let mut out: Vec<String> = names_args
        .filter(|d| !matches!(d.name.as_str(), "deprecated" | "oneOf"))
        .map(|d| {
            let mut s = format!("@{}", d.name);
            if !d.arguments.is_empty() {
                let mut args: Vec<(String, String)> = d
                    .arguments
                    .iter()
                    .map(|a| (a.name.to_string(), canonical_value(&a.value)))
                    .collect();
                args.sort();
                s.push('(');
                s.push_str(
                    &args
                        .iter()
                        .map(|(n, v)| format!("{n}: {v}"))
                        .collect::<Vec<_>>()
                        .join(", "),
                );
                s.push(')');
            }
            s
        })
        .collect();
    out.sort();
    out
}

/// A description's text, trimmed (`None` when absent or blank).
pub fn description(d: Option<&apollo_compiler::Node<str>>) -> Option<&str> {
    d.map(|s| s.trim()).filter(|s| !s.is_empty())
}
