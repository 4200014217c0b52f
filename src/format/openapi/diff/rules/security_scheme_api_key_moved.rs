//! Rule `security-scheme-api-key-moved`.

#[allow(unused_imports)]
use crate::format::openapi::diff::support::*;
#[allow(unused_imports)]
use crate::format::openapi::diff::{Both, Cx, OpPair};
#[allow(unused_imports)]
use crate::format::openapi::model::*;

crate::declare_openapi_rule! {
    /// An API key is sent under another name or in another place.
    ///
    /// ## Why it matters
    ///
    /// Clients keep sending the key under the old header, query parameter or cookie, where the server
    /// no longer looks.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// security: [{apiKey: []}]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// components:
    ///   securitySchemes:
    ///     apiKey: {type: apiKey, name: X-Api-Key, in: header}
    /// ```
    ///
    /// New:
    ///
    /// ```yaml
    /// openapi: 3.0.3
    /// info: {title: Orders, version: 1.0.0}
    /// security: [{apiKey: []}]
    /// paths:
    ///   /orders:
    ///     get:
    ///       responses:
    ///         "200": {description: the orders}
    /// components:
    ///   securitySchemes:
    ///     apiKey: {type: apiKey, name: api_key, in: query}
    /// ```
    id: "security-scheme-api-key-moved",
    effect: Reshapes,
    area: "security",
    summary: "An API key is sent under another name or in another place.",
    keywords: ["securitySchemes"],
    hint: "read the key from both places for a while",
    check: SecurityScheme,
}

fn check(cx: &mut Cx, name: &str, s: &Both<SecurityScheme>) {
    if s.old.kind == "apiKey"
        && s.new.kind == "apiKey"
        && (s.old.name != s.new.name || s.old.location != s.new.location)
    {
        let show = |x: &SecurityScheme| {
            format!(
                "{} `{}`",
                x.location.as_deref().unwrap_or("?"),
                x.name.as_deref().unwrap_or("?")
            )
        };
        cx.emit(
            &RULE,
            Some(&s.old.at),
            Some(&s.new.at),
            format!("securitySchemes {name}"),
            format!(
                "The API key of `{name}` moved from {} to {}: clients send it where it is no longer read.",
                show(s.old),
                show(s.new)
            ),
        );
    }
}
