//! An Avro change rule: the core's [`Rule`] metadata plus the check that decides it. Each
//! rule lives in its own file under `rules/`, declared with [`declare_avro_rule!`]; the doc
//! comment on the declaration is the rule's documentation.

use super::{Cx, Pair};
use crate::change::Rule;

pub struct AvroRule {
    pub rule: Rule,
    /// Decides about one paired element; reports through [`Cx::emit`].
    pub check: fn(&mut Cx, &Pair),
}

impl std::ops::Deref for AvroRule {
    type Target = Rule;
    fn deref(&self) -> &Rule {
        &self.rule
    }
}

impl std::fmt::Debug for AvroRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.rule.id)
    }
}

/// Declares `pub static RULE` for the current file; the file provides `fn check`.
#[macro_export]
macro_rules! declare_avro_rule {
    (
        $(#[doc = $doc:literal])*
        id: $id:literal,
        effect: $effect:ident,
        summary: $summary:literal,
        keywords: [$($kw:literal),* $(,)?]
        $(, hint: $hint:literal)?
        $(,)?
    ) => {
        pub static RULE: $crate::format::avro::diff::rule::AvroRule =
            $crate::format::avro::diff::rule::AvroRule {
                rule: $crate::change::Rule {
                    id: $id,
                    format: Some($crate::format::Format::Avro),
                    effect: $crate::change::Effect::$effect,
                    summary: $summary,
                    docs: concat!($($doc, "\n"),*),
                    keywords: &[$($kw),*],
                    direction: None,
                    area: "schema",
                    content_model: false,
                    hint: $crate::__optional!($($hint)?),
                },
                check,
            };
    };
}
