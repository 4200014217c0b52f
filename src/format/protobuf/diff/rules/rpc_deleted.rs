//! Rule `rpc-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An rpc was deleted from a service.
    ///
    /// ## Why it matters
    ///
    /// Clients that call it get `UNIMPLEMENTED`, and code that uses the generated method stops
    /// compiling.
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
    ///   rpc ListOrders(ListOrdersRequest) returns (ListOrdersResponse);
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
    id: "rpc-deleted",
    effect: Narrows,
    summary: "An rpc was deleted from a service.",
    area: "services",
    levels: [File, Package],
    hint: "deprecate the rpc (`option deprecated = true;`) and keep serving it until no client calls it",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Method {
        old: Some(o),
        new: None,
    } = p
    else {
        return;
    };
    cx.emit(
        &RULE,
        Some(At::method(o)),
        None,
        format!(
            "Previously present rpc \"{}\" on service \"{}\" was deleted.",
            o.name(),
            o.parent_service().full_name()
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
