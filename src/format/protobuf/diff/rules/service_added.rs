//! Rule `service-added`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A service was added.
    ///
    /// ## Why it matters
    ///
    /// New services break no client.
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
    /// message GetOrderRequest {
    ///   string id = 1;
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
    /// message GetOrderRequest {
    ///   string id = 1;
    /// }
    ///
    /// message Order {
    ///   string id = 1;
    /// }
    ///
    /// service OrderService {
    ///   rpc GetOrder(GetOrderRequest) returns (Order);
    /// }
    /// ```
    id: "service-added",
    effect: Widens,
    summary: "A service was added.",
    area: "services",
    levels: [],
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Service {
        old: None,
        new: Some(n),
    } = p
    else {
        return;
    };
    if cx.old.pool.get_service_by_name(n.full_name()).is_some() {
        return;
    }
    cx.emit(
        &RULE,
        None,
        Some(At::service(n)),
        format!("Service \"{}\" was added.", n.full_name()),
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
