//! The JSON Schema diff: two normalized schemas in, a list of classified changes out.
//!
//! Three layers, kept apart: the [`engine`] pairs old and new nodes (properties by
//! name, items by position, combinator branches by similarity, `$ref`s followed once);
//! each [`rules`] file decides about one kind of change at a node pair, after [`scalar`]
//! has decided what it can on sets (nulls, booleans, numbers, strings); the core's
//! [`DiffReport`] is data that the report renderers format.

pub(crate) mod digest;
pub mod engine;
pub mod rule;
pub mod rules;
pub mod scalar;

use crate::change::{DiffReport, Options};
use crate::format::json_schema::schema::Graph;

/// Compares two loaded schemas.
pub fn diff(old: &mut Graph, new: &mut Graph, options: &Options) -> DiffReport {
    let changes = engine::run(old, new, options);
    let mut external_refs = Vec::new();
    let mut warnings = Vec::new();
    for g in [&*old, &*new] {
        for (origin, _) in &g.external_refs {
            let place = engine::place(g, origin);
            if !external_refs.contains(&place) {
                external_refs.push(place);
            }
        }
        for w in &g.warnings {
            // the same file read on both sides warns once
            if !warnings.contains(w) {
                warnings.push(w.clone());
            }
        }
    }
    DiffReport::from_changes(changes, options, external_refs, warnings)
}
