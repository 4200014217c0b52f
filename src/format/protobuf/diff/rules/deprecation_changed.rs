//! Rule `deprecation-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An element was marked deprecated, or no longer is.
    ///
    /// ## Why it matters
    ///
    /// Deprecation changes no encoding; it tells consumers to move away first, which is the safe
    /// way to delete later.
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
    ///   string note = 2 [deprecated = true];
    /// }
    /// ```
    id: "deprecation-changed",
    effect: Annotation,
    summary: "An element was marked deprecated, or no longer is.",
    area: "annotations",
    levels: [],
}

fn check(cx: &mut Cx, p: &Pair) {
    let flag = |o: Option<bool>| o == Some(true);
    // The flags first: elements are only located (and named) when one changed.
    let (was, is) = match p {
        Pair::Message {
            old: Some(o),
            new: Some(n),
        } => (
            flag(o.descriptor_proto().options.as_ref().and_then(|x| x.deprecated)),
            flag(n.descriptor_proto().options.as_ref().and_then(|x| x.deprecated)),
        ),
        Pair::Field {
            old: Some(o),
            new: Some(n),
            ..
        } => (
            flag(o.field_descriptor_proto().options.as_ref().and_then(|x| x.deprecated)),
            flag(n.field_descriptor_proto().options.as_ref().and_then(|x| x.deprecated)),
        ),
        Pair::Enum {
            old: Some(o),
            new: Some(n),
        } => (
            flag(o.enum_descriptor_proto().options.as_ref().and_then(|x| x.deprecated)),
            flag(n.enum_descriptor_proto().options.as_ref().and_then(|x| x.deprecated)),
        ),
        Pair::EnumValue {
            old: Some(o),
            new: Some(n),
            ..
        } => (
            flag(
                o.enum_value_descriptor_proto()
                    .options
                    .as_ref()
                    .and_then(|x| x.deprecated),
            ),
            flag(
                n.enum_value_descriptor_proto()
                    .options
                    .as_ref()
                    .and_then(|x| x.deprecated),
            ),
        ),
        Pair::Service {
            old: Some(o),
            new: Some(n),
        } => (
            flag(o.service_descriptor_proto().options.as_ref().and_then(|x| x.deprecated)),
            flag(n.service_descriptor_proto().options.as_ref().and_then(|x| x.deprecated)),
        ),
        Pair::Method {
            old: Some(o),
            new: Some(n),
        } => (
            flag(o.method_descriptor_proto().options.as_ref().and_then(|x| x.deprecated)),
            flag(n.method_descriptor_proto().options.as_ref().and_then(|x| x.deprecated)),
        ),
        _ => return,
    };
    if was == is {
        return;
    }
    let (a, b, what) = match p {
        Pair::Message {
            old: Some(o),
            new: Some(n),
        } => (At::message(o), At::message(n), format!("Message \"{}\"", n.full_name())),
        Pair::Field {
            old: Some(o),
            new: Some(n),
            ..
        } => (
            At::field(o),
            At::field(n),
            format!(
                "Field \"{}\" on message \"{}\"",
                n.name(),
                n.parent_message().full_name()
            ),
        ),
        Pair::Enum {
            old: Some(o),
            new: Some(n),
        } => (
            At::enumeration(o),
            At::enumeration(n),
            format!("Enum \"{}\"", n.full_name()),
        ),
        Pair::EnumValue {
            old: Some(o),
            new: Some(n),
            ..
        } => (
            At::enum_value(o),
            At::enum_value(n),
            format!(
                "Enum value \"{}\" on enum \"{}\"",
                n.name(),
                n.parent_enum().full_name()
            ),
        ),
        Pair::Service {
            old: Some(o),
            new: Some(n),
        } => (At::service(o), At::service(n), format!("Service \"{}\"", n.full_name())),
        Pair::Method {
            old: Some(o),
            new: Some(n),
        } => (
            At::method(o),
            At::method(n),
            format!("Rpc \"{}\" on service \"{}\"", n.name(), n.parent_service().full_name()),
        ),
        _ => return,
    };
    let verb = if is {
        "was marked deprecated"
    } else {
        "is no longer deprecated"
    };
    cx.emit(&RULE, Some(a), Some(b), format!("{what} {verb}."), |_| None);
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
