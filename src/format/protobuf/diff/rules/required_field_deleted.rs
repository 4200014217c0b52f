//! Rule `required-field-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A required field was deleted.
    ///
    /// ## Why it matters
    ///
    /// The old version rejects every message the new one writes, since none carries the field.
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
    ///   required string currency = 2;
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
    id: "required-field-deleted",
    effect: Reshapes,
    summary: "A required field was deleted.",
    area: "fields",
    levels: [File, Package, WireJson, Wire, Confluent],
    hint: "keep required fields forever; write them with a placeholder value if they lost their meaning",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Field {
        old: Some(o),
        new: None,
        new_message,
        ..
    } = p
    else {
        return;
    };
    if !o.is_required() {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::field(o)),
        Some(At::message(new_message)),
        format!("Previously present required {} was deleted.", support::field_label(o)),
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
