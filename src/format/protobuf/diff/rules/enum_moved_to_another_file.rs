//! Rule `enum-moved-to-another-file`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An enum moved to another file of its package.
    ///
    /// ## Why it matters
    ///
    /// Per-file generators (C++, Python) lose the type from the file's generated code; per-package
    /// ones do not notice.
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
    /// }
    ///
    /// message Order {
    ///   Status status = 1;
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
    /// import "acme/v1/status.proto";
    ///
    /// message Order {
    ///   Status status = 1;
    /// }
    /// ```
    id: "enum-moved-to-another-file",
    effect: Narrows,
    summary: "An enum moved to another file of its package.",
    area: "enums",
    levels: [File],
    hint: "keep the enum in its file",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Enum {
        old: Some(o),
        new: None,
    } = p
    else {
        return;
    };
    let Some(moved) = cx.new.pool.get_enum_by_name(o.full_name()) else {
        return;
    };
    cx.emit(
        &RULE,
        Some(At::enumeration(o)),
        Some(At::enumeration(&moved)),
        format!(
            "Enum \"{}\" moved from \"{}\" to \"{}\".",
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
