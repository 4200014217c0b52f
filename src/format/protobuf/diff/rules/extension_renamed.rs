//! Rule `extension-renamed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};

crate::declare_proto_rule! {
    /// An extension's name changed (same extendee and number).
    ///
    /// ## Why it matters
    ///
    /// The JSON encoding writes extensions by full name (`[acme.v1.priority]`), and generated code
    /// names accessors after them.
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
    ///   optional int32 priority = 100;
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
    ///
    /// extend Order {
    ///   optional int32 rank = 100;
    /// }
    /// ```
    id: "extension-renamed",
    effect: Reshapes,
    summary: "An extension's name changed (same extendee and number).",
    area: "extensions",
    levels: [File, Package, WireJson],
    hint: "keep the name; add a new extension for a new meaning",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Extension {
        old: Some(o),
        new: Some(n),
    } = p
    else {
        return;
    };
    if o.name() == n.name() {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::extension(o)),
        Some(At::extension(n)),
        format!(
            "Extension {} of message \"{}\" changed name from \"{}\" to \"{}\".",
            n.number(),
            n.containing_message().full_name(),
            o.full_name(),
            n.full_name()
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
