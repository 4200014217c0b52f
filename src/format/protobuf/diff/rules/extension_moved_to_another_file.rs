//! Rule `extension-moved-to-another-file`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An extension moved to another file of its package.
    ///
    /// ## Why it matters
    ///
    /// Per-file generators lose it from the file's generated code.
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
    /// import "acme/v1/channel.proto";
    ///
    /// message Refund {
    ///   optional string id = 1;
    /// }
    /// ```
    id: "extension-moved-to-another-file",
    effect: Narrows,
    summary: "An extension moved to another file of its package.",
    area: "extensions",
    levels: [File],
    hint: "keep the extension in its file",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Extension {
        old: Some(o),
        new: None,
    } = p
    else {
        return;
    };
    let Some(moved) = cx.new.pool.get_extension_by_name(o.full_name()) else {
        return;
    };
    cx.emit(
        &RULE,
        Some(At::extension(o)),
        Some(At::extension(&moved)),
        format!(
            "Extension \"{}\" moved from \"{}\" to \"{}\".",
            o.full_name(),
            o.parent_file().name(),
            moved.parent_file().name()
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
