//! The lint catalogue: one file per rule; `ALL` lists them (a test checks that every file
//! is registered and named after its rule's id).

pub mod additional_properties_explicit;
pub mod anthropic_root_object;
pub mod anthropic_strict_unsupported;
pub mod description_required;
pub mod empty_subschema;
pub mod enum_duplicate_value;
pub mod gemini_unsupported_keyword;
pub mod id_present;
pub mod openai_additional_properties_false;
pub mod openai_all_required;
pub mod openai_limits;
pub mod openai_root_object;
pub mod openai_unsupported_keyword;
pub mod pattern_invalid;
pub mod pattern_matches_everything;
pub mod property_naming_style;
pub mod required_undeclared;
pub mod schema_keyword_present;
pub mod unknown_keyword;

use super::JsonLintRule;

pub static ALL: &[&JsonLintRule] = &[
    &schema_keyword_present::RULE,
    &id_present::RULE,
    &description_required::RULE,
    &property_naming_style::RULE,
    &additional_properties_explicit::RULE,
    &required_undeclared::RULE,
    &enum_duplicate_value::RULE,
    &pattern_invalid::RULE,
    &pattern_matches_everything::RULE,
    &empty_subschema::RULE,
    &unknown_keyword::RULE,
    &openai_root_object::RULE,
    &openai_additional_properties_false::RULE,
    &openai_all_required::RULE,
    &openai_unsupported_keyword::RULE,
    &openai_limits::RULE,
    &anthropic_root_object::RULE,
    &anthropic_strict_unsupported::RULE,
    &gemini_unsupported_keyword::RULE,
];

/// A lint rule by id.
pub fn find(id: &str) -> Option<&'static JsonLintRule> {
    ALL.iter().copied().find(|r| r.id == id)
}
