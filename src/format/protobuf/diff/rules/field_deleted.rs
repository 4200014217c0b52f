//! Rule `field-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field was deleted (its number and name reserved).
    ///
    /// ## Why it matters
    ///
    /// Both encodings stay safe, but generated code loses the field's accessors, and code that uses
    /// them stops compiling.
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
    ///   reserved 2;
    ///   reserved "note";
    ///   string id = 1;
    /// }
    /// ```
    id: "field-deleted",
    effect: Narrows,
    summary: "A field was deleted (its number and name reserved).",
    area: "fields",
    levels: [File, Package],
    hint: "deprecate the field (`[deprecated = true]`) and delete it in a major version of the generated code",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Field {
        old: Some(o),
        new: None,
        new_message,
        ..
    } = p
    else {
        return;
    };
    if o.is_required() {
        return;
    }
    let (number, name) = (
        support::reserves_number(new_message, o.number()),
        support::reserves_name(new_message, o.name()),
    );
    if !(number && name) {
        return;
    }
    let nm = (*new_message).clone();
    cx.emit(
        &RULE,
        Some(At::field(o)),
        Some(At::message(new_message)),
        format!("Previously present {} was deleted.", support::field_label(o)),
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
