//! Rule `service-moved-to-another-file`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A service moved to another file of its package.
    ///
    /// ## Why it matters
    ///
    /// Per-file generators lose the stubs from the file's generated code; gRPC paths stay the same.
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
    /// import "acme/v1/service.proto";
    ///
    /// message Refund {
    ///   string id = 1;
    /// }
    /// ```
    id: "service-moved-to-another-file",
    effect: Narrows,
    summary: "A service moved to another file of its package.",
    area: "services",
    levels: [File],
    hint: "keep the service in its file",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Service {
        old: Some(o),
        new: None,
    } = p
    else {
        return;
    };
    let Some(moved) = cx.new.pool.get_service_by_name(o.full_name()) else {
        return;
    };
    cx.emit(
        &RULE,
        Some(At::service(o)),
        Some(At::service(&moved)),
        format!(
            "Service \"{}\" moved from \"{}\" to \"{}\".",
            o.full_name(),
            o.parent_file().name(),
            moved.parent_file().name()
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
