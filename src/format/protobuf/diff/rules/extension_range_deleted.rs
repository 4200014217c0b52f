//! Rule `extension-range-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An extension range was deleted from a message.
    ///
    /// ## Why it matters
    ///
    /// Schemas that extend the message in that range stop compiling.
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
    ///   extensions 100 to 199;
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
    id: "extension-range-deleted",
    effect: Reshapes,
    summary: "An extension range was deleted from a message.",
    area: "messages",
    levels: [File, Package],
    hint: "keep extension ranges once published",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Message {
        old: Some(o),
        new: Some(n),
    } = p
    else {
        return;
    };
    let kept: Vec<std::ops::Range<u32>> = n.extension_ranges().collect();
    for r in o.extension_ranges() {
        let whole = kept.iter().any(|k| k.start <= r.start && k.end >= r.end);
        if whole {
            continue;
        }
        cx.emit(
            &RULE,
            Some(At::message(o)),
            Some(At::message(n)),
            format!(
                "Previously present extension range \"{} to {}\" on message \"{}\" was deleted.",
                r.start,
                r.end.saturating_sub(1),
                n.full_name()
            ),
            |_| None,
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
