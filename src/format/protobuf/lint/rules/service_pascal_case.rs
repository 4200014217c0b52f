//! Lint rule `service-pascal-case`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Service names are PascalCase.
    ///
    /// ## Why it matters
    ///
    /// Generated stubs and clients follow the service name.
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
    /// service order_service {
    ///   rpc Get(Empty) returns (Empty);
    /// }
    /// ```
    id: "service-pascal-case",
    level: Warn,
    summary: "Service names are PascalCase.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::Service(s) = node else { return };
    if !is_pascal(s.name()) {
        cx.report(
            format!("Service name \"{}\" is not PascalCase.", s.name()),
            Some(format!("rename it to `{}`", pascal(s.name()))),
        );
    }
}
