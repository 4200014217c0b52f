//! Lint rule `enum-value-upper-snake-case`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Enum value names are UPPER_SNAKE_CASE.
    ///
    /// ## Why it matters
    ///
    /// Enum values are constants in every generated language; the JSON encoding writes their names.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.v1;
    ///
    /// enum Status {
    ///   STATUS_UNSPECIFIED = 0;
    ///   statusPaid = 1;
    /// }
    /// ```
    id: "enum-value-upper-snake-case",
    level: Warn,
    summary: "Enum value names are UPPER_SNAKE_CASE.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::EnumValue(v, _) = node else { return };
    if !is_upper_snake(v.name()) {
        cx.report(
            format!("Enum value name \"{}\" is not UPPER_SNAKE_CASE.", v.name()),
            Some(format!("rename it to `{}`", upper_snake(v.name()))),
        );
    }
}
