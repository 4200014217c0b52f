//! Rule `field-deleted-without-reserving-name`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field was deleted with its number reserved but not its name.
    ///
    /// ## Why it matters
    ///
    /// The JSON encoding names fields: JSON written by old producers carries the name, which the
    /// new version rejects, and a later field that takes the name would read old values.
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
    ///   string note = 2;
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
    ///   reserved 2;
    ///   string id = 1;
    /// }
    /// ```
    id: "field-deleted-without-reserving-name",
    effect: Narrows,
    summary: "A field was deleted with its number reserved but not its name.",
    area: "fields",
    levels: [File, Package, WireJson],
    hint: "reserve the name too (`reserved \"note\";`)",
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
    if o.is_required() {
        return;
    }
    let (number, name) = (
        support::reserves_number(new_message, o.number()),
        support::reserves_name(new_message, o.name()),
    );
    if !number || name {
        return;
    }
    let nm = (*new_message).clone();
    cx.emit(
        &RULE,
        Some(At::field(o)),
        Some(At::message(new_message)),
        format!(
            "Previously present {} was deleted without reserving its name.",
            support::field_label(o)
        ),
        |_| witness::field(o, &nm, Encoding::Json),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
