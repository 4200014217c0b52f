//! Lint rule `enum-pascal-case`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Enum names are PascalCase.
    ///
    /// ## Why it matters
    ///
    /// Generated enum types follow the name; the style guide expects PascalCase.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.v1;
    ///
    /// enum order_status {
    ///   ORDER_STATUS_UNSPECIFIED = 0;
    /// }
    /// ```
    id: "enum-pascal-case",
    level: Warn,
    summary: "Enum names are PascalCase.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::Enum(e) = node else { return };
    if !is_pascal(e.name()) {
        cx.report(
            format!("Enum name \"{}\" is not PascalCase.", e.name()),
            Some(format!("rename it to `{}`", pascal(e.name()))),
        );
    }
}
