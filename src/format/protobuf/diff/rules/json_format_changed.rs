//! Rule `json-format-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// The file's types lost their defined JSON mapping (proto3 became proto2).
    ///
    /// ## Why it matters
    ///
    /// proto3 defines a JSON mapping for every message and enum and rejects JSON name collisions;
    /// proto2 types are mapped to JSON only on a best-effort basis. At the `file` and `package`
    /// levels `syntax-changed` already reports this.
    ///
    /// ## Example
    ///
    /// Old:
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
    ///
    /// New:
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
    id: "json-format-changed",
    effect: Reshapes,
    summary: "The file's types lost their defined JSON mapping (proto3 became proto2).",
    area: "file",
    levels: [WireJson],
    hint: "keep proto3 for types exchanged as JSON",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::File { old, new } = p else { return };
    if !(old.syntax() == prost_reflect::Syntax::Proto3 && new.syntax() == prost_reflect::Syntax::Proto2) {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::file_part(old, vec![12], "/syntax")),
        Some(At::file_part(new, vec![12], "/syntax")),
        "The file's messages and enums no longer have a defined JSON mapping: the syntax changed from \"proto3\" to \"proto2\".".to_string(),
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
