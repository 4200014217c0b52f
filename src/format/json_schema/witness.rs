//! Witness documents: a whole JSON document accepted by one version of a schema and rejected
//! by the other. They are built by the one sampler of this format, [`super::sampler`]
//! (sampling, search and verification); this module keeps the names callers use.

pub use super::sampler::{Budget, NoWitness, SchemaDocs, WitnessBuilder, sample, validator};
