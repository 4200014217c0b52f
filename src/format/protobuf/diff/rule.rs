//! A Protobuf change rule: the core's [`Rule`] metadata, the levels at which its change
//! breaks, and the check that decides it. Each rule lives in its own file under `rules/`,
//! declared with [`declare_proto_rule!`](crate::declare_proto_rule); the doc comment is its
//! documentation, and the levels are appended to it.

use super::{Cx, Pair};
use crate::change::Rule;
use crate::format::protobuf::Level;

pub struct ProtoRule {
    pub rule: Rule,
    /// The levels at which the change breaks (buf's categories, plus `confluent`).
    pub levels: &'static [Level],
    /// Reported only at its levels (it restates, for those levels, a change another rule
    /// reports everywhere).
    pub level_specific: bool,
    /// Decides about one pair of elements; reports through [`Cx::emit`].
    pub check: fn(&mut Cx, &Pair),
}

impl std::ops::Deref for ProtoRule {
    type Target = Rule;
    fn deref(&self) -> &Rule {
        &self.rule
    }
}

impl std::fmt::Debug for ProtoRule {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.rule.id)
    }
}

/// A level's name as a literal, for the generated documentation line.
#[doc(hidden)]
#[macro_export]
macro_rules! __proto_level_name {
    (File) => {
        "`file`"
    };
    (Package) => {
        "`package`"
    };
    (WireJson) => {
        "`wire_json`"
    };
    (Wire) => {
        "`wire`"
    };
    (Confluent) => {
        "`confluent`"
    };
}

/// The levels line of a rule's documentation.
#[doc(hidden)]
#[macro_export]
macro_rules! __proto_levels_doc {
    () => {
        "none: the change is reported (and versioned) but never breaks"
    };
    ($first:ident $(, $rest:ident)*) => {
        concat!($crate::__proto_level_name!($first) $(, ", ", $crate::__proto_level_name!($rest))*)
    };
}

/// Declares `pub static RULE` for the current file; the file provides `fn check`.
#[macro_export]
macro_rules! declare_proto_rule {
    (
        $(#[doc = $doc:literal])*
        id: $id:literal,
        effect: $effect:ident,
        summary: $summary:literal,
        area: $area:literal,
        levels: [$($level:ident),* $(,)?]
        $(, level_specific: $specific:literal)?
        $(, hint: $hint:literal)?
        $(,)?
    ) => {
        pub static RULE: $crate::format::protobuf::diff::rule::ProtoRule =
            $crate::format::protobuf::diff::rule::ProtoRule {
                rule: $crate::change::Rule {
                    id: $id,
                    format: Some($crate::format::Format::Protobuf),
                    effect: $crate::change::Effect::$effect,
                    summary: $summary,
                    docs: concat!(
                        $($doc, "\n",)*
                        "\n**Breaks at levels:** ",
                        $crate::__proto_levels_doc!($($level),*),
                        " (`protobuf_level` in `schemata.yaml`; see docs/formats/protobuf.md)."
                    ),
                    keywords: &[$area],
                    direction: None,
                    area: $area,
                    content_model: false,
                    hint: $crate::__optional!($($hint)?),
                },
                levels: &[$($crate::format::protobuf::Level::$level),*],
                level_specific: false $(|| $specific)?,
                check,
            };
    };
}
