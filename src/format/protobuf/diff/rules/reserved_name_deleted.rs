//! Rule `reserved-name-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A reserved name was deleted from a message or enum.
    ///
    /// ## Why it matters
    ///
    /// Reserved names are those of deleted fields or values; the JSON encoding uses names, so
    /// reusing one lets old JSON be read with another meaning.
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
    ///   reserved "note", "total";
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
    ///   reserved "total";
    ///   string id = 1;
    /// }
    /// ```
    id: "reserved-name-deleted",
    effect: Reshapes,
    summary: "A reserved name was deleted from a message or enum.",
    area: "reserved",
    levels: [File, Package, WireJson, Wire],
    hint: "keep every reservation; reserved numbers and names cost nothing",
}

fn check(cx: &mut Cx, p: &Pair) {
    let deleted: Vec<(String, At, At, String)> = match p {
        Pair::Message {
            old: Some(o),
            new: Some(n),
        } => o
            .reserved_names()
            .filter(|x| !n.reserved_names().any(|y| y == *x))
            .map(|x| {
                (
                    x.to_string(),
                    At::message(o),
                    At::message(n),
                    format!("message \"{}\"", n.full_name()),
                )
            })
            .collect(),
        Pair::Enum {
            old: Some(o),
            new: Some(n),
        } => o
            .reserved_names()
            .filter(|x| !n.reserved_names().any(|y| y == *x))
            .map(|x| {
                (
                    x.to_string(),
                    At::enumeration(o),
                    At::enumeration(n),
                    format!("enum \"{}\"", n.full_name()),
                )
            })
            .collect(),
        _ => return,
    };
    for (name, a, b, owner) in deleted {
        cx.emit(
            &RULE,
            Some(a),
            Some(b),
            format!("Previously present reserved name \"{name}\" on {owner} was deleted."),
            |_| None,
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
