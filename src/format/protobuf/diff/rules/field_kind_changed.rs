//! Rule `field-kind-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field's type changed in a way Confluent's Schema Registry rejects.
    ///
    /// ## Why it matters
    ///
    /// Confluent compares scalar kinds by group (string and bytes; int32, uint32, int64, uint64,
    /// bool and enums; sint32 and sint64; fixed32 and sfixed32; fixed64 and sfixed64), and message
    /// and enum types by name without their package. Any other change is incompatible there.
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
    ///   sint64 quantity = 1;
    /// }
    /// ```
    id: "field-kind-changed",
    effect: Reshapes,
    summary: "A field's type changed in a way Confluent's Schema Registry rejects.",
    area: "fields",
    levels: [Confluent],
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
        |_| witness::field(o, &nm, Encoding::Either),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
