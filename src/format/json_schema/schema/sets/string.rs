//! Strings as sets: a length interval (in code points) ∩ the regular languages of the
//! `pattern`s (each searched, not anchored) ∩, when `enum`/`const` lists strings, that
//! finite set. Inclusion is decided by searching the product of the automata for a string
//! on one side and not on the other ([`super::pattern::search`]); the string found is the
//! witness.

use super::Incl;
use super::pattern::{Compiled, Found, Lengths, Pattern, search};
use std::rc::Rc;

/// The strings one schema accepts.
#[derive(Debug, Clone)]
pub enum StrSet {
    /// Finitely many strings, sorted.
    Finite(Vec<String>),
    /// Strings with a length in `[min, max]` that every pattern matches.
    Lang {
        min: u64,
        max: Option<u64>,
        patterns: Vec<Rc<Compiled>>,
    },
}

impl StrSet {
    /// The strings a schema's lengths, pattern and `enum` admit; `None` when a listed value
    /// meets a pattern that is not a regular language.
    pub fn new(
        min: Option<u64>,
        max: Option<u64>,
        patterns: Vec<Rc<Compiled>>,
        values: Option<Vec<&str>>,
    ) -> Option<StrSet> {
        let lang = StrSet::Lang {
            min: min.unwrap_or(0),
            max,
            patterns,
        };
        Some(match values {
            Some(values) => {
                let mut kept = Vec::new();
                for v in values {
                    if lang.contains(v)? {
                        kept.push(v.to_string());
                    }
                }
                kept.sort();
                kept.dedup();
                StrSet::Finite(kept)
            }
            None => match &lang {
                StrSet::Lang {
                    min, max: Some(max), ..
                } if min > max => StrSet::Finite(Vec::new()),
                _ => lang,
            },
        })
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, StrSet::Finite(v) if v.is_empty())
    }

    /// Membership (`None` when a pattern is not a regular language).
    pub fn contains(&self, s: &str) -> Option<bool> {
        match self {
            StrSet::Finite(v) => Some(v.binary_search_by(|x| x.as_str().cmp(s)).is_ok()),
            StrSet::Lang { min, max, patterns } => {
                let n = s.chars().count() as u64;
                if n < *min || max.is_some_and(|m| n > m) {
                    return Some(false);
                }
                for p in patterns {
                    match &**p {
                        Compiled::Regular(p) => {
                            if !p.is_match(s)? {
                                return Some(false);
                            }
                        }
                        Compiled::Opaque(_) => return None,
                    }
                }
                Some(true)
            }
        }
    }

    /// Whether every string of `self` is in `other`, with a witness when not.
    pub fn within(&self, other: &StrSet) -> Incl {
        match (self, other) {
            (StrSet::Finite(v), _) => {
                for s in v {
                    match other.contains(s) {
                        Some(true) => {}
                        Some(false) => return Incl::No(Some(serde_json::Value::String(s.clone()))),
                        None => return Incl::Unknown(opaque_reason(other)),
                    }
                }
                Incl::Yes
            }
            (StrSet::Lang { min, max, patterns }, StrSet::Finite(values)) => {
                let Some(ours) = regular(patterns) else {
                    return Incl::Unknown(opaque_reason(self));
                };
                // enumerate our shortest strings until one is not listed (a language with
                // more strings than the list always has one)
                let lengths: Lengths = vec![(*min, *max)];
                enumerate_outside(&ours, &lengths, values)
            }
            (
                StrSet::Lang { min, max, patterns },
                StrSet::Lang {
                    min: omin,
                    max: omax,
                    patterns: opatterns,
                },
            ) => {
                let Some(ours) = regular(patterns) else {
                    // an opaque pattern of ours that the other side also has (same spelling)
                    // and nothing else differs: contained
                    return if same_spellings(patterns, opatterns)
                        && min >= omin
                        && omax.is_none_or(|m| max.is_some_and(|x| x <= m))
                    {
                        Incl::Yes
                    } else {
                        Incl::Unknown(opaque_reason(self))
                    };
                };
                if patterns.is_empty() && opatterns.is_empty() {
                    // lengths alone: the shortest length of ours that they reject
                    let n = if min < omin {
                        Some(*min)
                    } else {
                        omax.filter(|om| max.is_none_or(|m| m > *om))
                            .map(|om| (om + 1).max(*min))
                    };
                    return match n {
                        None => Incl::Yes,
                        Some(n) if n <= 10_000 => Incl::No(Some("a".repeat(n as usize).into())),
                        Some(_) => Incl::No(None),
                    };
                }
                let ours_lengths: Lengths = vec![(*min, *max)];
                let mut unknown = None;
                // a length they reject
                let mut outside: Lengths = Vec::new();
                if *omin > *min {
                    outside.push((*min, Some((*omin - 1).min(max.unwrap_or(u64::MAX)))));
                }
                if let Some(om) = omax
                    && max.is_none_or(|m| m > *om)
                {
                    outside.push(((*om + 1).max(*min), *max));
                }
                outside.retain(|(lo, hi)| hi.is_none_or(|h| *lo <= h));
                if !outside.is_empty() {
                    match search(&ours, &[], &outside) {
                        Found::Some(s) => return Incl::No(Some(s.into())),
                        Found::None => {}
                        Found::Unknown => unknown = Some("the search for a separating string ran out of budget"),
                    }
                }
                // a pattern of theirs that rejects one of ours
                for p in opatterns {
                    if patterns.iter().any(|q| same(q, p)) {
                        continue;
                    }
                    let Compiled::Regular(theirs) = &**p else {
                        return Incl::Unknown(opaque_reason(other));
                    };
                    match search(&ours, &[theirs], &ours_lengths) {
                        Found::Some(s) => return Incl::No(Some(s.into())),
                        Found::None => {}
                        Found::Unknown => unknown = Some("the search for a separating string ran out of budget"),
                    }
                }
                match unknown {
                    Some(why) => Incl::Unknown(why),
                    None => Incl::Yes,
                }
            }
        }
    }

    /// In words, for messages.
    pub fn describe(&self) -> String {
        match self {
            StrSet::Finite(v) if v.is_empty() => "no string".into(),
            StrSet::Finite(v) => {
                let shown: Vec<String> = v.iter().take(5).map(|s| format!("{s:?}")).collect();
                if v.len() > 5 {
                    format!("{} and {} more", shown.join(", "), v.len() - 5)
                } else {
                    shown.join(", ")
                }
            }
            StrSet::Lang { min, max, patterns } => {
                let mut parts = Vec::new();
                match (min, max) {
                    (0, None) => {}
                    (lo, None) => parts.push(format!("of length ≥ {lo}")),
                    (0, Some(hi)) => parts.push(format!("of length ≤ {hi}")),
                    (lo, Some(hi)) => parts.push(format!("of length {lo} to {hi}")),
                }
                for p in patterns {
                    let source = match &**p {
                        Compiled::Regular(r) => r.source.clone(),
                        Compiled::Opaque(_) => "…".into(),
                    };
                    parts.push(format!("matching `{source}`"));
                }
                if parts.is_empty() {
                    "all strings".into()
                } else {
                    format!("strings {}", parts.join(" and "))
                }
            }
        }
    }
}

fn regular(patterns: &[Rc<Compiled>]) -> Option<Vec<&Pattern>> {
    patterns
        .iter()
        .map(|p| match &**p {
            Compiled::Regular(r) => Some(&**r),
            Compiled::Opaque(_) => None,
        })
        .collect()
}

fn same(a: &Rc<Compiled>, b: &Rc<Compiled>) -> bool {
    Rc::ptr_eq(a, b)
}

fn same_spellings(a: &[Rc<Compiled>], b: &[Rc<Compiled>]) -> bool {
    b.iter().all(|p| a.iter().any(|q| same(q, p)))
}

fn opaque_reason(s: &StrSet) -> &'static str {
    if let StrSet::Lang { patterns, .. } = s {
        for p in patterns {
            if let Compiled::Opaque(why) = &**p {
                return why;
            }
        }
    }
    "a pattern is not a regular language"
}

/// A string of the language outside `values`, looked for among the language's strings in
/// order of length; `Yes` when the language is finite and every string is listed.
fn enumerate_outside(patterns: &[&Pattern], lengths: &Lengths, values: &[String]) -> Incl {
    // first, any string at all
    let first = match search(patterns, &[], lengths) {
        Found::Some(s) => s,
        Found::None => return Incl::Yes,
        Found::Unknown => return Incl::Unknown("the search for a separating string ran out of budget"),
    };
    let listed = |s: &str| values.binary_search_by(|x| x.as_str().cmp(s)).is_ok();
    if !listed(&first) {
        return Incl::No(Some(first.into()));
    }
    // Then: by length, is there a string of that length outside the list? The listed
    // strings of one length are few; a language with more strings of a length than the
    // list has of it has one outside. Lengths are tried up to the longest listed + 1.
    let longest = values.iter().map(|v| v.chars().count() as u64).max().unwrap_or(0);
    for n in 0..=longest.saturating_add(1).min(256) {
        let (lo, hi) = lengths[0];
        if n < lo || hi.is_some_and(|h| n > h) {
            continue;
        }
        match search(patterns, &[], &vec![(n, Some(n))]) {
            Found::None => continue,
            Found::Unknown => return Incl::Unknown("the search for a separating string ran out of budget"),
            Found::Some(s) if !listed(&s) => return Incl::No(Some(s.into())),
            Found::Some(_) => {
                // all strings of this length must be listed: try excluding the listed ones
                // of this length, each as a literal pattern
                let of_len: Vec<&String> = values.iter().filter(|v| v.chars().count() as u64 == n).collect();
                if of_len.len() > 64 {
                    return Incl::Unknown("too many listed strings to enumerate");
                }
                let excluded: Vec<Compiled> = of_len
                    .iter()
                    .map(|v| Compiled::new(&format!("^{}$", escape_ecma(v))))
                    .collect();
                let mut not: Vec<&Pattern> = Vec::new();
                for e in &excluded {
                    match e {
                        Compiled::Regular(p) => not.push(&**p),
                        Compiled::Opaque(_) => return Incl::Unknown("a listed string could not be compiled"),
                    }
                }
                match search(patterns, &not, &vec![(n, Some(n))]) {
                    Found::Some(s) => return Incl::No(Some(s.into())),
                    Found::None => {}
                    Found::Unknown => return Incl::Unknown("the search for a separating string ran out of budget"),
                }
            }
        }
    }
    // longer strings than any listed one
    match search(
        patterns,
        &[],
        &vec![(longest.saturating_add(1).max(lengths[0].0), lengths[0].1)],
    ) {
        Found::Some(s) => Incl::No(Some(s.into())),
        Found::None => Incl::Yes,
        Found::Unknown => Incl::Unknown("the search for a separating string ran out of budget"),
    }
}

/// A literal string as an ECMA-262 pattern.
fn escape_ecma(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "\\^$.|?*+()[]{}/".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(min: Option<u64>, max: Option<u64>, patterns: &[&str]) -> StrSet {
        StrSet::new(
            min,
            max,
            patterns.iter().map(|p| Rc::new(Compiled::new(p))).collect(),
            None,
        )
        .unwrap()
    }

    #[test]
    fn prefixes() {
        let (ab, a) = (lang(None, None, &["^ab"]), lang(None, None, &["^a"]));
        assert!(matches!(ab.within(&a), Incl::Yes));
        assert!(matches!(a.within(&ab), Incl::No(Some(_))));
    }

    #[test]
    fn lengths_implied_by_a_pattern() {
        let fixed = lang(None, Some(5), &["^[a-z]{3}$"]);
        let tighter = lang(None, Some(3), &["^[a-z]{3}$"]);
        assert!(matches!(fixed.within(&tighter), Incl::Yes));
    }

    #[test]
    fn a_finite_language_equals_its_list() {
        let l = lang(None, None, &["^(a|b)$"]);
        let e = StrSet::new(None, None, vec![], Some(vec!["a", "b"])).unwrap();
        assert!(matches!(l.within(&e), Incl::Yes));
        assert!(matches!(e.within(&l), Incl::Yes));
        let short = StrSet::new(None, None, vec![], Some(vec!["a"])).unwrap();
        assert!(matches!(l.within(&short), Incl::No(Some(w)) if w == "b"));
    }
}
