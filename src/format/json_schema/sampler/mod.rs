//! One sampler for JSON Schema: small instances of a schema, and witness documents (a whole
//! document accepted by one version of a schema and rejected by the other).
//!
//! - [`generate`] and [`check`]: sampling, a deterministic generator of instances for a
//!   conjunction of schemas (optionally steered by a seed, see [`Rng`]), with a
//!   best-effort checker to choose among candidates; [`pattern`] makes strings for a regex;
//! - [`search`]: the witness search ([`WitnessBuilder`]): the diff engine knows where in an
//!   instance a change shows (an instance path such as `/address/zip`) and, often, a local
//!   value that exhibits it there; the search embeds such values into a small valid sample of
//!   the accepting side and keeps the first document that both versions' validators agree
//!   separates them, within a [`Budget`] shared by all the changes of a diff;
//! - [`verify`]: compiled validators (jsonschema crate, offline), the only judge: a witness
//!   returned is always checked.
//!
//! Both the diff's witnesses and `schemata sample` (see [`super::sample`]) use it. Nothing is
//! ever fetched: every document a version references must be given in
//! [`SchemaDocs::others`]; any other external `$ref` makes compilation fail.

use crate::change::Side;
use crate::format::json_schema::schema::load::percent_decode;
use crate::source::unescape_token;
use jsonschema::{Draft, Registry, Validator};
use regex::Regex;
use serde_json::{Map, Value, json};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::Arc;

mod check;
mod generate;
mod index;
mod pattern;
mod search;
#[cfg(test)]
mod tests;
mod values;
mod verify;

pub use generate::Rng;
use generate::*;
use index::*;
pub(crate) use pattern::pattern_candidates;
pub use search::{Budget, NoWitness, WitnessBuilder};
use values::*;
pub use verify::validator;
use verify::*;

/// One version of a schema: its root document plus every other file it references,
/// each under the base URI that `$ref`s in the root resolve against.
#[derive(Debug, Clone)]
pub struct SchemaDocs {
    /// Absolute URI of the root document, e.g. `file:///work/schemas/root.json`. `$ref`s
    /// resolve against it (unless the root declares an absolute `$id`, see
    /// [`WitnessBuilder`]). Empty: a default base (`json-schema:///`).
    pub root_uri: String,
    pub root: Value,
    /// Every other referenced document, under the absolute URI its `$ref`s resolve to
    /// (without fragment), e.g. `file:///work/schemas/address.json`.
    pub others: Vec<(String, Value)>,
}

/// A small valid instance of a schema (best effort, deterministic): `None` when none found.
///
/// `$ref`s are followed within the document (JSON Pointer fragments, `$defs`/`definitions`,
/// anchors, embedded `$id`s); a `$ref` to another document contributes nothing (a `null`
/// placeholder when nothing else constrains the value). The result is not guaranteed valid.
pub fn sample(root: &Value) -> Option<Value> {
    let draft = detect_draft(root);
    let index = Index::build(&[("", root)], draft);
    let mut s = Sampler::new(vec![root], &index, draft, Memo::default());
    s.budget = SAMPLE_BUDGET;
    let part = s.root_part();
    s.generate_top(&[part])
}

/// A sample of one version of a schema (its documents as for witnesses, `$ref`s across them
/// followed), with the sampler's choices steered by `seed` when one is given (which
/// enum value, which branch, which optional properties, which free text). Deterministic for
/// a seed; not guaranteed valid: check with a validator.
pub fn sample_docs(docs: &SchemaDocs, seed: Option<u64>) -> Option<Value> {
    let draft = detect_draft(&docs.root);
    let mut list: Vec<(&str, &Value)> = vec![(docs.root_uri.as_str(), &docs.root)];
    list.extend(docs.others.iter().map(|(u, v)| (u.as_str(), v)));
    let index = Index::build(&list, draft);
    let values = list.iter().map(|(_, v)| *v).collect();
    let mut s = Sampler::new(values, &index, draft, Memo::default());
    s.rng = seed.map(Rng::new);
    s.budget = if seed.is_some() { BUDGET } else { SAMPLE_BUDGET };
    let root = s.root_part();
    s.generate_top(&[root])
}
