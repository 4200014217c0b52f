//! Rule `pattern-changed`.

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
    /// A string's `pattern` was replaced by another.
    ///
    /// ## Why it matters
    ///
    /// Patterns are compared as regular languages: both are compiled to automata (ECMA-262
    /// syntax, searched rather than anchored, within the string's lengths) and a string that one
    /// accepts and the other rejects is searched for. The change narrows when the old language
    /// has strings the new one lacks, widens in the other direction, and reshapes when both hold;
    /// a rewrite of the same language (`^[a-z]{3}$` under `maxLength: 5` → `maxLength: 3`) is no
    /// change. Each direction comes with the string that shows it. Patterns outside regular
    /// languages (backreferences, lookarounds) cannot be compared that way: their change is
    /// reported as reshaping, and the message says why. Here the new pattern also accepts digits:
    /// a widening.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// {"type": "string", "pattern": "^[a-z]+$"}
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// {"type": "string", "pattern": "^[a-z0-9]+$"}
    /// ```
    id: "pattern-changed",
    effect: Reshapes,
    summary: "A string's `pattern` was replaced by another.",
    keywords: ["pattern"],
}

fn check(cx: &mut Cx, p: &Pair) {
    cx.claim("pattern");
    let (Some(o), Some(n)) = (&p.old.pattern, &p.new.pattern) else {
        return;
    };
    if o == n {
        return;
    }
    // (reached only when the sets could not decide: say why)
    use crate::format::json_schema::schema::sets::pattern::Compiled;
    let why = [o, n].into_iter().find_map(|s| match &*cx.patterns().get(s) {
        Compiled::Opaque(why) => Some(format!(" `{s}` is not compared as a language: {why}.")),
        Compiled::Regular(_) => None,
    });
    cx.emit(
        &RULE,
        p,
        At::Keyword("pattern"),
        format!(
            "The pattern{} changed from `{o}` to `{n}`.{}",
            at_path(&p.path),
            why.unwrap_or_else(|| " schemata could not decide whether one contains the other.".into())
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
