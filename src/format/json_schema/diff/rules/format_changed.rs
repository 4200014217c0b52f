//! Rule `format-changed`.

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
    /// A string's `format` was replaced by another.
    ///
    /// ## Why it matters
    ///
    /// schemata cannot prove that one format contains the other, so the change is treated as both
    /// narrowing and widening. Review it: if the new format accepts strictly more, acknowledge the
    /// change.
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
    /// {"type": "string", "format": "uri"}
    /// ```
    id: "format-changed",
    effect: Reshapes,
    summary: "A string's `format` was replaced by another.",
    keywords: ["format"],
    hint: "Accept both formats (`anyOf`) while producers switch, then drop the old one in a major version.",
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("format");
    let (Some(o), Some(n)) = (&p.old.format, &p.new.format) else {
        return;
    };
    if o == n {
        return;
    }
    cx.emit(
        &RULE,
        p,
        At::Keyword("format"),
        format!("The format{} changed from `{o}` to `{n}`.", at_path(&p.path)),
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
