//! Rule `field-json-cardinality-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field changed between repeated and map.
    ///
    /// ## Why it matters
    ///
    /// The binary encoding of a map is a repeated entry message, but JSON writes a map as an object
    /// and a repeated field as an array.
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
    ///   message Tag {
    ///     string key = 1;
    ///     string value = 2;
    ///   }
    ///   repeated Tag tags = 1;
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
    ///   message Tag {
    ///     string key = 1;
    ///     string value = 2;
    ///   }
    ///   map<string, string> tags = 1;
    /// }
    /// ```
    id: "field-json-cardinality-changed",
    effect: Reshapes,
    summary: "A field changed between repeated and map.",
    area: "fields",
    levels: [WireJson],
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
