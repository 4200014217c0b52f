//! The GraphQL lint catalogue: one file per rule.

pub mod deprecation_reason_required;
pub mod sdl_naming_convention;
pub mod type_description_required;

use super::GraphQlLintRule;

pub static ALL: &[&GraphQlLintRule] = &[
    &type_description_required::RULE,
    &sdl_naming_convention::RULE,
    &deprecation_reason_required::RULE,
];
