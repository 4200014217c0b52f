//! Rule `package-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// The file's package changed.
    ///
    /// ## Why it matters
    ///
    /// Every type of the file gets a new full name: generated code moves to another namespace,
    /// `Any` type URLs and gRPC method paths change, and registries that key types by name see new
    /// types.
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
    /// package acme.v2;
    ///
    /// message Order {
    ///   string id = 1;
    /// }
    /// ```
    id: "package-changed",
    effect: Reshapes,
    summary: "The file's package changed.",
    area: "file",
    levels: [File, Package, WireJson, Wire, Confluent],
    hint: "publish the new package beside the old one (a new file) and move consumers over; never rename a package in place",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::File { old, new } = p else { return };
    if old.package_name() == new.package_name() {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::file_part(old, vec![2], "/package")),
        Some(At::file_part(new, vec![2], "/package")),
        format!(
            "The package changed from \"{}\" to \"{}\".",
            old.package_name(),
            new.package_name()
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
