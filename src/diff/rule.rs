//! What a rule is. Each rule lives in its own file under `src/diff/rules/`, declared
//! with [`declare_rule!`]: the doc comment on the declaration is the rule's
//! documentation (shown by `schemata rules`, written to docs/rules.md and SARIF).

use super::Effect;
use super::engine::{Cx, Pair};

pub struct Rule {
    /// kebab-case, equal to the file name (with `_` for `-`).
    pub id: &'static str,
    pub effect: Effect,
    /// One line: what changed.
    pub summary: &'static str,
    /// Markdown: why it matters, and an example.
    pub docs: &'static str,
    /// The schema keywords the rule decides about.
    pub keywords: &'static [&'static str],
    /// Formats the rule applies to.
    pub formats: &'static [&'static str],
    /// True when the change only concerns properties a schema does not declare, which
    /// `open_content: lenient` assumes producers never send.
    pub content_model: bool,
    pub check: fn(&mut Cx, &Pair),
}

impl Rule {
    /// The documentation with the one-space indent of `///` comments removed.
    pub fn doc_text(&self) -> String {
        self.docs
            .lines()
            .map(|l| l.strip_prefix(' ').unwrap_or(l))
            .collect::<Vec<_>>()
            .join("\n")
            .trim()
            .to_string()
    }
}

impl std::fmt::Debug for Rule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
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
        $(,)?
    ) => {
        pub static RULE: $crate::diff::rule::Rule = $crate::diff::rule::Rule {
            id: $id,
            effect: $crate::diff::Effect::$effect,
            summary: $summary,
            docs: concat!($($doc, "\n"),*),
            keywords: &[$($kw),*],
            formats: &["jsonschema"],
            content_model: false $(|| $cm)?,
            check,
        };
    };
}
