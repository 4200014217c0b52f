//! Rule `reserved-range-deleted`.

#[allow(unused_imports)]
use crate::format::protobuf::diff::{At, Cx, Pair, support};
#[allow(unused_imports)]
use crate::format::protobuf::witness::{self, Encoding};

crate::declare_proto_rule! {
    /// A reserved number range was deleted from a message or enum.
    ///
    /// ## Why it matters
    ///
    /// Reserved numbers are usually those of deleted fields or values; once the reservation is
    /// gone, a later version can reuse a number that old data still holds with another meaning.
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
    ///   reserved 2, 5 to 8;
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
    /// message Order {
    ///   reserved 2;
    ///   string id = 1;
    /// }
    /// ```
    id: "reserved-range-deleted",
    effect: Reshapes,
    summary: "A reserved number range was deleted from a message or enum.",
    area: "reserved",
    levels: [File, Package, WireJson, Wire],
    hint: "keep every reservation; reserved numbers and names cost nothing",
}

fn check(cx: &mut Cx, p: &Pair) {
    let deleted: Vec<(String, At, At, String)> = match p {
        Pair::Message {
            old: Some(o),
            new: Some(n),
        } => {
            let kept: Vec<std::ops::Range<u64>> = n
                .reserved_ranges()
                .map(|r| u64::from(r.start)..u64::from(r.end))
                .collect();
            o.reserved_ranges()
                .filter(|r| !covered(u64::from(r.start)..u64::from(r.end), &kept))
                .map(|r| {
                    (
                        show(u64::from(r.start), u64::from(r.end)),
                        At::message(o),
                        At::message(n),
                        format!("message \"{}\"", n.full_name()),
                    )
                })
                .collect()
        }
        Pair::Enum {
            old: Some(o),
            new: Some(n),
        } => {
            let shift = |v: i32| (i64::from(v) - i64::from(i32::MIN)) as u64;
            let kept: Vec<std::ops::Range<u64>> = n
                .reserved_ranges()
                .map(|r| shift(*r.start())..shift(*r.end()) + 1)
                .collect();
            o.reserved_ranges()
                .filter(|r| !covered(shift(*r.start())..shift(*r.end()) + 1, &kept))
                .map(|r| {
                    (
                        if r.start() == r.end() {
                            r.start().to_string()
                        } else {
                            format!("{} to {}", r.start(), r.end())
                        },
                        At::enumeration(o),
                        At::enumeration(n),
                        format!("enum \"{}\"", n.full_name()),
                    )
                })
                .collect()
        }
        _ => return,
    };
    for (range, a, b, owner) in deleted {
        cx.emit(
            &RULE,
            Some(a),
            Some(b),
            format!("Previously present reserved range \"{range}\" on {owner} was deleted."),
            |_| None,
        );
    }
}

/// Whether the ranges `kept` cover all of `r`.
fn covered(r: std::ops::Range<u64>, kept: &[std::ops::Range<u64>]) -> bool {
    let mut sorted = kept.to_vec();
    sorted.sort_by_key(|k| k.start);
    let mut at = r.start;
    for k in sorted {
        if k.start <= at && k.end > at {
            at = k.end;
        }
        if at >= r.end {
            return true;
        }
    }
    at >= r.end
}

/// A message range as written (`5 to 8`, end exclusive in descriptors).
fn show(start: u64, end: u64) -> String {
    if end == start + 1 {
        start.to_string()
    } else if end > 536_870_911 {
        format!("{start} to max")
    } else {
        format!("{start} to {}", end - 1)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::protobuf::diff::rules::assert_example_fires(&super::RULE);
    }
}
