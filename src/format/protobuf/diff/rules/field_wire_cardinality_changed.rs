//! Rule `field-wire-cardinality-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field changed between singular and repeated (or map).
    ///
    /// ## Why it matters
    ///
    /// A repeated scalar is packed into one length-delimited record, which a singular reader cannot
    /// decode; a singular reader of a repeated field keeps only the last element; JSON writes a
    /// list where a value was. Only presence (implicit or explicit) and, in binary, repeated and
    /// map can change freely.
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
    ///   repeated int32 quantity = 1;
    /// }
    /// ```
    id: "field-wire-cardinality-changed",
    effect: Reshapes,
    summary: "A field changed between singular and repeated (or map).",
    area: "fields",
    levels: [WireJson, Wire],
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
