//! Rule `field-json-type-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field's type changed to one the binary encoding exchanges but the JSON encoding does not.
    ///
    /// ## Why it matters
    ///
    /// The JSON mapping writes 64-bit integers as strings, bytes as base64 and bools as
    /// `true`/`false`: a type the binary encoding can exchange may still be written differently in
    /// JSON. JSON exchanges only int32 and uint32, int64 and uint64, fixed32 and sfixed32, fixed64
    /// and sfixed64.
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
    ///   string note = 1;
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
    ///   bytes note = 1;
    /// }
    /// ```
    id: "field-json-type-changed",
    effect: Reshapes,
    summary: "A field's type changed to one the binary encoding exchanges but the JSON encoding does not.",
    area: "fields",
    levels: [WireJson],
    hint: "add a field with a new number and the new type, deprecate the old one, and write both during the migration",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Field {
        old: Some(o),
        new: Some(n),
        new_message,
        ..
    } = p
    else {
        return;
    };
    if support::type_rule(cx, o, n) != Some(RULE.id) {
        return;
    }
    let nm = (*new_message).clone();
    cx.emit(
        &RULE,
        Some(At::field(o)),
        Some(At::field(n)),
        format!(
            "Field \"{}\" with name \"{}\" on message \"{}\" changed type from \"{}\" to \"{}\".",
            n.number(),
            n.name(),
            n.parent_message().full_name(),
            support::type_name(o),
            support::type_name(n)
        ),
        |_| witness::field(o, &nm, Encoding::Json),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
