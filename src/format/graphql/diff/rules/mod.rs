//! The GraphQL rule catalogue: one file per rule, each declared with
//! `declare_graphql_rule!`. Adding a rule: a new file here, its line in [`ALL`], and a
//! fixture pair under `fixtures/rules/<id>/` (`old.graphql`, `new.graphql`). Guard tests
//! check that nothing is forgotten.

pub mod support;

pub mod applied_directive_changed;
pub mod argument_default_changed;
pub mod argument_made_non_null;
pub mod argument_made_nullable;
pub mod argument_removed;
pub mod argument_type_changed;
pub mod deprecation_added;
pub mod deprecation_reason_changed;
pub mod deprecation_removed;
pub mod directive_added;
pub mod directive_argument_removed;
pub mod directive_location_added;
pub mod directive_location_removed;
pub mod directive_removed;
pub mod directive_repeatable_added;
pub mod directive_repeatable_removed;
pub mod implemented_interface_added;
pub mod implemented_interface_removed;
pub mod input_enum_value_added;
pub mod input_enum_value_removed;
pub mod input_field_default_changed;
pub mod input_field_made_non_null;
pub mod input_field_made_nullable;
pub mod input_field_removed;
pub mod input_field_type_changed;
pub mod one_of_added;
pub mod one_of_removed;
pub mod optional_argument_added;
pub mod optional_directive_argument_added;
pub mod optional_input_field_added;
pub mod output_enum_value_added;
pub mod output_enum_value_removed;
pub mod output_field_added;
pub mod output_field_made_non_null;
pub mod output_field_made_nullable;
pub mod output_field_removed;
pub mod output_field_removed_without_deprecation;
pub mod output_field_type_changed;
pub mod required_argument_added;
pub mod required_directive_argument_added;
pub mod required_input_field_added;
pub mod root_operation_type_added;
pub mod root_operation_type_changed;
pub mod root_operation_type_removed;
pub mod sdl_description_changed;
pub mod type_added;
pub mod type_kind_changed;
pub mod type_removed;
pub mod unclassified_sdl_change;
pub mod union_member_type_added;
pub mod union_member_type_removed;

use super::rule::GraphQlRule;

/// Every rule, in catalogue order.
pub static ALL: &[&GraphQlRule] = &[
    &type_added::RULE,
    &type_removed::RULE,
    &type_kind_changed::RULE,
    &root_operation_type_added::RULE,
    &root_operation_type_removed::RULE,
    &root_operation_type_changed::RULE,
    &output_field_added::RULE,
    &output_field_removed::RULE,
    &output_field_removed_without_deprecation::RULE,
    &output_field_made_nullable::RULE,
    &output_field_made_non_null::RULE,
    &output_field_type_changed::RULE,
    &required_argument_added::RULE,
    &optional_argument_added::RULE,
    &argument_removed::RULE,
    &argument_made_non_null::RULE,
    &argument_made_nullable::RULE,
    &argument_type_changed::RULE,
    &argument_default_changed::RULE,
    &required_input_field_added::RULE,
    &optional_input_field_added::RULE,
    &input_field_removed::RULE,
    &input_field_made_non_null::RULE,
    &input_field_made_nullable::RULE,
    &input_field_type_changed::RULE,
    &input_field_default_changed::RULE,
    &one_of_added::RULE,
    &one_of_removed::RULE,
    &output_enum_value_added::RULE,
    &input_enum_value_added::RULE,
    &input_enum_value_removed::RULE,
    &output_enum_value_removed::RULE,
    &union_member_type_added::RULE,
    &union_member_type_removed::RULE,
    &implemented_interface_added::RULE,
    &implemented_interface_removed::RULE,
    &directive_added::RULE,
    &directive_removed::RULE,
    &directive_location_added::RULE,
    &directive_location_removed::RULE,
    &directive_repeatable_added::RULE,
    &directive_repeatable_removed::RULE,
    &required_directive_argument_added::RULE,
    &optional_directive_argument_added::RULE,
    &directive_argument_removed::RULE,
    &applied_directive_changed::RULE,
    &deprecation_added::RULE,
    &deprecation_removed::RULE,
    &deprecation_reason_changed::RULE,
    &sdl_description_changed::RULE,
    &unclassified_sdl_change::RULE,
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static GraphQlRule> {
    ALL.iter().copied().find(|r| r.id == id)
}

/// Asserts that a rule fires on its own fixture pair (its documented example).
#[cfg(test)]
pub fn assert_example_fires(rule: &'static GraphQlRule) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/rules")
        .join(rule.id);
    let report = crate::diff_files(
        &dir.join("old.graphql"),
        &dir.join("new.graphql"),
        &crate::change::Options {
            witnesses: false,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{}: {e}", rule.id));
    if rule.id == unclassified_sdl_change::RULE.id {
        // It fires only where another rule is missing; its fixture shows that nothing is left.
        assert!(report.changes.is_empty(), "{:?}", report.changes);
        return;
    }
    assert!(
        report.changes.iter().any(|c| c.rule == rule.id),
        "{} did not fire on its example: {:#?}",
        rule.id,
        report.changes
    );
}
