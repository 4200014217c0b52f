//! Lint rule `message-pascal-case`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Message names are PascalCase.
    ///
    /// ## Why it matters
    ///
    /// Generated classes follow the message name; the style guide and every generator expect
    /// PascalCase.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.v1;
    ///
    /// message order_item {
    ///   string id = 1;
    /// }
    /// ```
    id: "message-pascal-case",
    level: Warn,
    summary: "Message names are PascalCase.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::Message(m) = node else { return };
    if !is_pascal(m.name()) {
        cx.report(
            format!("Message name \"{}\" is not PascalCase.", m.name()),
            Some(format!("rename it to `{}`", pascal(m.name()))),
        );
    }
}
