//! Rule `message-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A message was deleted.
    ///
    /// ## Why it matters
    ///
    /// Generated code that uses the message stops compiling, and a registry subject whose records
    /// are of that type can no longer be read with the new schema. (A message that moved to another
    /// file of the same package is `message-moved-to-another-file`.)
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
    ///
    /// message Refund {
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
    ///   string id = 1;
    /// }
    /// ```
    id: "message-deleted",
    effect: Narrows,
    summary: "A message was deleted.",
    area: "messages",
    levels: [File, Package, Confluent],
    hint: "deprecate the message (`option deprecated = true;`) and delete it only when no consumer uses it",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Message {
        old: Some(o),
        new: None,
    } = p
    else {
        return;
    };
    if cx.new.pool.get_message_by_name(o.full_name()).is_some() {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::message(o)),
        None,
        format!("Previously present message \"{}\" was deleted.", o.full_name()),
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
