//! `pattern` as a regular language: ECMA-262 syntax checked and translated to Rust's regex
//! syntax the way the `jsonschema` crate does it (so the two agree on what a pattern
//! matches), compiled to a DFA for "the string contains a match" (patterns are searched,
//! not anchored), and searched by product construction within a state budget.
//!
//! A search asks for a string that every `must` automaton accepts, no `must_not` automaton
//! accepts, and whose length (in code points, as `minLength` counts) lies in a set of
//! intervals. It answers with the shortest such string, with "none", or with "unknown" when
//! the budget runs out. Inclusion `L(a) ⊆ L(b)` is "no string in `a` and not in `b`", and the
//! string found is the witness.

use regex_automata::dfa::{Automaton, dense};
use regex_automata::nfa::thompson;
use regex_automata::util::primitives::StateID;
use regex_automata::util::start;
use regex_automata::{Anchored, MatchKind};
use regex_syntax::hir::{Dot, Hir, Repetition};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

/// States a search may visit before it gives up (shared by the automata of one question).
pub const SEARCH_BUDGET: usize = 20_000;
/// Bytes one pattern's DFA may take.
const DFA_LIMIT: usize = 2 << 20;

/// What a pattern is, as far as set reasoning goes.
#[derive(Debug)]
pub enum Compiled {
    /// A regular language, with its DFA.
    Regular(Box<Pattern>),
    /// Valid ECMA-262, but outside regular languages (a backreference or a lookaround) or
    /// too large for the state budget: compared by spelling only.
    Opaque(&'static str),
}

/// A pattern compiled to a DFA over UTF-8 bytes for "contains a match".
pub struct Pattern {
    pub source: String,
    dfa: dense::DFA<Vec<u32>>,
    start: StateID,
}

impl std::fmt::Debug for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Pattern({:?})", self.source)
    }
}

/// Why a pattern is not a valid ECMA-262 regular expression, for the error message.
pub fn syntax_error(pattern: &str) -> Option<String> {
    if jsonschema_regex::is_valid_ecma_regex(pattern) {
        return None;
    }
    Some(format!("`{pattern}` is not a valid ECMA-262 regular expression"))
}

impl Compiled {
    /// Compiles a pattern (assumed to be valid ECMA-262; see [`syntax_error`]).
    pub fn new(pattern: &str) -> Compiled {
        let Ok(translated) = jsonschema_regex::to_rust_regex(pattern) else {
            return Compiled::Opaque("it cannot be translated to a regular expression");
        };
        let hir = match regex_syntax::ParserBuilder::new().build().parse(&translated) {
            Ok(h) => h,
            Err(e) => {
                let text = e.to_string();
                return Compiled::Opaque(if text.contains("look-around") || text.contains("look-behind") {
                    "it uses a lookaround, which no finite automaton expresses"
                } else if text.contains("backreference") {
                    "it uses a backreference, which no finite automaton expresses"
                } else {
                    "its syntax is beyond what schemata compiles to an automaton"
                });
            }
        };
        match build(&hir) {
            Some((dfa, start)) => Compiled::Regular(Box::new(Pattern {
                source: pattern.to_string(),
                dfa,
                start,
            })),
            None => Compiled::Opaque("its automaton exceeds the state budget"),
        }
    }
}

fn any_string() -> Hir {
    Hir::repetition(Repetition {
        min: 0,
        max: None,
        greedy: true,
        sub: Box::new(Hir::dot(Dot::AnyChar)),
    })
}

/// A DFA for the strings that contain a match of `hir`, and its anchored start state.
fn build(hir: &Hir) -> Option<(dense::DFA<Vec<u32>>, StateID)> {
    let full = Hir::concat(vec![any_string(), hir.clone(), any_string()]);
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .nfa_size_limit(Some(DFA_LIMIT))
                .which_captures(thompson::WhichCaptures::None),
        )
        .build_from_hir(&full)
        .ok()?;
    let dfa = dense::Builder::new()
        .configure(
            dense::Config::new()
                .match_kind(MatchKind::All)
                .start_kind(regex_automata::dfa::StartKind::Anchored)
                .dfa_size_limit(Some(DFA_LIMIT))
                .determinize_size_limit(Some(DFA_LIMIT))
                .accelerate(false),
        )
        .build_from_nfa(&nfa)
        .ok()?;
    let start = dfa.start_state(&start::Config::new().anchored(Anchored::Yes)).ok()?;
    Some((dfa, start))
}

impl Pattern {
    /// Whether `s` contains a match.
    pub fn is_match(&self, s: &str) -> Option<bool> {
        let mut sid = self.start;
        for &b in s.as_bytes() {
            sid = self.dfa.next_state(sid, b);
            if self.dfa.is_quit_state(sid) {
                return None;
            }
        }
        let end = self.dfa.next_eoi_state(sid);
        Some(self.dfa.is_match_state(end))
    }
    fn step(&self, sid: StateID, b: u8) -> StateID {
        self.dfa.next_state(sid, b)
    }
    fn accepts_at_end(&self, sid: StateID) -> bool {
        self.dfa.is_match_state(self.dfa.next_eoi_state(sid))
    }
}

/// The DFA of every valid UTF-8 string, which keeps searches to real strings.
fn utf8() -> &'static (dense::DFA<Vec<u32>>, StateID) {
    static UTF8: std::sync::OnceLock<(dense::DFA<Vec<u32>>, StateID)> = std::sync::OnceLock::new();
    UTF8.get_or_init(|| build(&Hir::empty()).expect("the automaton of all strings builds"))
}

/// Lengths (in code points) as closed intervals `[lo, hi]` (`hi` None: unbounded).
pub type Lengths = Vec<(u64, Option<u64>)>;

/// The answer of a search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Found {
    /// A string that satisfies the question (the shortest found).
    Some(String),
    /// No string does.
    None,
    /// The budget ran out first.
    Unknown,
}

/// Searches for a string every `must` pattern matches, no `must_not` pattern matches, and
/// whose length lies in `lengths`.
pub fn search(must: &[&Pattern], must_not: &[&Pattern], lengths: &Lengths) -> Found {
    if lengths.is_empty() {
        return Found::None;
    }
    let (u8dfa, u8start) = utf8();
    let all: Vec<&Pattern> = must.iter().chain(must_not).copied().collect();
    // lengths are tracked exactly up to `cap`, and as "cap or more" past it
    let cap = lengths
        .iter()
        .flat_map(|(lo, hi)| [Some(*lo), *hi])
        .flatten()
        .max()
        .unwrap_or(0)
        .saturating_add(1);
    if cap > 4096 {
        return Found::Unknown;
    }
    // (every finite end is below `cap`, so a capped length is in exactly the intervals
    // that hold every length from `cap` on)
    let in_lengths = |n: u64| lengths.iter().any(|&(lo, hi)| n >= lo && hi.is_none_or(|h| n <= h));
    // Representative bytes of the joint byte classes, nicest first, so witnesses read well.
    let mut order: Vec<u8> = (b'a'..=b'z').chain(b'0'..=b'9').chain(b'A'..=b'Z').collect();
    order.extend([b'-', b'_', b'.', b' ']);
    order.extend((0u8..=255).filter(|b| !b.is_ascii_alphanumeric() && !matches!(b, b'-' | b'_' | b'.' | b' ')));
    let mut seen_classes: std::collections::HashSet<Vec<u8>> = Default::default();
    let mut bytes = Vec::new();
    for b in order {
        let key: Vec<u8> = std::iter::once(u8dfa.byte_classes().get(b))
            .chain(all.iter().map(|p| p.dfa.byte_classes().get(b)))
            .collect();
        if seen_classes.insert(key) {
            bytes.push(b);
        }
    }
    type Key = (Vec<StateID>, u64);
    let start: Key = (
        std::iter::once(*u8start).chain(all.iter().map(|p| p.start)).collect(),
        0,
    );
    let mut parents: Vec<(usize, u8)> = vec![(usize::MAX, 0)];
    let mut keys: Vec<Key> = vec![start.clone()];
    let mut index: HashMap<Key, usize> = HashMap::new();
    index.insert(start, 0);
    let mut queue = VecDeque::from([0usize]);
    let n_must = must.len();
    while let Some(at) = queue.pop_front() {
        let (states, len) = keys[at].clone();
        let accepted = u8dfa.is_match_state(u8dfa.next_eoi_state(states[0]))
            && all
                .iter()
                .enumerate()
                .all(|(i, p)| p.accepts_at_end(states[i + 1]) == (i < n_must));
        if accepted && in_lengths(len) {
            let mut out = Vec::new();
            let mut k = at;
            while parents[k].0 != usize::MAX {
                out.push(parents[k].1);
                k = parents[k].0;
            }
            out.reverse();
            return match String::from_utf8(out) {
                Ok(s) => Found::Some(s),
                Err(_) => Found::Unknown,
            };
        }
        for &b in &bytes {
            let first = u8dfa.next_state(states[0], b);
            if u8dfa.is_dead_state(first) {
                continue;
            }
            let mut next = Vec::with_capacity(states.len());
            next.push(first);
            let mut dead = false;
            for (i, p) in all.iter().enumerate() {
                let s = p.step(states[i + 1], b);
                if p.dfa.is_quit_state(s) {
                    return Found::Unknown;
                }
                // a `must` automaton in its dead state never accepts again
                if i < n_must && p.dfa.is_dead_state(s) {
                    dead = true;
                    break;
                }
                next.push(s);
            }
            if dead {
                continue;
            }
            // a byte that starts a character counts one
            let len2 = if b & 0xC0 == 0x80 { len } else { (len + 1).min(cap) };
            if lengths.iter().all(|&(_, hi)| hi.is_some_and(|h| len2 > h)) {
                continue;
            }
            let key = (next, len2);
            if index.contains_key(&key) {
                continue;
            }
            if keys.len() >= SEARCH_BUDGET {
                return Found::Unknown;
            }
            keys.push(key.clone());
            parents.push((at, b));
            index.insert(key, keys.len() - 1);
            queue.push_back(keys.len() - 1);
        }
    }
    Found::None
}

/// Compiled patterns, memoized by source, shared by the two sides of a diff.
#[derive(Default)]
pub struct Cache {
    map: HashMap<String, Rc<Compiled>>,
}

impl Cache {
    pub fn get(&mut self, pattern: &str) -> Rc<Compiled> {
        if let Some(c) = self.map.get(pattern) {
            return c.clone();
        }
        let c = Rc::new(Compiled::new(pattern));
        self.map.insert(pattern.to_string(), c.clone());
        c
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> Pattern {
        match Compiled::new(s) {
            Compiled::Regular(p) => *p,
            Compiled::Opaque(why) => panic!("{s}: {why}"),
        }
    }
    fn all() -> Lengths {
        vec![(0, None)]
    }

    #[test]
    fn patterns_are_searched_not_anchored() {
        let a = p("b");
        assert_eq!(a.is_match("abc"), Some(true));
        assert_eq!(a.is_match("ac"), Some(false));
        let anchored = p("^ab$");
        assert_eq!(anchored.is_match("ab"), Some(true));
        assert_eq!(anchored.is_match("xab"), Some(false));
        // ECMA-262 classes: \d is ASCII
        let d = p("^\\d+$");
        assert_eq!(d.is_match("123"), Some(true));
        assert_eq!(d.is_match("١٢"), Some(false));
    }

    #[test]
    fn a_prefix_contains_a_longer_prefix() {
        let (ab, a) = (p("^ab"), p("^a"));
        assert_eq!(search(&[&ab], &[&a], &all()), Found::None);
        assert_eq!(search(&[&a], &[&ab], &all()), Found::Some("a".into()));
    }

    #[test]
    fn match_everything_patterns_are_recognised() {
        for s in ["a*", "^.*", "", "x?", "(?:)"] {
            let every = p(s);
            assert_eq!(search(&[], &[&every], &all()), Found::None, "{s}");
        }
        let some = p("^.+");
        assert_eq!(search(&[], &[&some], &all()), Found::Some(String::new()));
    }

    #[test]
    fn lengths_bound_the_search() {
        let letters = p("^[a-z]{3}$");
        let (a3, a5) = (vec![(0, Some(3))], vec![(4, Some(5))]);
        assert_eq!(search(&[&letters], &[], &a5), Found::None);
        assert_eq!(search(&[&letters], &[], &a3), Found::Some("aaa".into()));
    }

    #[test]
    fn lookarounds_and_backreferences_are_opaque() {
        assert!(matches!(Compiled::new("^(a)\\1$"), Compiled::Opaque(_)));
        assert!(matches!(Compiled::new("^(?=a)"), Compiled::Opaque(_)));
    }

    #[test]
    fn invalid_patterns_are_named() {
        assert!(syntax_error("a{1000}{1000}").is_some());
        assert!(syntax_error("(").is_some());
        assert!(syntax_error("^[a-z]+$").is_none());
    }
}
