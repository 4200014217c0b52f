//! Rule `field-json-name-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field's JSON name changed (`json_name`).
    ///
    /// ## Why it matters
    ///
    /// The JSON encoding writes the JSON name: documents written with the old one are rejected by
    /// the new version.
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
    ///   string note = 2 [json_name = "remark"];
    /// }
    /// ```
    id: "field-json-name-changed",
    effect: Reshapes,
    summary: "A field's JSON name changed (`json_name`).",
    area: "fields",
    levels: [File, Package, WireJson],
    hint: "keep the JSON name; `json_name` is only for new fields",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Field {
        old: Some(o),
        new: Some(n),
        new_message,
        ..
    } = p
    else {
        return;
    };
    if o.name() != n.name() || o.json_name() == n.json_name() {
        return;
    }
    let nm = (*new_message).clone();
    cx.emit(
        &RULE,
        Some(At::field(o)),
        Some(At::field(n)),
        format!(
            "Field \"{}\" with name \"{}\" on message \"{}\" changed JSON name from \"{}\" to \"{}\".",
            o.number(),
            n.name(),
            n.parent_message().full_name(),
            o.json_name(),
            n.json_name()
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
