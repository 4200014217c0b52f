//! The rule catalogue: one file per rule, each declared with `declare_rule!`.
//! Adding a rule: a new file here, its line below, and a fixture pair under
//! `fixtures/rules/<id>/`. Guard tests check that nothing is forgotten.

pub mod support;

pub mod additional_properties_narrowed;
pub mod additional_properties_widened;
pub mod all_of_branch_added;
pub mod all_of_branch_removed;
pub mod any_of_became_one_of;
pub mod any_of_branch_added;
pub mod any_of_branch_removed;
pub mod comment_changed;
pub mod conditional_added;
pub mod conditional_changed;
pub mod conditional_removed;
pub mod contains_added;
pub mod contains_removed;
pub mod content_encoding_changed;
pub mod content_media_type_changed;
pub mod default_changed;
pub mod dependent_required_added;
pub mod dependent_required_removed;
pub mod dependent_schema_added;
pub mod dependent_schema_removed;
pub mod deprecated_changed;
pub mod description_changed;
pub mod enum_added;
pub mod enum_removed;
pub mod enum_value_added;
pub mod enum_value_removed;
pub mod examples_changed;
pub mod extension_changed;
pub mod external_ref_changed;
pub mod format_added;
pub mod format_changed;
pub mod format_removed;
pub mod id_changed;
pub mod items_narrowed;
pub mod items_widened;
pub mod max_contains_decreased;
pub mod max_contains_increased;
pub mod max_items_decreased;
pub mod max_items_increased;
pub mod max_length_decreased;
pub mod max_length_increased;
pub mod max_properties_decreased;
pub mod max_properties_increased;
pub mod maximum_decreased;
pub mod maximum_increased;
pub mod min_contains_decreased;
pub mod min_contains_increased;
pub mod min_items_decreased;
pub mod min_items_increased;
pub mod min_length_decreased;
pub mod min_length_increased;
pub mod min_properties_decreased;
pub mod min_properties_increased;
pub mod minimum_decreased;
pub mod minimum_increased;
pub mod multiple_of_changed;
pub mod multiple_of_loosened;
pub mod multiple_of_tightened;
pub mod not_added;
pub mod not_removed;
pub mod not_schema_changed;
pub mod not_schema_narrowed;
pub mod not_schema_widened;
pub mod one_of_became_any_of;
pub mod one_of_branch_added;
pub mod one_of_branch_removed;
pub mod pattern_added;
pub mod pattern_changed;
pub mod pattern_removed;
pub mod property_added_to_closed_content;
pub mod property_added_to_open_content;
pub mod property_names_added;
pub mod property_names_removed;
pub mod property_removed_from_closed_content;
pub mod property_removed_from_open_content;
pub mod read_only_changed;
pub mod required_added;
pub mod required_removed;
pub mod schema_became_false;
pub mod schema_no_longer_false;
pub mod title_changed;
pub mod tuple_item_added_to_closed_array;
pub mod tuple_item_added_to_open_array;
pub mod tuple_item_removed_from_closed_array;
pub mod tuple_item_removed_from_open_array;
pub mod type_changed;
pub mod type_narrowed;
pub mod type_widened;
pub mod unclassified_change;
pub mod unique_items_added;
pub mod unique_items_removed;
pub mod write_only_changed;

use super::rule::JsonRule;

/// Every rule, in catalogue order.
pub static ALL: &[&JsonRule] = &[
    &type_narrowed::RULE,
    &type_widened::RULE,
    &type_changed::RULE,
    &enum_value_removed::RULE,
    &enum_value_added::RULE,
    &enum_added::RULE,
    &enum_removed::RULE,
    &min_length_increased::RULE,
    &min_length_decreased::RULE,
    &max_length_decreased::RULE,
    &max_length_increased::RULE,
    &pattern_added::RULE,
    &pattern_removed::RULE,
    &pattern_changed::RULE,
    &format_added::RULE,
    &format_removed::RULE,
    &format_changed::RULE,
    &content_encoding_changed::RULE,
    &content_media_type_changed::RULE,
    &minimum_increased::RULE,
    &minimum_decreased::RULE,
    &maximum_decreased::RULE,
    &maximum_increased::RULE,
    &multiple_of_tightened::RULE,
    &multiple_of_loosened::RULE,
    &multiple_of_changed::RULE,
    &property_added_to_open_content::RULE,
    &property_added_to_closed_content::RULE,
    &property_removed_from_open_content::RULE,
    &property_removed_from_closed_content::RULE,
    &required_added::RULE,
    &required_removed::RULE,
    &additional_properties_narrowed::RULE,
    &additional_properties_widened::RULE,
    &property_names_added::RULE,
    &property_names_removed::RULE,
    &min_properties_increased::RULE,
    &min_properties_decreased::RULE,
    &max_properties_decreased::RULE,
    &max_properties_increased::RULE,
    &dependent_required_added::RULE,
    &dependent_required_removed::RULE,
    &dependent_schema_added::RULE,
    &dependent_schema_removed::RULE,
    &tuple_item_added_to_open_array::RULE,
    &tuple_item_added_to_closed_array::RULE,
    &tuple_item_removed_from_open_array::RULE,
    &tuple_item_removed_from_closed_array::RULE,
    &items_narrowed::RULE,
    &items_widened::RULE,
    &contains_added::RULE,
    &contains_removed::RULE,
    &min_contains_increased::RULE,
    &min_contains_decreased::RULE,
    &max_contains_decreased::RULE,
    &max_contains_increased::RULE,
    &min_items_increased::RULE,
    &min_items_decreased::RULE,
    &max_items_decreased::RULE,
    &max_items_increased::RULE,
    &unique_items_added::RULE,
    &unique_items_removed::RULE,
    &all_of_branch_added::RULE,
    &all_of_branch_removed::RULE,
    &any_of_branch_added::RULE,
    &any_of_branch_removed::RULE,
    &one_of_branch_added::RULE,
    &one_of_branch_removed::RULE,
    &any_of_became_one_of::RULE,
    &one_of_became_any_of::RULE,
    &not_added::RULE,
    &not_removed::RULE,
    &not_schema_widened::RULE,
    &not_schema_narrowed::RULE,
    &not_schema_changed::RULE,
    &conditional_added::RULE,
    &conditional_removed::RULE,
    &conditional_changed::RULE,
    &schema_became_false::RULE,
    &schema_no_longer_false::RULE,
    &external_ref_changed::RULE,
    &title_changed::RULE,
    &description_changed::RULE,
    &default_changed::RULE,
    &examples_changed::RULE,
    &comment_changed::RULE,
    &id_changed::RULE,
    &deprecated_changed::RULE,
    &read_only_changed::RULE,
    &write_only_changed::RULE,
    &extension_changed::RULE,
    &unclassified_change::RULE,
];

/// Looks a rule up by id.
pub fn find(id: &str) -> Option<&'static JsonRule> {
    ALL.iter().copied().find(|r| r.id == id)
}

/// Test helper: the rule's own documented example (its fixture pair) makes it fire.
#[cfg(test)]
pub fn assert_example_fires(rule: &'static JsonRule) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/rules")
        .join(rule.id);
    let report = crate::diff_files(
        &dir.join("old.json"),
        &dir.join("new.json"),
        &crate::change::Options {
            witnesses: false,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{}: {e}", rule.id));
    if rule.id == "unclassified-change" {
        assert!(
            report.changes.iter().any(|c| c.rule == rule.id),
            "{} did not fire: {:?}",
            rule.id,
            report.changes
        );
        return;
    }
    assert!(
        report.changes.iter().any(|c| c.rule == rule.id),
        "{} did not fire on its example: {:#?}",
        rule.id,
        report.changes
    );
}
