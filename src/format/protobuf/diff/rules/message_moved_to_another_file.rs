//! Rule `message-moved-to-another-file`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A message moved to another file of its package.
    ///
    /// ## Why it matters
    ///
    /// Languages that generate one unit per file (C++ headers, Python modules) see the type
    /// disappear from the file's generated code; Confluent's registry sees it leave the subject's
    /// schema. Go and other per-package generators do not notice, hence the `package` level accepts
    /// it.
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
    ///   Item item = 2;
    /// }
    ///
    /// message Item {
    ///   string sku = 1;
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
    /// import "acme/v1/item.proto";
    ///
    /// message Order {
    ///   string id = 1;
    ///   Item item = 2;
    /// }
    /// ```
    id: "message-moved-to-another-file",
    effect: Narrows,
    summary: "A message moved to another file of its package.",
    area: "messages",
    levels: [File, Confluent],
    hint: "keep the message in its file; move it only in a new major version of the generated code",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Message {
        old: Some(o),
        new: None,
    } = p
    else {
        return;
    };
    let Some(moved) = cx.new.pool.get_message_by_name(o.full_name()) else {
        return;
    };
    cx.emit(
        &RULE,
        Some(At::message(o)),
        Some(At::message(&moved)),
        format!(
            "Message \"{}\" moved from \"{}\" to \"{}\".",
            o.full_name(),
            o.parent_file().name(),
            moved.parent_file().name()
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
