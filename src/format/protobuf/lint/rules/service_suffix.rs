//! Lint rule `service-suffix`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Service names end in `Service`.
    ///
    /// ## Why it matters
    ///
    /// A common suffix tells services from messages in generated code and in gRPC paths.
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
    /// service Orders {
    ///   // Gets one.
    ///   rpc Get(Empty) returns (Empty);
    /// }
    /// ```
    id: "service-suffix",
    level: Warn,
    summary: "Service names end in `Service`.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::Service(s) = node else { return };
    if !s.name().ends_with("Service") {
        cx.report(
            format!("Service name \"{}\" does not end in \"Service\".", s.name()),
            Some(format!("rename it to `{}Service`", s.name())),
        );
    }
}
