//! Rule `field-deleted-without-reserving-number`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field was deleted and its number was not reserved.
    ///
    /// ## Why it matters
    ///
    /// Old data still holds values under the number; a later field that reuses it would read them
    /// as its own, with another type or meaning. Readers of the new version drop the value today.
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
    ///   string id = 1;
    /// }
    /// ```
    id: "field-deleted-without-reserving-number",
    effect: Narrows,
    summary: "A field was deleted and its number was not reserved.",
    area: "fields",
    levels: [File, Package, WireJson, Wire],
    hint: "reserve the number and the name (`reserved 2; reserved \"note\";`), or deprecate the field instead",
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
    if support::reserves_number(new_message, o.number()) {
        return;
    }
    let nm = (*new_message).clone();
    cx.emit(
        &RULE,
        Some(At::field(o)),
        Some(At::message(new_message)),
        format!(
            "Previously present {} was deleted without reserving its number.",
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
