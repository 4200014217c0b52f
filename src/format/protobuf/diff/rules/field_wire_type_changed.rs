//! Rule `field-wire-type-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field's type changed to one the binary encoding cannot exchange.
    ///
    /// ## Why it matters
    ///
    /// The new version decodes the old bytes with another wire type (and fails), or with another
    /// reading of the same bytes (zigzag or not, signed or not, another message): it rejects or
    /// misreads old data. Exchangeable groups: int32, uint32, int64, uint64 and bool; sint32 and
    /// sint64; fixed32 and sfixed32; fixed64 and sfixed64; string to bytes; an enum to an enum of
    /// the same name whose values only grew.
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
    ///   int32 quantity = 1;
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
    ///   string quantity = 1;
    /// }
    /// ```
    id: "field-wire-type-changed",
    effect: Reshapes,
    summary: "A field's type changed to one the binary encoding cannot exchange.",
    area: "fields",
    levels: [WireJson, Wire],
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
        |_| witness::field(o, &nm, Encoding::Binary),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
