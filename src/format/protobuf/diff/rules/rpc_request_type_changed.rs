//! Rule `rpc-request-type-changed`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// An rpc's request type changed.
    ///
    /// ## Why it matters
    ///
    /// The request is decoded as another message: calls fail or are misread, and generated stubs
    /// change signature.
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
    ///   rpc GetOrder(ListOrdersRequest) returns (Order);
    /// }
    /// ```
    id: "rpc-request-type-changed",
    effect: Reshapes,
    summary: "An rpc's request type changed.",
    area: "services",
    levels: [File, Package, WireJson, Wire],
    hint: "add a new rpc with the new request type and deprecate the old one",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Method {
        old: Some(o),
        new: Some(n),
    } = p
    else {
        return;
    };
    let (a, b) = (o.input(), n.input());
    let (ar, br) = (cx.in_root(false, &a.parent_file()), cx.in_root(true, &b.parent_file()));
    if support::same_named_type(
        cx,
        a.full_name(),
        a.package_name(),
        ar,
        b.full_name(),
        b.package_name(),
        br,
    ) {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::method(o)),
        Some(At::method(n)),
        format!(
            "Rpc \"{}\" on service \"{}\" changed request type from \"{}\" to \"{}\".",
            n.name(),
            n.parent_service().full_name(),
            a.full_name(),
            b.full_name()
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
