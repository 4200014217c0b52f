//! `schemata sample` for GraphQL: an example operation, as the JSON body a client POSTs
//! (`{"query": …, "variables": …}`). One root field (chosen by the seed), its required
//! arguments passed as variables, and a selection a few levels deep. The operation is
//! validated against the schema before it is returned.

use super::load::Sdl;
use crate::error::{Error, ErrorKind, Result};
use apollo_compiler::ast::Type;
use apollo_compiler::schema::ExtendedType;
use serde_json::{Value, json};
use std::fmt::Write;

/// How deep selections go, and how many fields each level selects at most.
const DEPTH: usize = 3;
const WIDTH: usize = 6;

pub fn sample(sdl: &Sdl, seed: u64) -> Result<Option<Value>> {
    let s = &sdl.schema;
    let Some(root) = s.schema_definition.query.as_ref().map(|n| n.name.clone()) else {
        return Ok(None);
    };
    let Some(ExtendedType::Object(q)) = s.types.get(&root) else {
        return Ok(None);
    };
    let fields: Vec<_> = q.fields.iter().filter(|(n, _)| !n.starts_with("__")).collect();
    if fields.is_empty() {
        return Ok(None);
    }
    let mut rng = seed;
    // Try each root field from the seeded one on, until an operation validates.
    for k in 0..fields.len() {
        let (name, def) = fields[(seed as usize).wrapping_add(k) % fields.len()];
        let mut decls = Vec::new();
        let mut args = Vec::new();
        let mut variables = serde_json::Map::new();
        for a in &def.arguments {
            if a.ty.is_non_null() && a.default_value.is_none() {
                decls.push(format!("${}: {}", a.name, a.ty));
                args.push(format!("{}: ${}", a.name, a.name));
                variables.insert(a.name.to_string(), input_value(sdl, &a.ty, 0));
            }
        }
        let mut text = String::from("query Example");
        if !decls.is_empty() {
            let _ = write!(text, "({})", decls.join(", "));
        }
        text.push_str(" {\n  ");
        text.push_str(name);
        if !args.is_empty() {
            let _ = write!(text, "({})", args.join(", "));
        }
        text.push_str(&selection(sdl, def.ty.inner_named_type(), 1, &mut rng));
        text.push_str("\n}\n");
        let valid = apollo_compiler::validation::Valid::assume_valid_ref(s);
        if apollo_compiler::ExecutableDocument::parse_and_validate(valid, text.as_str(), "sample.graphql").is_ok() {
            return Ok(Some(json!({ "query": text, "variables": Value::Object(variables) })));
        }
    }
    Err(Error::new(
        ErrorKind::Schema,
        "no example operation of this schema validates against it",
    )
    .with_hint("`schemata validate` lists what is wrong with the schema"))
}

/// A selection set for a type (empty for leaves), `depth` levels in.
fn selection(sdl: &Sdl, ty: &str, depth: usize, rng: &mut u64) -> String {
    let s = &sdl.schema;
    let indent = "  ".repeat(depth + 1);
    let close = "  ".repeat(depth);
    let fields = match s.types.get(ty) {
        Some(ExtendedType::Object(o)) => &o.fields,
        Some(ExtendedType::Interface(o)) => &o.fields,
        Some(ExtendedType::Union(_)) => return format!(" {{\n{indent}__typename\n{close}}}"),
        _ => return String::new(),
    };
    let mut picked = Vec::new();
    for (name, def) in fields.iter() {
        if picked.len() >= WIDTH {
            break;
        }
        if def
            .arguments
            .iter()
            .any(|a| a.ty.is_non_null() && a.default_value.is_none())
        {
            continue;
        }
        let inner = def.ty.inner_named_type();
        let leaf = matches!(
            s.types.get(inner),
            Some(ExtendedType::Scalar(_) | ExtendedType::Enum(_))
        );
        if leaf {
            picked.push(format!("{indent}{name}"));
        } else if depth < DEPTH && next(rng).is_multiple_of(2) {
            picked.push(format!("{indent}{name}{}", selection(sdl, inner, depth + 1, rng)));
        }
    }
    if picked.is_empty() {
        picked.push(format!("{indent}__typename"));
    }
    format!(" {{\n{}\n{close}}}", picked.join("\n"))
}

/// A JSON value of an input type (required input fields filled).
fn input_value(sdl: &Sdl, ty: &Type, depth: usize) -> Value {
    match ty {
        Type::List(inner) | Type::NonNullList(inner) => json!([input_value(sdl, inner, depth)]),
        Type::Named(n) | Type::NonNullNamed(n) => match sdl.schema.types.get(n.as_str()) {
            Some(ExtendedType::Enum(e)) => e.values.keys().next().map_or(Value::Null, |v| json!(v.as_str())),
            Some(ExtendedType::InputObject(o)) if depth < 8 => Value::Object(
                o.fields
                    .iter()
                    .filter(|(_, d)| d.ty.is_non_null() && d.default_value.is_none())
                    .map(|(f, d)| (f.to_string(), input_value(sdl, &d.ty, depth + 1)))
                    .collect(),
            ),
            _ => match n.as_str() {
                "Int" => json!(1),
                "Float" => json!(1.5),
                "Boolean" => json!(true),
                "ID" => json!("1"),
                _ => json!("text"),
            },
        },
    }
}

/// A small deterministic generator (xorshift).
fn next(state: &mut u64) -> u64 {
    let mut x = *state ^ 0x9e37_79b9_7f4a_7c15;
    x ^= x << 13;
    x ^= x >> 7;
    x ^= x << 17;
    *state = x;
    x
}
