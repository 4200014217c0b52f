//! A JSON Schema change rule: the core's [`Rule`] metadata plus the check that decides it.
//! Each rule lives in its own file under `rules/`, declared with [`declare_rule!`]: the doc
//! comment on the declaration is the rule's documentation (shown by `schemata rules`,
//! written to docs/rules.md and SARIF).

use super::engine::{Cx, Pair};
use crate::change::Rule;

pub struct JsonRule {
    pub rule: Rule,
    /// Decides about one paired node; reports through [`Cx::emit`].
    pub check: fn(&mut Cx, &Pair),
}

impl std::ops::Deref for JsonRule {
    type Target = Rule;
    fn deref(&self) -> &Rule {
        &self.rule
    }
}

impl std::fmt::Debug for JsonRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.rule.id)
    }
}

/// Declares `pub static RULE` for the current file; the file provides `fn check`.
#[macro_export]
macro_rules! declare_rule {
    (
        $(#[doc = $doc:literal])*
        id: $id:literal,
        effect: $effect:ident,
        summary: $summary:literal,
        keywords: [$($kw:literal),* $(,)?]
        $(, content_model: $cm:literal)?
        $(, hint: $hint:literal)?
        $(,)?
    ) => {
        pub static RULE: $crate::format::json_schema::diff::rule::JsonRule =
            $crate::format::json_schema::diff::rule::JsonRule {
                rule: $crate::change::Rule {
                    id: $id,
                    format: Some($crate::format::Format::JsonSchema),
                    effect: $crate::change::Effect::$effect,
                    summary: $summary,
                    docs: concat!($($doc, "\n"),*),
                    keywords: &[$($kw),*],
                    direction: None,
                    area: "schema",
                    content_model: false $(|| $cm)?,
                    hint: $crate::__optional!($($hint)?),
                },
                check,
            };
    };
}

/// `None`, or `Some` of the one literal given (for optional fields of rule declarations).
#[doc(hidden)]
#[macro_export]
macro_rules! __optional {
    () => {
        None
    };
    ($v:literal) => {
        Some($v)
    };
}
