//! Rule `rpc-added`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An rpc was added to a service.
    ///
    /// ## Why it matters
    ///
    /// New methods break no client.
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
    ///   rpc GetOrder(GetOrderRequest) returns (Order);
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
    ///   rpc ListOrders(ListOrdersRequest) returns (ListOrdersResponse);
    /// }
    /// ```
    id: "rpc-added",
    effect: Widens,
    summary: "An rpc was added to a service.",
    area: "services",
    levels: [],
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Method {
        old: None,
        new: Some(n),
    } = p
    else {
        return;
    };
    cx.emit(
        &RULE,
        None,
        Some(At::method(n)),
        format!(
            "Rpc \"{}\" was added to service \"{}\".",
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
