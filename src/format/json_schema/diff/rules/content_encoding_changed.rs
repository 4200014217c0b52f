//! Rule `content-encoding-changed`.

#[allow(unused_imports)]
use super::support::*;
#[allow(unused_imports)]
use crate::change::Effect;
#[allow(unused_imports)]
use crate::change::Side;
#[allow(unused_imports)]
use crate::format::json_schema::diff::engine::{At, Cx, Governed, ListKind, Pair, at_path, lists};
#[allow(unused_imports)]
use crate::format::json_schema::schema::Bound;

crate::declare_rule! {
    /// `contentEncoding` was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Many validators treat `contentEncoding` as an annotation, but consumers decode the string by it,
    /// so schemata reads it as an assertion, as it does `format`: adding one narrows (strings
    /// that do not decode are now rejected), removing one widens, and changing it reshapes
    /// (consumers decode the same strings differently).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "contentEncoding": "base64"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "contentEncoding": "base32"}
    /// ```
    id: "content-encoding-changed",
    effect: Reshapes,
    summary: "`contentEncoding` was added, removed or changed.",
    keywords: ["contentEncoding"],
    hint: "Add a new property with the new encoding, produce both, move consumers over, then deprecate and remove the old one.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("contentEncoding");
    if p.old.content_encoding == p.new.content_encoding {
        return;
    }
    let show = |v: &Option<String>| v.as_deref().map(|s| format!("`{s}`")).unwrap_or_else(|| "none".into());
    // Like `format`: read as an assertion on the string, so adding one narrows and
    // removing one widens; changing it makes consumers decode the same strings differently.
    let effect = match (&p.old.content_encoding, &p.new.content_encoding) {
        (None, Some(_)) => Effect::Narrows,
        (Some(_), None) => Effect::Widens,
        _ => Effect::Reshapes,
    };
    cx.emit_with(
        &RULE,
        effect,
        p,
        At::Keyword("contentEncoding"),
        format!(
            "`contentEncoding`{} changed from {} to {}.",
            at_path(&p.path),
            show(&p.old.content_encoding),
            show(&p.new.content_encoding)
        ),
        None,
    );
}

#[cfg(test)]
mod tests {
    #[test]
    fn example_fires_this_rule() {
        crate::format::json_schema::diff::rules::assert_example_fires(&super::RULE);
    }
}
