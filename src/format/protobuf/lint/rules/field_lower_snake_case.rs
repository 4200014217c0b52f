//! Lint rule `field-lower-snake-case`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// Field names are lower_snake_case.
    ///
    /// ## Why it matters
    ///
    /// Generators derive accessor names and the JSON name (lowerCamelCase) from the field name;
    /// other styles give odd or colliding names.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.v1;
    ///
    /// message Order {
    ///   string orderId = 1;
    /// }
    /// ```
    id: "field-lower-snake-case",
    level: Warn,
    summary: "Field names are lower_snake_case.",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::Field(f, _) = node else { return };
    if !is_lower_snake(f.name()) {
        cx.report(
            format!("Field name \"{}\" is not lower_snake_case.", f.name()),
            Some(format!(
                "rename it to `{}` (a rename breaks JSON and generated code: do it before the first release)",
                lower_snake(f.name())
            )),
        );
    }
}
