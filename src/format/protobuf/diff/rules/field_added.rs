//! Rule `field-added`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field was added.
    ///
    /// ## Why it matters
    ///
    /// Old readers skip the unknown number and keep its bytes; new readers see the zero value in
    /// old data. No level counts an addition as breaking.
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
    /// message Order {
    ///   string id = 1;
    ///   string note = 2;
    /// }
    /// ```
    id: "field-added",
    effect: Widens,
    summary: "A field was added.",
    area: "fields",
    levels: [],
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Field {
        old: None,
        new: Some(n),
        old_message,
        ..
    } = p
    else {
        return;
    };
    if n.is_required() {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::message(old_message)),
        Some(At::field(n)),
        format!(
            "Field \"{}\" ({}) was added to message \"{}\".",
            n.name(),
            n.number(),
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
