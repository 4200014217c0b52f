//! Lint rule `enum-first-value-zero`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// The first value of an enum is zero.
    ///
    /// ## Why it matters
    ///
    /// The first value is the default: proto3 requires it to be zero, and in proto2 a non-zero
    /// first value makes an unset field read as a real value.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto2";
    ///
    /// package acme.v1;
    ///
    /// enum Status {
    ///   STATUS_PAID = 1;
    ///   STATUS_UNSPECIFIED = 0;
    /// }
    /// ```
    id: "enum-first-value-zero",
    level: Warn,
    summary: "The first value of an enum is zero.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::Enum(e) = node else { return };
    if let Some(first) = e.value.first()
        && first.number() != 0
    {
        cx.report(
            format!(
                "The first value of enum \"{}\" is \"{}\" = {}, not zero.",
                e.name(),
                first.name(),
                first.number()
            ),
            Some(format!("start with `{}_UNSPECIFIED = 0;`", upper_snake(e.name()))),
        );
    }
}
