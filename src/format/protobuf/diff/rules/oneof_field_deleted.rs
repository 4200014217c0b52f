//! Rule `oneof-field-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field of a oneof was deleted (Confluent).
    ///
    /// ## Why it matters
    ///
    /// A new reader of a message whose oneof held the deleted field finds the oneof unset: the old
    /// writer's choice is lost. Confluent rejects this even though it accepts deleting ordinary
    /// fields.
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
    ///   oneof contact {
    ///     string email = 1;
    ///   }
    /// }
    /// ```
    id: "oneof-field-deleted",
    effect: Narrows,
    summary: "A field of a oneof was deleted (Confluent).",
    area: "oneofs",
    levels: [Confluent],
    level_specific: true,
    hint: "deprecate the member instead of deleting it",
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
    let Some(oneof) = support::real_oneof(o) else { return };
    let nm = (*new_message).clone();
    cx.emit(
        &RULE,
        Some(At::field(o)),
        Some(At::message(new_message)),
        format!(
            "Previously present {} was deleted from oneof \"{oneof}\".",
            support::field_label(o)
        ),
        |_| witness::field(o, &nm, Encoding::Binary),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
