//! Rule `request-encoding-changed`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// How a part of a multipart or form body is encoded changed.
    ///
    /// ## Why it matters
    ///
    /// `encoding` says how each property of a `multipart/*` or `application/x-www-form-urlencoded`
    /// body is written (its content type, style, explode). Old clients keep the old encoding, which
    /// the server now reads differently.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// paths:
    ///   /orders:
    ///     post:
    ///       requestBody:
    ///         content:
    ///           multipart/form-data:
    ///             schema: {type: object, properties: {file: {type: string, format: binary}}}
    ///             encoding:
    ///               file: {contentType: image/png}
    ///       responses:
    ///         "201": {description: created}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// paths:
    ///   /orders:
    ///     post:
    ///       requestBody:
    ///         content:
    ///           multipart/form-data:
    ///             schema: {type: object, properties: {file: {type: string, format: binary}}}
    ///             encoding:
    ///               file: {contentType: application/pdf}
    ///       responses:
    ///         "201": {description: created}
    /// ```
    id: "request-encoding-changed",
    effect: Reshapes,
    direction: Request,
    area: "request-body",
    summary: "How a part of a multipart or form body is encoded changed.",
    keywords: ["encoding"],
    hint: "accept both encodings for a while, or add a new part",
    check: RequestMediaType,
}

fn check(cx: &mut Cx, op: &OpPair, m: &Both<MediaType>) {
    let names: std::collections::BTreeSet<&String> = m.old.encoding.keys().chain(m.new.encoding.keys()).collect();
    for name in names {
        let (o, n) = (m.old.encoding.get(name), m.new.encoding.get(name));
        let same = match (o, n) {
            (Some(a), Some(b)) => {
                (&a.content_type, &a.style, a.explode, a.allow_reserved)
                    == (&b.content_type, &b.style, b.explode, b.allow_reserved)
            }
            _ => false,
        };
        if !same {
            cx.emit(
                &RULE,
                Some(o.map_or(&m.old.at, |e| &e.at)),
                Some(n.map_or(&m.new.at, |e| &e.at)),
                format!("{} request {} {name}", op.label, m.new.name),
                format!(
                    "The encoding of part `{name}` of the `{}` request body of `{}` changed: old clients write it differently.",
                    m.new.name, op.label
                ),
            );
        }
    }
}
