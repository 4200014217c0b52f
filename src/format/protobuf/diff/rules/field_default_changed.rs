//! Rule `field-default-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A field's default value changed (proto2 `default`).
    ///
    /// ## Why it matters
    ///
    /// A field left unset reads as its default: the two versions read the same message with
    /// different values.
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
    ///   optional string currency = 1 [default = "EUR"];
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
    ///   optional string currency = 1 [default = "USD"];
    /// }
    /// ```
    id: "field-default-changed",
    effect: Reshapes,
    summary: "A field's default value changed (proto2 `default`).",
    area: "fields",
    levels: [File, Package, WireJson, Wire],
    hint: "keep defaults; add a new field when the default must change",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Field {
        old: Some(o),
        new: Some(n),
        old_message,
        new_message,
    } = p
    else {
        return;
    };
    if o.is_list() || o.is_map() || n.is_list() || n.is_map() || support::type_delta(cx, o, n).is_some() {
        return;
    }
    let (a, b) = (
        &o.field_descriptor_proto().default_value,
        &n.field_descriptor_proto().default_value,
    );
    if a.is_none() && b.is_none() {
        return;
    }
    let show = |v: &prost_reflect::Value| format!("{v:?}");
    if show(&o.default_value()) == show(&n.default_value()) {
        return;
    }
    let (om, nm, number) = ((*old_message).clone(), (*new_message).clone(), o.number());
    cx.emit(
        &RULE,
        Some(At::field(o)),
        Some(At::field(n)),
        format!(
            "Field \"{}\" with name \"{}\" on message \"{}\" changed default from {} to {}.",
            n.number(),
            n.name(),
            n.parent_message().full_name(),
            a.as_deref()
                .map_or_else(|| "the type's zero value".to_string(), |v| format!("\"{v}\"")),
            b.as_deref()
                .map_or_else(|| "the type's zero value".to_string(), |v| format!("\"{v}\""))
        ),
        |_| witness::bare(&om, &nm, &[number]),
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
