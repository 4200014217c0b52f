//! The witness search: places candidate values at an instance path inside a sample of the
//! accepting side, and keeps the first document that compiled validators of both versions
//! verify (accepted by one side, rejected by the other).
//!
//! Candidates come from the rule that found the change (a removed enum value, a string one
//! longer than the new `maxLength`) or, when it gave none or its value did not separate the
//! whole documents, from the two subschemas at the change: samples of the accepting one,
//! changed to break the rejecting one. All the changes of a diff share one [`Budget`] and
//! the samplers' memos, so a diff with thousands of changes stays fast.

use super::*;

/// Work allowed for the witnesses of one diff, shared by all its changes: generation steps
/// of the samplers plus verifications, each weighed by the size of the document checked.
/// Deterministic (no clock), so a diff gives the same witnesses every time.
#[derive(Debug, Clone)]
pub struct Budget {
    left: u64,
}

impl Budget {
    /// The default for one diff.
    pub const PER_DIFF: u64 = 3_000_000;

    pub fn new(units: u64) -> Budget {
        Budget { left: units }
    }

    pub fn per_diff() -> Budget {
        Budget::new(Budget::PER_DIFF)
    }

    /// Whether nothing is left.
    pub fn spent(&self) -> bool {
        self.left == 0
    }

    pub fn left(&self) -> u64 {
        self.left
    }

    fn take(&mut self, units: u64) {
        self.left = self.left.saturating_sub(units);
    }

    /// The cost of checking `doc` with one validator: its size in values, plus a constant.
    fn verification(&mut self, doc: &Value) {
        self.take(16 + size_of_value(doc, 4096));
    }
}

/// The number of values in `v` (counting stops at `cap`).
fn size_of_value(v: &Value, cap: u64) -> u64 {
    let mut n = 0u64;
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        n += 1;
        if n >= cap {
            break;
        }
        match v {
            Value::Array(a) => stack.extend(a),
            Value::Object(o) => stack.extend(o.values()),
            _ => {}
        }
    }
    n
}

/// The stages of the search, cheapest first: the accepting side's sample; it with one more
/// declared property; it changed to break the rejecting side; other values of the
/// accepting side and values made to break the rejecting one.
const STAGES: usize = 4;

/// Why no witness was built for a change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoWitness {
    /// A version does not compile for checking (the message says why).
    Uncompiled(String),
    /// The budget of the diff ran out before this change's turn.
    Budget,
    /// The search tried and found no separating document.
    NotFound,
}

impl std::fmt::Display for NoWitness {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            NoWitness::Uncompiled(e) => write!(f, "a version cannot be compiled for checking ({e})"),
            NoWitness::Budget => write!(f, "the witness budget of this diff ran out first"),
            NoWitness::NotFound => write!(
                f,
                "the search found no document that one version accepts and the other rejects"
            ),
        }
    }
}

/// Compiles both versions once (lazily, on first use) and builds verified witnesses.
///
/// Base URIs: `$ref`s of the root resolve against `root_uri`, except when the root declares
/// an absolute `$id`: then they resolve against that `$id` (whatever `root_uri` says), so
/// `others` must be registered under URIs resolved against the `$id` (simplest: pass the `$id`
/// as `root_uri`). An `others` document with its own absolute `$id` is also found under that
/// `$id`. File paths may contain spaces and non-ASCII characters: URIs are percent-encoded
/// before use. Nothing is fetched: a `$ref` to a document not in `others` makes that side
/// fail to compile (`build` then returns `None`; see [`WitnessBuilder::compile_error`]).
pub struct WitnessBuilder {
    sides: [SideState; 2],
}

pub(super) struct SideState {
    pub(super) docs: SchemaDocs,
    pub(super) draft: Draft,
    /// `None` until compiled; then the validator or the compilation error.
    pub(super) validator: Option<Result<Validator, CompileError>>,
    pub(super) index: Option<Arc<Index>>,
    /// `None` until computed; then the sample (itself `None` when none was found).
    pub(super) sample: Option<Option<Value>>,
    /// What this side's samplers learnt (shared by all the builds of a diff).
    pub(super) memo: Memo,
    /// `None` until built; then every document in one registry, for validators of
    /// subschemas (proofs), itself `None` when it cannot be built.
    pub(super) registry: Option<Option<Registry<'static>>>,
}

impl SideState {
    pub(super) fn new(docs: SchemaDocs) -> Self {
        let draft = detect_draft(&docs.root);
        SideState {
            docs,
            draft,
            validator: None,
            index: None,
            sample: None,
            memo: Memo::default(),
            registry: None,
        }
    }

    pub(super) fn compiled(&mut self) -> Option<&Validator> {
        if self.validator.is_none() {
            self.validator = Some(compile(&self.docs, self.draft));
        }
        self.validator.as_ref().and_then(|r| r.as_ref().ok())
    }

    pub(super) fn index(&mut self) -> Arc<Index> {
        if self.index.is_none() {
            let mut docs: Vec<(&str, &Value)> = vec![(self.docs.root_uri.as_str(), &self.docs.root)];
            docs.extend(self.docs.others.iter().map(|(u, v)| (u.as_str(), v)));
            self.index = Some(Arc::new(Index::build(&docs, self.draft)));
        }
        self.index.clone().expect("index just built")
    }

    pub(super) fn doc_values(&self) -> Vec<&Value> {
        let mut docs = vec![&self.docs.root];
        docs.extend(self.docs.others.iter().map(|(_, v)| v));
        docs
    }

    /// The sample of this side's root schema, computed once (refs into `others` resolved).
    pub(super) fn sample(&mut self) -> Option<Value> {
        if self.sample.is_none() {
            let index = self.index();
            let memo = std::mem::take(&mut self.memo);
            let mut s = Sampler::new(self.doc_values(), &index, self.draft, memo);
            s.budget = SAMPLE_BUDGET;
            let root = s.root_part();
            let value = s.generate_top(&[root]);
            self.memo = s.into_memo();
            self.sample = Some(value);
        }
        self.sample.clone().flatten()
    }
}

impl WitnessBuilder {
    pub fn new(old: SchemaDocs, new: SchemaDocs) -> Self {
        WitnessBuilder {
            sides: [SideState::new(old), SideState::new(new)],
        }
    }

    /// Compiles both sides now, on two threads: a large schema takes a while to compile, and
    /// every witness needs both validators.
    pub fn prepare(&mut self) {
        let [old, new] = &mut self.sides;
        if old.validator.is_some() || new.validator.is_some() {
            return;
        }
        let (a, b) = std::thread::scope(|scope| {
            let job = scope.spawn(|| compile(&old.docs, old.draft));
            let b = compile(&new.docs, new.draft);
            (
                job.join()
                    .unwrap_or_else(|_| Err(("compilation failed".to_string(), None))),
                b,
            )
        });
        old.validator = Some(a);
        new.validator = Some(b);
    }

    /// The documents back, old and new.
    pub fn into_docs(self) -> (SchemaDocs, SchemaDocs) {
        let [old, new] = self.sides;
        (old.docs, new.docs)
    }

    /// Whether `doc` is valid under that side (for tests and callers); `None` when the
    /// schema cannot be compiled.
    pub fn accepts(&mut self, side: Side, doc: &Value) -> Option<bool> {
        self.sides[side.index()].compiled().map(|v| v.is_valid(doc))
    }

    /// A small sample of that side's schema (computed once; `$ref`s into `others` are
    /// followed). Not guaranteed valid: check with [`WitnessBuilder::accepts`].
    pub fn sample_of(&mut self, side: Side) -> Option<Value> {
        self.sides[side.index()].sample()
    }

    /// A document accepted by `accepted_by` and rejected by the other side, made by taking
    /// the member at `instance_path` out of that side's sample (for "became required"
    /// changes); `None` when that does not discriminate.
    pub fn build_without(&mut self, instance_path: &str, accepted_by: Side) -> Option<Value> {
        let mut doc = self.sample_of(accepted_by)?;
        let (parent, last) = instance_path.rsplit_once('/')?;
        let key = unescape_token(last);
        let target = if parent.is_empty() {
            Some(&mut doc)
        } else {
            doc.pointer_mut(parent)
        };
        let Some(Value::Object(map)) = target else { return None };
        map.shift_remove(&key);
        let discriminates =
            self.accepts(accepted_by, &doc) == Some(true) && self.accepts(accepted_by.other(), &doc) == Some(false);
        discriminates.then_some(doc)
    }

    /// The compilation error of that side, if its schema does not compile.
    pub fn compile_error(&mut self, side: Side) -> Option<String> {
        let state = &mut self.sides[side.index()];
        state.compiled();
        match &state.validator {
            Some(Err(e)) => Some(e.0.clone()),
            _ => None,
        }
    }

    /// Why no witness can be built at all: a side that does not compile.
    pub fn unavailable(&mut self) -> Option<NoWitness> {
        [Side::Old, Side::New]
            .into_iter()
            .find_map(|side| self.compile_error(side))
            .map(NoWitness::Uncompiled)
    }

    /// A document accepted by `accepted_by` and rejected by the other side, built by
    /// placing `local` at `instance_path` inside a valid sample of the accepting side's
    /// schema; `None` when no such document can be verified (never returns an unverified
    /// one).
    pub fn build(&mut self, instance_path: &str, local: &Value, accepted_by: Side) -> Option<Value> {
        let mut budget = Budget::new(u64::MAX);
        self.build_in(instance_path, std::slice::from_ref(local), accepted_by, &mut budget)
    }

    /// [`WitnessBuilder::build`] for several candidate values, within `budget`.
    pub fn build_in(
        &mut self,
        instance_path: &str,
        candidates: &[Value],
        accepted_by: Side,
        budget: &mut Budget,
    ) -> Option<Value> {
        let tokens = parse_pointer(instance_path)?;
        let acc = accepted_by.index();
        let rej = accepted_by.other().index();
        self.sides[acc].compiled()?;
        self.sides[rej].compiled()?;
        if candidates.is_empty() || budget.spent() {
            return None;
        }

        let verified = |sides: &[SideState; 2], doc: &Value, budget: &mut Budget| -> bool {
            let ok = |i: usize| match &sides[i].validator {
                Some(Ok(v)) => Some(v.is_valid(doc)),
                _ => None,
            };
            budget.verification(doc);
            if ok(acc) != Some(true) {
                return false;
            }
            budget.verification(doc);
            ok(rej) == Some(false)
        };

        if tokens.is_empty() {
            return candidates
                .iter()
                .find(|c| !budget.spent() && verified(&self.sides, c, budget))
                .cloned();
        }

        let base_sample = self.sides[acc].sample().unwrap_or(Value::Null);
        let index = self.sides[acc].index();
        let memo = std::mem::take(&mut self.sides[acc].memo);
        let state = &self.sides[acc];
        let mut s = Sampler::new(state.doc_values(), &index, state.draft, memo);

        let mut tried: Vec<Value> = Vec::new();
        let mut found = None;
        let last_index = tokens.last().is_some_and(|t| t == "*" || array_index(t).is_some());
        let mut zero_tokens = tokens.clone();
        if let Some(last) = zero_tokens.last_mut() {
            *last = "0".to_string();
        }
        let variants: Vec<(bool, &[String], Mode)> = {
            let sample = Mode {
                fill: Fill::Sample,
                pad: Pad::CopyFirst,
                solo_last: false,
                prune: false,
                plain_key: false,
            };
            let minimal = Mode {
                fill: Fill::Empty,
                pad: Pad::Local,
                ..sample
            };
            let mut v: Vec<(bool, &[String], Mode)> = vec![
                (true, &tokens, sample),
                (false, &tokens, minimal),
                (true, &tokens, Mode { prune: true, ..sample }),
                (
                    true,
                    &tokens,
                    Mode {
                        pad: Pad::Generated,
                        ..sample
                    },
                ),
            ];
            if tokens.iter().any(|t| t == "*") {
                v.push((
                    true,
                    &tokens,
                    Mode {
                        plain_key: true,
                        ..sample
                    },
                ));
                v.push((
                    false,
                    &tokens,
                    Mode {
                        plain_key: true,
                        ..minimal
                    },
                ));
            }
            if last_index {
                v.push((
                    true,
                    &zero_tokens,
                    Mode {
                        solo_last: true,
                        ..sample
                    },
                ));
                v.push((
                    false,
                    &zero_tokens,
                    Mode {
                        solo_last: true,
                        ..minimal
                    },
                ));
                v.push((
                    true,
                    &zero_tokens,
                    Mode {
                        solo_last: true,
                        prune: true,
                        ..sample
                    },
                ));
            }
            v
        };
        // Every candidate in the first placements (the common case: the context is fine and
        // only the value matters), then the other placements for the first few candidates.
        let mut plan: Vec<(usize, usize)> = Vec::new();
        for (vi, _) in variants.iter().enumerate() {
            let n = if vi < 2 {
                candidates.len()
            } else {
                candidates.len().min(3)
            };
            plan.extend((0..n).map(|ci| (vi, ci)));
        }
        'plan: for (vi, ci) in plan {
            if budget.spent() {
                break;
            }
            let (from_sample, toks, mode) = &variants[vi];
            let local = &candidates[ci];
            let mut doc = if *from_sample { base_sample.clone() } else { Value::Null };
            let root = s.root_part();
            let steps = (BUDGET / 4)
                .min(usize::try_from(budget.left()).unwrap_or(usize::MAX))
                .max(1);
            s.budget = steps;
            place(&mut s, &mut doc, vec![root], toks, local, mode, 0);
            budget.take((steps - s.budget) as u64);
            for t in &tried {
                if t == &doc {
                    continue 'plan;
                }
            }
            if verified(&self.sides, &doc, budget) {
                found = Some(doc);
                break;
            }
            tried.push(doc);
        }
        let memo = s.into_memo();
        self.sides[acc].memo = memo;
        found
    }

    /// A witness for a change between the subschemas at `nodes` (old, new: the document
    /// index of each version and a JSON Pointer in it), placed at `instance_path`: values
    /// the accepting subschema takes, changed to fail the rejecting one, are placed and
    /// verified in turn, within `budget`.
    pub fn search(
        &mut self,
        instance_path: &str,
        nodes: [(usize, &str); 2],
        accepted_by: Side,
        budget: &mut Budget,
    ) -> Option<Value> {
        // Cheap candidates first: most changes are shown by the accepting side's plain
        // sample or by one property more; the costlier ones only when those fail.
        for stage in 0..STAGES {
            let candidates = self.candidates(nodes, accepted_by, stage, budget);
            if candidates.is_empty() {
                continue;
            }
            if let Some(found) = self.build_in(instance_path, &candidates, accepted_by, budget) {
                return Some(found);
            }
            if budget.spent() {
                break;
            }
        }
        None
    }

    /// Whether it is proven that no value separates the subschemas at `nodes` in this
    /// direction: every value the accepting one takes is taken by the other. Proven only
    /// when the accepting subschema allows a finite set of values (an `enum` or `const`,
    /// possibly behind `$ref`s and `allOf`) small enough to try each one with compiled
    /// validators of both subschemas; otherwise `false` (nothing is claimed).
    pub fn proves_contained(&mut self, nodes: [(usize, &str); 2], accepted_by: Side) -> bool {
        const MOST: usize = 4096;
        let acc = accepted_by.index();
        let rej = accepted_by.other().index();
        let values: Vec<Value> = {
            let index = self.sides[acc].index();
            let state = &self.sides[acc];
            let s = Sampler::new(state.doc_values(), &index, state.draft, Memo::default());
            let Some(part) = s.part_at(nodes[acc].0, nodes[acc].1) else {
                return false;
            };
            let mut s = s;
            let Some(flat) = s.flatten(std::slice::from_ref(&part), 0) else {
                return false;
            };
            // Draft 4 has no `const`: there it is an unknown keyword.
            let has_const = state.draft != Draft::Draft4;
            let finite = flat
                .iter()
                .find_map(|p| match (p.s.get("const").filter(|_| has_const), p.s.get("enum")) {
                    (Some(c), _) => Some(vec![c.clone()]),
                    (None, Some(Value::Array(e))) if e.len() <= MOST => Some(e.clone()),
                    _ => None,
                });
            match finite {
                Some(values) => values,
                None => return false,
            }
        };
        for side in [acc, rej] {
            let state = &mut self.sides[side];
            if state.registry.is_none() {
                state.registry = Some(node_registry(&state.docs, state.draft));
            }
        }
        let compiled = |state: &SideState, (doc, pointer): (usize, &str)| {
            let registry = state.registry.as_ref()?.as_ref()?;
            compile_node(&state.docs, registry, state.draft, doc, pointer)
        };
        let (Some(a), Some(r)) = (
            compiled(&self.sides[acc], nodes[acc]),
            compiled(&self.sides[rej], nodes[rej]),
        ) else {
            return false;
        };
        values.iter().all(|v| !a.is_valid(v) || r.is_valid(v))
    }

    /// Values the accepting subschema probably takes and the rejecting one probably does
    /// not, from one stage of the search (see [`STAGES`]); checked only by the samplers' own
    /// checkers.
    fn candidates(
        &mut self,
        nodes: [(usize, &str); 2],
        accepted_by: Side,
        stage: usize,
        budget: &mut Budget,
    ) -> Vec<Value> {
        let acc = accepted_by.index();
        let rej = accepted_by.other().index();
        let acc_index = self.sides[acc].index();
        let rej_index = self.sides[rej].index();
        let acc_memo = std::mem::take(&mut self.sides[acc].memo);
        let rej_memo = std::mem::take(&mut self.sides[rej].memo);
        let (a_state, r_state) = (&self.sides[acc], &self.sides[rej]);
        let mut a = Sampler::new(a_state.doc_values(), &acc_index, a_state.draft, acc_memo);
        let mut r = Sampler::new(r_state.doc_values(), &rej_index, r_state.draft, rej_memo);
        let steps = (BUDGET / 4)
            .min(usize::try_from(budget.left()).unwrap_or(usize::MAX))
            .max(1);
        a.budget = steps;
        r.budget = steps;
        let mut out: Vec<Value> = Vec::new();
        if let (Some(ap), Some(rp)) = (
            a.part_at(nodes[acc].0, nodes[acc].1),
            r.part_at(nodes[rej].0, nodes[rej].1),
        ) {
            // The plain sample is memoised, so every stage starts from it at no cost.
            let base = a.generate_top(std::slice::from_ref(&ap));
            let pool: Vec<Value> = match (stage, &base) {
                (0, Some(b)) => vec![b.clone()],
                (1, Some(b)) => {
                    // Properties the accepting side declares and the other does not come
                    // first (a property removed from a closed object, say).
                    let theirs = r.declared_names(&rp);
                    let mut names = a.declared_names(&ap);
                    names.sort_by_key(|n| theirs.contains(n));
                    a.with_each_property(b, &ap, &names)
                }
                (2, Some(b)) => r.mutations(b, &rp, &[], 0, 0),
                (3, _) => {
                    let mut pool = a.alternatives(&ap);
                    pool.extend(r.violations(&rp, 0, 0));
                    pool
                }
                _ => Vec::new(),
            };
            let mut seen = crate::hash::FastSet::default();
            for v in pool {
                if out.len() >= 8 || a.budget == 0 || r.budget == 0 {
                    break;
                }
                if !seen.insert(crate::hash::json_hash(&v)) {
                    continue;
                }
                if a.check(&ap, &v, 0) && !r.check(&rp, &v, 0) {
                    out.push(v);
                }
            }
        }
        budget.take(((steps - a.budget) + (steps - r.budget)) as u64);
        let (acc_memo, rej_memo) = (a.into_memo(), r.into_memo());
        self.sides[acc].memo = acc_memo;
        self.sides[rej].memo = rej_memo;
        out
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Fill {
    /// Missing containers are generated from the schema at their location.
    Sample,
    /// Missing containers are empty.
    Empty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Pad {
    /// Copy element 0, else generate, else the local value.
    CopyFirst,
    /// Generate from the item schema, else the local value.
    Generated,
    /// The local value itself.
    Local,
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Mode {
    pub(super) fill: Fill,
    pub(super) pad: Pad,
    /// The array holding the last token keeps only the placed value.
    pub(super) solo_last: bool,
    /// Objects on the path keep only required properties and the path's own.
    pub(super) prune: bool,
    /// A `*` key names an undeclared property rather than one of `patternProperties`.
    pub(super) plain_key: bool,
}

pub(super) fn place<'a>(
    s: &mut Sampler<'a>,
    cur: &mut Value,
    parts: Vec<Part<'a>>,
    tokens: &[String],
    local: &Value,
    mode: &Mode,
    depth: usize,
) {
    let Some((tok, rest)) = tokens.split_first() else {
        *cur = local.clone();
        return;
    };
    let flat = s.flatten(&parts, 0).unwrap_or_default();
    let wildcard = tok == "*";
    let idx = if wildcard { Some(0) } else { array_index(tok) };
    let want_array = match cur {
        Value::Array(_) => idx.is_some(),
        Value::Object(_) => false,
        _ if wildcard => s.suggests_array(&flat),
        _ => {
            idx.is_some()
                && s.declared_types(&flat)
                    .is_none_or(|t| t.contains(&"array") || !t.contains(&"object"))
        }
    };
    let fits = |v: &Value| if want_array { v.is_array() } else { v.is_object() };
    if !fits(cur) {
        let generated = match mode.fill {
            Fill::Sample if depth < MAX_DEPTH => s.generate_top(&parts),
            _ => None,
        };
        *cur = match generated {
            Some(g) if fits(&g) => g,
            _ if want_array => Value::Array(Vec::new()),
            _ => Value::Object(Map::new()),
        };
    }
    match cur {
        Value::Array(arr) => {
            let n = idx.unwrap_or(0);
            if mode.solo_last && rest.is_empty() {
                arr.clear();
            }
            if n > MAX_PAD {
                // Too far to pad sensibly: leave the document as it is (verification fails).
                return;
            }
            while arr.len() < n {
                let i = arr.len();
                let pad = match mode.pad {
                    Pad::CopyFirst if !arr.is_empty() => arr[0].clone(),
                    Pad::CopyFirst | Pad::Generated if mode.fill == Fill::Sample => {
                        let ip = s.item_parts(&flat, i);
                        s.generate_top(&ip).unwrap_or_else(|| local.clone())
                    }
                    _ => local.clone(),
                };
                arr.push(pad);
            }
            if arr.len() == n {
                arr.push(Value::Null);
            }
            let child_parts = s.item_parts(&flat, n);
            place(s, &mut arr[n], child_parts, rest, local, mode, depth + 1);
        }
        Value::Object(obj) => {
            let key = if wildcard {
                s.wildcard_key(&flat, mode.plain_key)
            } else {
                tok.clone()
            };
            if mode.prune {
                let req: HashSet<String> = s.required_of(&flat).into_iter().collect();
                obj.retain(|k, _| *k == key || req.contains(k));
            }
            let child_parts = s.prop_parts(&flat, &key).unwrap_or_default();
            let child = obj.entry(key).or_insert(Value::Null);
            place(s, child, child_parts, rest, local, mode, depth + 1);
        }
        _ => {}
    }
}
