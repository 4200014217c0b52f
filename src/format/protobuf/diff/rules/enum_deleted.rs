//! Rule `enum-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An enum was deleted.
    ///
    /// ## Why it matters
    ///
    /// Generated code that uses the enum stops compiling. Fields of an enum type that changed are
    /// reported by the field rules. (An enum that moved to another file of the same package is
    /// `enum-moved-to-another-file`.)
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
    /// }
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
    /// }
    /// ```
    id: "enum-deleted",
    effect: Narrows,
    summary: "An enum was deleted.",
    area: "enums",
    levels: [File, Package],
    hint: "deprecate the enum (`option deprecated = true;`) instead of deleting it",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Enum {
        old: Some(o),
        new: None,
    } = p
    else {
        return;
    };
    if cx.new.pool.get_enum_by_name(o.full_name()).is_some() {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::enumeration(o)),
        None,
        format!("Previously present enum \"{}\" was deleted.", o.full_name()),
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
