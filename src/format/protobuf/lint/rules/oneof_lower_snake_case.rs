//! Lint rule `oneof-lower-snake-case`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Oneof names are lower_snake_case.
    ///
    /// ## Why it matters
    ///
    /// Oneof names become accessor and case names in generated code, like field names.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.v1;
    ///
    /// message Order {
    ///   oneof Contact {
    ///     string email = 1;
    ///   }
    /// }
    /// ```
    id: "oneof-lower-snake-case",
    level: Warn,
    summary: "Oneof names are lower_snake_case.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::Oneof(o, _) = node else { return };
    if !is_lower_snake(o.name()) {
        cx.report(
            format!("Oneof name \"{}\" is not lower_snake_case.", o.name()),
            Some(format!("rename it to `{}`", lower_snake(o.name()))),
        );
    }
}
