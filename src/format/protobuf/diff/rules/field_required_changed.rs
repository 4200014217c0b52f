//! Rule `field-required-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field became required, or stopped being required.
    ///
    /// ## Why it matters
    ///
    /// A reader that requires the field rejects every message written without it: making a field
    /// required breaks old data, making it optional breaks old readers.
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
    /// syntax = "proto2";
    ///
    /// package acme.v1;
    ///
    /// message Order {
    ///   required string id = 1;
    /// }
    /// ```
    id: "field-required-changed",
    effect: Reshapes,
    summary: "A field became required, or stopped being required.",
    area: "fields",
    levels: [File, Package, WireJson, Wire, Confluent],
    hint: "never change whether a field is required",
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
