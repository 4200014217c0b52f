//! Rule `rpc-idempotency-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An rpc's `idempotency_level` changed.
    ///
    /// ## Why it matters
    ///
    /// The idempotency level decides whether clients may retry the call and whether HTTP
    /// transcoding uses GET: clients and proxies behave differently.
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
    ///
    /// message ListOrdersRequest {
    ///   int32 page_size = 1;
    /// }
    ///
    /// message ListOrdersResponse {
    ///   repeated Order orders = 1;
    /// }
    ///
    /// service OrderService {
    ///   rpc GetOrder(GetOrderRequest) returns (Order) {
    ///     option idempotency_level = NO_SIDE_EFFECTS;
    ///   }
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
    /// message ListOrdersRequest {
    ///   int32 page_size = 1;
    /// }
    ///
    /// message ListOrdersResponse {
    ///   repeated Order orders = 1;
    /// }
    ///
    /// service OrderService {
    ///   rpc GetOrder(GetOrderRequest) returns (Order);
    /// }
    /// ```
    id: "rpc-idempotency-changed",
    effect: Reshapes,
    summary: "An rpc's `idempotency_level` changed.",
    area: "services",
    levels: [File, Package, WireJson, Wire],
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Method {
        old: Some(o),
        new: Some(n),
    } = p
    else {
        return;
    };
    let level = |m: &prost_reflect::MethodDescriptor| {
        format!(
            "{:?}",
            m.method_descriptor_proto()
                .options
                .clone()
                .unwrap_or_default()
                .idempotency_level()
        )
    };
    let (a, b) = (level(o), level(n));
    if a == b {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::method(o)),
        Some(At::method(n)),
        format!(
            "Rpc \"{}\" on service \"{}\" changed idempotency_level from {a} to {b}.",
            n.name(),
            n.parent_service().full_name()
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
