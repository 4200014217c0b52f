//! Lint rule `comment-service`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Every service has a leading comment.
    ///
    /// ## Why it matters
    ///
    /// A service is an API's front door; its comment is the documentation generators publish.
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
    /// service OrderService {
    ///   // Gets one.
    ///   rpc Get(Empty) returns (Empty);
    /// }
    /// ```
    id: "comment-service",
    level: Warn,
    summary: "Every service has a leading comment.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::Service(s) = node else { return };
    if !cx.has_comment() {
        cx.report(
            format!("Service \"{}\" has no leading comment.", s.name()),
            Some("say what the service is for in a `//` comment above it".into()),
        );
    }
}
