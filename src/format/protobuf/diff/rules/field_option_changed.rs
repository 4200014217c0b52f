//! Rule `field-option-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field option that shapes generated code changed (`jstype`, `ctype`).
    ///
    /// ## Why it matters
    ///
    /// `jstype` decides whether JavaScript sees a 64-bit number or a string; `ctype` which C++
    /// string type holds the value. Code written against one does not compile against the other.
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
    ///   int64 total = 1;
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
    ///   int64 total = 1 [jstype = JS_STRING];
    /// }
    /// ```
    id: "field-option-changed",
    effect: Reshapes,
    summary: "A field option that shapes generated code changed (`jstype`, `ctype`).",
    area: "options",
    levels: [File, Package],
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
    let (a, b) = (
        o.field_descriptor_proto().options.clone().unwrap_or_default(),
        n.field_descriptor_proto().options.clone().unwrap_or_default(),
    );
    let options = [
        ("jstype", format!("{:?}", a.jstype()), format!("{:?}", b.jstype())),
        ("ctype", format!("{:?}", a.ctype()), format!("{:?}", b.ctype())),
    ];
    for (name, x, y) in options {
        if x == y {
            continue;
        }
        cx.emit(
            &RULE,
            Some(At::field(o)),
            Some(At::field(n)),
            format!(
                "Field \"{}\" with name \"{}\" on message \"{}\" changed option \"{name}\" from {x} to {y}.",
                n.number(),
                n.name(),
                n.parent_message().full_name()
            ),
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
