//! Rule `enum-value-deleted-without-reserving-number`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An enum value was deleted and its number was not reserved.
    ///
    /// ## Why it matters
    ///
    /// Old data still holds the number; a later value that reuses it would give old data another
    /// meaning. Closed (proto2) enums drop unknown numbers into unknown fields today.
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
    /// enum Status {
    ///   STATUS_UNSPECIFIED = 0;
    ///   STATUS_PAID = 1;
    ///   STATUS_VOID = 2;
    /// }
    ///
    /// message Order {
    ///   Status status = 1;
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
    /// enum Status {
    ///   STATUS_UNSPECIFIED = 0;
    ///   STATUS_PAID = 1;
    /// }
    ///
    /// message Order {
    ///   Status status = 1;
    /// }
    /// ```
    id: "enum-value-deleted-without-reserving-number",
    effect: Narrows,
    summary: "An enum value was deleted and its number was not reserved.",
    area: "enums",
    levels: [File, Package, WireJson, Wire],
    hint: "reserve the number and the name (`reserved 2; reserved \"STATUS_VOID\";`), or deprecate the value",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::EnumValue {
        old: Some(o),
        new: None,
        old_enum,
        new_enum,
    } = p
    else {
        return;
    };
    if new_enum.reserved_ranges().any(|r| r.contains(&o.number())) {
        return;
    }
    let (enum_name, value) = (old_enum.full_name().to_string(), o.number());
    cx.emit(
        &RULE,
        Some(At::enum_value(o)),
        Some(At::enumeration(new_enum)),
        format!(
            "Previously present enum value \"{}\" ({}) on enum \"{}\" was deleted without reserving its number.",
            o.name(),
            o.number(),
            new_enum.full_name()
        ),
        |cx| witness::enum_value(&cx.old.pool, &cx.new.pool, &enum_name, value, Encoding::Either),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
