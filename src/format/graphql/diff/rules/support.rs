//! What several rules share: the engine's types, and small helpers for wording.

pub use crate::change::Side;
pub use crate::format::graphql::diff::{ArgOwner, Cx, Element, roots};
pub use crate::format::graphql::model::{self, TypeRelation};
pub use crate::format::graphql::witness::{ArgValue, OwnerRef, Plan};
use apollo_compiler::Node;
use apollo_compiler::ast::{InputValueDefinition, OperationType};
pub use apollo_compiler::schema::ExtendedType;

/// Whether an argument or input field must be given: non-null, without a default.
pub fn required(v: &Node<InputValueDefinition>) -> bool {
    v.ty.is_non_null() && v.default_value.is_none()
}

/// A default value in words: `10`, or "none".
pub fn default_text(v: &Node<InputValueDefinition>) -> String {
    match &v.default_value {
        Some(d) => format!("`{}`", model::canonical_value(d)),
        None => "none".into(),
    }
}

/// The argument's holder, for witness plans.
pub fn owner_ref(el: &Element) -> OwnerRef {
    match el {
        Element::Argument {
            owner: ArgOwner::Field { ty, field },
            ..
        } => OwnerRef::Field {
            ty: ty.to_string(),
            field: field.to_string(),
        },
        Element::Argument {
            owner: ArgOwner::Directive(d),
            ..
        } => OwnerRef::Directive(d.to_string()),
        _ => OwnerRef::Directive(String::new()),
    }
}

/// "an enum", "a scalar".
pub fn article(noun: &str) -> String {
    let vowel = noun.starts_with(['a', 'e', 'i', 'o', 'u']);
    format!("{} {noun}", if vowel { "an" } else { "a" })
}

pub fn op_name(op: OperationType) -> &'static str {
    match op {
        OperationType::Query => "query",
        OperationType::Mutation => "mutation",
        OperationType::Subscription => "subscription",
    }
}

/// `a`, `b` and `c`.
pub fn list(items: &[&String]) -> String {
    let quoted: Vec<String> = items.iter().map(|s| format!("`{s}`")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        n => format!("{} and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}

/// The text with its first letter in upper case.
pub fn capitalized(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}
