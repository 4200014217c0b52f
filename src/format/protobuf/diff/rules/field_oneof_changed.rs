//! Rule `field-oneof-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field moved into, out of, or between oneofs.
    ///
    /// ## Why it matters
    ///
    /// Generated code for oneof members differs (a case enum, a setter that clears the others), and
    /// values that could be set together may now overwrite each other. buf counts every such move
    /// as breaking; under `confluent` only the moves of `fields-joined-in-oneof` break.
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
    ///   string email = 1;
    ///   string phone = 2;
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
    ///     string phone = 2;
    ///   }
    /// }
    /// ```
    id: "field-oneof-changed",
    effect: Reshapes,
    summary: "A field moved into, out of, or between oneofs.",
    area: "oneofs",
    levels: [File, Package, WireJson, Wire],
    hint: "add new fields to the oneof instead of moving existing ones into it",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Field {
        old: Some(o),
        new: Some(n),
        ..
    } = p
    else {
        return;
    };
    let (a, b) = (support::real_oneof(o), support::real_oneof(n));
    if a == b {
        return;
    }
    let what = match (&a, &b) {
        (None, Some(b)) => format!("moved into oneof \"{b}\""),
        (Some(a), None) => format!("moved out of oneof \"{a}\""),
        (Some(a), Some(b)) => format!("moved from oneof \"{a}\" to oneof \"{b}\""),
        (None, None) => return,
    };
    cx.emit(
        &RULE,
        Some(At::field(o)),
        Some(At::field(n)),
        format!(
            "Field \"{}\" with name \"{}\" on message \"{}\" {what}.",
            n.number(),
            n.name(),
            n.parent_message().full_name()
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
