//! Rule `enum-type-added`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An enum was added.
    ///
    /// ## Why it matters
    ///
    /// A new type breaks no reader.
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
    /// }
    ///
    /// message Order {
    ///   string id = 1;
    /// }
    /// ```
    id: "enum-type-added",
    effect: Widens,
    summary: "An enum was added.",
    area: "enums",
    levels: [],
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Enum {
        old: None,
        new: Some(n),
    } = p
    else {
        return;
    };
    if cx.old.pool.get_enum_by_name(n.full_name()).is_some() {
        return;
    }
    cx.emit(
        &RULE,
        None,
        Some(At::enumeration(n)),
        format!("Enum \"{}\" was added.", n.full_name()),
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
