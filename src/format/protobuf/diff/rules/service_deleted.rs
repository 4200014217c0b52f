//! Rule `service-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A service was deleted.
    ///
    /// ## Why it matters
    ///
    /// Clients calling it fail at run time, and generated stubs disappear, so their callers stop
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
    /// // Orders.
    /// service OrderService {
    ///   // Reads an order.
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
    /// ```
    id: "service-deleted",
    effect: Narrows,
    summary: "A service was deleted.",
    area: "services",
    levels: [File, Package],
    hint: "deprecate the service (`option deprecated = true;`) and delete it once no client calls it",
}

fn check(cx: &mut Cx, p: &Pair) {
    let Pair::Service {
        old: Some(o),
        new: None,
    } = p
    else {
        return;
    };
    if cx.new.pool.get_service_by_name(o.full_name()).is_some() {
        return;
    }
    cx.emit(
        &RULE,
        Some(At::service(o)),
        None,
        format!("Previously present service \"{}\" was deleted.", o.full_name()),
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
