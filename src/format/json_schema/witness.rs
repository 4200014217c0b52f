//! Witness documents: a whole JSON document accepted by one version of a schema and rejected
//! by the other.
//!
//! The diff engine knows where in an instance a change shows (an instance path such as
//! `/address/zip`) and a local value that exhibits it there. [`WitnessBuilder::build`] embeds
//! that value into a small valid sample of the accepting side's schema (see [`sample`]) and
//! verifies the result with compiled validators of both versions, so a witness it returns is
//! always checked: accepted by one side, rejected by the other.
//!
//! Nothing is ever fetched: every document a version references must be given in
//! [`SchemaDocs::others`]; any other external `$ref` makes compilation fail.

use crate::change::Side;
use crate::format::json_schema::schema::load::percent_decode;
use crate::source::unescape_token;
use jsonschema::{Draft, Registry, Validator};
use regex::Regex;
use serde_json::{Map, Value, json};
use std::collections::{HashMap, HashSet};
use std::rc::Rc;
use std::sync::Arc;

/// One version of a schema: its root document plus every other file it references,
/// each under the base URI that `$ref`s in the root resolve against.
#[derive(Debug, Clone)]
pub struct SchemaDocs {
    /// Absolute URI of the root document, e.g. `file:///work/schemas/root.json`. `$ref`s
    /// resolve against it (unless the root declares an absolute `$id`, see
    /// [`WitnessBuilder`]). Empty: a default base (`json-schema:///`).
    pub root_uri: String,
    pub root: Value,
    /// Every other referenced document, under the absolute URI its `$ref`s resolve to
    /// (without fragment), e.g. `file:///work/schemas/address.json`.
    pub others: Vec<(String, Value)>,
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

struct SideState {
    docs: SchemaDocs,
    draft: Draft,
    /// `None` until compiled; then the validator or the compilation error.
    validator: Option<Result<Validator, CompileError>>,
    index: Option<Arc<Index>>,
    /// `None` until computed; then the sample (itself `None` when none was found).
    sample: Option<Option<Value>>,
    regexes: HashMap<String, Option<Regex>>,
}

impl SideState {
    fn new(docs: SchemaDocs) -> Self {
        let draft = detect_draft(&docs.root);
        SideState {
            docs,
            draft,
            validator: None,
            index: None,
            sample: None,
            regexes: HashMap::new(),
        }
    }

    fn compiled(&mut self) -> Option<&Validator> {
        if self.validator.is_none() {
            self.validator = Some(compile(&self.docs, self.draft));
        }
        self.validator.as_ref().and_then(|r| r.as_ref().ok())
    }

    fn index(&mut self) -> Arc<Index> {
        if self.index.is_none() {
            let mut docs: Vec<(&str, &Value)> = vec![(self.docs.root_uri.as_str(), &self.docs.root)];
            docs.extend(self.docs.others.iter().map(|(u, v)| (u.as_str(), v)));
            self.index = Some(Arc::new(Index::build(&docs, self.draft)));
        }
        self.index.clone().expect("index just built")
    }

    fn doc_values(&self) -> Vec<&Value> {
        let mut docs = vec![&self.docs.root];
        docs.extend(self.docs.others.iter().map(|(_, v)| v));
        docs
    }

    /// The sample of this side's root schema, computed once (refs into `others` resolved).
    fn sample(&mut self) -> Option<Value> {
        if self.sample.is_none() {
            let index = self.index();
            let regexes = std::mem::take(&mut self.regexes);
            let mut s = Sampler::new(self.doc_values(), &index, self.draft, regexes);
            s.budget = SAMPLE_BUDGET;
            let root = s.root_part();
            let value = s.generate_top(&[root]);
            let regexes = s.into_regexes();
            self.regexes = regexes;
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

    /// A document accepted by `accepted_by` and rejected by the other side, built by
    /// placing `local` at `instance_path` inside a valid sample of the accepting side's
    /// schema; `None` when no such document can be verified (never returns an unverified
    /// one).
    pub fn build(&mut self, instance_path: &str, local: &Value, accepted_by: Side) -> Option<Value> {
        let tokens = parse_pointer(instance_path)?;
        let acc = accepted_by.index();
        let rej = accepted_by.other().index();
        self.sides[acc].compiled()?;
        self.sides[rej].compiled()?;

        let verified = |sides: &[SideState; 2], doc: &Value| -> bool {
            let ok = |i: usize| match &sides[i].validator {
                Some(Ok(v)) => Some(v.is_valid(doc)),
                _ => None,
            };
            ok(acc) == Some(true) && ok(rej) == Some(false)
        };

        if tokens.is_empty() {
            return verified(&self.sides, local).then(|| local.clone());
        }

        let base_sample = self.sides[acc].sample().unwrap_or(Value::Null);
        let index = self.sides[acc].index();
        let regexes = std::mem::take(&mut self.sides[acc].regexes);
        let state = &self.sides[acc];
        let mut s = Sampler::new(state.doc_values(), &index, state.draft, regexes);

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
        for (from_sample, toks, mode) in variants {
            let mut doc = if from_sample { base_sample.clone() } else { Value::Null };
            let root = s.root_part();
            s.budget = s.budget.max(BUDGET / 4);
            place(&mut s, &mut doc, vec![root], toks, local, &mode, 0);
            if tried.iter().any(|t| t == &doc) {
                continue;
            }
            if verified(&self.sides, &doc) {
                found = Some(doc);
                break;
            }
            tried.push(doc);
        }
        let regexes = s.into_regexes();
        self.sides[acc].regexes = regexes;
        found
    }
}

/// A small valid instance of a schema (best effort, deterministic): `None` when none found.
///
/// `$ref`s are followed within the document (JSON Pointer fragments, `$defs`/`definitions`,
/// anchors, embedded `$id`s); a `$ref` to another document contributes nothing (a `null`
/// placeholder when nothing else constrains the value). The result is not guaranteed valid.
pub fn sample(root: &Value) -> Option<Value> {
    let draft = detect_draft(root);
    let index = Index::build(&[("", root)], draft);
    let mut s = Sampler::new(vec![root], &index, draft, HashMap::new());
    s.budget = SAMPLE_BUDGET;
    let part = s.root_part();
    s.generate_top(&[part])
}

// ---------------------------------------------------------------------------------------
// Compilation
// ---------------------------------------------------------------------------------------

/// A retriever that refuses everything: nothing is fetched from the network or disk.
struct NoFetch;

impl jsonschema::Retrieve for NoFetch {
    fn retrieve(&self, uri: &jsonschema::Uri<String>) -> Result<Value, Box<dyn std::error::Error + Send + Sync>> {
        Err(format!("schemata does not fetch schemas; {} was not provided", uri.as_str()).into())
    }
}

/// A jsonschema validator for a loaded schema (offline: every referenced document must be in
/// `docs`), with the draft from `$schema` (or guessed as the witness checker does). On
/// failure: the message and, when known, the JSON Pointer in the root document.
pub fn validator(docs: &SchemaDocs) -> Result<Validator, CompileError> {
    compile(docs, detect_draft(&docs.root))
}

/// Why a schema did not compile, and where in the root document when known.
type CompileError = (String, Option<String>);

fn compile(docs: &SchemaDocs, draft: Draft) -> Result<Validator, CompileError> {
    let root_key = norm_uri(&docs.root_uri);
    let others: Vec<(String, &Value)> = docs
        .others
        .iter()
        .map(|(u, v)| (norm_uri(u), v))
        .filter(|(u, _)| docs.root_uri.is_empty() || *u != root_key)
        .collect();
    let registry = Registry::new()
        .retriever(NoFetch)
        .draft(draft)
        .extend(others)
        .map_err(|e| (e.to_string(), None))?
        .prepare()
        .map_err(|e| (e.to_string(), None))?;
    let mut options = jsonschema::options()
        .with_draft(draft)
        .with_retriever(NoFetch)
        .with_registry(&registry);
    if !docs.root_uri.is_empty() {
        options = options.with_base_uri(root_key);
    }
    options.build(&docs.root).map_err(|e| {
        let at = e.instance_path().to_string();
        (e.to_string(), Some(at))
    })
}

/// The draft to compile with: from `$schema`; when absent (or unknown), draft 7 if the schema
/// uses draft-7-only forms (array `items`, `additionalItems`, `dependencies`), else 2020-12.
fn detect_draft(root: &Value) -> Draft {
    use crate::format::json_schema::schema::Draft as Dialect;
    if let Some(dialect) = root.get("$schema").and_then(Value::as_str).and_then(Dialect::from_uri) {
        return match dialect {
            Dialect::Draft4 => Draft::Draft4,
            Dialect::Draft6 => Draft::Draft6,
            Dialect::Draft7 => Draft::Draft7,
            Dialect::Draft201909 => Draft::Draft201909,
            Dialect::Draft202012 => Draft::Draft202012,
        };
    }
    if uses_legacy_forms(root, 0) {
        Draft::Draft7
    } else {
        Draft::Draft202012
    }
}

fn uses_legacy_forms(s: &Value, depth: usize) -> bool {
    let Some(o) = s.as_object() else {
        return false;
    };
    if depth > 128 {
        return false;
    }
    if matches!(o.get("items"), Some(Value::Array(_)))
        || o.contains_key("additionalItems")
        || o.contains_key("dependencies")
    {
        return true;
    }
    let mut found = false;
    crate::format::json_schema::schema::for_each_raw_subschema(s, |_, _, child| {
        if !found && uses_legacy_forms(child, depth + 1) {
            found = true;
        }
    });
    found
}

// ---------------------------------------------------------------------------------------
// URIs, pointers and the resource index
// ---------------------------------------------------------------------------------------

const DEFAULT_BASE: &str = "json-schema:///";

/// The tokens of a JSON Pointer (`""` is the root); a leading `#` is tolerated.
fn parse_pointer(p: &str) -> Option<Vec<String>> {
    let p = p.strip_prefix('#').unwrap_or(p);
    if p.is_empty() {
        return Some(Vec::new());
    }
    let rest = p.strip_prefix('/')?;
    Some(rest.split('/').map(unescape_token).collect())
}

/// An array position token: digits without a leading zero.
fn array_index(t: &str) -> Option<usize> {
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) || (t.len() > 1 && t.starts_with('0')) {
        return None;
    }
    t.parse().ok()
}

/// `u` with characters that may not appear in a URI (spaces, non-ASCII, ...) percent-encoded,
/// so that file paths make valid URIs.
fn encode_uri(u: &str) -> String {
    const KEEP: &str = "-._~:/?#[]@!$&'()*+,;=%";
    let mut out = String::with_capacity(u.len());
    for b in u.bytes() {
        if b.is_ascii_alphanumeric() || KEEP.as_bytes().contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A normalized absolute URI without fragment (the key of a resource).
fn norm_uri(u: &str) -> String {
    let u = u.split('#').next().unwrap_or("");
    if u.is_empty() {
        return DEFAULT_BASE.to_string();
    }
    let u = encode_uri(u);
    match jsonschema::uri::from_str(&u) {
        Ok(parsed) => parsed.as_str().to_string(),
        Err(_) => u,
    }
}

/// `r` resolved against `base`, normalized (fragment kept).
fn resolve_uri(base: &str, r: &str) -> Option<String> {
    if let Some(frag) = r.strip_prefix('#') {
        return Some(format!("{base}#{frag}"));
    }
    let b = jsonschema::uri::from_str(base).ok()?;
    let resolved = jsonschema::uri::resolve_against(&b.borrow(), r).ok()?;
    Some(resolved.as_str().to_string())
}

/// Where every resource (document, embedded `$id`) and anchor of a schema version lives.
#[derive(Debug, Default)]
struct Index {
    /// Absolute URI without fragment → (document, JSON Pointer of the resource).
    resources: HashMap<String, (usize, String)>,
    /// `uri#anchor` → (document, JSON Pointer).
    anchors: HashMap<String, (usize, String)>,
    /// The base URI of each document's root (its `$id` when it has one).
    doc_bases: Vec<String>,
}

impl Index {
    fn build(docs: &[(&str, &Value)], draft: Draft) -> Index {
        let mut index = Index::default();
        for (i, (uri, doc)) in docs.iter().enumerate() {
            let key = norm_uri(uri);
            index.resources.entry(key.clone()).or_insert((i, String::new()));
            let base = index.walk(i, doc, &key, String::new(), draft, 0);
            index.doc_bases.push(base);
        }
        index
    }

    /// Indexes `s` and its subschemas; returns the base URI in effect inside `s`.
    fn walk(&mut self, doc: usize, s: &Value, base: &str, pointer: String, draft: Draft, depth: usize) -> String {
        let Some(o) = s.as_object() else {
            return base.to_string();
        };
        if depth > 256 {
            return base.to_string();
        }
        let mut base = base.to_string();
        if let Some(id) = schema_id(o, draft) {
            if let Some(anchor) = id.strip_prefix('#') {
                if !anchor.is_empty() {
                    self.anchors
                        .entry(format!("{base}#{anchor}"))
                        .or_insert((doc, pointer.clone()));
                }
            } else if let Some(resolved) = resolve_uri(&base, id) {
                let (new_base, frag) = match resolved.split_once('#') {
                    Some((b, f)) => (b.to_string(), f.to_string()),
                    None => (resolved, String::new()),
                };
                base = new_base;
                self.resources.entry(base.clone()).or_insert((doc, pointer.clone()));
                if !frag.is_empty() && !frag.starts_with('/') {
                    self.anchors
                        .entry(format!("{base}#{frag}"))
                        .or_insert((doc, pointer.clone()));
                }
            }
        }
        for kw in ["$anchor", "$dynamicAnchor"] {
            if let Some(a) = o.get(kw).and_then(Value::as_str) {
                self.anchors
                    .entry(format!("{base}#{a}"))
                    .or_insert((doc, pointer.clone()));
            }
        }
        let mut children = Vec::new();
        crate::format::json_schema::schema::for_each_raw_subschema(s, |_, suffix, child| {
            children.push((suffix, child))
        });
        for (suffix, child) in children {
            self.walk(doc, child, &base, format!("{pointer}{suffix}"), draft, depth + 1);
        }
        base
    }
}

/// The identifier keyword of a schema object: `$id`, or `id` in draft 4.
fn schema_id(o: &Map<String, Value>, draft: Draft) -> Option<&str> {
    let id = o.get("$id").and_then(Value::as_str);
    if id.is_none() && draft == Draft::Draft4 {
        return o.get("id").and_then(Value::as_str);
    }
    id
}

// ---------------------------------------------------------------------------------------
// The sampler: generation and a best-effort checker
// ---------------------------------------------------------------------------------------

const MAX_DEPTH: usize = 64;
/// Steps (generation and check calls) allowed for one `build` call.
const BUDGET: usize = 200_000;
/// Steps allowed for the sample of a whole side (computed once per side).
const SAMPLE_BUDGET: usize = 1_000_000;
const MAX_LEN: u64 = 4096;
const MAX_ITEMS: u64 = 256;
const MAX_BRANCHES: usize = 16;
/// The largest array position a local value is placed at.
const MAX_PAD: usize = 1024;

/// A subschema with the base URI its `$ref`s resolve against.
#[derive(Clone, Debug)]
struct Part<'a> {
    s: &'a Value,
    base: Rc<str>,
}

struct Sampler<'a> {
    docs: Vec<&'a Value>,
    index: &'a Index,
    draft: Draft,
    /// Before 2019-09, `$ref` makes sibling keywords ignored.
    legacy_ref: bool,
    budget: usize,
    /// The deepest nesting `generate` goes to (raised step by step by `generate_top`).
    max_depth: usize,
    /// Conjunctions (schema addresses) that generation failed for, with the room it had.
    failed: HashMap<Vec<usize>, usize>,
    /// (schema, value) addresses being checked, to stop at `$ref` cycles.
    checking: Vec<(usize, usize)>,
    regexes: HashMap<String, Option<Regex>>,
    pattern_cache: HashMap<(String, u64, Option<u64>), Vec<String>>,
}

const TYPE_ORDER: [&str; 7] = ["object", "string", "integer", "number", "boolean", "array", "null"];

impl<'a> Sampler<'a> {
    fn new(docs: Vec<&'a Value>, index: &'a Index, draft: Draft, regexes: HashMap<String, Option<Regex>>) -> Self {
        Sampler {
            docs,
            index,
            draft,
            legacy_ref: matches!(draft, Draft::Draft4 | Draft::Draft6 | Draft::Draft7),
            budget: BUDGET,
            max_depth: MAX_DEPTH,
            failed: HashMap::new(),
            checking: Vec::new(),
            regexes,
            pattern_cache: HashMap::new(),
        }
    }

    fn into_regexes(self) -> HashMap<String, Option<Regex>> {
        self.regexes
    }

    fn root_part(&self) -> Part<'a> {
        Part {
            s: self.docs[0],
            base: self.index.doc_bases.first().map_or(DEFAULT_BASE, String::as_str).into(),
        }
    }

    fn regex(&mut self, pattern: &str) -> Option<&Regex> {
        if !self.regexes.contains_key(pattern) {
            let re = regex::RegexBuilder::new(pattern).size_limit(1 << 20).build().ok();
            self.regexes.insert(pattern.to_string(), re);
        }
        self.regexes.get(pattern).and_then(Option::as_ref)
    }

    /// [`pattern_candidates`], cached.
    fn pattern_strings(&mut self, pattern: &str, min: u64, max: Option<u64>) -> Vec<String> {
        let key = (pattern.to_string(), min, max);
        if let Some(c) = self.pattern_cache.get(&key) {
            return c.clone();
        }
        let c = pattern_candidates(pattern, min, max);
        self.pattern_cache.insert(key, c.clone());
        c
    }

    /// Whether `pattern` matches `s`; `None` when the pattern cannot be compiled.
    fn re_match(&mut self, pattern: &str, s: &str) -> Option<bool> {
        self.regex(pattern).map(|re| re.is_match(s))
    }

    /// The part with its base moved by its own `$id`.
    fn rebase(&self, p: Part<'a>) -> Part<'a> {
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

    fn resolve_ref(&self, base: &str, r: &str) -> Option<Part<'a>> {
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

    fn sub(&self, p: &Part<'a>, s: &'a Value) -> Part<'a> {
        Part {
            s,
            base: p.base.clone(),
        }
    }

    /// The conjunction `parts` with `$ref`s and `allOf`s expanded into a flat list of schema
    /// objects; `None` when it contains `false`.
    fn flatten(&mut self, parts: &[Part<'a>], depth: usize) -> Option<Vec<Part<'a>>> {
        let mut out = Vec::new();
        let mut seen = HashSet::new();
        for p in parts {
            if !self.flatten_into(p.clone(), &mut out, &mut seen, depth) {
                return None;
            }
        }
        Some(out)
    }

    fn flatten_into(
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

    fn check_all(&mut self, parts: &[Part<'a>], negs: &[Part<'a>], v: &Value, depth: usize) -> bool {
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
    fn generate_top(&mut self, parts: &[Part<'a>]) -> Option<Value> {
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
    fn generate(
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
        if self.failed.get(&key).is_some_and(|r| room <= *r) {
            return None;
        }
        let result = self.generate_flat(&flat, parts, negs, chosen, depth);
        if result.is_none() && self.budget > 0 {
            let r = self.failed.entry(key).or_insert(room);
            *r = (*r).max(room);
        }
        result
    }

    fn generate_flat(
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
                    for (i, b) in branches.iter().enumerate().take(MAX_BRANCHES) {
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
    fn gen_leaf(&mut self, flat: &[Part<'a>], parts: &[Part<'a>], negs: &[Part<'a>], depth: usize) -> Option<Value> {
        for p in flat {
            if let Some(c) = p.s.get("const") {
                return Some(c.clone());
            }
        }
        let mut first_enum: Option<Option<&Value>> = None;
        for p in flat {
            if let Some(Value::Array(values)) = p.s.get("enum") {
                for v in values.iter().take(64) {
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
    fn mutations(&mut self, base: &Value, neg: &Part<'a>, pos: &[Part<'a>], depth: usize, level: usize) -> Vec<Value> {
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
    fn violations(&mut self, s: &Part<'a>, depth: usize, level: usize) -> Vec<Value> {
        let mut out = Vec::new();
        if let Some(base) = self.generate(std::slice::from_ref(s), &[], &[], depth + 1) {
            out.extend(self.mutations(&base, s, &[], depth, level + 1));
        }
        out.extend(TYPE_ORDER.map(simple_of_type));
        out
    }

    fn object_mutations(
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

    fn array_mutations(
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
    fn declared_types(&self, flat: &[Part<'a>]) -> Option<Vec<&'static str>> {
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
    fn types(&self, flat: &[Part<'a>]) -> Vec<&'static str> {
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

    fn gen_type(&mut self, t: &str, flat: &[Part<'a>], depth: usize) -> Vec<Value> {
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
    fn prop_parts(&mut self, flat: &[Part<'a>], key: &str) -> Option<Vec<Part<'a>>> {
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
    fn item_parts(&self, flat: &[Part<'a>], i: usize) -> Vec<Part<'a>> {
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
    fn required_of(&self, flat: &[Part<'a>]) -> Vec<String> {
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
    fn suggests_array(&self, flat: &[Part<'a>]) -> bool {
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
    fn wildcard_key(&mut self, flat: &[Part<'a>], plain: bool) -> String {
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

    fn gen_object(&mut self, flat: &[Part<'a>], depth: usize) -> Option<Value> {
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
        Some(Value::Object(obj))
    }

    fn gen_array(&mut self, flat: &[Part<'a>], depth: usize) -> Option<Value> {
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
    fn unique_variant(&mut self, parts: &[Part<'a>], v: &Value, taken: &[Value]) -> Option<Value> {
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

    fn string_candidates(&mut self, flat: &[Part<'a>]) -> Vec<Value> {
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

    /// Whether `v` satisfies the schema `p` as far as this checker knows (unknown keywords,
    /// `format`, `unevaluated*` and unresolvable `$ref`s pass).
    fn check(&mut self, p: &Part<'a>, v: &Value, depth: usize) -> bool {
        if depth > MAX_DEPTH || self.budget == 0 {
            return true;
        }
        // A schema re-entered for the same value (a `$ref` cycle) holds there.
        let key = (p.s as *const Value as usize, v as *const Value as usize);
        if self.checking.contains(&key) {
            return true;
        }
        self.checking.push(key);
        let ok = self.check_inner(p, v, depth);
        self.checking.pop();
        ok
    }

    fn check_inner(&mut self, p: &Part<'a>, v: &Value, depth: usize) -> bool {
        self.budget -= 1;
        let o = match p.s {
            Value::Bool(b) => return *b,
            Value::Object(o) => o,
            _ => return true,
        };
        let p = self.rebase(p.clone());
        if let Some(r) = o.get("$ref").and_then(Value::as_str) {
            if let Some(t) = self.resolve_ref(&p.base, r)
                && !self.check(&t, v, depth + 1)
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
                && !self.check(&t, v, depth + 1)
            {
                return false;
            }
        }
        if let Some(t) = o.get("type")
            && !type_matches(t, v)
        {
            return false;
        }
        if let Some(c) = o.get("const")
            && !json_eq(c, v)
        {
            return false;
        }
        if let Some(Value::Array(e)) = o.get("enum")
            && !e.iter().any(|x| json_eq(x, v))
        {
            return false;
        }
        let ok = match v {
            Value::Number(n) => check_number(o, n.as_f64().unwrap_or(0.0)),
            Value::String(s) => self.check_string(o, s),
            Value::Object(m) => self.check_object(&p, o, m, v, depth),
            Value::Array(a) => self.check_array(&p, o, a, depth),
            _ => true,
        };
        if !ok {
            return false;
        }
        if let Some(Value::Array(all)) = o.get("allOf") {
            for s in all {
                let sp = self.sub(&p, s);
                if !self.check(&sp, v, depth + 1) {
                    return false;
                }
            }
        }
        if let Some(Value::Array(any)) = o.get("anyOf") {
            let mut found = false;
            for s in any {
                let sp = self.sub(&p, s);
                if self.check(&sp, v, depth + 1) {
                    found = true;
                    break;
                }
            }
            if !found {
                return false;
            }
        }
        if let Some(Value::Array(one)) = o.get("oneOf") {
            let mut count = 0;
            for s in one {
                let sp = self.sub(&p, s);
                if self.check(&sp, v, depth + 1) {
                    count += 1;
                    if count > 1 {
                        break;
                    }
                }
            }
            if count != 1 {
                return false;
            }
        }
        if let Some(n) = o.get("not") {
            let sp = self.sub(&p, n);
            if self.check(&sp, v, depth + 1) {
                return false;
            }
        }
        if let Some(cond) = o.get("if") {
            let cp = self.sub(&p, cond);
            let branch = if self.check(&cp, v, depth + 1) {
                o.get("then")
            } else {
                o.get("else")
            };
            if let Some(b) = branch {
                let bp = self.sub(&p, b);
                if !self.check(&bp, v, depth + 1) {
                    return false;
                }
            }
        }
        true
    }

    fn check_string(&mut self, o: &Map<String, Value>, s: &str) -> bool {
        let n = s.chars().count() as u64;
        if let Some(min) = o.get("minLength").and_then(as_count)
            && n < min
        {
            return false;
        }
        if let Some(max) = o.get("maxLength").and_then(as_count)
            && n > max
        {
            return false;
        }
        if let Some(pat) = o.get("pattern").and_then(Value::as_str)
            && self.re_match(pat, s) == Some(false)
        {
            return false;
        }
        true
    }

    fn check_object(
        &mut self,
        p: &Part<'a>,
        o: &'a Map<String, Value>,
        m: &Map<String, Value>,
        whole: &Value,
        depth: usize,
    ) -> bool {
        for (k, val) in m {
            let mut matched = false;
            if let Some(s) = o.get("properties").and_then(|ps| ps.get(k)) {
                matched = true;
                let sp = self.sub(p, s);
                if !self.check(&sp, val, depth + 1) {
                    return false;
                }
            }
            if let Some(Value::Object(pp)) = o.get("patternProperties") {
                for (pat, s) in pp {
                    if self.re_match(pat, k) == Some(true) {
                        matched = true;
                        let sp = self.sub(p, s);
                        if !self.check(&sp, val, depth + 1) {
                            return false;
                        }
                    }
                }
            }
            if !matched && let Some(ap) = o.get("additionalProperties") {
                let sp = self.sub(p, ap);
                if !self.check(&sp, val, depth + 1) {
                    return false;
                }
            }
            if let Some(pn) = o.get("propertyNames") {
                let sp = self.sub(p, pn);
                if !self.check(&sp, &Value::String(k.clone()), depth + 1) {
                    return false;
                }
            }
        }
        if let Some(Value::Array(req)) = o.get("required")
            && req.iter().filter_map(Value::as_str).any(|k| !m.contains_key(k))
        {
            return false;
        }
        let n = m.len() as u64;
        if let Some(min) = o.get("minProperties").and_then(as_count)
            && n < min
        {
            return false;
        }
        if let Some(max) = o.get("maxProperties").and_then(as_count)
            && n > max
        {
            return false;
        }
        for kw in ["dependentRequired", "dependentSchemas", "dependencies"] {
            let Some(Value::Object(deps)) = o.get(kw) else {
                continue;
            };
            for (k, dep) in deps {
                if !m.contains_key(k) {
                    continue;
                }
                match dep {
                    Value::Array(names) => {
                        if names.iter().filter_map(Value::as_str).any(|d| !m.contains_key(d)) {
                            return false;
                        }
                    }
                    s => {
                        let sp = self.sub(p, s);
                        if !self.check(&sp, whole, depth + 1) {
                            return false;
                        }
                    }
                }
            }
        }
        true
    }

    fn check_array(&mut self, p: &Part<'a>, o: &'a Map<String, Value>, a: &[Value], depth: usize) -> bool {
        let (prefix, rest): (&[Value], Option<&'a Value>) = match (o.get("prefixItems"), o.get("items")) {
            (Some(Value::Array(pre)), items) => (pre.as_slice(), items),
            (_, Some(Value::Array(pre))) => (pre.as_slice(), o.get("additionalItems")),
            (_, items) => (&[], items),
        };
        for (i, x) in a.iter().enumerate() {
            let s = match prefix.get(i) {
                Some(s) => Some(s),
                None => rest,
            };
            if let Some(s) = s {
                let sp = self.sub(p, s);
                if !self.check(&sp, x, depth + 1) {
                    return false;
                }
            }
        }
        let n = a.len() as u64;
        if let Some(min) = o.get("minItems").and_then(as_count)
            && n < min
        {
            return false;
        }
        if let Some(max) = o.get("maxItems").and_then(as_count)
            && n > max
        {
            return false;
        }
        if o.get("uniqueItems") == Some(&Value::Bool(true)) {
            for i in 0..a.len() {
                for j in i + 1..a.len() {
                    if json_eq(&a[i], &a[j]) {
                        return false;
                    }
                }
            }
        }
        if let Some(c) = o.get("contains") {
            let min = o.get("minContains").and_then(as_count).unwrap_or(1);
            let max = o.get("maxContains").and_then(as_count);
            let cp = self.sub(p, c);
            let mut count = 0u64;
            for x in a {
                if self.check(&cp, x, depth + 1) {
                    count += 1;
                }
            }
            if count < min || max.is_some_and(|m| count > m) {
                return false;
            }
        }
        true
    }
}

fn as_count(v: &Value) -> Option<u64> {
    v.as_u64()
        .or_else(|| v.as_f64().filter(|f| *f >= 0.0 && f.fract() == 0.0).map(|f| f as u64))
}

fn is_integer(v: &Value) -> bool {
    match v {
        Value::Number(n) => n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0),
        _ => false,
    }
}

fn type_matches(t: &Value, v: &Value) -> bool {
    let one = |name: &str| match name {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => is_integer(v),
        _ => true,
    };
    match t {
        Value::String(s) => one(s),
        Value::Array(a) => a.iter().filter_map(Value::as_str).any(one),
        _ => true,
    }
}

/// JSON equality, with `1` equal to `1.0`.
fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if let (Some(x), Some(y)) = (x.as_i64(), y.as_i64()) {
                x == y
            } else if let (Some(x), Some(y)) = (x.as_u64(), y.as_u64()) {
                x == y
            } else {
                x.as_f64() == y.as_f64()
            }
        }
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

fn is_multiple(x: f64, m: f64) -> bool {
    if m <= 0.0 || !m.is_finite() {
        return true;
    }
    if x.fract() == 0.0 && m.fract() == 0.0 {
        return x % m == 0.0;
    }
    let q = x / m;
    (q - q.round()).abs() < 1e-9 * q.abs().max(1.0)
}

/// Numeric bounds of a schema object: (lower, upper), each (value, exclusive).
type Bound = Option<(f64, bool)>;

fn bounds(o: &Map<String, Value>) -> (Bound, Bound) {
    let mut lo: Bound = None;
    let mut hi: Bound = None;
    let tighten_lo = |lo: &mut Bound, v: f64, excl: bool| {
        if lo.is_none_or(|(c, e)| v > c || (v == c && excl && !e)) {
            *lo = Some((v, excl));
        }
    };
    let tighten_hi = |hi: &mut Bound, v: f64, excl: bool| {
        if hi.is_none_or(|(c, e)| v < c || (v == c && excl && !e)) {
            *hi = Some((v, excl));
        }
    };
    let bool_min = o.get("exclusiveMinimum").and_then(Value::as_bool) == Some(true);
    let bool_max = o.get("exclusiveMaximum").and_then(Value::as_bool) == Some(true);
    if let Some(m) = o.get("minimum").and_then(Value::as_f64) {
        tighten_lo(&mut lo, m, bool_min);
    }
    if let Some(m) = o.get("exclusiveMinimum").and_then(Value::as_f64) {
        tighten_lo(&mut lo, m, true);
    }
    if let Some(m) = o.get("maximum").and_then(Value::as_f64) {
        tighten_hi(&mut hi, m, bool_max);
    }
    if let Some(m) = o.get("exclusiveMaximum").and_then(Value::as_f64) {
        tighten_hi(&mut hi, m, true);
    }
    (lo, hi)
}

fn check_number(o: &Map<String, Value>, x: f64) -> bool {
    let (lo, hi) = bounds(o);
    if let Some((m, excl)) = lo
        && (x < m || (excl && x == m))
    {
        return false;
    }
    if let Some((m, excl)) = hi
        && (x > m || (excl && x == m))
    {
        return false;
    }
    if let Some(m) = o.get("multipleOf").and_then(Value::as_f64)
        && !is_multiple(x, m)
    {
        return false;
    }
    true
}

fn num_value(x: f64) -> Option<Value> {
    if !x.is_finite() {
        return None;
    }
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        return Some(Value::from(x as i64));
    }
    serde_json::Number::from_f64(x).map(Value::Number)
}

fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// Candidate numbers for a conjunction, in order of preference (not all valid).
fn number_candidates(flat: &[Part<'_>], integer: bool) -> Vec<Value> {
    let mut lo: Bound = None;
    let mut hi: Bound = None;
    let mut mults: Vec<f64> = Vec::new();
    for p in flat {
        let Some(o) = p.s.as_object() else { continue };
        let (l, h) = bounds(o);
        if let Some((v, e)) = l
            && lo.is_none_or(|(c, ce)| v > c || (v == c && e && !ce))
        {
            lo = Some((v, e));
        }
        if let Some((v, e)) = h
            && hi.is_none_or(|(c, ce)| v < c || (v == c && e && !ce))
        {
            hi = Some((v, e));
        }
        if let Some(m) = o.get("multipleOf").and_then(Value::as_f64)
            && m > 0.0
            && m.is_finite()
        {
            mults.push(m);
        }
    }
    let step = if mults.is_empty() {
        None
    } else if mults.iter().all(|m| m.fract() == 0.0 && *m < 1e12) {
        let mut l: u64 = 1;
        for m in &mults {
            let m = *m as u64;
            l = l / gcd(l, m) * m;
            if l > 1 << 50 {
                break;
            }
        }
        Some(l as f64)
    } else {
        Some(mults[0])
    };
    let mut raw: Vec<f64> = vec![0.0];
    // The smallest admissible value at or above the lower bound.
    if let Some((v, excl)) = lo {
        let mut x = match step {
            Some(m) => {
                let mut x = (v / m).ceil() * m;
                if excl && x <= v {
                    x += m;
                }
                x
            }
            None if integer => {
                if excl {
                    v.floor() + 1.0
                } else {
                    v.ceil()
                }
            }
            None => {
                if excl {
                    match hi {
                        Some((h, _)) if h - v <= 1.0 => (v + h) / 2.0,
                        _ => v.floor() + 1.0,
                    }
                } else {
                    v
                }
            }
        };
        if integer && let Some(m) = step {
            for _ in 0..16 {
                if x.fract() == 0.0 {
                    break;
                }
                x += m;
            }
        }
        raw.push(x);
    }
    if let Some((v, excl)) = hi {
        let x = match step {
            Some(m) => {
                let mut x = (v / m).floor() * m;
                if excl && x >= v {
                    x -= m;
                }
                x
            }
            None if integer => {
                if excl {
                    v.ceil() - 1.0
                } else {
                    v.floor()
                }
            }
            None => {
                if excl {
                    match lo {
                        Some((l, _)) if v - l <= 1.0 => (v + l) / 2.0,
                        _ => v.ceil() - 1.0,
                    }
                } else {
                    v
                }
            }
        };
        raw.push(x);
    }
    if let (Some((l, _)), Some((h, _))) = (lo, hi) {
        let mid = (l + h) / 2.0;
        raw.push(if integer { mid.round() } else { mid });
    }
    if let Some(m) = step {
        raw.push(m);
    }
    raw.push(1.0);
    if !integer {
        raw.push(0.5);
        // Fractional values just inside the bounds (for `not: {type: integer}` and the like).
        if let Some((v, _)) = lo {
            raw.push(v.floor() + 0.5);
            raw.push(v.floor() + 1.5);
        }
        if let Some((v, _)) = hi {
            raw.push(v.ceil() - 0.5);
        }
    }
    let mut out: Vec<Value> = Vec::new();
    for x in raw {
        if integer && x.fract() != 0.0 {
            continue;
        }
        if let Some(v) = num_value(x)
            && !out.contains(&v)
        {
            out.push(v);
        }
    }
    out
}

/// A simple value of a JSON type.
fn simple_of_type(name: &str) -> Value {
    match name {
        "object" => Value::Object(Map::new()),
        "string" => Value::String(String::new()),
        "integer" => json!(0),
        "number" => json!(0.5),
        "boolean" => Value::Bool(false),
        "array" => Value::Array(Vec::new()),
        _ => Value::Null,
    }
}

/// `n` in bijective base 26 over `a`..`z` (`0` → `a`, `26` → `aa`).
fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Simple variations of a value (used to keep array items unique); `salt` shifts them so
/// that successive calls reach new values.
fn variants(v: &Value, salt: usize) -> Vec<Value> {
    match v {
        Value::Number(n) => {
            let x = n.as_f64().unwrap_or(0.0);
            (1..=8)
                .map(|i| (i + salt) as f64)
                .flat_map(|d| [x + d, x - d])
                .filter_map(num_value)
                .collect()
        }
        Value::String(s) => {
            let n = s.chars().count();
            let mut out: Vec<Value> = Vec::new();
            for i in 0..8 {
                let tag = letters(salt + i + 1);
                out.push(Value::String(format!("{s}{tag}")));
                if n > tag.len() {
                    let head: String = s.chars().take(n - tag.len()).collect();
                    out.push(Value::String(format!("{head}{tag}")));
                } else if n > 0 {
                    out.push(Value::String(
                        tag.chars().rev().take(n).collect::<String>().chars().rev().collect(),
                    ));
                }
                out.push(Value::String(format!("{s}{}", salt + i + 1)));
            }
            out
        }
        Value::Bool(b) => vec![Value::Bool(!b)],
        Value::Object(m) => {
            let mut out = Vec::new();
            if let Some((k, first)) = m.iter().next() {
                for w in variants(first, salt) {
                    let mut m2 = m.clone();
                    m2.insert(k.clone(), w);
                    out.push(Value::Object(m2));
                }
            }
            out
        }
        Value::Array(a) => {
            let mut out = Vec::new();
            if let Some(first) = a.first() {
                for w in variants(first, salt) {
                    let mut a2 = a.clone();
                    a2[0] = w;
                    out.push(Value::Array(a2));
                }
            }
            out
        }
        Value::Null => vec![json!(false), json!(true), json!(0), json!(1), json!(""), json!("a")],
    }
}

/// A valid value for common `format`s.
fn format_sample(format: &str) -> Option<&'static str> {
    Some(match format {
        "date-time" => "2000-01-01T00:00:00Z",
        "date" => "2000-01-01",
        "time" => "00:00:00Z",
        "email" | "idn-email" => "user@example.com",
        "uri" | "iri" | "uri-reference" | "iri-reference" => "https://example.com/",
        "uri-template" => "https://example.com/{id}",
        "uuid" => "00000000-0000-4000-8000-000000000000",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "hostname" | "idn-hostname" => "example.com",
        "duration" => "P1D",
        "json-pointer" => "/a",
        "relative-json-pointer" => "0",
        "regex" => "^a$",
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------
// Strings for a pattern: a small generator for the common regex subset
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone)]
enum Re {
    Empty,
    Char(char),
    Set(Vec<(char, char)>, bool),
    Alt(Vec<Re>),
    Seq(Vec<Re>),
    Rep(Box<Re>, u32, Option<u32>),
}

struct ReParser {
    c: Vec<char>,
    i: usize,
}

impl ReParser {
    fn peek(&self) -> Option<char> {
        self.c.get(self.i).copied()
    }
    fn eat(&mut self, ch: char) -> bool {
        if self.peek() == Some(ch) {
            self.i += 1;
            true
        } else {
            false
        }
    }
    fn alt(&mut self, depth: usize) -> Option<Re> {
        if depth > 32 {
            return None;
        }
        let mut alts = vec![self.seq(depth)?];
        while self.eat('|') {
            alts.push(self.seq(depth)?);
        }
        Some(if alts.len() == 1 { alts.pop()? } else { Re::Alt(alts) })
    }
    fn seq(&mut self, depth: usize) -> Option<Re> {
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
    fn number(&mut self) -> Option<u32> {
        let start = self.i;
        while self.peek().is_some_and(|c| c.is_ascii_digit()) {
            self.i += 1;
        }
        if self.i == start {
            return None;
        }
        self.c[start..self.i].iter().collect::<String>().parse().ok()
    }
    fn quantifier(&mut self, atom: Re) -> Re {
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
    fn atom(&mut self, depth: usize) -> Option<Re> {
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
    fn escape(&mut self, in_class: bool) -> Option<Re> {
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
    fn class(&mut self) -> Option<Re> {
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

fn in_ranges(ranges: &[(char, char)], c: char) -> bool {
    ranges.iter().any(|(lo, hi)| *lo <= c && c <= *hi)
}

fn pick_char(ranges: &[(char, char)], negated: bool) -> char {
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
fn emit(re: &Re, extra: u32, alt: usize, out: &mut String, limit: usize) {
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

// ---------------------------------------------------------------------------------------
// Placing the local value
// ---------------------------------------------------------------------------------------

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fill {
    /// Missing containers are generated from the schema at their location.
    Sample,
    /// Missing containers are empty.
    Empty,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Pad {
    /// Copy element 0, else generate, else the local value.
    CopyFirst,
    /// Generate from the item schema, else the local value.
    Generated,
    /// The local value itself.
    Local,
}

#[derive(Debug, Clone, Copy)]
struct Mode {
    fill: Fill,
    pad: Pad,
    /// The array holding the last token keeps only the placed value.
    solo_last: bool,
    /// Objects on the path keep only required properties and the path's own.
    prune: bool,
    /// A `*` key names an undeclared property rather than one of `patternProperties`.
    plain_key: bool,
}

fn place<'a>(
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

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn docs(root: Value) -> SchemaDocs {
        SchemaDocs {
            root_uri: "file:///schemas/root.json".to_string(),
            root,
            others: Vec::new(),
        }
    }

    fn assert_sample_valid(schema: Value) {
        let s = sample(&schema).unwrap_or_else(|| panic!("no sample for {schema}"));
        let draft = detect_draft(&schema);
        let v = jsonschema::options()
            .with_draft(draft)
            .build(&schema)
            .expect("schema compiles");
        assert!(v.is_valid(&s), "sample {s} is not valid for {schema}");
    }

    #[test]
    fn samples_are_valid() {
        let schemas = vec![
            json!({"type": "object", "required": ["name", "age"], "properties": {
                "name": {"type": "string", "minLength": 3},
                "age": {"type": "integer", "minimum": 18, "maximum": 99}}}),
            json!({"type": "string", "pattern": "^[A-Z]{2}-\\d{4}$"}),
            json!({"type": "string", "format": "email", "maxLength": 40}),
            json!({"type": "string", "format": "date-time"}),
            json!({"type": "number", "exclusiveMinimum": 0, "exclusiveMaximum": 1}),
            json!({"$schema": "http://json-schema.org/draft-04/schema#",
                   "type": "integer", "minimum": 5, "exclusiveMinimum": true, "multipleOf": 3}),
            json!({"type": "array", "minItems": 3, "uniqueItems": true, "items": {"type": "integer"}}),
            json!({"type": "array", "prefixItems": [{"type": "string"}, {"type": "boolean"}],
                   "minItems": 2, "contains": {"const": 7}, "minContains": 1}),
            json!({"type": "array", "items": [{"type": "string"}, {"type": "null"}], "minItems": 2,
                   "additionalItems": false}),
            json!({"$defs": {"pos": {"type": "integer", "minimum": 1}},
                   "type": "object", "required": ["n"], "properties": {"n": {"$ref": "#/$defs/pos"}}}),
            json!({"definitions": {"s": {"type": "string", "enum": ["x", "y"]}},
                   "type": "array", "minItems": 1, "items": {"$ref": "#/definitions/s"}}),
            json!({"oneOf": [{"type": "string", "maxLength": 0, "minLength": 1}, {"type": "integer", "minimum": 3}]}),
            json!({"allOf": [{"type": "object", "required": ["a"]}, {"required": ["b"],
                   "properties": {"b": {"const": 2}}}]}),
            json!({"type": "object", "required": ["kind"], "properties": {"kind": {"enum": ["a", "b"]}},
                   "if": {"properties": {"kind": {"const": "a"}}},
                   "then": {"required": ["extra"], "properties": {"extra": {"type": "boolean"}}}}),
            json!({"not": {"type": ["null", "object"]}}),
            json!({"type": "object", "minProperties": 2, "additionalProperties": {"type": "integer"},
                   "propertyNames": {"pattern": "^[a-z]+$"}}),
            json!({"type": "object", "required": ["tags"], "properties": {"tags": {
                   "type": "array", "minItems": 2, "uniqueItems": true,
                   "items": {"type": "string", "format": "uuid"}}}}),
            json!({"type": "string", "default": "hello", "maxLength": 10}),
            json!({"type": "object", "required": ["a"], "dependentRequired": {"a": ["b"]},
                   "properties": {"b": {"type": "string", "minLength": 2}}}),
            json!({"anyOf": [{"type": "string", "pattern": "^x+$", "minLength": 4}]}),
            json!({"type": "number", "multipleOf": 0.5, "minimum": 0.7}),
            // Negations and exclusive choices need a value that breaks a schema.
            json!({"oneOf": [{"type": "number", "minimum": 0}, {"type": "number", "maximum": 10}]}),
            json!({"not": {"items": {"type": "string"}}}),
            json!({"type": "object", "required": ["a"],
                   "not": {"properties": {"a": {}, "b": {}}, "additionalProperties": false}}),
            json!({"oneOf": [{"$ref": "#/$defs/a"}, {"$ref": "#/$defs/b"}], "$defs": {
                   "a": {"type": "object", "properties": {"kind": {"const": "a"}}},
                   "b": {"type": "object", "properties": {"kind": {"const": "b"}}}}}),
            // Recursion: a cheap alternative beside an endless one, and `$ref` cycles.
            json!({"type": "object", "minProperties": 1, "patternProperties": {"^a": false, "^b": {"$ref": "#"}}}),
            json!({"$ref": "#/$defs/a", "$defs": {"a": {"allOf": [{"$ref": "#"}, {"$ref": "#/$defs/b"}]},
                   "b": {"$ref": "#"}}}),
            json!({"type": "array", "uniqueItems": true, "minItems": 40, "items": {"type": "string", "maxLength": 2}}),
        ];
        let started = std::time::Instant::now();
        for s in schemas {
            assert_sample_valid(s);
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(10));
    }

    #[test]
    fn sample_recursive_schema_terminates() {
        let schema = json!({"$defs": {"node": {"type": "object", "required": ["children"],
            "properties": {"children": {"type": "array", "items": {"$ref": "#/$defs/node"}}}}},
            "$ref": "#/$defs/node"});
        assert_sample_valid(schema);
        let impossible = json!({"$defs": {"n": {"type": "object", "required": ["next"],
            "properties": {"next": {"$ref": "#/$defs/n"}}}}, "$ref": "#/$defs/n"});
        // No finite instance exists; sample must just terminate.
        let _ = sample(&impossible);
    }

    #[test]
    fn build_max_length_decreased() {
        let old = json!({"type": "object", "required": ["id", "name"], "properties": {
            "id": {"type": "integer", "minimum": 1},
            "name": {"type": "string", "maxLength": 12}}});
        let mut new = old.clone();
        new["properties"]["name"]["maxLength"] = json!(10);
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        let w = b.build("/name", &json!("aaaaaaaaaaa"), Side::Old).expect("witness");
        assert_eq!(w["name"], json!("aaaaaaaaaaa"));
        assert!(w.get("id").is_some());
        assert_eq!(b.accepts(Side::Old, &w), Some(true));
        assert_eq!(b.accepts(Side::New, &w), Some(false));
    }

    #[test]
    fn build_enum_value_removed() {
        let old = json!({"type": "object", "required": ["color", "size"], "properties": {
            "color": {"enum": ["red", "green", "blue"]},
            "size": {"type": "integer"}}});
        let mut new = old.clone();
        new["properties"]["color"]["enum"] = json!(["red", "green"]);
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        let w = b.build("/color", &json!("blue"), Side::Old).expect("witness");
        assert_eq!(w, json!({"color": "blue", "size": 0}));
        // The other direction does not exist for this local value.
        assert_eq!(b.build("/color", &json!("blue"), Side::New), None);
    }

    #[test]
    fn build_property_made_required() {
        let old = json!({"type": "object", "required": ["a"], "properties": {
            "a": {"type": "string"}, "b": {"type": "integer"}}});
        let mut new = old.clone();
        new["required"] = json!(["a", "b"]);
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        let w = b.build("", &json!({"a": "x"}), Side::Old).expect("witness");
        assert_eq!(w, json!({"a": "x"}));
    }

    #[test]
    fn build_type_changed_in_array() {
        let old = json!({"type": "object", "required": ["items"], "properties": {
            "items": {"type": "array", "minItems": 2, "items": {"type": "string"}}}});
        let mut new = old.clone();
        new["properties"]["items"]["items"]["type"] = json!("integer");
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        let w = b.build("/items/0", &json!("s"), Side::Old).expect("witness");
        assert_eq!(w["items"][0], json!("s"));
        let w = b.build("/items/3", &json!(5), Side::New).expect("witness");
        assert_eq!(b.accepts(Side::New, &w), Some(true));
        assert_eq!(b.accepts(Side::Old, &w), Some(false));
    }

    #[test]
    fn build_array_index_beyond_end_unique() {
        let old = json!({"type": "array", "uniqueItems": true, "items": {"type": "integer"}});
        let new = json!({"type": "array", "uniqueItems": true,
            "items": {"type": "integer", "maximum": 100}});
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        let w = b.build("/4", &json!(500), Side::Old).expect("witness");
        assert_eq!(b.accepts(Side::Old, &w), Some(true));
        assert_eq!(b.accepts(Side::New, &w), Some(false));
    }

    #[test]
    fn build_additional_properties_closed() {
        let old = json!({"type": "object", "required": ["meta"], "properties": {
            "meta": {"type": "object", "required": ["v"], "properties": {"v": {"type": "integer"}}}}});
        let mut new = old.clone();
        new["properties"]["meta"]["additionalProperties"] = json!(false);
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        let w = b
            .build("/meta", &json!({"v": 1, "extra": true}), Side::Old)
            .expect("witness");
        assert_eq!(w, json!({"meta": {"v": 1, "extra": true}}));
    }

    #[test]
    fn build_ref_across_documents() {
        let root = json!({"type": "object", "required": ["address"], "properties": {
            "address": {"$ref": "address.json"}}});
        let addr_old = json!({"type": "object", "required": ["zip", "city"], "properties": {
            "zip": {"type": "string", "maxLength": 10},
            "city": {"type": "string", "minLength": 2}}});
        let mut addr_new = addr_old.clone();
        addr_new["properties"]["zip"]["maxLength"] = json!(5);
        let mk = |addr: Value| SchemaDocs {
            root_uri: "file:///schemas/root.json".to_string(),
            root: root.clone(),
            others: vec![("file:///schemas/address.json".to_string(), addr)],
        };
        let mut b = WitnessBuilder::new(mk(addr_old), mk(addr_new));
        let w = b.build("/address/zip", &json!("1234567"), Side::Old).expect("witness");
        assert_eq!(w["address"]["zip"], json!("1234567"));
        assert!(w["address"]["city"].as_str().is_some_and(|c| c.len() >= 2));
    }

    #[test]
    fn ref_with_root_id() {
        let root = json!({"$id": "https://example.com/s/root.json", "type": "object",
            "required": ["a"], "properties": {"a": {"$ref": "defs.json#/$defs/a"}}});
        let defs_old = json!({"$defs": {"a": {"type": "integer", "maximum": 10}}});
        let defs_new = json!({"$defs": {"a": {"type": "integer", "maximum": 5}}});
        let mk = |d: Value| SchemaDocs {
            root_uri: "https://example.com/s/root.json".to_string(),
            root: root.clone(),
            others: vec![("https://example.com/s/defs.json".to_string(), d)],
        };
        let mut b = WitnessBuilder::new(mk(defs_old), mk(defs_new));
        assert_eq!(b.compile_error(Side::Old), None);
        let w = b.build("/a", &json!(7), Side::Old).expect("witness");
        assert_eq!(w, json!({"a": 7}));
    }

    #[test]
    fn missing_other_document_fails_without_fetching() {
        let root = json!({"properties": {"a": {"$ref": "https://example.com/nope.json"}}});
        let mut b = WitnessBuilder::new(docs(root.clone()), docs(root));
        assert_eq!(b.accepts(Side::Old, &json!({})), None);
        assert!(b.compile_error(Side::Old).is_some());
        assert_eq!(b.build("/a", &json!(1), Side::Old), None);
    }

    #[test]
    fn draft7_detected_without_schema_keyword() {
        let schema = json!({"type": "array", "items": [{"type": "string"}], "additionalItems": false});
        assert_eq!(detect_draft(&schema), Draft::Draft7);
        let mut b = WitnessBuilder::new(docs(schema.clone()), docs(schema));
        assert_eq!(b.accepts(Side::Old, &json!(["a", 1])), Some(false));
        assert_eq!(b.accepts(Side::Old, &json!(["a"])), Some(true));
    }

    #[test]
    fn build_returns_none_when_local_does_not_discriminate() {
        let old = json!({"type": "object", "properties": {"n": {"type": "integer", "maximum": 10}}});
        let new = json!({"type": "object", "properties": {"n": {"type": "integer", "maximum": 8}}});
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        assert_eq!(b.build("/n", &json!(3), Side::Old), None);
        assert_eq!(b.build("/n", &json!("x"), Side::Old), None);
        assert!(b.build("/n", &json!(9), Side::Old).is_some());
    }

    #[test]
    fn build_through_missing_optional_container() {
        let old = json!({"type": "object", "required": ["id"], "properties": {
            "id": {"type": "integer"},
            "shipping": {"type": "object", "required": ["street", "zip"], "properties": {
                "street": {"type": "string", "minLength": 3},
                "zip": {"type": "string", "pattern": "^[0-9]{5}$"}}}}});
        let mut new = old.clone();
        new["properties"]["shipping"]["properties"]["zip"]["pattern"] = json!("^[0-9]{4}$");
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        let w = b.build("/shipping/zip", &json!("12345"), Side::Old).expect("witness");
        assert_eq!(w["shipping"]["zip"], json!("12345"));
        assert_eq!(w["shipping"]["street"], json!("aaa"));
    }

    #[test]
    fn build_wildcard_tokens() {
        let old = json!({"type": "object", "properties": {"id": {"type": "string"}},
            "additionalProperties": {"type": "string"}});
        let mut new = old.clone();
        new["additionalProperties"] = json!({"type": "integer"});
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        let w = b.build("/*", &json!("s"), Side::Old).expect("witness");
        assert_eq!(w, json!({"extra": "s"}));

        let old = json!({"type": "object", "patternProperties": {"^x-": {"type": "string"}}});
        let new = json!({"type": "object", "patternProperties": {"^x-": {"type": "integer"}}});
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        let w = b.build("/*", &json!("s"), Side::Old).expect("witness");
        assert_eq!(w, json!({"x-": "s"}));

        let old = json!({"type": "array", "items": {"type": "string"}});
        let new = json!({"type": "array", "items": {"type": "string", "maxLength": 1}});
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        let w = b.build("/*", &json!("long"), Side::Old).expect("witness");
        assert_eq!(w, json!(["long"]));
    }

    #[test]
    fn uris_with_spaces_are_encoded() {
        let root = json!({"type": "object", "required": ["m"], "properties": {"m": {"$ref": "money.json"}}});
        let mk = |max: i64| SchemaDocs {
            root_uri: "file:///my schemas/root.json".to_string(),
            root: root.clone(),
            others: vec![(
                "file:///my schemas/money.json".to_string(),
                json!({"type": "number", "maximum": max}),
            )],
        };
        let mut b = WitnessBuilder::new(mk(100), mk(50));
        assert_eq!(b.compile_error(Side::Old), None);
        let w = b.build("/m", &json!(70), Side::Old).expect("witness");
        assert_eq!(w, json!({"m": 70}));
        assert_eq!(b.sample_of(Side::New), Some(json!({"m": 0})));
    }

    #[test]
    fn large_schema_is_fast() {
        let mut props = Map::new();
        let mut defs = Map::new();
        let mut required = Vec::new();
        for i in 0..400 {
            defs.insert(
                format!("d{i}"),
                json!({"type": "object", "required": ["v", "w"], "properties": {
                    "v": {"type": "string", "minLength": 2, "pattern": "^[a-z]+$"},
                    "w": {"anyOf": [{"type": "null"}, {"$ref": format!("#/$defs/d{}", (i + 1) % 400)}]}}}),
            );
            props.insert(format!("p{i}"), json!({"$ref": format!("#/$defs/d{i}")}));
            required.push(json!(format!("p{i}")));
        }
        let old = json!({"type": "object", "required": required, "properties": props, "$defs": defs});
        let mut new = old.clone();
        new["$defs"]["d7"]["properties"]["v"]["maxLength"] = json!(3);
        let started = std::time::Instant::now();
        let mut b = WitnessBuilder::new(docs(old), docs(new));
        let w = b.build("/p7/v", &json!("abcdef"), Side::Old).expect("witness");
        assert_eq!(w["p7"]["v"], json!("abcdef"));
        for i in 0..50 {
            let _ = b.build(&format!("/p{i}/v"), &json!("abcdef"), Side::Old);
        }
        assert!(started.elapsed() < std::time::Duration::from_secs(20));
    }

    #[test]
    fn builder_can_move_across_threads() {
        fn is_send<T: Send>() {}
        is_send::<WitnessBuilder>();
    }

    #[test]
    fn pattern_generator() {
        for (pat, min, max) in [
            ("^[a-z]+@[a-z]+\\.com$", 0, None),
            ("^\\d{3}-\\d{2}$", 0, None),
            ("^(foo|bar)_[0-9a-f]{8}$", 0, None),
            ("^[^\\s]{5,}$", 0, None),
            ("x", 6, Some(8)),
            ("^(?:[A-Z][a-z]*)(?: [A-Z][a-z]*)*$", 7, None),
        ] {
            let re = Regex::new(pat).unwrap();
            let cands = pattern_candidates(pat, min, max);
            assert!(
                cands.iter().any(|c| {
                    let n = c.chars().count() as u64;
                    re.is_match(c) && n >= min && max.is_none_or(|m| n <= m)
                }),
                "no candidate for {pat}: {cands:?}"
            );
        }
    }
}
