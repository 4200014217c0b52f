//! Rule `enum-value-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An enum value was deleted (its number and name reserved).
    ///
    /// ## Why it matters
    ///
    /// Both encodings stay safe, but generated code loses the constant, and code that uses it stops
    /// compiling.
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
    ///   reserved "STATUS_VOID";
    ///   STATUS_UNSPECIFIED = 0;
    ///   STATUS_PAID = 1;
    /// }
    ///
    /// message Order {
    ///   Status status = 1;
    /// }
    /// ```
    id: "enum-value-deleted",
    effect: Narrows,
    summary: "An enum value was deleted (its number and name reserved).",
    area: "enums",
    levels: [File, Package],
    hint: "deprecate the value (`[deprecated = true]`) instead of deleting it",
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
    if !(number && name) {
        return;
    }
    let (enum_name, value) = (old_enum.full_name().to_string(), o.number());
    cx.emit(
        &RULE,
        Some(At::enum_value(o)),
        Some(At::enumeration(new_enum)),
        format!(
            "Previously present enum value \"{}\" ({}) on enum \"{}\" was deleted.",
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
