//! Rule `content-media-type-changed`.

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
    /// `contentMediaType` was added, removed or changed.
    ///
    /// ## Why it matters
    ///
    /// Many validators treat `contentMediaType` as an annotation, but consumers decode the string by it,
    /// so schemata reads it as an assertion, as it does `format`: adding one narrows (strings
    /// that do not decode are now rejected), removing one widens, and changing it reshapes
    /// (consumers decode the same strings differently).
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "contentMediaType": "application/json"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "contentMediaType": "text/plain"}
    /// ```
    id: "content-media-type-changed",
    effect: Reshapes,
    summary: "`contentMediaType` was added, removed or changed.",
    keywords: ["contentMediaType"],
    hint: "Add a new property with the new media type, produce both, move consumers over, then deprecate and remove the old one.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("contentMediaType");
    if p.old.content_media_type == p.new.content_media_type {
        return;
    }
    let show = |v: &Option<String>| v.as_deref().map(|s| format!("`{s}`")).unwrap_or_else(|| "none".into());
    // Like `format`: read as an assertion on the string, so adding one narrows and
    // removing one widens; changing it makes consumers decode the same strings differently.
    let effect = match (&p.old.content_media_type, &p.new.content_media_type) {
        (None, Some(_)) => Effect::Narrows,
        (Some(_), None) => Effect::Widens,
        _ => Effect::Reshapes,
    };
    cx.emit_with(
        &RULE,
        effect,
        p,
        At::Keyword("contentMediaType"),
        format!(
            "`contentMediaType`{} changed from {} to {}.",
            at_path(&p.path),
            show(&p.old.content_media_type),
            show(&p.new.content_media_type)
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
