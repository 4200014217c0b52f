//! Rule `numeric-field-cardinality-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A numeric field changed between singular and repeated (Confluent).
    ///
    /// ## Why it matters
    ///
    /// Repeated numbers are packed, so a singular reader cannot decode them; Confluent rejects the
    /// change for numeric and enum fields and accepts it for strings, bytes and messages, whose
    /// records repeat the same way.
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
    ///   optional int32 quantity = 1;
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
    ///   repeated int32 quantity = 1;
    /// }
    /// ```
    id: "numeric-field-cardinality-changed",
    effect: Reshapes,
    summary: "A numeric field changed between singular and repeated (Confluent).",
    area: "fields",
    levels: [Confluent],
    hint: "add a field with a new number and the new cardinality, and deprecate the old one",
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
    if support::cardinality_rule(cx, o, n) != Some(RULE.id) {
        return;
    }
    let nm = (*new_message).clone();
    cx.emit(
        &RULE,
        Some(At::field(o)),
        Some(At::field(n)),
        format!(
            "Field \"{}\" with name \"{}\" on message \"{}\" changed cardinality from \"{}\" to \"{}\".",
            n.number(),
            n.name(),
            n.parent_message().full_name(),
            support::Card::of(o).describe(),
            support::Card::of(n).describe()
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
