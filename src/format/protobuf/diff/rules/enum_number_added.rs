//! Rule `enum-number-added`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An enum value (number) was added.
    ///
    /// ## Why it matters
    ///
    /// Readers of the old version see an unknown number: open (proto3) enums keep it, closed
    /// (proto2) enums drop it into unknown fields. No level counts an addition as breaking.
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
    /// ```
    id: "enum-number-added",
    effect: Widens,
    summary: "An enum value (number) was added.",
    area: "enums",
    levels: [],
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::EnumValue {
        old: None,
        new: Some(n),
        old_enum,
        ..
    } = p
    else {
        return;
    };
    cx.emit(
        &RULE,
        Some(At::enumeration(old_enum)),
        Some(At::enum_value(n)),
        format!(
            "Enum value \"{}\" ({}) was added to enum \"{}\".",
            n.name(),
            n.number(),
            n.parent_enum().full_name()
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
