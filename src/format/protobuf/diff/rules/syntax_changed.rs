//! Rule `syntax-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// The file's syntax changed (proto2 or proto3).
    ///
    /// ## Why it matters
    ///
    /// The syntax decides field presence, whether enums are open or closed, whether strings are
    /// checked for UTF-8 and whether the JSON mapping is defined, so generated code changes with
    /// it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```proto
    /// syntax = "proto2";
    ///
    /// package acme.v1;
    ///
    /// message Order {
    ///   optional string id = 1;
    /// }
    /// ```
    ///
    /// New:
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.v1;
    ///
    /// message Order {
    ///   optional string id = 1;
    /// }
    /// ```
    id: "syntax-changed",
    effect: Reshapes,
    summary: "The file's syntax changed (proto2 or proto3).",
    area: "file",
    levels: [File, Package],
    hint: "keep the syntax; if you must migrate, check presence, enum and UTF-8 semantics field by field first",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::File { old, new } = p else { return };
    if old.syntax() == new.syntax() {
        return;
    }
    let name = |s: prost_reflect::Syntax| match s {
        prost_reflect::Syntax::Proto2 => "proto2",
        prost_reflect::Syntax::Proto3 => "proto3",
    };
    cx.emit(
        &RULE,
        Some(At::file_part(old, vec![12], "/syntax")),
        Some(At::file_part(new, vec![12], "/syntax")),
        format!(
            "The syntax changed from \"{}\" to \"{}\".",
            name(old.syntax()),
            name(new.syntax())
        ),
        |_| None,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
