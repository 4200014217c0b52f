//! Lint rule `package-defined`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Every file declares a package.
    ///
    /// ## Why it matters
    ///
    /// Without a package, every type lands in one global namespace, where names from different
    /// teams collide and generated code has nowhere to go.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// message Order {
    ///   string id = 1;
    /// }
    /// ```
    id: "package-defined",
    level: Warn,
    summary: "Every file declares a package.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::File(f) = node else { return };
    if f.package().is_empty() {
        cx.report(
            "The file declares no package.",
            Some("add `package <org>.<area>.v1;`".into()),
        );
    }
}
