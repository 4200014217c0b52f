//! Rule `enum-value-renamed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An enum value's name changed (same number).
    ///
    /// ## Why it matters
    ///
    /// The JSON encoding writes enum values by name, and generated code names constants after them:
    /// old JSON is rejected and old code stops compiling. (With `allow_alias`, adding a name for a
    /// number is fine; every old name must remain.)
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
    ///   STATUS_CANCELLED = 2;
    /// }
    ///
    /// message Order {
    ///   Status status = 1;
    /// }
    /// ```
    id: "enum-value-renamed",
    effect: Reshapes,
    summary: "An enum value's name changed (same number).",
    area: "enums",
    levels: [File, Package, WireJson],
    hint: "keep the name; to rename, add the new name as an alias (`option allow_alias = true;`) and deprecate the old one",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::EnumValue {
        old: Some(o),
        new: Some(n),
        old_enum,
        new_enum,
    } = p
    else {
        return;
    };
    let names = |e: &prost_reflect::EnumDescriptor| {
        e.values()
            .filter(|v| v.number() == o.number())
            .map(|v| v.name().to_string())
            .collect::<Vec<_>>()
    };
    let (before, after) = (names(old_enum), names(new_enum));
    let lost: Vec<&String> = before.iter().filter(|b| !after.contains(b)).collect();
    if lost.is_empty() {
        return;
    }
    let (enum_name, value) = (old_enum.full_name().to_string(), o.number());
    cx.emit(
        &RULE,
        Some(At::enum_value(o)),
        Some(At::enum_value(n)),
        format!(
            "Enum value \"{}\" on enum \"{}\" changed name from \"{}\" to \"{}\".",
            o.number(),
            new_enum.full_name(),
            lost.iter().map(|s| s.as_str()).collect::<Vec<_>>().join("\", \""),
            after.join("\", \"")
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
