//! Rule `message-option-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// The message stopped generating its standard descriptor accessor.
    ///
    /// ## Why it matters
    ///
    /// `no_standard_descriptor_accessor = true` removes the `descriptor()` accessor from generated
    /// code, which callers may use.
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
    ///   string id = 1;
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
    ///   option no_standard_descriptor_accessor = true;
    ///   string id = 1;
    /// }
    /// ```
    id: "message-option-changed",
    effect: Reshapes,
    summary: "The message stopped generating its standard descriptor accessor.",
    area: "options",
    levels: [File, Package],
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
            .is_some_and(|x| x.no_standard_descriptor_accessor())
    };
    if get(o) || !get(n) {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::message(o)),
        Some(At::message(n)),
        format!(
            "Message \"{}\" set no_standard_descriptor_accessor to true: generated code loses its descriptor accessor.",
            n.full_name()
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
