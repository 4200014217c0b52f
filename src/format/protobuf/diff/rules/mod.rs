//! The Protobuf rule catalogue: one file per rule, each declared with
//! `declare_proto_rule!`. Adding a rule: a new file here, its line below, and a fixture pair
//! (`old.proto`, `new.proto`) under `fixtures/rules/<id>/`. Guard tests (tests/protobuf.rs)
//! check that nothing is forgotten.

pub mod deprecation_changed;
pub mod enum_deleted;
pub mod enum_moved_to_another_file;
pub mod enum_number_added;
pub mod enum_type_added;
pub mod enum_value_deleted;
pub mod enum_value_deleted_without_reserving_name;
pub mod enum_value_deleted_without_reserving_number;
pub mod enum_value_renamed;
pub mod extension_deleted;
pub mod extension_moved_to_another_file;
pub mod extension_range_deleted;
pub mod extension_renamed;
pub mod extension_type_changed;
pub mod field_added;
pub mod field_cardinality_changed;
pub mod field_default_changed;
pub mod field_deleted;
pub mod field_deleted_without_reserving_name;
pub mod field_deleted_without_reserving_number;
pub mod field_json_cardinality_changed;
pub mod field_json_name_changed;
pub mod field_json_type_changed;
pub mod field_kind_changed;
pub mod field_oneof_changed;
pub mod field_option_changed;
pub mod field_renamed;
pub mod field_required_changed;
pub mod field_type_changed;
pub mod field_wire_cardinality_changed;
pub mod field_wire_type_changed;
pub mod fields_joined_in_oneof;
pub mod file_option_changed;
pub mod json_format_changed;
pub mod message_added;
pub mod message_deleted;
pub mod message_moved_to_another_file;
pub mod message_option_changed;
pub mod message_wire_format_changed;
pub mod numeric_field_cardinality_changed;
pub mod oneof_deleted;
pub mod oneof_field_deleted;
pub mod package_changed;
pub mod required_field_added;
pub mod required_field_deleted;
pub mod reserved_name_deleted;
pub mod reserved_range_deleted;
pub mod rpc_added;
pub mod rpc_deleted;
pub mod rpc_idempotency_changed;
pub mod rpc_request_type_changed;
pub mod rpc_response_type_changed;
pub mod rpc_streaming_changed;
pub mod service_added;
pub mod service_deleted;
pub mod service_moved_to_another_file;
pub mod syntax_changed;

use super::rule::ProtoRule;

/// Every rule, in catalogue order.
pub static ALL: &[&ProtoRule] = &[
    &package_changed::RULE,
    &syntax_changed::RULE,
    &file_option_changed::RULE,
    &json_format_changed::RULE,
    &message_deleted::RULE,
    &message_moved_to_another_file::RULE,
    &message_added::RULE,
    &message_wire_format_changed::RULE,
    &message_option_changed::RULE,
    &reserved_range_deleted::RULE,
    &reserved_name_deleted::RULE,
    &extension_range_deleted::RULE,
    &field_deleted_without_reserving_number::RULE,
    &field_deleted_without_reserving_name::RULE,
    &field_deleted::RULE,
    &field_added::RULE,
    &required_field_added::RULE,
    &required_field_deleted::RULE,
    &field_renamed::RULE,
    &field_json_name_changed::RULE,
    &field_type_changed::RULE,
    &field_wire_type_changed::RULE,
    &field_json_type_changed::RULE,
    &field_kind_changed::RULE,
    &field_cardinality_changed::RULE,
    &field_wire_cardinality_changed::RULE,
    &field_json_cardinality_changed::RULE,
    &numeric_field_cardinality_changed::RULE,
    &field_required_changed::RULE,
    &field_oneof_changed::RULE,
    &fields_joined_in_oneof::RULE,
    &oneof_field_deleted::RULE,
    &oneof_deleted::RULE,
    &field_default_changed::RULE,
    &field_option_changed::RULE,
    &enum_deleted::RULE,
    &enum_moved_to_another_file::RULE,
    &enum_type_added::RULE,
    &enum_value_deleted_without_reserving_number::RULE,
    &enum_value_deleted_without_reserving_name::RULE,
    &enum_value_deleted::RULE,
    &enum_value_renamed::RULE,
    &enum_number_added::RULE,
    &service_deleted::RULE,
    &service_moved_to_another_file::RULE,
    &service_added::RULE,
    &rpc_deleted::RULE,
    &rpc_added::RULE,
    &rpc_request_type_changed::RULE,
    &rpc_response_type_changed::RULE,
    &rpc_streaming_changed::RULE,
    &rpc_idempotency_changed::RULE,
    &extension_deleted::RULE,
    &extension_moved_to_another_file::RULE,
    &extension_type_changed::RULE,
    &extension_renamed::RULE,
    &deprecation_changed::RULE,
];

/// Test helper: the rule's own fixture pair makes it fire, at one level at least.
#[cfg(test)]
pub fn assert_example_fires(rule: &'static ProtoRule) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/rules")
        .join(rule.id);
    let mut seen = Vec::new();
    for level in crate::format::protobuf::Level::ALL {
        let report = crate::diff_files(
            &dir.join("old.proto"),
            &dir.join("new.proto"),
            &crate::change::Options {
                witnesses: false,
                protobuf_level: level,
                ..Default::default()
            },
        )
        .unwrap_or_else(|e| panic!("{}: {e}", rule.id));
        if report.changes.iter().any(|c| c.rule == rule.id) {
            return;
        }
        seen.extend(report.changes.iter().map(|c| format!("{level}: {}", c.rule)));
    }
    panic!("{} did not fire on its example at any level: {seen:#?}", rule.id);
}
