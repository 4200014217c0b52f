//! Lint rule `rpc-pascal-case`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Rpc names are PascalCase.
    ///
    /// ## Why it matters
    ///
    /// Generated methods and gRPC paths follow the rpc name.
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
    ///   rpc get_order(Empty) returns (Empty);
    /// }
    /// ```
    id: "rpc-pascal-case",
    level: Warn,
    summary: "Rpc names are PascalCase.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::Method(m, _) = node else { return };
    if !is_pascal(m.name()) {
        cx.report(
            format!("Rpc name \"{}\" is not PascalCase.", m.name()),
            Some(format!("rename it to `{}`", pascal(m.name()))),
        );
    }
}
