//! Lint rule `package-directory-match`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// A file lives in the folders its package names (`acme/orders/v1/` for `acme.orders.v1`).
    ///
    /// ## Why it matters
    ///
    /// Tools that map packages to folders (buf, protoc include paths, code generators) find files
    /// by that layout; a mismatch makes imports and generated paths disagree.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.v1;
    ///
    /// message Order {
    ///   string id = 1;
    /// }
    /// ```
    id: "package-directory-match",
    level: Warn,
    summary: "A file lives in the folders its package names (`acme/orders/v1/` for `acme.orders.v1`).",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::File(f) = node else { return };
    let p = f.package();
    if p.is_empty() {
        return;
    }
    let dir = cx.path.replace('\\', "/");
    let dir = dir.rsplit_once('/').map_or("", |(d, _)| d);
    let want = p.replace('.', "/");
    if dir == want || dir.ends_with(&format!("/{want}")) {
        return;
    }
    cx.report(
        format!("Package \"{p}\" does not match the file's folder \"{dir}\"."),
        Some(format!("move the file under a folder `{want}/`")),
    );
}
