//! A GraphQL change rule: the core's [`Rule`] metadata, GraphQL's level for the change, and
//! the check that decides it. Each rule lives in its own file under `rules/`, declared with
//! [`declare_graphql_rule!`](crate::declare_graphql_rule): the doc comment is the rule's
//! documentation (`schemata rules`, docs/rules.md, SARIF).

use super::{Cx, Element};
use crate::change::Rule;
use serde::Serialize;

/// GraphQL's three levels of a change, as graphql-js and graphql-inspector name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    /// Nothing an existing client does can notice it.
    Safe,
    /// Existing operations keep validating, but a client may now see a value, a type or a
    /// behaviour it was not written for (a new enum value in a response, a new union member,
    /// a changed default).
    Dangerous,
    /// An existing operation stops validating, or a response breaks what it promised.
    Breaking,
}

impl Level {
    pub fn as_str(self) -> &'static str {
        match self {
            Level::Safe => "safe",
            Level::Dangerous => "dangerous",
            Level::Breaking => "breaking",
        }
    }
}

pub struct GraphQlRule {
    pub rule: Rule,
    /// The level of the rule's findings for existing clients (the `backward` reading).
    pub level: Level,
    /// Decides about one paired element; reports through [`Cx::emit`].
    pub check: fn(&mut Cx, &Element),
}

impl std::ops::Deref for GraphQlRule {
    type Target = Rule;
    fn deref(&self) -> &Rule {
        &self.rule
    }
}

impl std::fmt::Debug for GraphQlRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.rule.id)
    }
}

/// Declares `pub static RULE` for the current file; the file provides `fn check`.
#[macro_export]
macro_rules! declare_graphql_rule {
    (
        $(#[doc = $doc:literal])*
        id: $id:literal,
        effect: $effect:ident,
        level: $level:ident,
        area: $area:literal,
        $(direction: $direction:ident,)?
        summary: $summary:literal,
        keywords: [$($kw:literal),* $(,)?]
        $(, hint: $hint:literal)?
        $(,)?
    ) => {
        pub static RULE: $crate::format::graphql::diff::rule::GraphQlRule =
            $crate::format::graphql::diff::rule::GraphQlRule {
                rule: $crate::change::Rule {
                    id: $id,
                    format: Some($crate::format::Format::GraphQl),
                    effect: $crate::change::Effect::$effect,
                    summary: $summary,
                    docs: concat!($($doc, "\n"),*, "\n## Level\n\n", $crate::__graphql_level_doc!($level), "\n"),
                    keywords: &[$($kw),*],
                    direction: $crate::__graphql_direction!($($direction)?),
                    area: $area,
                    content_model: false,
                    hint: $crate::__optional!($($hint)?),
                },
                level: $crate::format::graphql::diff::rule::Level::$level,
                check,
            };
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __graphql_direction {
    () => {
        None
    };
    ($d:ident) => {
        Some($crate::change::Direction::$d)
    };
}

#[doc(hidden)]
#[macro_export]
macro_rules! __graphql_level_doc {
    (Breaking) => {
        "Breaking: an existing operation stops validating, or a response breaks what the schema promised. `check` fails on it."
    };
    (Dangerous) => {
        "Dangerous: existing operations keep validating, but clients may meet something they were not written for. `check --fail-on dangerous` fails on it."
    };
    (Safe) => {
        "Safe: nothing an existing client does can notice it."
    };
}
