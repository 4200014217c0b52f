//! Rule `enum-value-deleted-without-reserving-name`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An enum value was deleted with its number reserved but not its name.
    ///
    /// ## Why it matters
    ///
    /// The JSON encoding writes enum values by name: JSON holding the old name is rejected by the
    /// new version.
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
    ///   reserved 2;
    ///   STATUS_UNSPECIFIED = 0;
    ///   STATUS_PAID = 1;
    /// }
    ///
    /// message Order {
    ///   Status status = 1;
    /// }
    /// ```
    id: "enum-value-deleted-without-reserving-name",
    effect: Narrows,
    summary: "An enum value was deleted with its number reserved but not its name.",
    area: "enums",
    levels: [File, Package, WireJson],
    hint: "reserve the name too (`reserved \"STATUS_VOID\";`)",
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
    let number = new_enum.reserved_ranges().any(|r| r.contains(&o.number()));
    let name = old_enum
        .values()
        .filter(|v| v.number() == o.number())
        .all(|v| new_enum.reserved_names().any(|n| n == v.name()));
    if !number || name {
        return;
    }
    let (enum_name, value) = (old_enum.full_name().to_string(), o.number());
    cx.emit(
        &RULE,
        Some(At::enum_value(o)),
        Some(At::enumeration(new_enum)),
        format!(
            "Previously present enum value \"{}\" ({}) on enum \"{}\" was deleted without reserving its name.",
            o.name(),
            o.number(),
            new_enum.full_name()
        ),
        |cx| witness::enum_value(&cx.old.pool, &cx.new.pool, &enum_name, value, Encoding::Json),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
