//! Lint rule `comment-rpc`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Every rpc has a leading comment.
    ///
    /// ## Why it matters
    ///
    /// Callers read the rpc's comment to learn what it does, what it returns and which errors to
    /// expect.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.v1;
    ///
    /// message Empty {}
    ///
    /// // Orders.
    /// service OrderService {
    ///   rpc Get(Empty) returns (Empty);
    /// }
    /// ```
    id: "comment-rpc",
    level: Warn,
    summary: "Every rpc has a leading comment.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::Method(m, _) = node else { return };
    if !cx.has_comment() {
        cx.report(
            format!("Rpc \"{}\" has no leading comment.", m.name()),
            Some("say what the call does in a `//` comment above it".into()),
        );
    }
}
