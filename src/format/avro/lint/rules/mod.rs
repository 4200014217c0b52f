//! The Avro lint catalogue: one file per rule, each declared with `declare_avro_lint!`.

pub mod avro_doc_missing;
pub mod avro_enum_default_missing;
pub mod avro_enum_symbol_style;
pub mod avro_field_name_style;
pub mod avro_namespace_missing;
pub mod avro_type_name_style;
pub mod avro_union_default_not_first;

use super::AvroLintRule;

/// Every Avro lint rule, in catalogue order.
pub static ALL: &[&AvroLintRule] = &[
    &avro_type_name_style::RULE,
    &avro_field_name_style::RULE,
    &avro_enum_symbol_style::RULE,
    &avro_doc_missing::RULE,
    &avro_namespace_missing::RULE,
    &avro_enum_default_missing::RULE,
    &avro_union_default_not_first::RULE,
];
