//! Rule `extension-type-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};

crate::declare_proto_rule! {
    /// An extension's type or cardinality changed.
    ///
    /// ## Why it matters
    ///
    /// Readers decode the extension's number with the old type: they fail or misread, and generated
    /// accessors change type. (Types the binary encoding exchanges, such as int32 and int64, break
    /// only `file` and `package`.)
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
    ///   optional string priority = 100;
    /// }
    /// ```
    id: "extension-type-changed",
    effect: Reshapes,
    summary: "An extension's type or cardinality changed.",
    area: "extensions",
    levels: [File, Package, WireJson, Wire],
    hint: "add a new extension number with the new type and deprecate the old one",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Extension {
        old: Some(o),
        new: Some(n),
    } = p
    else {
        return;
    };
    let delta = support::kinds_delta(cx, &o.kind(), &n.kind());
    let label = |x: &prost_reflect::ExtensionDescriptor| {
        if x.is_list() {
            "repeated"
        } else if x.cardinality() == prost_reflect::Cardinality::Required {
            "required"
        } else {
            "optional"
        }
    };
    let card_changed = label(o) != label(n);
    if delta.is_none() && !card_changed {
        return;
    }
    // Types the level's encoding exchanges are not this rule's business there.
    let exchangeable = !card_changed
        && match cx.level {
            crate::format::protobuf::Level::Wire => delta.is_some_and(|d| d.wire_ok),
            crate::format::protobuf::Level::WireJson => delta.is_some_and(|d| d.json_ok),
            _ => false,
        };
    if exchangeable {
        return;
    }
    let show = |x: &prost_reflect::ExtensionDescriptor| format!("{} {}", label(x), support::kind_name(&x.kind()));
    cx.emit(
        &RULE,
        Some(At::extension(o)),
        Some(At::extension(n)),
        format!(
            "Extension \"{}\" ({}) of message \"{}\" changed type from \"{}\" to \"{}\".",
            n.full_name(),
            n.number(),
            n.containing_message().full_name(),
            show(o),
            show(n)
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
