//! The Avro rule catalogue: one file per rule, each declared with `declare_avro_rule!`.
//! Adding a rule: a new file here, its line below, and a fixture pair under
//! `fixtures/rules/<id>/` (`old.avsc`, `new.avsc`, `expected.txt`). Guard tests check that
//! nothing is forgotten.

pub mod avro_aliases_changed;
pub mod avro_became_union;
pub mod avro_decimal_precision_changed;
pub mod avro_decimal_scale_changed;
pub mod avro_default_does_not_match_type;
pub mod avro_doc_changed;
pub mod avro_enum_default_changed;
pub mod avro_enum_symbol_added;
pub mod avro_enum_symbol_removed;
pub mod avro_enum_symbols_reordered;
pub mod avro_field_added_with_default;
pub mod avro_field_added_without_default;
pub mod avro_field_default_changed;
pub mod avro_field_removed_with_default;
pub mod avro_field_removed_without_default;
pub mod avro_field_renamed;
pub mod avro_fields_reordered;
pub mod avro_fixed_size_changed;
pub mod avro_logical_type_added;
pub mod avro_logical_type_changed;
pub mod avro_logical_type_removed;
pub mod avro_named_type_renamed;
pub mod avro_namespace_changed;
pub mod avro_property_changed;
pub mod avro_string_bytes_changed;
pub mod avro_type_changed;
pub mod avro_type_demoted;
pub mod avro_type_promoted;
pub mod avro_unclassified_change;
pub mod avro_union_became_type;
pub mod avro_union_branch_added;
pub mod avro_union_branch_removed;
pub mod avro_union_branches_reordered;

use super::rule::AvroRule;
use super::{Cx, Pair};
use crate::format::avro::model::{Kind, Name};

/// Every rule, in catalogue order.
pub static ALL: &[&AvroRule] = &[
    &avro_field_added_without_default::RULE,
    &avro_field_added_with_default::RULE,
    &avro_field_removed_without_default::RULE,
    &avro_field_removed_with_default::RULE,
    &avro_field_renamed::RULE,
    &avro_default_does_not_match_type::RULE,
    &avro_field_default_changed::RULE,
    &avro_fields_reordered::RULE,
    &avro_type_promoted::RULE,
    &avro_type_demoted::RULE,
    &avro_string_bytes_changed::RULE,
    &avro_type_changed::RULE,
    &avro_enum_symbol_removed::RULE,
    &avro_enum_symbol_added::RULE,
    &avro_enum_default_changed::RULE,
    &avro_enum_symbols_reordered::RULE,
    &avro_union_branch_removed::RULE,
    &avro_union_branch_added::RULE,
    &avro_became_union::RULE,
    &avro_union_became_type::RULE,
    &avro_union_branches_reordered::RULE,
    &avro_fixed_size_changed::RULE,
    &avro_named_type_renamed::RULE,
    &avro_namespace_changed::RULE,
    &avro_aliases_changed::RULE,
    &avro_logical_type_added::RULE,
    &avro_logical_type_removed::RULE,
    &avro_logical_type_changed::RULE,
    &avro_decimal_scale_changed::RULE,
    &avro_decimal_precision_changed::RULE,
    &avro_doc_changed::RULE,
    &avro_property_changed::RULE,
    &avro_unclassified_change::RULE,
];

/// The names of a pair of named types of the same kind (records, enums or fixed).
pub fn both_named<'a>(cx: &Cx<'a>, p: &Pair) -> Option<(&'a Name, &'a Name)> {
    let (o, n) = (cx.old.kind(p.old), cx.new.kind(p.new));
    if !crate::format::avro::resolve::same_type(o, n) {
        return None;
    }
    Some((o.name()?, n.name()?))
}

/// Whether neither side of a pair is a union.
pub fn no_union(cx: &Cx, p: &Pair) -> bool {
    !matches!(cx.old.kind(p.old), Kind::Union(_)) && !matches!(cx.new.kind(p.new), Kind::Union(_))
}

/// A JSON value for messages.
pub fn show(v: &serde_json::Value) -> String {
    let s = v.to_string();
    if s.chars().count() > 60 {
        format!("{}…", s.chars().take(60).collect::<String>())
    } else {
        s
    }
}

/// `"a", "b"` for messages.
pub fn quoted<S: AsRef<str>>(items: &[S]) -> String {
    items
        .iter()
        .map(|s| format!("\"{}\"", s.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The record a pair's rules speak of: `record com.acme.Order`.
pub fn record_name(cx: &Cx, p: &Pair) -> String {
    cx.new.kind(p.new).name().map(|n| n.full.clone()).unwrap_or_default()
}

/// Checks a rule's own documentation example: the first two ```json blocks of its docs are
/// OLD and NEW, and comparing them must fire the rule.
#[cfg(test)]
pub fn assert_example_fires(rule: &AvroRule) {
    let blocks: Vec<&str> = rule
        .docs
        .split("```json")
        .skip(1)
        .filter_map(|b| b.split("```").next())
        .collect();
    assert!(blocks.len() >= 2, "{}: the docs need an OLD and a NEW example", rule.id);
    let load = |s: &str, name: &str| {
        crate::format::avro::model::load_value(crate::source::SourceFile::parse(name, s.trim().to_string()).unwrap())
            .unwrap()
    };
    let (old, new) = (load(blocks[0], "old.avsc"), load(blocks[1], "new.avsc"));
    let report = super::diff(&old, &new, &crate::change::Options::default());
    assert!(
        report.changes.iter().any(|c| c.rule == rule.id),
        "{}: its example does not fire it: {:?}",
        rule.id,
        report.changes
    );
}
