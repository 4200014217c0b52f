//! Sampling: a deterministic generator of small instances for a conjunction of schemas
//! (with negated ones), following `$ref`s across the documents of one version.

use super::*;
use std::hash::BuildHasher;

pub(super) const MAX_DEPTH: usize = 64;
/// Steps (generation and check calls) allowed for one `build` call.
pub(super) const BUDGET: usize = 200_000;
/// Steps allowed for the sample of a whole side (computed once per side).
pub(super) const SAMPLE_BUDGET: usize = 1_000_000;
pub(super) const MAX_LEN: u64 = 4096;
pub(super) const MAX_ITEMS: u64 = 256;
pub(super) const MAX_BRANCHES: usize = 16;
/// The largest array position a local value is placed at.
pub(super) const MAX_PAD: usize = 1024;

/// A subschema with the base URI its `$ref`s resolve against.
#[derive(Clone, Debug)]
pub(super) struct Part<'a> {
    pub(super) s: &'a Value,
    pub(super) base: Rc<str>,
}

pub(super) struct Sampler<'a> {
    pub(super) docs: Vec<&'a Value>,
    pub(super) index: &'a Index,
    pub(super) draft: Draft,
    /// Before 2019-09, `$ref` makes sibling keywords ignored.
    pub(super) legacy_ref: bool,
    pub(super) budget: usize,
    /// The deepest nesting `generate` goes to (raised step by step by `generate_top`).
    pub(super) max_depth: usize,
    /// What earlier generation learnt, kept across the builds of one side.
    pub(super) memo: Memo,
    /// (schema, value) addresses being checked, to stop at `$ref` cycles.
    pub(super) checking: Vec<(usize, usize)>,
    /// Choices steered by a seed (`schemata sample`); `None`: the first good choice.
    pub(super) rng: Option<Rng>,
}

/// splitmix64: small, fast, and the same sequence everywhere for a seed. Steers the
/// sampler's choices for `schemata sample --seed`.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        Rng(seed)
    }
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next_u64() % n }
    }
    pub fn chance(&mut self, percent: u64) -> bool {
        self.below(100) < percent
    }
}

/// Words for the free text of seeded samples.
const WORDS: &[&str] = &[
    "alpha", "blue", "cedar", "delta", "ember", "fjord", "gale", "harbor", "iris", "juniper",
];

/// What a sampler learns that stays true for the same documents: compiled patterns, strings
/// for patterns, conjunctions that cannot be generated, and values generated for a
/// conjunction. Moved from one sampler to the next, so sibling changes of one diff reuse it.
#[derive(Default)]
pub(super) struct Memo {
    pub(super) regexes: HashMap<String, Option<Regex>>,
    pub(super) pattern_cache: HashMap<(String, u64, Option<u64>), Vec<String>>,
    /// Conjunctions (schema addresses) that generation failed for, with the room it had.
    pub(super) failed: HashMap<Vec<usize>, usize>,
    /// [`Sampler::generate_top`] by conjunction (schema addresses and bases).
    pub(super) generated: HashMap<Vec<usize>, Option<Value>>,
}

pub(super) const TYPE_ORDER: [&str; 7] = ["object", "string", "integer", "number", "boolean", "array", "null"];

impl<'a> Sampler<'a> {
    pub(super) fn new(docs: Vec<&'a Value>, index: &'a Index, draft: Draft, memo: Memo) -> Self {
        Sampler {
            docs,
            index,
            draft,
            legacy_ref: matches!(draft, Draft::Draft4 | Draft::Draft6 | Draft::Draft7),
            budget: BUDGET,
            max_depth: MAX_DEPTH,
            memo,
            checking: Vec::new(),
            rng: None,
        }
    }

    /// What this sampler learnt, for the next one on the same documents.
    pub(super) fn into_memo(self) -> Memo {
        self.memo
    }

    pub(super) fn root_part(&self) -> Part<'a> {
        Part {
            s: self.docs[0],
            base: self.index.doc_bases.first().map_or(DEFAULT_BASE, String::as_str).into(),
        }
    }

    /// The subschema at `pointer` in document `doc`, with the base URI in effect there.
    pub(super) fn part_at(&self, doc: usize, pointer: &str) -> Option<Part<'a>> {
        let root = *self.docs.get(doc)?;
        let mut p = self.rebase(Part {
            s: root,
            base: self
                .index
                .doc_bases
                .get(doc)
                .map_or(DEFAULT_BASE, String::as_str)
                .into(),
        });
        for token in parse_pointer(pointer)? {
            let child = match p.s {
                Value::Object(o) => o.get(&token)?,
                Value::Array(a) => a.get(array_index(&token)?)?,
                _ => return None,
            };
            p = self.rebase(Part { s: child, base: p.base });
        }
        Some(p)
    }

    /// Several values for the schema `p` (its enum values, and for each type it allows the
    /// generator's candidates), unchecked: the witness search picks among them.
    pub(super) fn alternatives(&mut self, p: &Part<'a>) -> Vec<Value> {
        let Some(flat) = self.flatten(std::slice::from_ref(p), 0) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for q in &flat {
            if let Some(c) = q.s.get("const") {
                out.push(c.clone());
            }
            if let Some(Value::Array(values)) = q.s.get("enum") {
                out.extend(values.iter().take(16).cloned());
            }
        }
        for t in self.types(&flat) {
            out.extend(self.gen_type(t, &flat, 0).into_iter().take(6));
            if self.budget == 0 {
                break;
            }
        }
        out
    }

    /// The property names `p` declares (under `properties`, behind `$ref`s and `allOf`).
    pub(super) fn declared_names(&mut self, p: &Part<'a>) -> Vec<String> {
        let Some(flat) = self.flatten(std::slice::from_ref(p), 0) else {
            return Vec::new();
        };
        let mut out: Vec<String> = Vec::new();
        for q in &flat {
            if let Some(Value::Object(props)) = q.s.get("properties") {
                out.extend(props.keys().filter(|k| !out.contains(k)).cloned().collect::<Vec<_>>());
            }
        }
        out
    }

    /// `base` (an object valid for `p`) with one more declared property of `p`, for each of
    /// `names` that `base` lacks and that a value can be generated for.
    pub(super) fn with_each_property(&mut self, base: &Value, p: &Part<'a>, names: &[String]) -> Vec<Value> {
        let (Value::Object(obj), Some(flat)) = (base, self.flatten(std::slice::from_ref(p), 0)) else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for name in names.iter().filter(|n| !obj.contains_key(*n)).take(16) {
            if let Some(pp) = self.prop_parts(&flat, name)
                && let Some(v) = self.generate_top(&pp)
            {
                let mut o = obj.clone();
                o.insert(name.clone(), v);
                out.push(Value::Object(o));
            }
        }
        out
    }

    /// With a seed, `items` start at a random position (the first good one wins, so the
    /// seed picks among the good ones); without one, they stay in order.
    pub(super) fn steer<T>(&mut self, items: &mut [T]) {
        if let Some(rng) = &mut self.rng
            && items.len() > 1
        {
            let k = rng.below(items.len() as u64) as usize;
            items.rotate_left(k);
        }
    }

    /// With a seed, whether to fill in an optional property (about half of them).
    fn seeded_optional(&mut self) -> bool {
        self.rng.as_mut().is_some_and(|r| r.chance(50))
    }

    /// With a seed, a free-text string and a number in range put first among the candidates.
    fn seeded_scalars(&mut self, t: &str, flat: &[Part<'a>], out: &mut Vec<Value>) {
        let Some(rng) = &mut self.rng else { return };
        let word = WORDS[rng.below(WORDS.len() as u64) as usize];
        let n = rng.below(1000);
        let fraction = rng.below(1000) as f64 / 1000.0;
        match t {
            "string"
                if !flat
                    .iter()
                    .any(|p| p.s.get("format").is_some() || p.s.get("pattern").is_some()) =>
            {
                let min = flat
                    .iter()
                    .filter_map(|p| p.s.get("minLength").and_then(as_count))
                    .max()
                    .unwrap_or(0);
                let max = flat
                    .iter()
                    .filter_map(|p| p.s.get("maxLength").and_then(as_count))
                    .min();
                let mut text = format!("{word}-{n}");
                while (text.chars().count() as u64) < min.min(MAX_LEN) {
                    text.push('x');
                }
                if let Some(max) = max {
                    text = text.chars().take(max as usize).collect();
                }
                out.insert(0, Value::String(text));
            }
            "integer" | "number" => {
                let (mut lo, mut hi) = (None::<f64>, None::<f64>);
                for p in flat {
                    let get = |k: &str| p.s.get(k).and_then(Value::as_f64);
                    for x in [get("minimum"), get("exclusiveMinimum").map(|x| x + 1.0)]
                        .into_iter()
                        .flatten()
                    {
                        lo = Some(lo.map_or(x, |l| l.max(x)));
                    }
                    for x in [get("maximum"), get("exclusiveMaximum").map(|x| x - 1.0)]
                        .into_iter()
                        .flatten()
                    {
                        hi = Some(hi.map_or(x, |h| h.min(x)));
                    }
                }
                let lo = lo.unwrap_or(0.0_f64.min(hi.unwrap_or(100.0) - 100.0));
                let hi = hi.unwrap_or(lo + 100.0).max(lo);
                let x = lo + fraction * (hi - lo).min(1_000_000.0);
                let v = if t == "integer" {
                    x.round()
                } else {
                    (x * 100.0).round() / 100.0
                };
                out.extend(num_value(v));
                let last = out.len() - 1;
                out.swap(0, last);
            }
            _ => {}
        }
    }

    pub(super) fn regex(&mut self, pattern: &str) -> Option<&Regex> {
        if !self.memo.regexes.contains_key(pattern) {
            let re = regex::RegexBuilder::new(pattern).size_limit(1 << 20).build().ok();
            self.memo.regexes.insert(pattern.to_string(), re);
        }
        self.memo.regexes.get(pattern).and_then(Option::as_ref)
    }

    /// [`pattern_candidates`], cached.
    pub(super) fn pattern_strings(&mut self, pattern: &str, min: u64, max: Option<u64>) -> Vec<String> {
        let key = (pattern.to_string(), min, max);
        if let Some(c) = self.memo.pattern_cache.get(&key) {
            return c.clone();
        }
        let c = pattern_candidates(pattern, min, max);
        self.memo.pattern_cache.insert(key, c.clone());
        c
    }

    /// Whether `pattern` matches `s`; `None` when the pattern cannot be compiled.
    pub(super) fn re_match(&mut self, pattern: &str, s: &str) -> Option<bool> {
        self.regex(pattern).map(|re| re.is_match(s))
    }

    /// The part with its base moved by its own `$id`.
    pub(super) fn rebase(&self, p: Part<'a>) -> Part<'a> {
        if let Some(o) = p.s.as_object()
            && let Some(id) = schema_id(o, self.draft)
            && !id.starts_with('#')
            && let Some(resolved) = resolve_uri(&p.base, id)
        {
            let b = resolved.split('#').next().unwrap_or("").to_string();
            return Part { s: p.s, base: b.into() };
        }
        p
    }

    pub(super) fn resolve_ref(&self, base: &str, r: &str) -> Option<Part<'a>> {
        let abs = resolve_uri(base, r)?;
        let (doc_uri, frag) = abs.split_once('#').unwrap_or((abs.as_str(), ""));
        let (di, ptr) = self.index.resources.get(doc_uri)?;
        let doc = *self.docs.get(*di)?;
        let target_root = doc.pointer(ptr)?;
        let frag = percent_decode(frag);
        let s = if frag.is_empty() {
            target_root
        } else if frag.starts_with('/') {
            target_root.pointer(&frag)?
        } else {
            let (ai, aptr) = self.index.anchors.get(&format!("{doc_uri}#{frag}"))?;
            self.docs.get(*ai)?.pointer(aptr)?
        };
        Some(Part {
            s,
            base: doc_uri.into(),
        })
    }

    pub(super) fn sub(&self, p: &Part<'a>, s: &'a Value) -> Part<'a> {
        Part {
            s,
            base: p.base.clone(),
        }
    }

    /// The conjunction `parts` with `$ref`s and `allOf`s expanded into a flat list of schema
    /// objects; `None` when it contains `false`.
    pub(super) fn flatten(&mut self, parts: &[Part<'a>], depth: usize) -> Option<Vec<Part<'a>>> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for p in parts {
            if !self.flatten_into(p.clone(), &mut out, &mut seen, depth) {
                return None;
            }
        }
        Some(out)
    }

    pub(super) fn flatten_into(
        &mut self,
        p: Part<'a>,
        out: &mut Vec<Part<'a>>,
        seen: &mut HashSet<*const Value>,
        depth: usize,
    ) -> bool {
        if depth > MAX_DEPTH || out.len() > 256 {
            return true;
        }
        let o = match p.s {
            Value::Bool(b) => return *b,
            Value::Object(o) => o,
            _ => return true,
        };
        if !seen.insert(p.s as *const Value) {
            return true;
        }
        let p = self.rebase(p);
        if let Some(r) = o.get("$ref").and_then(Value::as_str) {
            if let Some(t) = self.resolve_ref(&p.base, r)
                && !self.flatten_into(t, out, seen, depth + 1)
            {
                return false;
            }
            if self.legacy_ref {
                return true;
            }
        }
        for kw in ["$dynamicRef", "$recursiveRef"] {
            if let Some(r) = o.get(kw).and_then(Value::as_str)
                && let Some(t) = self.resolve_ref(&p.base, r)
                && !self.flatten_into(t, out, seen, depth + 1)
            {
                return false;
            }
        }
        out.push(p.clone());
        if let Some(Value::Array(branches)) = o.get("allOf") {
            for b in branches {
                let bp = self.sub(&p, b);
                if !self.flatten_into(bp, out, seen, depth + 1) {
                    return false;
                }
            }
        }
        true
    }

    pub(super) fn check_all(&mut self, parts: &[Part<'a>], negs: &[Part<'a>], v: &Value, depth: usize) -> bool {
        for p in parts {
            if !self.check(p, v, depth) {
                return false;
            }
        }
        for n in negs {
            if self.check(n, v, depth) {
                return false;
            }
        }
        true
    }

    /// A value for `parts`, preferring shallow ones: generation first stops at a small depth
    /// (cheap failure of branches that recurse without end), then at the full depth.
    pub(super) fn generate_top(&mut self, parts: &[Part<'a>]) -> Option<Value> {
        // Sibling changes place values under the same containers: generate each once.
        let key: Option<Vec<usize>> = self.rng.is_none().then(|| {
            parts
                .iter()
                .flat_map(|p| {
                    [
                        p.s as *const Value as usize,
                        crate::hash::Fast.hash_one(&*p.base) as usize,
                    ]
                })
                .collect()
        });
        if let Some(found) = key.as_ref().and_then(|k| self.memo.generated.get(k)) {
            return found.clone();
        }
        let value = self.generate_top_uncached(parts);
        if let Some(k) = key
            && self.budget > 0
        {
            self.memo.generated.insert(k, value.clone());
        }
        value
    }

    fn generate_top_uncached(&mut self, parts: &[Part<'a>]) -> Option<Value> {
        let mut fallback = None;
        for cap in [12, MAX_DEPTH] {
            self.max_depth = cap;
            let v = self.generate(parts, &[], &[], 0);
            self.max_depth = MAX_DEPTH;
            if let Some(v) = v {
                if self.check_all(parts, &[], &v, 0) {
                    return Some(v);
                }
                fallback = Some(v);
            }
        }
        fallback
    }

    /// A value satisfying every schema of `parts` and none of `negs` (best effort).
    /// `chosen` lists the disjunctions (schema address, keyword) already decided.
    pub(super) fn generate(
        &mut self,
        parts: &[Part<'a>],
        negs: &[Part<'a>],
        chosen: &[(usize, u8)],
        depth: usize,
    ) -> Option<Value> {
        if depth > self.max_depth || self.budget == 0 {
            return None;
        }
        self.budget -= 1;
        let flat = self.flatten(parts, depth)?;
        // A conjunction that failed with at least this much room left fails again.
        let mut key: Vec<usize> = flat.iter().map(|p| p.s as *const Value as usize).collect();
        key.sort_unstable();
        key.push(usize::MAX);
        key.extend(negs.iter().map(|p| p.s as *const Value as usize));
        key.push(usize::MAX);
        key.extend(chosen.iter().map(|(a, k)| a ^ (*k as usize)));
        let room = self.max_depth - depth;
        if self.memo.failed.get(&key).is_some_and(|r| room <= *r) {
            return None;
        }
        let result = self.generate_flat(&flat, parts, negs, chosen, depth);
        if result.is_none() && self.budget > 0 {
            let r = self.memo.failed.entry(key).or_insert(room);
            *r = (*r).max(room);
        }
        result
    }

    pub(super) fn generate_flat(
        &mut self,
        flat: &[Part<'a>],
        parts: &[Part<'a>],
        negs: &[Part<'a>],
        chosen: &[(usize, u8)],
        depth: usize,
    ) -> Option<Value> {
        // Disjunctions do not nest the instance, so they keep `depth`; `chosen` grows with
        // each decision, which bounds the recursion.
        for p in flat.iter().filter(|_| chosen.len() < 64) {
            let Some(o) = p.s.as_object() else { continue };
            let addr = p.s as *const Value as usize;
            for (k, kw) in [(0u8, "anyOf"), (1u8, "oneOf")] {
                if chosen.contains(&(addr, k)) {
                    continue;
                }
                if let Some(Value::Array(branches)) = o.get(kw) {
                    let mut ch = chosen.to_vec();
                    ch.push((addr, k));
                    let mut fallback = None;
                    let mut order: Vec<(usize, &'a Value)> = branches.iter().enumerate().take(MAX_BRANCHES).collect();
                    self.steer(&mut order);
                    for (i, b) in order {
                        let mut np = parts.to_vec();
                        np.push(self.sub(p, b));
                        // Exactly one branch of a oneOf: the value should fail the others.
                        let mut nn = negs.to_vec();
                        if k == 1 {
                            for (j, other) in branches.iter().enumerate().take(MAX_BRANCHES) {
                                if j != i {
                                    nn.push(self.sub(p, other));
                                }
                            }
                        }
                        if let Some(v) = self.generate(&np, &nn, &ch, depth) {
                            if self.check_all(parts, negs, &v, 0) {
                                return Some(v);
                            }
                            fallback.get_or_insert(v);
                        }
                    }
                    return fallback;
                }
            }
            if !chosen.contains(&(addr, 2))
                && let Some(cond) = o.get("if")
                && (o.contains_key("then") || o.contains_key("else"))
            {
                let mut ch = chosen.to_vec();
                ch.push((addr, 2));
                let mut fallback = None;
                // Often the value made without the conditional already satisfies it.
                if let Some(v) = self.generate(parts, negs, &ch, depth) {
                    if self.check_all(parts, negs, &v, 0) {
                        return Some(v);
                    }
                    fallback.get_or_insert(v);
                }
                let mut np = parts.to_vec();
                np.push(self.sub(p, cond));
                if let Some(t) = o.get("then") {
                    np.push(self.sub(p, t));
                }
                if let Some(v) = self.generate(&np, negs, &ch, depth) {
                    if self.check_all(parts, negs, &v, 0) {
                        return Some(v);
                    }
                    fallback.get_or_insert(v);
                }
                let mut np = parts.to_vec();
                if let Some(e) = o.get("else") {
                    np.push(self.sub(p, e));
                }
                let mut nn = negs.to_vec();
                nn.push(self.sub(p, cond));
                if let Some(v) = self.generate(&np, &nn, &ch, depth) {
                    if self.check_all(parts, negs, &v, 0) {
                        return Some(v);
                    }
                    fallback.get_or_insert(v);
                }
                return fallback;
            }
        }
        self.gen_leaf(flat, parts, negs, depth)
    }

    /// Generation once every disjunction is decided.
    pub(super) fn gen_leaf(
        &mut self,
        flat: &[Part<'a>],
        parts: &[Part<'a>],
        negs: &[Part<'a>],
        depth: usize,
    ) -> Option<Value> {
        for p in flat {
            if let Some(c) = p.s.get("const") {
                return Some(c.clone());
            }
        }
        let mut first_enum: Option<Option<&Value>> = None;
        for p in flat {
            if let Some(Value::Array(values)) = p.s.get("enum") {
                let mut order: Vec<&Value> = values.iter().take(64).collect();
                self.steer(&mut order);
                for v in order {
                    if self.check_all(parts, negs, v, 0) {
                        return Some(v.clone());
                    }
                }
                first_enum.get_or_insert(values.first());
            }
        }
        if let Some(e) = first_enum {
            return e.cloned();
        }
        for p in flat {
            if let Some(d) = p.s.get("default")
                && self.check_all(parts, negs, d, 0)
            {
                return Some(d.clone());
            }
            if let Some(Value::Array(examples)) = p.s.get("examples") {
                for e in examples.iter().take(8) {
                    if self.check_all(parts, negs, e, 0) {
                        return Some(e.clone());
                    }
                }
            }
        }
        let mut tried: Vec<Value> = Vec::new();
        let mut more: Vec<Value> = Vec::new();
        for t in self.types(flat) {
            for (i, c) in self.gen_type(t, flat, depth).into_iter().enumerate() {
                if self.check_all(parts, negs, &c, 0) {
                    return Some(c);
                }
                // The first candidate of each type, then a few more.
                if i == 0 {
                    tried.push(c);
                } else if more.len() < 4 {
                    more.push(c);
                }
            }
            if self.budget == 0 {
                break;
            }
        }
        tried.extend(more);
        // Negative constraints (`not`, the other branches of a `oneOf`, a failed `if`):
        // change a candidate so that it breaks them.
        let mut against: Vec<Part<'a>> = negs.to_vec();
        for p in flat {
            if let Some(n) = p.s.get("not") {
                against.push(self.sub(p, n));
            }
        }
        if !against.is_empty() && depth < self.max_depth {
            let mut pool = tried.clone();
            for _round in 0..2 {
                let mut next = Vec::new();
                for c in pool.iter().take(10) {
                    for n in &against {
                        if !self.check(n, c, 0) {
                            continue;
                        }
                        for m in self.mutations(c, n, flat, depth, 0) {
                            if self.check_all(parts, negs, &m, 0) {
                                return Some(m);
                            }
                            if next.len() < 6 {
                                next.push(m);
                            }
                        }
                    }
                }
                pool = next;
            }
        }
        tried.into_iter().next()
    }

    /// Values derived from `base` that probably fail `neg` (best effort, unchecked).
    pub(super) fn mutations(
        &mut self,
        base: &Value,
        neg: &Part<'a>,
        pos: &[Part<'a>],
        depth: usize,
        level: usize,
    ) -> Vec<Value> {
        let mut out: Vec<Value> = Vec::new();
        if level > 3 || self.budget == 0 {
            return out;
        }
        self.budget -= 1;
        let o = match neg.s {
            Value::Object(o) => o,
            _ => return out,
        };
        let neg = self.rebase(neg.clone());
        if let Some(r) = o.get("$ref").and_then(Value::as_str)
            && let Some(t) = self.resolve_ref(&neg.base, r)
        {
            out.extend(self.mutations(base, &t, pos, depth, level + 1));
        }
        if let Some(Value::Array(all)) = o.get("allOf") {
            for b in all.iter().take(8) {
                let bp = self.sub(&neg, b);
                out.extend(self.mutations(base, &bp, pos, depth, level + 1));
            }
        }
        // Breaking an anyOf/oneOf: break every branch in turn.
        for kw in ["anyOf", "oneOf"] {
            if let Some(Value::Array(branches)) = o.get(kw) {
                let mut cur = vec![base.clone()];
                for b in branches.iter().take(8) {
                    let bp = self.sub(&neg, b);
                    let mut next = Vec::new();
                    for c in cur.iter().take(3) {
                        if self.check(&bp, c, 0) {
                            next.extend(self.mutations(c, &bp, pos, depth, level + 1).into_iter().take(3));
                        } else {
                            next.push(c.clone());
                        }
                    }
                    cur = next;
                }
                out.extend(cur);
            }
        }
        if let Some(n) = o.get("not") {
            let np = self.sub(&neg, n);
            if let Some(v) = self.generate(&[np], &[], &[], depth + 1) {
                out.push(v);
            }
        }
        if let Some(t) = o.get("type") {
            for name in TYPE_ORDER {
                if !type_matches(t, &simple_of_type(name)) {
                    out.push(simple_of_type(name));
                }
            }
            if let Value::Number(n) = base
                && let Some(x) = n.as_f64()
                && !type_matches(t, &json!(0.5))
            {
                out.extend(num_value(x + 0.5));
            }
        }
        if o.contains_key("const") || o.contains_key("enum") {
            out.extend(variants(base, 0));
        }
        match base {
            Value::Object(m) => self.object_mutations(m, &neg, pos, depth, level, &mut out),
            Value::Array(a) => self.array_mutations(a, &neg, pos, depth, level, &mut out),
            Value::String(st) => {
                let n = st.chars().count() as u64;
                if let Some(max) = o.get("maxLength").and_then(as_count)
                    && max < MAX_LEN
                {
                    let pad = "a".repeat((max + 1).saturating_sub(n) as usize);
                    out.push(Value::String(format!("{st}{pad}")));
                }
                if let Some(min) = o.get("minLength").and_then(as_count)
                    && min > 0
                {
                    out.push(Value::String(st.chars().take(min as usize - 1).collect()));
                }
                if o.contains_key("pattern") || o.contains_key("format") {
                    for c in ["", "!", " ", "a b", "0", "A"] {
                        out.push(Value::String(c.to_string()));
                    }
                    out.push(Value::String(format!("{st}!")));
                    out.push(Value::String(format!("!{st}")));
                }
            }
            Value::Number(num) => {
                let x = num.as_f64().unwrap_or(0.0);
                let (lo, hi) = bounds(o);
                if let Some((v, excl)) = hi {
                    out.extend(num_value(if excl { v } else { v.floor() + 1.0 }));
                    out.extend(num_value(v + 0.5));
                }
                if let Some((v, excl)) = lo {
                    out.extend(num_value(if excl { v } else { v.ceil() - 1.0 }));
                    out.extend(num_value(v - 0.5));
                }
                if let Some(m) = o.get("multipleOf").and_then(Value::as_f64) {
                    out.extend(num_value(x + 1.0));
                    out.extend(num_value(x + m / 2.0));
                }
            }
            _ => {}
        }
        out
    }

    /// Values that probably fail `s`, made from scratch.
    pub(super) fn violations(&mut self, s: &Part<'a>, depth: usize, level: usize) -> Vec<Value> {
        let mut out = Vec::new();
        if let Some(base) = self.generate(std::slice::from_ref(s), &[], &[], depth + 1) {
            out.extend(self.mutations(&base, s, &[], depth, level + 1));
        }
        out.extend(TYPE_ORDER.map(simple_of_type));
        out
    }

    pub(super) fn object_mutations(
        &mut self,
        m: &Map<String, Value>,
        neg: &Part<'a>,
        pos: &[Part<'a>],
        depth: usize,
        level: usize,
        out: &mut Vec<Value>,
    ) {
        let Some(o) = neg.s.as_object() else { return };
        let with = |k: &str, v: Value| {
            let mut m2 = m.clone();
            m2.insert(k.to_string(), v);
            Value::Object(m2)
        };
        let declared: Vec<&String> = o
            .get("properties")
            .and_then(Value::as_object)
            .map(|p| p.keys().collect())
            .unwrap_or_default();
        if let Some(Value::Object(props)) = o.get("properties") {
            for (k, ps) in props.iter().take(16) {
                let sp = self.sub(neg, ps);
                let pos_k = self.prop_parts(pos, k).unwrap_or_default();
                let vs = match m.get(k) {
                    Some(v) => self.mutations(v, &sp, &pos_k, depth + 1, level + 1),
                    None => {
                        // The value the accepted side wants there often breaks the negated one.
                        let mut vs = Vec::new();
                        if !pos_k.is_empty()
                            && let Some(v) = self.generate(&pos_k, &[], &[], depth + 1)
                        {
                            vs.push(v);
                        }
                        vs.extend(self.violations(&sp, depth + 1, level + 1));
                        vs
                    }
                };
                for v in vs.into_iter().take(4) {
                    out.push(with(k, v));
                }
            }
        }
        if let Some(Value::Object(pp)) = o.get("patternProperties") {
            for (pat, ps) in pp.iter().take(8) {
                let key = m
                    .keys()
                    .find(|k| self.re_match(pat, k) == Some(true))
                    .cloned()
                    .or_else(|| {
                        pattern_candidates(pat, 1, None)
                            .into_iter()
                            .find(|c| self.re_match(pat, c) == Some(true))
                    });
                if let Some(key) = key {
                    let sp = self.sub(neg, ps);
                    for v in self.violations(&sp, depth + 1, level + 1).into_iter().take(4) {
                        out.push(with(&key, v));
                    }
                }
            }
        }
        if let Some(ap) = o.get("additionalProperties") {
            let patterns: Vec<&String> = o
                .get("patternProperties")
                .and_then(Value::as_object)
                .map(|p| p.keys().collect())
                .unwrap_or_default();
            let keys: Vec<&str> = ["extra", "x", "other", "k1", "_x"]
                .into_iter()
                .filter(|k| {
                    !declared.iter().any(|d| d == k) && !patterns.iter().any(|p| self.re_match(p, k) == Some(true))
                })
                .take(3)
                .collect();
            let vs = if ap == &Value::Bool(false) {
                vec![Value::Null, Value::String("x".into()), json!(0)]
            } else {
                let sp = self.sub(neg, ap);
                self.violations(&sp, depth + 1, level + 1)
            };
            for key in keys {
                for v in vs.iter().take(4) {
                    out.push(with(key, v.clone()));
                }
            }
        }
        if let Some(pn) = o.get("propertyNames") {
            let sp = self.sub(neg, pn);
            for k in self.violations(&sp, depth + 1, level + 1).into_iter().take(6) {
                if let Value::String(k) = k
                    && !m.contains_key(&k)
                {
                    out.push(with(&k, Value::Null));
                }
            }
        }
        if let Some(Value::Array(req)) = o.get("required") {
            for k in req.iter().filter_map(Value::as_str) {
                if m.contains_key(k) {
                    let mut m2 = m.clone();
                    m2.shift_remove(k);
                    out.push(Value::Object(m2));
                }
            }
        }
        if let Some(max) = o.get("maxProperties").and_then(as_count)
            && max < MAX_ITEMS
        {
            let mut m2 = m.clone();
            let mut i = 0;
            while (m2.len() as u64) <= max {
                m2.insert(format!("p{i}"), Value::Null);
                i += 1;
            }
            out.push(Value::Object(m2));
        }
        if o.get("minProperties").and_then(as_count).is_some_and(|n| n > 0) {
            out.push(Value::Object(Map::new()));
        }
        for kw in ["dependentRequired", "dependencies"] {
            if let Some(Value::Object(deps)) = o.get(kw) {
                for (k, d) in deps.iter().take(8) {
                    if let Value::Array(names) = d {
                        let mut m2 = m.clone();
                        m2.entry(k.clone()).or_insert(Value::Null);
                        for n in names.iter().filter_map(Value::as_str) {
                            m2.shift_remove(n);
                        }
                        out.push(Value::Object(m2));
                    }
                }
            }
        }
    }

    pub(super) fn array_mutations(
        &mut self,
        a: &[Value],
        neg: &Part<'a>,
        pos: &[Part<'a>],
        depth: usize,
        level: usize,
        out: &mut Vec<Value>,
    ) {
        let Some(o) = neg.s.as_object() else { return };
        let (prefix, rest): (&'a [Value], Option<&'a Value>) = match (o.get("prefixItems"), o.get("items")) {
            (Some(Value::Array(pre)), items) => (pre.as_slice(), items),
            (_, Some(Value::Array(pre))) => (pre.as_slice(), o.get("additionalItems")),
            (_, items) => (&[], items),
        };
        for (i, ps) in prefix.iter().enumerate().take(8) {
            let sp = self.sub(neg, ps);
            if let Some(x) = a.get(i) {
                let pos_i = self.item_parts(pos, i);
                for v in self.mutations(x, &sp, &pos_i, depth + 1, level + 1).into_iter().take(3) {
                    let mut a2 = a.to_vec();
                    a2[i] = v;
                    out.push(Value::Array(a2));
                }
            }
        }
        if let Some(r) = rest {
            let sp = self.sub(neg, r);
            for v in self.violations(&sp, depth + 1, level + 1).into_iter().take(4) {
                let mut a2 = a.to_vec();
                if a2.len() > prefix.len() {
                    a2[prefix.len()] = v;
                } else {
                    a2.push(v);
                }
                out.push(Value::Array(a2));
            }
        }
        if o.get("uniqueItems") == Some(&Value::Bool(true)) {
            let mut a2 = a.to_vec();
            match a.first() {
                Some(x) => {
                    a2.push(x.clone());
                    out.push(Value::Array(a2));
                }
                None => {
                    let mut items: Vec<Value> = Vec::new();
                    let pos_0 = self.item_parts(pos, 0);
                    if !pos_0.is_empty()
                        && let Some(v) = self.generate(&pos_0, &[], &[], depth + 1)
                    {
                        items.push(v);
                    }
                    items.extend(TYPE_ORDER.map(simple_of_type));
                    for x in items {
                        out.push(Value::Array(vec![x.clone(), x]));
                    }
                }
            }
        }
        if let Some(max) = o.get("maxItems").and_then(as_count)
            && max < MAX_ITEMS
        {
            let mut a2 = a.to_vec();
            let filler = a.first().cloned().unwrap_or(Value::Null);
            while (a2.len() as u64) <= max {
                a2.push(filler.clone());
            }
            out.push(Value::Array(a2));
        }
        if let Some(min) = o.get("minItems").and_then(as_count)
            && min > 0
        {
            out.push(Value::Array(a.iter().take(min as usize - 1).cloned().collect()));
        }
        if let Some(c) = o.get("contains") {
            let cp = self.sub(neg, c);
            let kept: Vec<Value> = a.iter().filter(|x| !self.check(&cp, x, 0)).cloned().collect();
            out.push(Value::Array(kept));
            if o.get("maxContains").and_then(as_count).is_some() {
                let mut a2 = a.to_vec();
                if let Some(v) = self.generate(&[cp], &[], &[], depth + 1) {
                    for _ in 0..=o.get("maxContains").and_then(as_count).unwrap_or(0).min(MAX_ITEMS) {
                        a2.push(v.clone());
                    }
                    out.push(Value::Array(a2));
                }
            }
        }
    }

    /// The declared types of a conjunction, when any part declares `type`.
    pub(super) fn declared_types(&self, flat: &[Part<'a>]) -> Option<Vec<&'static str>> {
        let mut allowed: Option<Vec<&'static str>> = None;
        for p in flat {
            let Some(t) = p.s.get("type") else { continue };
            let names: Vec<&str> = match t {
                Value::String(s) => vec![s.as_str()],
                Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
                _ => continue,
            };
            let mut set: Vec<&'static str> = TYPE_ORDER.iter().copied().filter(|n| names.contains(n)).collect();
            if names.contains(&"number") && !set.contains(&"integer") {
                set.push("integer");
            }
            allowed = Some(match allowed {
                None => set,
                Some(a) => a.into_iter().filter(|n| set.contains(n)).collect(),
            });
        }
        allowed.map(|a| TYPE_ORDER.iter().copied().filter(|n| a.contains(n)).collect())
    }

    /// The types to try, in order of preference.
    pub(super) fn types(&self, flat: &[Part<'a>]) -> Vec<&'static str> {
        if let Some(t) = self.declared_types(flat) {
            return t;
        }
        let has = |kws: &[&str]| flat.iter().any(|p| kws.iter().any(|k| p.s.get(*k).is_some()));
        let mut out = Vec::new();
        if has(&[
            "properties",
            "required",
            "additionalProperties",
            "patternProperties",
            "minProperties",
            "maxProperties",
            "propertyNames",
            "dependentRequired",
            "dependentSchemas",
            "dependencies",
        ]) {
            out.push("object");
        }
        if has(&["minLength", "maxLength", "pattern", "format"]) {
            out.push("string");
        }
        if has(&[
            "minimum",
            "maximum",
            "exclusiveMinimum",
            "exclusiveMaximum",
            "multipleOf",
        ]) {
            out.push("integer");
            out.push("number");
        }
        if has(&[
            "items",
            "prefixItems",
            "additionalItems",
            "minItems",
            "maxItems",
            "contains",
            "uniqueItems",
        ]) {
            out.push("array");
        }
        for t in ["null", "object", "string", "integer", "number", "boolean", "array"] {
            if !out.contains(&t) {
                out.push(t);
            }
        }
        out
    }

    pub(super) fn gen_type(&mut self, t: &str, flat: &[Part<'a>], depth: usize) -> Vec<Value> {
        let mut out = self.gen_type_plain(t, flat, depth);
        if self.rng.is_some() && matches!(t, "string" | "integer" | "number") {
            self.steer(&mut out);
            self.seeded_scalars(t, flat, &mut out);
        }
        out
    }

    fn gen_type_plain(&mut self, t: &str, flat: &[Part<'a>], depth: usize) -> Vec<Value> {
        match t {
            "null" => vec![Value::Null],
            "boolean" => vec![Value::Bool(true), Value::Bool(false)],
            "object" => self.gen_object(flat, depth).into_iter().collect(),
            "array" => self.gen_array(flat, depth).into_iter().collect(),
            "string" => self.string_candidates(flat),
            "integer" => number_candidates(flat, true),
            "number" => number_candidates(flat, false),
            _ => Vec::new(),
        }
    }

    /// The schemas a property `key` of an object must satisfy; `None` when it is forbidden.
    pub(super) fn prop_parts(&mut self, flat: &[Part<'a>], key: &str) -> Option<Vec<Part<'a>>> {
        let mut out = Vec::new();
        for p in flat {
            let Some(o) = p.s.as_object() else { continue };
            let mut matched = false;
            if let Some(s) = o.get("properties").and_then(|m| m.get(key)) {
                matched = true;
                out.push(self.sub(p, s));
            }
            if let Some(Value::Object(pp)) = o.get("patternProperties") {
                for (pat, s) in pp {
                    if self.re_match(pat, key) == Some(true) {
                        matched = true;
                        out.push(self.sub(p, s));
                    }
                }
            }
            if !matched && let Some(ap) = o.get("additionalProperties") {
                if ap == &Value::Bool(false) {
                    return None;
                }
                out.push(self.sub(p, ap));
            }
            if let Some(pn) = o.get("propertyNames") {
                let pn = self.sub(p, pn);
                if !self.check(&pn, &Value::String(key.to_string()), 0) {
                    return None;
                }
            }
        }
        Some(out)
    }

    /// The schemas item `i` of an array must satisfy.
    pub(super) fn item_parts(&self, flat: &[Part<'a>], i: usize) -> Vec<Part<'a>> {
        let mut out = Vec::new();
        for p in flat {
            let Some(o) = p.s.as_object() else { continue };
            if let Some(Value::Array(prefix)) = o.get("prefixItems") {
                if let Some(s) = prefix.get(i) {
                    out.push(self.sub(p, s));
                } else if let Some(s) = o.get("items") {
                    out.push(self.sub(p, s));
                }
            } else if let Some(Value::Array(prefix)) = o.get("items") {
                if let Some(s) = prefix.get(i) {
                    out.push(self.sub(p, s));
                } else if let Some(s) = o.get("additionalItems") {
                    out.push(self.sub(p, s));
                }
            } else if let Some(s) = o.get("items") {
                out.push(self.sub(p, s));
            }
        }
        out
    }

    /// The required property names of a conjunction, closed under `dependentRequired`.
    pub(super) fn required_of(&self, flat: &[Part<'a>]) -> Vec<String> {
        let mut required: Vec<String> = Vec::new();
        let mut seen: HashSet<&str> = HashSet::new();
        for p in flat {
            if let Some(Value::Array(r)) = p.s.get("required") {
                for k in r.iter().filter_map(Value::as_str) {
                    if seen.insert(k) {
                        required.push(k.to_string());
                    }
                }
            }
        }
        let has_deps = flat
            .iter()
            .any(|p| p.s.get("dependentRequired").is_some() || p.s.get("dependencies").is_some());
        let mut i = 0;
        while has_deps && i < required.len() && required.len() < 100_000 {
            let key = required[i].clone();
            for p in flat {
                for kw in ["dependentRequired", "dependencies"] {
                    if let Some(Value::Array(deps)) = p.s.get(kw).and_then(|m| m.get(&key)) {
                        for d in deps.iter().filter_map(Value::as_str) {
                            if seen.insert(d) {
                                required.push(d.to_string());
                            }
                        }
                    }
                }
            }
            i += 1;
        }
        required
    }

    /// Whether a conjunction describes arrays rather than objects (for a `*` token).
    pub(super) fn suggests_array(&self, flat: &[Part<'a>]) -> bool {
        if let Some(t) = self.declared_types(flat)
            && t.contains(&"array") != t.contains(&"object")
        {
            return t.contains(&"array");
        }
        let has = |kws: &[&str]| flat.iter().any(|p| kws.iter().any(|k| p.s.get(*k).is_some()));
        has(&[
            "items",
            "prefixItems",
            "additionalItems",
            "contains",
            "minItems",
            "maxItems",
        ]) && !has(&["properties", "patternProperties", "additionalProperties", "required"])
    }

    /// A property name for a `*` token: one matching `patternProperties` (unless `plain`),
    /// else an undeclared name; either way allowed by `propertyNames`.
    pub(super) fn wildcard_key(&mut self, flat: &[Part<'a>], plain: bool) -> String {
        let mut patterns: Vec<&'a str> = Vec::new();
        let mut declared: Vec<&'a str> = Vec::new();
        for p in flat {
            if let Some(Value::Object(pp)) = p.s.get("patternProperties") {
                patterns.extend(pp.keys().map(String::as_str));
            }
            if let Some(Value::Object(props)) = p.s.get("properties") {
                declared.extend(props.keys().map(String::as_str));
            }
        }
        let allowed = |s: &mut Self, name: &str| {
            flat.iter().all(|p| match p.s.get("propertyNames") {
                Some(pn) => {
                    let pn = s.sub(p, pn);
                    s.check(&pn, &Value::String(name.to_string()), 0)
                }
                None => true,
            })
        };
        if !plain {
            for pat in &patterns {
                for cand in pattern_candidates(pat, 1, None) {
                    if !declared.contains(&cand.as_str())
                        && self.re_match(pat, &cand) == Some(true)
                        && allowed(self, &cand)
                    {
                        return cand;
                    }
                }
            }
        }
        let names = ["extra", "x", "key", "other", "a", "z", "k1", "X", "_extra"];
        for name in names {
            if declared.contains(&name) {
                continue;
            }
            let by_pattern = patterns.iter().any(|p| self.re_match(p, name) == Some(true));
            if !by_pattern && allowed(self, name) {
                return name.to_string();
            }
        }
        "extra".to_string()
    }

    pub(super) fn gen_object(&mut self, flat: &[Part<'a>], depth: usize) -> Option<Value> {
        let required = self.required_of(flat);
        let mut obj = Map::new();
        for key in &required {
            let pp = self.prop_parts(flat, key)?;
            let v = self.generate(&pp, &[], &[], depth + 1)?;
            obj.insert(key.clone(), v);
        }
        let min_props = flat
            .iter()
            .filter_map(|p| p.s.get("minProperties").and_then(as_count))
            .max()
            .unwrap_or(0);
        if min_props > MAX_ITEMS {
            return None;
        }
        if (obj.len() as u64) < min_props {
            // Declared names first, then names no pattern governs (the least constrained),
            // then names made for each pattern, then the rest.
            let mut names: Vec<String> = Vec::new();
            let mut patterns: Vec<&'a str> = Vec::new();
            for p in flat {
                if let Some(Value::Object(props)) = p.s.get("properties") {
                    names.extend(props.keys().cloned());
                }
                if let Some(Value::Object(pp)) = p.s.get("patternProperties") {
                    patterns.extend(pp.keys().map(String::as_str));
                }
            }
            let plain: Vec<String> = ('a'..='z')
                .map(|c| c.to_string())
                .chain((0..min_props * 2).map(|i| format!("p{i}")))
                .collect();
            let mut governed = Vec::new();
            for name in plain {
                if patterns.iter().any(|p| self.re_match(p, &name) == Some(true)) {
                    governed.push(name);
                } else {
                    names.push(name);
                }
            }
            for pat in &patterns {
                for c in pattern_candidates(pat, 1, None).into_iter().take(4) {
                    names.extend((1..=min_props as usize + 2).map(|i| format!("{c}{}", letters(i))));
                    names.extend((1..=min_props as usize + 2).map(|i| format!("{c}{i}")));
                    names.push(c);
                }
            }
            names.extend(governed);
            let mut spare: Vec<(String, Value)> = Vec::new();
            for name in names {
                if obj.len() as u64 >= min_props {
                    break;
                }
                if obj.contains_key(&name) {
                    continue;
                }
                let Some(pp) = self.prop_parts(flat, &name) else {
                    continue;
                };
                if let Some(v) = self.generate(&pp, &[], &[], depth + 1) {
                    // Prefer names whose value is valid; keep the others as a last resort.
                    if self.check_all(&pp, &[], &v, 0) {
                        obj.insert(name, v);
                    } else if spare.len() < 4 {
                        spare.push((name, v));
                    }
                }
            }
            for (name, v) in spare {
                if obj.len() as u64 >= min_props {
                    break;
                }
                obj.insert(name, v);
            }
        }
        if self.rng.is_some() && depth < 8 {
            let declared: Vec<String> = flat
                .iter()
                .filter_map(|p| p.s.get("properties").and_then(Value::as_object))
                .flat_map(|props| props.keys().cloned())
                .take(32)
                .collect();
            let max_props = flat
                .iter()
                .filter_map(|p| p.s.get("maxProperties").and_then(as_count))
                .min()
                .unwrap_or(u64::MAX);
            for name in declared {
                if obj.len() as u64 >= max_props || obj.contains_key(&name) || !self.seeded_optional() {
                    continue;
                }
                if let Some(pp) = self.prop_parts(flat, &name)
                    && let Some(v) = self.generate(&pp, &[], &[], depth + 1)
                    && self.check_all(&pp, &[], &v, 0)
                {
                    obj.insert(name, v);
                }
            }
        }
        Some(Value::Object(obj))
    }

    pub(super) fn gen_array(&mut self, flat: &[Part<'a>], depth: usize) -> Option<Value> {
        let min_items = flat
            .iter()
            .filter_map(|p| p.s.get("minItems").and_then(as_count))
            .max()
            .unwrap_or(0);
        let unique = flat.iter().any(|p| p.s.get("uniqueItems") == Some(&Value::Bool(true)));
        let mut contains: Vec<(Part<'a>, u64)> = Vec::new();
        for p in flat {
            if let Some(c) = p.s.get("contains") {
                let need = p.s.get("minContains").and_then(as_count).unwrap_or(1);
                contains.push((self.sub(p, c), need));
            }
        }
        if min_items > MAX_ITEMS {
            return None;
        }
        let mut arr: Vec<Value> = Vec::new();
        for i in 0..min_items as usize {
            let ip = self.item_parts(flat, i);
            let v = self.generate(&ip, &[], &[], depth + 1)?;
            let v = if unique && arr.iter().any(|x| json_eq(x, &v)) {
                self.unique_variant(&ip, &v, &arr).unwrap_or(v)
            } else {
                v
            };
            arr.push(v);
        }
        // Make enough items match each `contains`: replace non-matching items, or append.
        for (c, k) in &contains {
            let mut count = 0u64;
            for x in &arr {
                if self.check(c, x, depth + 1) {
                    count += 1;
                }
            }
            let mut i = 0usize;
            let mut fillers = 0;
            while count < *k && i < MAX_ITEMS as usize && self.budget > 0 {
                if i < arr.len() && self.check(c, &arr[i], depth + 1) {
                    i += 1;
                    continue;
                }
                let ip = self.item_parts(flat, i);
                let mut with_c = ip.clone();
                with_c.push(c.clone());
                let made = match self.generate(&with_c, &[], &[], depth + 1) {
                    Some(v) if self.check_all(&with_c, &[], &v, 0) => {
                        if unique && arr.iter().any(|x| json_eq(x, &v)) {
                            self.unique_variant(&with_c, &v, &arr)
                        } else {
                            Some(v)
                        }
                    }
                    _ => None,
                };
                match made {
                    Some(v) if i < arr.len() => {
                        arr[i] = v;
                        count += 1;
                    }
                    Some(v) => {
                        arr.push(v);
                        count += 1;
                    }
                    None if i >= arr.len() => {
                        // A filler so that a later position can hold the match (a few at most).
                        fillers += 1;
                        if fillers > 4 {
                            break;
                        }
                        let v = self.generate(&ip, &[], &[], depth + 1)?;
                        arr.push(v);
                    }
                    None => {}
                }
                i += 1;
            }
        }
        Some(Value::Array(arr))
    }

    /// A value like `v`, valid for `parts`, equal to none of `taken`.
    pub(super) fn unique_variant(&mut self, parts: &[Part<'a>], v: &Value, taken: &[Value]) -> Option<Value> {
        let mut cands = variants(v, taken.len());
        cands.extend(variants(v, 0));
        if let Some(flat) = self.flatten(parts, 0) {
            for p in &flat {
                if let Some(Value::Array(values)) = p.s.get("enum") {
                    cands.extend(values.iter().take(64).cloned());
                }
            }
            for t in self.types(&flat) {
                if matches!(t, "string" | "integer" | "number" | "boolean") {
                    cands.extend(self.gen_type(t, &flat, MAX_DEPTH));
                }
            }
        }
        cands
            .into_iter()
            .find(|c| !taken.iter().any(|x| json_eq(x, c)) && self.check_all(parts, &[], c, 0))
    }

    pub(super) fn string_candidates(&mut self, flat: &[Part<'a>]) -> Vec<Value> {
        let min = flat
            .iter()
            .filter_map(|p| p.s.get("minLength").and_then(as_count))
            .max()
            .unwrap_or(0);
        let max = flat
            .iter()
            .filter_map(|p| p.s.get("maxLength").and_then(as_count))
            .min();
        if min > MAX_LEN {
            return Vec::new();
        }
        let patterns: Vec<&'a str> = flat
            .iter()
            .filter_map(|p| p.s.get("pattern").and_then(Value::as_str))
            .collect();
        let format = flat.iter().find_map(|p| p.s.get("format").and_then(Value::as_str));

        let mut raw: Vec<String> = Vec::new();
        if let Some(s) = format.and_then(format_sample) {
            raw.push(s.to_string());
        }
        let per_pattern: Vec<Vec<String>> = patterns.iter().map(|p| self.pattern_strings(p, min, max)).collect();
        for cands in &per_pattern {
            raw.extend(cands.iter().take(24).cloned());
        }
        // Several patterns: one's match followed by another's often matches both.
        if per_pattern.len() > 1 {
            let firsts: Vec<&String> = per_pattern.iter().filter_map(|c| c.first()).collect();
            raw.push(firsts.iter().map(|s| s.as_str()).collect());
            raw.push(firsts.iter().rev().map(|s| s.as_str()).collect());
        }
        let len = min.max(1).min(max.unwrap_or(u64::MAX)) as usize;
        raw.push("a".repeat(len));
        raw.push(String::new());
        for s in ["0", "A", "x0", "example"] {
            raw.push(s.to_string());
        }
        let fits = |s: &String| {
            let n = s.chars().count() as u64;
            n >= min && max.is_none_or(|m| n <= m)
        };
        let mut good: Vec<Value> = Vec::new();
        let mut loose: Vec<Value> = Vec::new();
        for s in raw {
            if !fits(&s) {
                continue;
            }
            let all = patterns.iter().all(|p| self.re_match(p, &s) != Some(false));
            let v = Value::String(s);
            if all {
                if !good.contains(&v) {
                    good.push(v);
                }
            } else if !loose.contains(&v) {
                loose.push(v);
            }
        }
        // When no candidate matches the pattern, give up on it (best effort).
        good.extend(loose);
        good
    }
}
