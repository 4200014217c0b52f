//! Rule `format-removed`.

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
    /// A `format` was removed from a string.
    ///
    /// ## Why it matters
    ///
    /// Strings that did not match the old format are now accepted; old consumers may reject them.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "format": "email"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string"}
    /// ```
    id: "format-removed",
    effect: Widens,
    summary: "A `format` was removed from a string.",
    keywords: ["format"],
    hint: "Under forward or full compatibility, deploy consumers that accept values outside the format before producers send them.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("format");
    let (Some(o), None) = (&p.old.format, &p.new.format) else {
        return;
    };
    cx.emit(
        &RULE,
        p,
        At::Keyword("format"),
        format!("Strings{} no longer have to match format `{o}`.", at_path(&p.path)),
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
