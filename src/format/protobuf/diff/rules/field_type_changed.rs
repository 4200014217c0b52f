//! Rule `field-type-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field's type changed.
    ///
    /// ## Why it matters
    ///
    /// Generated code changes type, so callers stop compiling, even where the encodings could
    /// exchange the two types (int32 and int64, string and bytes). At the wire levels, exchangeable
    /// types are reported under this rule without breaking; the others under `field-wire-type-
    /// changed`, `field-json-type-changed` or `field-kind-changed`.
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
    ///   int64 quantity = 1;
    /// }
    /// ```
    id: "field-type-changed",
    effect: Reshapes,
    summary: "A field's type changed.",
    area: "fields",
    levels: [File, Package],
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
