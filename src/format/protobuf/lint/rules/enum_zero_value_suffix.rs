//! Lint rule `enum-zero-value-suffix`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// An enum's zero value is named `<ENUM>_UNSPECIFIED`.
    ///
    /// ## Why it matters
    ///
    /// Zero is what an unset field reads as; naming it UNSPECIFIED keeps 'not set' apart from a
    /// real value, so a sender that forgot the field is not read as having chosen something.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.v1;
    ///
    /// enum Status {
    ///   STATUS_PAID = 0;
    ///   STATUS_VOID = 1;
    /// }
    /// ```
    id: "enum-zero-value-suffix",
    level: Warn,
    summary: "An enum's zero value is named `<ENUM>_UNSPECIFIED`.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::Enum(e) = node else { return };
    let want = format!("{}_UNSPECIFIED", upper_snake(e.name()));
    let Some(zero) = e.value.iter().find(|v| v.number() == 0) else {
        return;
    };
    if zero.name() != want {
        cx.report(
            format!(
                "The zero value of enum \"{}\" is \"{}\", not \"{want}\".",
                e.name(),
                zero.name()
            ),
            Some(format!("name the zero value `{want}`")),
        );
    }
}
