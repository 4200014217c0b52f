//! Rule `message-added`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A message was added.
    ///
    /// ## Why it matters
    ///
    /// New types break no reader. Under Confluent's rules a FORWARD check (old readers, new
    /// writers) fails on it, because an old schema cannot read records of a type it does not have;
    /// the other levels never count an addition.
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
    ///   string id = 1;
    /// }
    ///
    /// message Refund {
    ///   string id = 1;
    /// }
    /// ```
    id: "message-added",
    effect: Widens,
    summary: "A message was added.",
    area: "messages",
    levels: [Confluent],
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Message {
        old: None,
        new: Some(n),
    } = p
    else {
        return;
    };
    if cx.old.pool.get_message_by_name(n.full_name()).is_some() {
        return;
    }
    cx.emit(
        &RULE,
        None,
        Some(At::message(n)),
        format!("Message \"{}\" was added.", n.full_name()),
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
