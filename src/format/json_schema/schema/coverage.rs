//! Which kinds of JSON value a schema accepts in full, in part, or not at all, through its
//! combinators: an `anyOf` whose branches between them accept every value of every kind
//! (`[{type: string}, {not: {type: string}}]`) constrains nothing, a `oneOf` of branches
//! that each take different kinds whole is their union, a `not` of what accepts nothing
//! accepts everything, an `if` that decides the kind picks `then` or `else` whole. A
//! branch that only constrains kinds the instance cannot have accepts it whole.
//!
//! The answer is per kind (null, boolean, number, string, object, array) and three-valued:
//! `All`, `None`, or `Some` (part, or not known). `All` and `None` are proven; `Some` is
//! the safe answer.

use super::{Graph, Id, Obj, Schema, Types};

/// How much of one kind of value a schema accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    None,
    Some,
    All,
}

impl Part {
    fn and(self, other: Part) -> Part {
        match (self, other) {
            (Part::None, _) | (_, Part::None) => Part::None,
            (Part::All, x) | (x, Part::All) => x,
            _ => Part::Some,
        }
    }
    fn or(self, other: Part) -> Part {
        match (self, other) {
            (Part::All, _) | (_, Part::All) => Part::All,
            (Part::None, x) | (x, Part::None) => x,
            _ => Part::Some,
        }
    }
    fn not(self) -> Part {
        match self {
            Part::All => Part::None,
            Part::None => Part::All,
            Part::Some => Part::Some,
        }
    }
}

/// The kinds, in the order of [`Coverage`]'s entries.
pub const KINDS: [Types; 6] = [
    Types::NULL,
    Types::BOOLEAN,
    Types::NUMBER,
    Types::STRING,
    Types::OBJECT,
    Types::ARRAY,
];

/// One [`Part`] per kind of [`KINDS`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Coverage(pub [Part; 6]);

impl Coverage {
    pub const ALL: Coverage = Coverage([Part::All; 6]);
    pub const NONE: Coverage = Coverage([Part::None; 6]);
    const SOME: Coverage = Coverage([Part::Some; 6]);

    fn zip(self, other: Coverage, f: impl Fn(Part, Part) -> Part) -> Coverage {
        let mut out = self.0;
        for (o, p) in out.iter_mut().zip(other.0) {
            *o = f(*o, p);
        }
        Coverage(out)
    }
    pub fn is_all(self) -> bool {
        self == Coverage::ALL
    }
    pub fn is_none(self) -> bool {
        self == Coverage::NONE
    }
    /// The kinds accepted not at all.
    pub fn rejected(self) -> Types {
        KINDS
            .iter()
            .zip(self.0)
            .filter(|(_, p)| *p == Part::None)
            .fold(Types(0), |t, (k, _)| t.union(*k))
    }
}

/// Works out coverages over one graph, memoized by node (the meaning of a node never
/// changes, whatever normalization does to its spelling).
pub struct Coverages {
    memo: Vec<Option<Coverage>>,
    depth: u32,
}

impl Coverages {
    pub fn new(g: &Graph) -> Coverages {
        Coverages {
            memo: vec![None; g.nodes.len()],
            depth: 0,
        }
    }

    pub fn of(&mut self, g: &Graph, id: Id) -> Coverage {
        let id = g.resolve(id);
        if let Some(Some(c)) = self.memo.get(id as usize) {
            return *c;
        }
        if self.depth > 48 {
            return Coverage::SOME;
        }
        if (id as usize) >= self.memo.len() {
            self.memo.resize(g.nodes.len().max(id as usize + 1), None);
        }
        // a cycle back to this node reads as "some" while it is worked out
        self.memo[id as usize] = Some(Coverage::SOME);
        self.depth += 1;
        let c = match &g.nodes[id as usize].schema {
            Schema::Bool(true) => Coverage::ALL,
            Schema::Bool(false) => Coverage::NONE,
            Schema::Ref(_) => Coverage::SOME,
            Schema::Obj(o) => self.of_obj(g, o),
        };
        self.depth -= 1;
        self.memo[id as usize] = Some(c);
        c
    }

    /// The coverage of an object: its own keywords, then its combinators.
    pub fn of_obj(&mut self, g: &Graph, o: &Obj) -> Coverage {
        let mut c = own(o);
        if o.external_ref.is_some() || o.dynamic_ref.is_some() {
            c = c.zip(Coverage::SOME, Part::and);
        }
        for &b in &o.all_of {
            let b = self.of(g, b);
            c = c.zip(b, Part::and);
        }
        if !o.any_of.is_empty() {
            let mut u = Coverage::NONE;
            for &b in &o.any_of {
                let b = self.of(g, b);
                u = u.zip(b, Part::or);
            }
            c = c.zip(u, Part::and);
        }
        if !o.one_of.is_empty() {
            let branches: Vec<Coverage> = o.one_of.iter().map(|&b| self.of(g, b)).collect();
            let mut u = [Part::Some; 6];
            for (k, slot) in u.iter_mut().enumerate() {
                let parts: Vec<Part> = branches.iter().map(|b| b.0[k]).collect();
                let all = parts.iter().filter(|p| **p == Part::All).count();
                let none = parts.iter().filter(|p| **p == Part::None).count();
                *slot = if none == parts.len() || all >= 2 {
                    Part::None
                } else if all == 1 && none == parts.len() - 1 {
                    Part::All
                } else {
                    Part::Some
                };
            }
            c = c.zip(Coverage(u), Part::and);
        }
        if let Some(n) = o.not {
            let n = self.of(g, n);
            c = c.zip(Coverage(n.0.map(Part::not)), Part::and);
        }
        if let Some(i) = o.if_ {
            let i = self.of(g, i);
            let t = o.then_.map_or(Coverage::ALL, |t| self.of(g, t));
            let e = o.else_.map_or(Coverage::ALL, |e| self.of(g, e));
            let mut u = [Part::Some; 6];
            for (k, slot) in u.iter_mut().enumerate() {
                *slot = match i.0[k] {
                    Part::All => t.0[k],
                    Part::None => e.0[k],
                    Part::Some if t.0[k] == e.0[k] && t.0[k] != Part::Some => t.0[k],
                    Part::Some => Part::Some,
                };
            }
            c = c.zip(Coverage(u), Part::and);
        }
        c
    }
}

/// The coverage of an object's own keywords (no combinators).
pub fn own(o: &Obj) -> Coverage {
    let types = o.types.unwrap_or(Types::ALL).canonical();
    let mut parts = [Part::All; 6];
    for (k, kind) in KINDS.iter().enumerate() {
        let kind = kind.canonical();
        let typed = if kind == Types::NUMBER.canonical() {
            // `integer` alone takes part of the numbers
            if types.contains(Types::NUMBER) {
                Part::All
            } else if types.intersects(Types::INTEGER) {
                Part::Some
            } else {
                Part::None
            }
        } else if types.intersects(kind) {
            Part::All
        } else {
            Part::None
        };
        let keywords = match k {
            2 if o.has_number_keywords() => Part::Some,
            3 if o.has_string_keywords() => Part::Some,
            4 if o.has_object_keywords() => Part::Some,
            5 if o.has_array_keywords() => Part::Some,
            _ => Part::All,
        };
        let listed = match &o.enumeration {
            None => Part::All,
            Some(values) => {
                let of_kind: Vec<&serde_json::Value> =
                    values.iter().filter(|v| kind.intersects(Types::of_value(v))).collect();
                match k {
                    _ if of_kind.is_empty() => Part::None,
                    0 => Part::All,
                    1 if of_kind.len() == 2 => Part::All,
                    _ => Part::Some,
                }
            }
        };
        parts[k] = typed.and(keywords).and(listed);
    }
    Coverage(parts)
}
