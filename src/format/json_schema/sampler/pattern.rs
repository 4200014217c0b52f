//! Strings for a pattern: a small generator for the common regex subset.

use super::*;

#[derive(Debug, Clone)]
pub(super) enum Re {
    Empty,
    Char(char),
    Set(Vec<(char, char)>, bool),
    Alt(Vec<Re>),
    Seq(Vec<Re>),
    Rep(Box<Re>, u32, Option<u32>),
}

pub(super) struct ReParser {
    pub(super) c: Vec<char>,
    pub(super) i: usize,
}

impl ReParser {
    pub(super) fn peek(&self) -> Option<char> {
        self.c.get(self.i).copied()
    }
    pub(super) fn eat(&mut self, ch: char) -> bool {
        if self.peek() == Some(ch) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    pub(super) fn alt(&mut self, depth: usize) -> Option<Re> {
        if depth > 32 {
            return None;
        }
        let mut alts = vec![self.seq(depth)?];
        while self.eat('|') {
            alts.push(self.seq(depth)?);
        }
        Some(if alts.len() == 1 { alts.pop()? } else { Re::Alt(alts) })
    }
    pub(super) fn seq(&mut self, depth: usize) -> Option<Re> {
        let mut items = Vec::new();
        while let Some(ch) = self.peek() {
            if ch == '|' || ch == ')' {
                break;
            }
            let atom = self.atom(depth)?;
            let atom = self.quantifier(atom);
            items.push(atom);
        }
        Some(Re::Seq(items))
    }
    pub(super) fn number(&mut self) -> Option<u32> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        if self.i == start {
            return None;
        }
        self.c[start..self.i].iter().collect::<String>().parse().ok()
    }
    pub(super) fn quantifier(&mut self, atom: Re) -> Re {
        let (min, max) = match self.peek() {
            Some('*') => {
                self.i += 1;
                (0, None)
            }
            Some('+') => {
                self.i += 1;
                (1, None)
            }
            Some('?') => {
                self.i += 1;
                (0, Some(1))
            }
            Some('{') => {
                let save = self.i;
                self.i += 1;
                let parsed = (|| {
                    let min = self.number()?;
                    let max = if self.eat(',') {
                        if self.peek() == Some('}') {
                            None
                        } else {
                            Some(self.number()?)
                        }
                    } else {
                        Some(min)
                    };
                    if self.eat('}') { Some((min, max)) } else { None }
                })();
                match parsed {
                    Some(q) => q,
                    None => {
                        self.i = save;
                        return atom;
                    }
                }
            }
            _ => return atom,
        };
        // Lazy or possessive suffix.
        if !self.eat('?') {
            self.eat('+');
        }
        Re::Rep(Box::new(atom), min, max)
    }
    pub(super) fn atom(&mut self, depth: usize) -> Option<Re> {
        let ch = self.peek()?;
        self.i += 1;
        Some(match ch {
            '(' => {
                let mut lookaround = false;
                if self.eat('?') {
                    match self.peek() {
                        Some(':') => self.i += 1,
                        Some('=') | Some('!') => {
                            self.i += 1;
                            lookaround = true;
                        }
                        Some('<') | Some('P') => {
                            if self.peek() == Some('P') {
                                self.i += 1;
                            }
                            self.i += 1;
                            if matches!(self.peek(), Some('=') | Some('!')) {
                                self.i += 1;
                                lookaround = true;
                            } else {
                                while self.peek().is_some_and(|c| c != '>') {
                                    self.i += 1;
                                }
                                self.i += 1;
                            }
                        }
                        _ => return None,
                    }
                }
                let inner = self.alt(depth + 1)?;
                if !self.eat(')') {
                    return None;
                }
                if lookaround { Re::Empty } else { inner }
            }
            '[' => self.class()?,
            '.' => Re::Char('a'),
            '^' | '$' => Re::Empty,
            '\\' => self.escape(false)?,
            '*' | '+' | '?' => return None,
            c => Re::Char(c),
        })
    }
    /// An escape after `\`; inside a class, `\b` is a backspace.
    pub(super) fn escape(&mut self, in_class: bool) -> Option<Re> {
        let ch = self.peek()?;
        self.i += 1;
        let word = vec![('a', 'z'), ('A', 'Z'), ('0', '9'), ('_', '_')];
        Some(match ch {
            'd' => Re::Set(vec![('0', '9')], false),
            'D' => Re::Set(vec![('0', '9')], true),
            'w' => Re::Set(word, false),
            'W' => Re::Set(word, true),
            's' => Re::Char(' '),
            'S' => Re::Char('a'),
            'b' if in_class => Re::Char('\u{8}'),
            'b' | 'B' => Re::Empty,
            'n' => Re::Char('\n'),
            't' => Re::Char('\t'),
            'r' => Re::Char('\r'),
            'f' => Re::Char('\u{c}'),
            'v' => Re::Char('\u{b}'),
            '0' => Re::Char('\0'),
            'x' => {
                let h: String = self.c.get(self.i..self.i + 2)?.iter().collect();
                self.i += 2;
                Re::Char(char::from_u32(u32::from_str_radix(&h, 16).ok()?)?)
            }
            'u' => {
                if self.eat('{') {
                    let start = self.i;
                    while self.peek().is_some_and(|c| c != '}') {
                        self.i += 1;
                    }
                    let h: String = self.c[start..self.i].iter().collect();
                    self.i += 1;
                    Re::Char(char::from_u32(u32::from_str_radix(&h, 16).ok()?)?)
                } else {
                    let h: String = self.c.get(self.i..self.i + 4)?.iter().collect();
                    self.i += 4;
                    Re::Char(char::from_u32(u32::from_str_radix(&h, 16).ok()?)?)
                }
            }
            'p' | 'P' => {
                if self.eat('{') {
                    while self.peek().is_some_and(|c| c != '}') {
                        self.i += 1;
                    }
                    self.i += 1;
                }
                Re::Char(if ch == 'p' { 'a' } else { '!' })
            }
            'c' => {
                self.i += 1;
                Re::Char('\u{1}')
            }
            'k' => {
                while self.peek().is_some_and(|c| c != '>') {
                    self.i += 1;
                }
                self.i += 1;
                Re::Empty
            }
            '1'..='9' => {
                while self.peek().is_some_and(|c| c.is_ascii_digit()) {
                    self.i += 1;
                }
                Re::Empty
            }
            c => Re::Char(c),
        })
    }
    pub(super) fn class(&mut self) -> Option<Re> {
        let negated = self.eat('^');
        let mut ranges: Vec<(char, char)> = Vec::new();
        let mut first = true;
        loop {
            let ch = self.peek()?;
            if ch == ']' && !first {
                self.i += 1;
                break;
            }
            first = false;
            self.i += 1;
            let lo = if ch == '\\' {
                match self.escape(true)? {
                    Re::Char(c) => c,
                    Re::Set(rs, false) => {
                        ranges.extend(rs);
                        continue;
                    }
                    _ => continue,
                }
            } else {
                ch
            };
            if self.peek() == Some('-') && self.c.get(self.i + 1).is_some_and(|c| *c != ']') {
                self.i += 1;
                let hc = self.peek()?;
                self.i += 1;
                let hi = if hc == '\\' {
                    match self.escape(true)? {
                        Re::Char(c) => c,
                        _ => lo,
                    }
                } else {
                    hc
                };
                ranges.push((lo, hi.max(lo)));
            } else {
                ranges.push((lo, lo));
            }
        }
        Some(Re::Set(ranges, negated))
    }
}

pub(super) fn in_ranges(ranges: &[(char, char)], c: char) -> bool {
    ranges.iter().any(|(lo, hi)| *lo <= c && c <= *hi)
}

pub(super) fn pick_char(ranges: &[(char, char)], negated: bool) -> char {
    const PREFERRED: &str = "a0A_b1Bx- .";
    if negated {
        return PREFERRED
            .chars()
            .chain('!'..='~')
            .find(|c| !in_ranges(ranges, *c))
            .unwrap_or('\u{a1}');
    }
    PREFERRED
        .chars()
        .find(|c| in_ranges(ranges, *c))
        .or_else(|| ranges.first().map(|r| r.0))
        .unwrap_or('a')
}

/// Appends a string matching `re`: every repetition `extra` times more than its minimum,
/// alternation `alt` (modulo the number of alternatives).
pub(super) fn emit(re: &Re, extra: u32, alt: usize, out: &mut String, limit: usize) {
    if out.len() > limit {
        return;
    }
    match re {
        Re::Empty => {}
        Re::Char(c) => out.push(*c),
        Re::Set(r, neg) => out.push(pick_char(r, *neg)),
        Re::Alt(alts) => emit(&alts[alt % alts.len()], extra, alt, out, limit),
        Re::Seq(items) => {
            for it in items {
                emit(it, extra, alt, out, limit);
            }
        }
        Re::Rep(inner, min, max) => {
            let n = min.saturating_add(extra);
            let n = max.map_or(n, |m| n.min(m)).min(limit as u32);
            for _ in 0..n {
                let before = out.len();
                emit(inner, extra, alt, out, limit);
                if out.len() > limit || out.len() == before {
                    break;
                }
            }
        }
    }
}

/// Strings that may match `pattern` with a length in `[min, max]` (checked by the caller).
pub(crate) fn pattern_candidates(pattern: &str, min: u64, max: Option<u64>) -> Vec<String> {
    let mut p = ReParser {
        c: pattern.chars().collect(),
        i: 0,
    };
    let Some(re) = p.alt(0) else {
        return Vec::new();
    };
    if p.i != p.c.len() {
        return Vec::new();
    }
    let limit = (max.unwrap_or(MAX_LEN).min(MAX_LEN) as usize).max(min as usize) + 8;
    let anchored_start = pattern.starts_with('^');
    let anchored_end = pattern.ends_with('$') && !pattern.ends_with("\\$");
    let mut out: Vec<String> = Vec::new();
    let extras: Vec<u32> = {
        let mut e = vec![0, 1, 2, 3, 5, 8];
        if min > 0 {
            e.push(min.min(MAX_LEN) as u32);
        }
        e
    };
    for alt in 0..3 {
        for &extra in &extras {
            let mut s = String::new();
            emit(&re, extra, alt, &mut s, limit);
            let n = s.chars().count() as u64;
            if n < min {
                let pad = "a".repeat((min - n) as usize);
                if !anchored_end {
                    out.push(format!("{s}{pad}"));
                }
                if !anchored_start {
                    out.push(format!("{pad}{s}"));
                }
            }
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}
