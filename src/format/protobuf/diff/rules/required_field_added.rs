//! Rule `required-field-added`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A required field was added.
    ///
    /// ## Why it matters
    ///
    /// Messages written by the old version lack the field, and the new version rejects them as
    /// incomplete; required fields can never be added or removed safely.
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
    ///   optional string id = 1;
    ///   required string currency = 2;
    /// }
    /// ```
    id: "required-field-added",
    effect: Reshapes,
    summary: "A required field was added.",
    area: "fields",
    levels: [File, Package, WireJson, Wire, Confluent],
    hint: "add the field as optional and check for it in code",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Field {
        old: None,
        new: Some(n),
        old_message,
        new_message,
    } = p
    else {
        return;
    };
    if !n.is_required() {
        return;
    }
    let (om, nm) = ((*old_message).clone(), (*new_message).clone());
    cx.emit(
        &RULE,
        Some(At::message(old_message)),
        Some(At::field(n)),
        format!(
            "Required field \"{}\" ({}) was added to message \"{}\".",
            n.name(),
            n.number(),
            n.parent_message().full_name()
        ),
        |_| witness::bare(&om, &nm, &[]),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
