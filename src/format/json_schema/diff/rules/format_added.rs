//! Rule `format-added`.

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
    /// A `format` was added to a string.
    ///
    /// ## Why it matters
    ///
    /// Strings that do not match the new format were valid and are now rejected. `format` is an
    /// assertion for schemata even though some validators only annotate it: consumers rely on it.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "format": "email"}
    /// ```
    id: "format-added",
    effect: Narrows,
    summary: "A `format` was added to a string.",
    keywords: ["format"],
    hint: "Validate the format in producers first; add `format` once every stored value conforms.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("format");
    let (None, Some(n)) = (&p.old.format, &p.new.format) else {
        return;
    };
    cx.emit(
        &RULE,
        p,
        At::Keyword("format"),
        format!("Strings{} must now match format `{n}`.", at_path(&p.path)),
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
