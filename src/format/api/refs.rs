//! `$ref`s between the API objects of a description (path items, parameters, responses,
//! messages…), as opposed to those between schemas, which the JSON Schema loader follows.
//!
//! A reference is a JSON Pointer fragment in the same file (`#/components/parameters/limit`)
//! or a relative file with an optional fragment (`parameters.yaml#/limit`), read through the
//! loader's [`FileSource`](crate::source::FileSource) and so confined to the registry. A URL,
//! or a file outside the registry, is reported and never fetched.

use crate::error::{ErrorKind, Result};
use crate::format::json_schema::schema::load::{EmbeddedLoader, percent_decode, pointer_get};
use serde_json::Value;

/// Where a reference leads.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolved {
    /// An object of a file the loader holds.
    At { file: u32, pointer: String },
    /// A URL, or a file outside the registry: reported, not read.
    External(String),
}

/// Resolves the `$ref` written at `pointer` (the object holding it) of file `file`.
pub fn resolve_ref(loader: &mut EmbeddedLoader, file: u32, pointer: &str, reference: &str) -> Result<Resolved> {
    let (doc, fragment) = match reference.find('#') {
        Some(i) => (&reference[..i], percent_decode(&reference[i + 1..])),
        None => (reference, String::new()),
    };
    let at = format!("{pointer}/$ref");
    let target = if doc.is_empty() {
        file
    } else if is_url(doc) {
        return Ok(Resolved::External(reference.to_string()));
    } else {
        match loader.open(file, &at, doc)? {
            Some(f) => f,
            None => return Ok(Resolved::External(reference.to_string())),
        }
    };
    if !fragment.is_empty() && !fragment.starts_with('/') {
        return Err(loader
            .error_at(
                file,
                &at,
                ErrorKind::Reference,
                format!("$ref \"{reference}\" names an anchor; references between API objects are JSON Pointers"),
            )
            .with_hint("write the fragment as a JSON Pointer, e.g. #/components/parameters/limit"));
    }
    if pointer_get(loader.value(target), &fragment).is_none() {
        return Err(loader
            .error_at(
                file,
                &at,
                ErrorKind::Reference,
                format!("$ref \"{reference}\" points at nothing"),
            )
            .with_hint("check the JSON Pointer after '#'; it is case-sensitive"));
    }
    Ok(Resolved::At {
        file: target,
        pointer: fragment,
    })
}

/// The object at (`file`, `pointer`) after following its `$ref`s (a reference to a reference
/// is followed too): `Ok(None)` when a reference leads outside the registry (it is recorded
/// with [`EmbeddedLoader::report_external`]). A cycle of references is an error.
pub fn follow(loader: &mut EmbeddedLoader, file: u32, pointer: &str) -> Result<Option<(u32, String)>> {
    let (mut file, mut pointer) = (file, pointer.to_string());
    for _ in 0..64 {
        let reference = match pointer_get(loader.value(file), &pointer) {
            Some(Value::Object(m)) => match m.get("$ref") {
                Some(Value::String(r)) => r.clone(),
                _ => return Ok(Some((file, pointer))),
            },
            _ => return Ok(Some((file, pointer))),
        };
        match resolve_ref(loader, file, &pointer, &reference)? {
            Resolved::At { file: f, pointer: p } => (file, pointer) = (f, p),
            Resolved::External(url) => {
                loader.report_external(file, &format!("{pointer}/$ref"), &url);
                return Ok(None);
            }
        }
    }
    Err(loader
        .error_at(
            file,
            &pointer,
            ErrorKind::Reference,
            "$ref chain does not end (a cycle of references)".into(),
        )
        .with_hint("one of these references must point at the object itself"))
}

/// A reference with a scheme (`https:`, `urn:`): never read.
fn is_url(s: &str) -> bool {
    match s.find(':') {
        Some(i) => {
            i > 1
                && s[..i]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}
