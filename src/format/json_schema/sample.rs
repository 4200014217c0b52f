//! Example documents (`schemata sample`): a small valid instance of a schema, deterministic
//! for a seed.
//!
//! The format's one sampler ([`super::sampler`], the same that builds witnesses) generates
//! candidates with its choices steered by the seed (enum values, `anyOf`/`oneOf` branches,
//! optional properties, free text and numbers in range); every candidate is checked with the
//! jsonschema crate and the first valid one wins. When no seeded attempt is valid, the
//! sampler's unsteered instance is tried. Nothing unverified is ever returned.

pub use crate::format::json_schema::sampler::Rng;
use crate::format::json_schema::schema::Graph;
use crate::format::json_schema::validate::InstanceValidator;
use serde_json::Value;

/// Seeded attempts before the unsteered sample is tried.
const ATTEMPTS: usize = 16;

/// A valid example of a loaded schema, the same for the same seed; `None` when no attempt
/// (and not the unsteered sample either) is valid.
pub fn sample(graph: &Graph, seed: u64) -> crate::Result<Option<Value>> {
    let validator = InstanceValidator::new(graph)?;
    let docs = crate::format::json_schema::diff::engine::docs_of(graph);
    let mut rng = Rng::new(seed);
    for _ in 0..ATTEMPTS {
        if let Some(candidate) = crate::format::json_schema::sampler::sample_docs(&docs, Some(rng.next_u64()))
            && validator.is_valid(&candidate)
        {
            return Ok(Some(candidate));
        }
    }
    Ok(crate::format::json_schema::sampler::sample_docs(&docs, None).filter(|c| validator.is_valid(c)))
}
