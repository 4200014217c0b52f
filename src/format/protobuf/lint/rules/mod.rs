//! The Protobuf lint catalogue: one file per rule, declared with `declare_proto_lint!`,
//! each with a fixture `fixtures/lint/<id>/schema.proto` that fires it.

pub mod comment_rpc;
pub mod comment_service;
pub mod enum_first_value_zero;
pub mod enum_pascal_case;
pub mod enum_value_prefix;
pub mod enum_value_upper_snake_case;
pub mod enum_zero_value_suffix;
pub mod field_lower_snake_case;
pub mod message_pascal_case;
pub mod oneof_lower_snake_case;
pub mod package_defined;
pub mod package_directory_match;
pub mod package_lower_snake_case;
pub mod package_version_suffix;
pub mod rpc_pascal_case;
pub mod service_pascal_case;
pub mod service_suffix;

use super::ProtoLintRule;

/// Every rule, in catalogue order.
pub static ALL: &[&ProtoLintRule] = &[
    &package_defined::RULE,
    &package_lower_snake_case::RULE,
    &package_version_suffix::RULE,
    &package_directory_match::RULE,
    &message_pascal_case::RULE,
    &field_lower_snake_case::RULE,
    &oneof_lower_snake_case::RULE,
    &enum_pascal_case::RULE,
    &enum_value_upper_snake_case::RULE,
    &enum_value_prefix::RULE,
    &enum_first_value_zero::RULE,
    &enum_zero_value_suffix::RULE,
    &service_pascal_case::RULE,
    &service_suffix::RULE,
    &rpc_pascal_case::RULE,
    &comment_service::RULE,
    &comment_rpc::RULE,
];
