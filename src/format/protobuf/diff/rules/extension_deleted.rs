//! Rule `extension-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An extension was deleted.
    ///
    /// ## Why it matters
    ///
    /// Generated code for the extension disappears, and code that reads or sets it stops compiling.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```proto
    /// syntax = "proto2";
    ///
    /// package acme.v1;
    ///
    /// message Order {
    ///   optional string id = 1;
    ///   extensions 100 to 199;
    /// }
    ///
    /// extend Order {
    ///   optional string channel = 100;
    /// }
    /// ```
    ///
    /// New:
    ///
    /// ```proto
    /// syntax = "proto2";
    ///
    /// package acme.v1;
    ///
    /// message Order {
    ///   optional string id = 1;
    ///   extensions 100 to 199;
    /// }
    /// ```
    id: "extension-deleted",
    effect: Narrows,
    summary: "An extension was deleted.",
    area: "extensions",
    levels: [File, Package],
    hint: "deprecate the extension instead of deleting it",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Extension {
        old: Some(o),
        new: None,
    } = p
    else {
        return;
    };
    if cx.new.pool.get_extension_by_name(o.full_name()).is_some() {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::extension(o)),
        None,
        format!(
            "Previously present extension \"{}\" ({}) of message \"{}\" was deleted.",
            o.full_name(),
            o.number(),
            o.containing_message().full_name()
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
