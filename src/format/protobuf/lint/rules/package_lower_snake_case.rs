//! Lint rule `package-lower-snake-case`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Package names are lower_snake_case, dot-separated.
    ///
    /// ## Why it matters
    ///
    /// Generators turn package components into namespaces and folders; mixed case gives different
    /// results per language.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package Acme.Orders.v1;
    ///
    /// message Order {
    ///   string id = 1;
    /// }
    /// ```
    id: "package-lower-snake-case",
    level: Warn,
    summary: "Package names are lower_snake_case, dot-separated.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::File(f) = node else { return };
    let p = f.package();
    if p.is_empty() || p.split('.').all(is_lower_snake) {
        return;
    }
    let fixed: Vec<String> = p.split('.').map(lower_snake).collect();
    cx.report(
        format!("Package \"{p}\" is not lower_snake_case."),
        Some(format!("rename it to `{}`", fixed.join("."))),
    );
}
