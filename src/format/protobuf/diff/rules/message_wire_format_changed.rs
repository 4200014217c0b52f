//! Rule `message-wire-format-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// The message's `message_set_wire_format` option changed.
    ///
    /// ## Why it matters
    ///
    /// A message set is encoded unlike any other message: the two versions cannot read each other's
    /// bytes.
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
    /// message Bag {
    ///   option message_set_wire_format = true;
    ///   extensions 4 to max;
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
    /// message Bag {
    ///   extensions 4 to max;
    /// }
    /// ```
    id: "message-wire-format-changed",
    effect: Reshapes,
    summary: "The message's `message_set_wire_format` option changed.",
    area: "options",
    levels: [File, Package, WireJson, Wire],
    hint: "keep the wire format of a message for its whole life",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Message {
        old: Some(o),
        new: Some(n),
    } = p
    else {
        return;
    };
    let get = |m: &prost_reflect::MessageDescriptor| {
        m.descriptor_proto()
            .options
            .as_ref()
            .is_some_and(|x| x.message_set_wire_format())
    };
    if get(o) == get(n) {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::message(o)),
        Some(At::message(n)),
        format!(
            "The message_set_wire_format option of message \"{}\" changed from {} to {}.",
            n.full_name(),
            get(o),
            get(n)
        ),
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
