//! Rule `fields-joined-in-oneof`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// Fields that could be set together now share a oneof.
    ///
    /// ## Why it matters
    ///
    /// Old writers may set both fields; a new reader keeps only the last one it decodes and loses
    /// the other. Moving a single existing field into a new oneof, or a field out of one, loses
    /// nothing and passes.
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
    ///   string email = 1;
    ///   string phone = 2;
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
    ///   oneof contact {
    ///     string email = 1;
    ///     string phone = 2;
    ///   }
    /// }
    /// ```
    id: "fields-joined-in-oneof",
    effect: Narrows,
    summary: "Fields that could be set together now share a oneof.",
    area: "oneofs",
    levels: [Confluent],
    level_specific: true,
    hint: "keep the fields apart; add a new oneof with new fields and deprecate the old ones",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Message {
        old: Some(a),
        new: Some(b),
    } = p
    else {
        return;
    };
    for oneof in b.oneofs().filter(|o| !o.is_synthetic()) {
        let olds: Vec<prost_reflect::FieldDescriptor> =
            oneof.fields().filter_map(|f| a.get_field(f.number())).collect();
        if olds.len() < 2 {
            continue;
        }
        let first = support::real_oneof(&olds[0]);
        if first.is_some() && olds.iter().all(|f| support::real_oneof(f) == first) {
            continue;
        }
        let names: Vec<String> = olds
            .iter()
            .map(|f| format!("\"{}\" ({})", f.name(), f.number()))
            .collect();
        let nm = (*b).clone();
        cx.emit(
            &RULE,
            Some(At::message(a)),
            Some(At::oneof(&oneof)),
            format!(
                "Fields {} of message \"{}\", which could be set together, are now in oneof \"{}\".",
                names.join(", "),
                b.full_name(),
                oneof.name()
            ),
            |_| witness::fields_together(&olds, &nm),
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
