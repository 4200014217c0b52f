//! Rule `oneof-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A oneof was deleted (or renamed).
    ///
    /// ## Why it matters
    ///
    /// Generated code has a type or case enum for every oneof; code that uses it stops compiling.
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
    ///   oneof contact {
    ///     string email = 1;
    ///     string phone = 2;
    ///   }
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
    ///   oneof reach {
    ///     string email = 1;
    ///     string phone = 2;
    ///   }
    /// }
    /// ```
    id: "oneof-deleted",
    effect: Reshapes,
    summary: "A oneof was deleted (or renamed).",
    area: "oneofs",
    levels: [File, Package],
    hint: "keep the oneof's name",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Oneof {
        old: Some(o),
        new: None,
        new_message,
        ..
    } = p
    else {
        return;
    };
    cx.emit(
        &RULE,
        Some(At::oneof(o)),
        Some(At::message(new_message)),
        format!(
            "Previously present oneof \"{}\" on message \"{}\" was deleted.",
            o.name(),
            new_message.full_name()
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
