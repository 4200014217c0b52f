//! Rule `field-renamed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field's name changed (same number).
    ///
    /// ## Why it matters
    ///
    /// The binary encoding does not carry names, but the JSON encoding and generated code do: JSON
    /// written with the old name is rejected, and code that uses the old accessors stops compiling.
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
    ///   string comment = 2;
    /// }
    /// ```
    id: "field-renamed",
    effect: Reshapes,
    summary: "A field's name changed (same number).",
    area: "fields",
    levels: [File, Package, WireJson],
    hint: "keep the name; add a new field (new number) and deprecate the old one when the meaning changed",
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
    if o.name() == n.name() {
        return;
    }
    let nm = (*new_message).clone();
    cx.emit(
        &RULE,
        Some(At::field(o)),
        Some(At::field(n)),
        format!(
            "Field \"{}\" on message \"{}\" changed name from \"{}\" to \"{}\".",
            o.number(),
            n.parent_message().full_name(),
            o.name(),
            n.name()
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
