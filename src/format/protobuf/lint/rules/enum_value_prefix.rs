//! Lint rule `enum-value-prefix`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Enum values are prefixed with the enum's name in UPPER_SNAKE_CASE.
    ///
    /// ## Why it matters
    ///
    /// Enum values share their scope with the enum's siblings (C++ scoping): two enums in one
    /// package cannot both have `UNKNOWN`. The prefix keeps them apart.
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
    ///   PAID = 1;
    /// }
    /// ```
    id: "enum-value-prefix",
    level: Warn,
    summary: "Enum values are prefixed with the enum's name in UPPER_SNAKE_CASE.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::EnumValue(v, e) = node else { return };
    let prefix = format!("{}_", upper_snake(e.name()));
    if !v.name().starts_with(&prefix) {
        cx.report(
            format!("Enum value \"{}\" does not start with \"{prefix}\".", v.name()),
            Some(format!("rename it to `{prefix}{}`", v.name())),
        );
    }
}
