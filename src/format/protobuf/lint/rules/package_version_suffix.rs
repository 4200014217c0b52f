//! Lint rule `package-version-suffix`.

#[allow(unused_imports)]
use crate::format::protobuf::lint::{
    Cx, Node, is_lower_snake, is_pascal, is_upper_snake, lower_snake, pascal, upper_snake,
};

crate::declare_proto_lint! {
    /// The last component of a package is a version (`v1`, `v1beta1`, `v2alpha`).
    ///
    /// ## Why it matters
    ///
    /// A versioned package lets a breaking change ship as a new package beside the old one, which
    /// is how Protobuf APIs evolve without breaking clients.
    ///
    /// ## Example
    ///
    /// ```proto
    /// syntax = "proto3";
    ///
    /// package acme.orders;
    ///
    /// message Order {
    ///   string id = 1;
    /// }
    /// ```
    id: "package-version-suffix",
    level: Warn,
    summary: "The last component of a package is a version (`v1`, `v1beta1`, `v2alpha`).",
}

fn check(cx: &mut Cx, node: &Node) {
    let Node::File(f) = node else { return };
    let p = f.package();
    if p.is_empty() {
        return;
    }
    let last = p.rsplit('.').next().unwrap_or(p);
    let digits = last
        .strip_prefix('v')
        .map(|r| r.trim_start_matches(|c: char| c.is_ascii_digit()));
    let ok = last.len() > 1
        && last.as_bytes().get(1).is_some_and(u8::is_ascii_digit)
        && digits.is_some_and(|rest| {
            rest.is_empty()
                || ["alpha", "beta", "test"].iter().any(|s| {
                    rest.strip_prefix(s)
                        .is_some_and(|d| d.chars().all(|c| c.is_ascii_digit()))
                })
                || rest.strip_prefix('p').is_some_and(|r| {
                    r.split_once("alpha")
                        .or_else(|| r.split_once("beta"))
                        .is_some_and(|(a, b)| {
                            a.chars().all(|c| c.is_ascii_digit()) && b.chars().all(|c| c.is_ascii_digit())
                        })
                })
        });
    if !ok {
        cx.report(
            format!("Package \"{p}\" does not end in a version such as \"v1\"."),
            Some(format!("use `{p}.v1`")),
        );
    }
}
