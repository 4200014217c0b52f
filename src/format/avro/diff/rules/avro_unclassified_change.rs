//! Rule `avro-unclassified-change`.

use crate::format::avro::diff::{Cx, Pair};

crate::declare_avro_rule! {
    /// An incompatibility that no other rule explains.
    ///
    /// ## Why it matters
    ///
    /// After every rule has looked at the pair of schemas, Avro's resolution is checked once
    /// more in both directions; any reason a reader cannot read the other version's data that
    /// no rule reported is reported here, with its path, so a break is never silently missed.
    /// Please report it: it means a rule is missing.
    ///
    /// ## Example
    ///
    /// Old:
    ///
    /// ```json
    /// "int"
    /// ```
    ///
    /// New:
    ///
    /// ```json
    /// "string"
    /// ```
    ///
    /// (This pair is explained by `avro-type-changed`; the rule fires only for pairs no rule
    /// explains.)
    id: "avro-unclassified-change",
    effect: Reshapes,
    summary: "An incompatibility that no other rule explains.",
    keywords: [],
}

/// Nothing to decide per pair: the engine's referee reports through this rule.
fn check(_cx: &mut Cx, _p: &Pair) {}
