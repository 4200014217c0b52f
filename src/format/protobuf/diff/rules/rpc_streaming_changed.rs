//! Rule `rpc-streaming-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An rpc's client or server streaming changed.
    ///
    /// ## Why it matters
    ///
    /// Unary and streaming calls are framed differently on the wire and have different generated
    /// signatures: old clients fail against the new server.
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
    ///   rpc ListOrders(ListOrdersRequest) returns (stream ListOrdersResponse);
    /// }
    /// ```
    id: "rpc-streaming-changed",
    effect: Reshapes,
    summary: "An rpc's client or server streaming changed.",
    area: "services",
    levels: [File, Package, WireJson, Wire],
    hint: "add a streaming rpc beside the unary one",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Method {
        old: Some(o),
        new: Some(n),
    } = p
    else {
        return;
    };
    let side = |client: bool, server: bool| match (client, server) {
        (false, false) => "unary",
        (true, false) => "client streaming",
        (false, true) => "server streaming",
        (true, true) => "bidirectional streaming",
    };
    let (a, b) = (
        side(o.is_client_streaming(), o.is_server_streaming()),
        side(n.is_client_streaming(), n.is_server_streaming()),
    );
    if a == b {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::method(o)),
        Some(At::method(n)),
        format!(
            "Rpc \"{}\" on service \"{}\" changed from {a} to {b}.",
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
