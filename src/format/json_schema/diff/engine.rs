//! The engine: walks OLD and NEW together and lets every rule decide at every node pair.
//!
//! Pairing is done once, here: properties by name (an undeclared name is paired with
//! the schema that would govern it: a matching `patternProperties` entry or
//! `additionalProperties`), prefix items by position, combinator branches by similarity
//! (trial diffs), `$ref`s by following them. Work is a queue, not recursion, so a chain of
//! ten thousand `$ref`s cannot overflow the stack, and each (old node, new node) pair is
//! visited once, which also ends cycles.

use super::rule::JsonRule;
use super::rules;
use crate::change::Side;
use crate::change::{Change, Effect, Options, Place, Witness};
use crate::format::json_schema::schema::{Graph, Id, Node, Obj, Origin, Schema};
use crate::hash::{FastMap, FastSet};
use regex::Regex;
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::rc::Rc;

/// A node pair as the rules see it.
pub struct Pair {
    pub old_id: Id,
    pub new_id: Id,
    pub old: Rc<Obj>,
    pub new: Rc<Obj>,
    /// Instance location (JSON Pointer; `*` stands for any key or index).
    pub path: String,
    pub old_false: bool,
    pub new_false: bool,
    /// The types the instance here can have at all, given the schemas around that apply
    /// to the same instance (a `then` under `{type: object, properties: {a: {type:
    /// string}}}` sees `/a` as a string): `ALL` unless an applicator narrowed it.
    pub context: crate::format::json_schema::schema::Types,
}

/// Appended to the message of a change found inside an overlapping `oneOf` branch.
const OVERLAP_NOTE: &str =
    " This sits in a `oneOf` branch that may overlap another, so documents matching both change verdict too.";

/// Whether findings below a pair sit in a `oneOf` branch that may overlap another.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Overlap {
    None,
    /// Narrowings there may also widen: they become reshaping.
    Narrowing,
    /// Widenings and narrowings there may also go the other way: both become reshaping.
    Both,
}

/// A witness value, the side that accepts it, and where it goes in the document.
type LocalWitness = (Value, Side, String);

/// A finding before places and witnesses are resolved.
#[derive(Clone)]
pub struct Raw {
    pub rule: &'static JsonRule,
    pub effect: Effect,
    pub old: Option<Origin>,
    pub new: Option<Origin>,
    pub path: String,
    pub message: String,
    pub witness: Option<(Value, Side)>,
    /// Where the witness value goes, when not at `path`.
    pub witness_path: Option<String>,
}

/// Where a finding points in each version.
pub enum At<'a> {
    /// A keyword of the pair's nodes.
    Keyword(&'static str),
    /// A named entry of a keyword (`properties/name`), or the keyword when absent.
    Entry(&'static str, &'a str),
    /// The nodes themselves.
    Node,
}

/// How a name (or index) not declared by an object (array) is governed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Governed {
    /// Anything is accepted there.
    Open,
    /// Nothing is accepted there.
    Closed,
    /// That schema decides.
    By(Id),
}

struct Task {
    old: Id,
    new: Id,
    path: String,
    /// Inside a `oneOf` branch that may overlap another branch (see [`Cx::push_with`]).
    overlapping: Overlap,
    context: Option<Rc<Context>>,
}

/// What the schemas around a pair already say about its instance: the types it can have,
/// and the types of its properties, for the subschemas of `then`/`else`/`allOf`/`anyOf`/
/// `oneOf`, which apply to the same instance as their parent.
#[derive(Default)]
struct Context {
    types: crate::format::json_schema::schema::Types,
    properties: BTreeMap<String, crate::format::json_schema::schema::Types>,
}

#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub enum ListKind {
    AllOf,
    AnyOf,
    OneOf,
}

/// The result of pairing two lists of branches.
#[derive(Clone, Default)]
pub struct Pairing {
    pub pairs: Vec<(usize, usize)>,
    pub old_unpaired: Vec<usize>,
    pub new_unpaired: Vec<usize>,
}

/// The keywords the rules have decided for the current pair. Every rule claims a keyword or
/// two for every pair, so this is a bit set over the known keywords (a string `match` finds
/// the bit), with a list for anything else.
#[derive(Default)]
struct Claimed {
    bits: u64,
    other: Vec<&'static str>,
}

impl Claimed {
    fn bit(kw: &str) -> Option<u32> {
        Some(match kw {
            "$comment" => 0,
            "$dynamicRef" => 1,
            "$id" => 2,
            "$ref" => 3,
            "additionalProperties" => 4,
            "allOf" => 5,
            "anyOf" => 6,
            "contains" => 7,
            "contentEncoding" => 8,
            "contentMediaType" => 9,
            "default" => 10,
            "dependentRequired" => 11,
            "dependentSchemas" => 12,
            "deprecated" => 13,
            "description" => 14,
            "enum" => 15,
            "examples" => 16,
            "extensions" => 17,
            "format" => 18,
            "if" => 19,
            "items" => 20,
            "maxContains" => 21,
            "maxItems" => 22,
            "maxLength" => 23,
            "maxProperties" => 24,
            "maximum" => 25,
            "minContains" => 26,
            "minItems" => 27,
            "minLength" => 28,
            "minProperties" => 29,
            "minimum" => 30,
            "multipleOf" => 31,
            "not" => 32,
            "oneOf" => 33,
            "pattern" => 34,
            "patternProperties" => 35,
            "prefixItems" => 36,
            "properties" => 37,
            "propertyNames" => 38,
            "readOnly" => 39,
            "required" => 40,
            "title" => 41,
            "type" => 42,
            "unevaluatedItems" => 43,
            "unevaluatedProperties" => 44,
            "uniqueItems" => 45,
            "writeOnly" => 46,
            "const" => 47,
            "then" => 48,
            "else" => 49,
            "exclusiveMinimum" => 50,
            "exclusiveMaximum" => 51,
            "additionalItems" => 52,
            "contentSchema" => 53,
            "dependencies" => 54,
            _ => return None,
        })
    }
    fn insert(&mut self, kw: &'static str) {
        match Claimed::bit(kw) {
            Some(b) => self.bits |= 1 << b,
            None if !self.other.contains(&kw) => self.other.push(kw),
            None => {}
        }
    }
    fn contains(&self, kw: &str) -> bool {
        match Claimed::bit(kw) {
            Some(b) => self.bits & (1 << b) != 0,
            None => self.other.contains(&kw),
        }
    }
    fn clear(&mut self) {
        self.bits = 0;
        self.other.clear();
    }
}

pub struct Cx<'g> {
    pub old: &'g mut Graph,
    pub new: &'g mut Graph,
    raw: Vec<Raw>,
    claimed: Claimed,
    visited: FastSet<(Id, Id)>,
    queue: Vec<Task>,
    trials: FastMap<(Id, Id), Rc<Vec<Raw>>>,
    /// Trials under way: a pair met again inside its own trial (a recursive schema) is
    /// taken as unchanged there, so trials end instead of nesting once per cycle.
    in_trial: FastSet<(Id, Id)>,
    /// The branches [`Cx::distribute`] built for a node (`X ∧ B` for each branch `B`), by
    /// side and node, so that meeting the node again (in a trial, or through a cycle)
    /// reuses them instead of growing the graph.
    distributed: FastMap<(bool, Id), Rc<Vec<Id>>>,
    /// The one-type nodes [`Cx::split_by_type`] built, by side (old: true) and node.
    splits: FastMap<(bool, Id), Rc<Vec<Id>>>,
    pairings: FastMap<(Id, Id, ListKind), Rc<Pairing>>,
    regexes: HashMap<String, Option<Regex>>,
    trial_depth: u32,
    /// The task being processed sits inside an overlapping `oneOf` branch.
    overlapping: Overlap,
    /// The context of the task being processed.
    context: Option<Rc<Context>>,
    empty: Rc<Obj>,
    /// Content digests of each side's nodes (None: digests are not comparable, the two
    /// documents use different dialects).
    digests: Option<(super::digest::Digests, super::digest::Digests)>,
}

/// Runs the engine; `breaking` is filled in from `options`.
pub fn run(old: &mut Graph, new: &mut Graph, options: &Options) -> Vec<Change> {
    let (old_root, new_root) = (old.root, new.root);
    let mut cx = Cx {
        old,
        new,
        raw: Vec::new(),
        claimed: Claimed::default(),
        visited: FastSet::default(),
        queue: Vec::new(),
        trials: FastMap::default(),
        in_trial: FastSet::default(),
        distributed: FastMap::default(),
        splits: FastMap::default(),
        pairings: FastMap::default(),
        regexes: HashMap::new(),
        trial_depth: 0,
        overlapping: Overlap::None,
        context: None,
        empty: Rc::new(Obj::default()),
        digests: None,
    };
    if cx.old.draft == cx.new.draft {
        cx.digests = Some((std::mem::take(&mut cx.old.digests), std::mem::take(&mut cx.new.digests)));
    }
    cx.queue.push(Task {
        old: old_root,
        new: new_root,
        path: String::new(),
        overlapping: Overlap::None,
        context: None,
    });
    cx.drain();
    if let Some((o, n)) = cx.digests.take() {
        cx.old.digests = o;
        cx.new.digests = n;
    }
    let raw = std::mem::take(&mut cx.raw);
    finish(cx.old, cx.new, raw, options)
}

fn finish(old: &mut Graph, new: &mut Graph, raw: Vec<Raw>, options: &Options) -> Vec<Change> {
    // The same finding reached twice (through two paths to one node) is reported once.
    let first: Vec<bool> = {
        let mut seen = FastSet::default();
        raw.iter()
            .map(|r| {
                let at = |o: &Option<Origin>| o.as_ref().map(|o| (o.file, o.pointer.clone()));
                seen.insert((r.rule.id, at(&r.old), at(&r.new), r.message.as_str()))
            })
            .collect()
    };
    let mut changes: Vec<(Change, Option<LocalWitness>)> = Vec::new();
    for (r, first) in raw.into_iter().zip(first) {
        if !first {
            continue;
        }
        let breaking = options.mode.breaks(r.effect)
            && !(r.rule.content_model && options.open_content == crate::change::OpenContent::Lenient);
        changes.push((
            Change {
                rule: r.rule.id,
                effect: r.effect,
                breaking,
                instance_path: r.path,
                old: r.old.as_ref().map(|o| place(old, o)),
                new: r.new.as_ref().map(|o| place(new, o)),
                message: r.message,
                witness: None,
                content_model: r.rule.content_model,
            },
            r.witness.map(|(v, s)| (v, s, r.witness_path.unwrap_or_default())),
        ));
    }
    changes.sort_by(|a, b| {
        (a.0.instance_path.as_str(), a.0.rule, line_of(&a.0)).cmp(&(
            b.0.instance_path.as_str(),
            b.0.rule,
            line_of(&b.0),
        ))
    });
    if options.witnesses && changes.iter().any(|c| c.1.is_some()) {
        // The documents move into the witness builder and come back after: no copies.
        let mut builder = crate::format::json_schema::witness::WitnessBuilder::new(take_docs(old), take_docs(new));
        builder.prepare();
        let mut order: Vec<usize> = (0..changes.len()).filter(|&i| changes[i].1.is_some()).collect();
        order.sort_by_key(|&i| !changes[i].0.breaking);
        for i in order.into_iter().take(64) {
            let (local, side, at) = changes[i].1.clone().expect("filtered above");
            let at = if at.is_empty() {
                changes[i].0.instance_path.clone()
            } else {
                at
            };
            let built = if local.as_str() == Some(super::rules::support::ABSENT) {
                builder.build_without(&at, side)
            } else {
                builder.build(&at, &local, side)
            };
            if let Some(document) = built {
                changes[i].0.witness = Some(Witness::document(side, document));
            }
        }
        let (o, n) = builder.into_docs();
        restore_docs(old, o);
        restore_docs(new, n);
    }
    // A new vector of the exact size: collecting in place would keep the larger buffer of
    // the (change, witness) pairs, which a long history replay holds thousands of.
    let mut out = Vec::with_capacity(changes.len());
    out.extend(changes.into_iter().map(|c| c.0));
    out
}

fn line_of(c: &Change) -> u32 {
    c.new.as_ref().or(c.old.as_ref()).map(|p| p.line).unwrap_or(0)
}

/// [`docs_of`], moving the documents out of the graph (see [`restore_docs`]).
fn take_docs(g: &mut Graph) -> crate::format::json_schema::witness::SchemaDocs {
    let values: Vec<Value> = g.files.iter_mut().map(|f| std::mem::take(&mut f.value)).collect();
    for (f, v) in g.files.iter_mut().zip(&values) {
        // Only the `$id`s are read from the files below; keep them visible.
        if let Some(id) = v.get("$id") {
            f.value = serde_json::json!({ "$id": id });
        }
    }
    let mut docs = docs_of(g);
    let mut values = values.into_iter();
    docs.root = values.next().unwrap_or(Value::Null);
    for ((_, slot), v) in docs.others.iter_mut().zip(values) {
        *slot = v;
    }
    docs
}

/// Puts the documents [`take_docs`] moved out back into the graph.
fn restore_docs(g: &mut Graph, docs: crate::format::json_schema::witness::SchemaDocs) {
    let mut values = std::iter::once(docs.root).chain(docs.others.into_iter().map(|(_, v)| v));
    for f in g.files.iter_mut() {
        f.value = values.next().unwrap_or(Value::Null);
    }
}

/// The documents of a graph as the witness checker needs them.
pub fn docs_of(g: &Graph) -> crate::format::json_schema::witness::SchemaDocs {
    let root_uri = g
        .files
        .first()
        .and_then(|f| f.value.get("$id").and_then(Value::as_str))
        .filter(|id| id.contains("://"))
        .map(|id| id.split('#').next().unwrap_or(id).to_string())
        .unwrap_or_else(|| {
            format!(
                "file:///{}",
                g.file_paths.first().map(String::as_str).unwrap_or("schema.json")
            )
        });
    let root_dir = g
        .file_paths
        .first()
        .map(|p| p.rsplit_once('/').map(|x| x.0).unwrap_or(""))
        .unwrap_or("");
    let others = g
        .files
        .iter()
        .zip(&g.file_paths)
        .skip(1)
        .map(|(f, path)| {
            let own = f
                .value
                .get("$id")
                .and_then(Value::as_str)
                .filter(|id| id.contains("://"))
                .map(str::to_string);
            let uri = own.unwrap_or_else(|| join_uri(&root_uri, &relative_path(root_dir, path)));
            (uri, f.value.clone())
        })
        .collect();
    crate::format::json_schema::witness::SchemaDocs {
        root_uri,
        root: g.files[0].value.clone(),
        others,
    }
}

fn relative_path(from_dir: &str, to: &str) -> String {
    let from: Vec<&str> = from_dir.split('/').filter(|s| !s.is_empty()).collect();
    let to_parts: Vec<&str> = to.split('/').filter(|s| !s.is_empty()).collect();
    let common = from.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let mut out: Vec<&str> = vec![".."; from.len() - common];
    out.extend(&to_parts[common..]);
    out.join("/")
}

fn join_uri(base: &str, relative: &str) -> String {
    let dir = &base[..base.rfind('/').map(|i| i + 1).unwrap_or(base.len())];
    let (scheme_host, path) = match dir.find("://") {
        Some(i) => {
            let rest = &dir[i + 3..];
            let slash = rest.find('/').map(|j| i + 3 + j).unwrap_or(dir.len());
            (&dir[..slash], &dir[slash..])
        }
        None => ("", dir),
    };
    let mut parts: Vec<&str> = path.split('/').filter(|s| !s.is_empty()).collect();
    for seg in relative.split('/') {
        match seg {
            "." | "" => {}
            ".." => {
                parts.pop();
            }
            s => parts.push(s),
        }
    }
    format!("{scheme_host}/{}", parts.join("/"))
}

/// The file:line:column of an origin (its nearest existing ancestor when the pointer is
/// not literally in the file).
pub fn place(g: &Graph, origin: &Origin) -> Place {
    let file = g.file_of(origin);
    let pos = file.nearest_position(&origin.pointer);
    Place {
        file: file.name.clone(),
        pointer: origin.pointer.to_string(),
        line: pos.line,
        column: pos.column,
    }
}

impl<'g> Cx<'g> {
    fn drain(&mut self) {
        while let Some(task) = self.queue.pop() {
            self.process(task);
        }
    }

    /// Queues a node pair for comparison, inside the same `oneOf` branch (if any) as the
    /// pair being compared.
    pub fn push(&mut self, old: Id, new: Id, path: String) {
        self.push_with(old, new, path, self.overlapping, None);
    }

    /// Queues a node pair with what is known around it: whether it sits in a `oneOf`
    /// branch that may overlap another (`oneOf` accepts what exactly one branch accepts, so
    /// a document a branch newly accepts is rejected when another branch accepts it too,
    /// and one it no longer accepts may pass through another), and, for a pair that applies
    /// to the same instance as the one being compared (or to one of its properties), what
    /// the schemas around it say about that instance.
    fn push_with(&mut self, old: Id, new: Id, path: String, overlapping: Overlap, context: Option<Rc<Context>>) {
        self.queue.push(Task {
            old,
            new,
            path,
            overlapping,
            context,
        });
    }

    fn graph(&self, side: Side) -> &Graph {
        match side {
            Side::Old => self.old,
            Side::New => self.new,
        }
    }

    fn obj_or_empty(&self, side: Side, id: Id) -> Rc<Obj> {
        match &self.graph(side).node(id).schema {
            Schema::Obj(o) => o.clone(),
            _ => self.empty.clone(),
        }
    }

    fn process(&mut self, task: Task) {
        let start = self.raw.len();
        self.overlapping = task.overlapping;
        self.compare(task);
        if self.overlapping != Overlap::None {
            let both = self.overlapping == Overlap::Both;
            for r in &mut self.raw[start..] {
                if r.effect == Effect::Narrows || (both && r.effect == Effect::Widens) {
                    r.effect = Effect::Reshapes;
                    r.message.push_str(OVERLAP_NOTE);
                }
            }
        }
        self.overlapping = Overlap::None;
    }

    fn compare(&mut self, task: Task) {
        let (o, n) = (self.old.resolve(task.old), self.new.resolve(task.new));
        if !self.visited.insert((o, n)) || self.same(o, n) {
            return;
        }
        let (old_false, new_false) = (self.old.is_false(o), self.new.is_false(n));
        let oo = self.obj_or_empty(Side::Old, o);
        let no = self.obj_or_empty(Side::New, n);
        self.context = task.context;
        let pair = Pair {
            old_id: o,
            new_id: n,
            old: oo,
            new: no,
            path: task.path,
            old_false,
            new_false,
            context: self
                .context
                .as_ref()
                .map_or(crate::format::json_schema::schema::Types::ALL, |c| c.types),
        };
        if old_false || new_false {
            if !(old_false && new_false) {
                (rules::schema_became_false::RULE.check)(self, &pair);
                (rules::schema_no_longer_false::RULE.check)(self, &pair);
            }
            return;
        }
        if self.distribute(&pair) {
            return;
        }
        self.claimed.clear();
        // Keywords for a type only one side accepts change nothing that matters: those
        // values are already reported by the type rules (`{type: object}` gaining
        // `unevaluatedItems: false` accepts the same documents).
        let common = effective_types(self.old, o)
            .intersect(effective_types(self.new, n))
            .intersect(pair.context);
        for (rule, gate) in rules::ALL.iter().zip(rule_types()) {
            if gate.is_some_and(|t| !t.intersects(common)) {
                for k in rule.keywords {
                    self.claim(k);
                }
                continue;
            }
            (rule.check)(self, &pair);
        }
        self.unclassified(&pair);
        self.descend(&pair, common);
    }

    /// Are the two nodes the same schema (equal content digests)? Such a pair has no
    /// changes anywhere below it, so it is not compared.
    fn same(&mut self, o: Id, n: Id) -> bool {
        let Some((dold, dnew)) = self.digests.as_mut() else {
            return false;
        };
        match dold.of(self.old, o) {
            Some(d) => dnew.of(self.new, n) == Some(d),
            None => false,
        }
    }

    /// When only one side has `anyOf`/`oneOf`, `X ∧ anyOf(B…)` is compared as
    /// `anyOf(X∧B…)` against the other side as a one-branch list: the whole node is paired
    /// with its closest branch and the other branches count as added or removed.
    fn distribute(&mut self, pair: &Pair) -> bool {
        let o_lists = !pair.old.any_of.is_empty() || !pair.old.one_of.is_empty();
        let n_lists = !pair.new.any_of.is_empty() || !pair.new.one_of.is_empty();
        if o_lists == n_lists {
            return false;
        }
        let side = if o_lists { Side::Old } else { Side::New };
        let (id, obj) = if o_lists {
            (pair.old_id, pair.old.clone())
        } else {
            (pair.new_id, pair.new.clone())
        };
        let (kind, list) = if !obj.any_of.is_empty() {
            (ListKind::AnyOf, obj.any_of.clone())
        } else {
            (ListKind::OneOf, obj.one_of.clone())
        };
        let branches = self.distributed_branches(side, id, &obj, kind, &list);
        let whole = if o_lists { pair.new_id } else { pair.old_id };
        // A type union on the other side is paired type by type: `{type: [object, null]}`
        // against `anyOf: [{type: object}, {type: null}, …]`.
        let wholes = self.split_by_type(if o_lists { Side::New } else { Side::Old }, whole);
        let (olist, nlist) = if o_lists {
            (branches.to_vec(), wholes.to_vec())
        } else {
            (wholes.to_vec(), branches.to_vec())
        };
        let pairing = self.pair_lists(&olist, &nlist, &pair.path);
        let overlaps = |cx: &Cx, k: usize| {
            let g: &Graph = if o_lists { cx.old } else { cx.new };
            kind == ListKind::OneOf && !rules::support::disjoint_from_rest(g, &branches, k)
        };
        for &(i, j) in &pairing.pairs {
            // Only an old `oneOf` matters here: with the new one, the branches left unpaired
            // are what overlaps, and they are reported below. Narrowing the old branch may
            // let through documents that matched it and another; widening it only widens.
            if o_lists && overlaps(self, i) {
                self.push_with(olist[i], nlist[j], pair.path.clone(), Overlap::Narrowing, None);
            } else {
                self.push(olist[i], nlist[j], pair.path.clone());
            }
        }
        let rule = match (kind, o_lists) {
            (ListKind::AnyOf, true) => &rules::any_of_branch_removed::RULE,
            (ListKind::AnyOf, false) => &rules::any_of_branch_added::RULE,
            (_, true) => &rules::one_of_branch_removed::RULE,
            (_, false) => &rules::one_of_branch_added::RULE,
        };
        let unpaired = if o_lists {
            &pairing.old_unpaired
        } else {
            &pairing.new_unpaired
        };
        for &i in unpaired {
            // A removed branch the new schema still accepts in full (an added one the old
            // schema already accepted) changes nothing by itself: `{type: object, oneOf:
            // [A, B]}` → `{type: object}` only widens.
            let covered = if o_lists {
                let t = self.trial(olist[i], whole, &pair.path);
                !t.iter().any(|r| matches!(r.effect, Effect::Narrows | Effect::Reshapes))
            } else {
                let t = self.trial(whole, nlist[i], &pair.path);
                !t.iter().any(|r| matches!(r.effect, Effect::Widens | Effect::Reshapes))
            };
            if covered {
                continue;
            }
            let branch_origin = g_origin(if o_lists { self.old } else { self.new }, list[i]);
            let (old, new) = if o_lists {
                (Some(branch_origin), Some(self.new.node(pair.new_id).origin.clone()))
            } else {
                (Some(self.old.node(pair.old_id).origin.clone()), Some(branch_origin))
            };
            let verb = if o_lists { "was removed" } else { "was added" };
            let kw = if kind == ListKind::AnyOf { "anyOf" } else { "oneOf" };
            let (effect, message) = if overlaps(self, i) {
                (
                    Effect::Reshapes,
                    format!(
                        "An alternative of `{kw}` that may overlap the others {verb}{}: documents matching it and another branch change verdict.",
                        at_path(&pair.path)
                    ),
                )
            } else {
                (
                    rule.effect,
                    format!("An alternative of `{kw}` {verb}{}.", at_path(&pair.path)),
                )
            };
            self.raw.push(Raw {
                rule,
                effect,
                old,
                new,
                path: pair.path.clone(),
                message,
                witness: None,
                witness_path: None,
            });
        }
        if wholes.len() > 1 {
            let left = if o_lists {
                pairing.new_unpaired.clone()
            } else {
                pairing.old_unpaired.clone()
            };
            for k in left {
                self.unpaired_type(pair, o_lists, wholes[k], &branches);
            }
        }
        true
    }

    /// `X ∧ B` for each branch `B` of the node's `anyOf` (`oneOf`), where `X` is the rest of
    /// the node, as new nodes of that side's graph: built once per node.
    fn distributed_branches(&mut self, side: Side, id: Id, obj: &Obj, kind: ListKind, list: &[Id]) -> Rc<Vec<Id>> {
        if let Some(done) = self.distributed.get(&(side == Side::Old, id)) {
            return done.clone();
        }
        let mut rest = obj.clone();
        match kind {
            ListKind::AnyOf => rest.any_of.clear(),
            _ => rest.one_of.clear(),
        }
        let g: &mut Graph = match side {
            Side::Old => self.old,
            Side::New => self.new,
        };
        let origin = g.node(id).origin.clone();
        let built: Vec<Id> = list
            .iter()
            .map(|&b| {
                let r = g.resolve(b);
                let mut m = rest.clone();
                let merged = match &g.node(r).schema {
                    Schema::Obj(bo) => {
                        crate::format::json_schema::schema::merge::merge_into(&mut m, bo, &g.node(r).origin.clone())
                    }
                    Schema::Bool(true) => true,
                    _ => false,
                };
                if !merged {
                    m.all_of.push(b);
                }
                g.push(Node {
                    origin: origin.clone(),
                    schema: Schema::Obj(Rc::new(m)),
                })
            })
            .collect();
        let built = Rc::new(built);
        self.distributed.insert((side == Side::Old, id), built.clone());
        built
    }

    /// The type groups of a node with a type union (`number` with `integer`), as nodes of
    /// one group each; the node itself otherwise.
    fn split_by_type(&mut self, side: Side, id: Id) -> Rc<Vec<Id>> {
        if let Some(done) = self.splits.get(&(side == Side::Old, id)) {
            return done.clone();
        }
        let g: &mut Graph = match side {
            Side::Old => self.old,
            Side::New => self.new,
        };
        let r = g.resolve(id);
        let split: Vec<Id> = match &g.node(r).schema {
            Schema::Obj(o) if o.types.is_some_and(|t| t.names().len() > 1) => {
                let (o, origin) = (o.clone(), g.node(r).origin.clone());
                let names = o.types.map(|t| t.names()).unwrap_or_default();
                names
                    .iter()
                    .filter_map(|n| crate::format::json_schema::schema::Types::from_name(n))
                    .map(|t| {
                        let mut one = (*o).clone();
                        one.types = Some(t);
                        one.keep_keywords_of(t);
                        g.push(Node {
                            origin: origin.clone(),
                            schema: Schema::Obj(Rc::new(one)),
                        })
                    })
                    .collect()
            }
            _ => vec![id],
        };
        let split = Rc::new(split);
        self.splits.insert((side == Side::Old, id), split.clone());
        split
    }

    /// A type of the union on the side without `anyOf`/`oneOf` that no branch paired with:
    /// compared with a branch that takes values of that type, or reported as a type no
    /// longer (or newly) accepted when no branch does.
    fn unpaired_type(&mut self, pair: &Pair, o_lists: bool, split: Id, branches: &[Id]) {
        let (whole_side, list_side) = if o_lists {
            (Side::New, Side::Old)
        } else {
            (Side::Old, Side::New)
        };
        let Some(t) = crate::format::json_schema::schema::merge::branch_types(self.graph(whole_side), split) else {
            return;
        };
        let meets = branches.iter().copied().find(|&b| {
            crate::format::json_schema::schema::merge::branch_types(self.graph(list_side), b)
                .is_none_or(|bt| bt.intersects(t))
        });
        match meets {
            Some(b) if o_lists => self.push(b, split, pair.path.clone()),
            Some(b) => self.push(split, b, pair.path.clone()),
            None => {
                let (rule, message, side) = if o_lists {
                    (
                        &rules::type_widened::RULE,
                        format!(
                            "{} values{} are now accepted: no alternative of the old schema took them.",
                            t.describe(),
                            at_path(&pair.path)
                        ),
                        Side::New,
                    )
                } else {
                    (
                        &rules::type_narrowed::RULE,
                        format!(
                            "{} values{} are no longer accepted: no alternative of the new schema takes them.",
                            t.describe(),
                            at_path(&pair.path)
                        ),
                        Side::Old,
                    )
                };
                let witness =
                    rules::support::value_of_type(t, crate::format::json_schema::schema::Types(0), &Obj::default());
                self.raw.push(Raw {
                    rule,
                    effect: rule.effect,
                    old: Some(self.old.node(pair.old_id).origin.clone()),
                    new: Some(self.new.node(pair.new_id).origin.clone()),
                    path: pair.path.clone(),
                    message,
                    witness: witness.map(|v| (v, side)),
                    witness_path: None,
                });
            }
        }
    }

    /// Pairs two lists of branches by similarity: each candidate pair is diffed on trial,
    /// and the cheapest pairs are taken first. Branches of disjoint types never pair.
    pub fn pair_lists(&mut self, old: &[Id], new: &[Id], path: &str) -> Pairing {
        // Long lists (a `oneOf` of dozens of event objects) would need a trial diff of every
        // pair, each as deep as the branches: they are paired by a cheaper likeness.
        let large = old.len() * new.len() > 64;
        let mut costs = Vec::new();
        for (i, &a) in old.iter().enumerate() {
            for (j, &b) in new.iter().enumerate() {
                let (ta, tb) = (
                    crate::format::json_schema::schema::merge::branch_types(self.old, a),
                    crate::format::json_schema::schema::merge::branch_types(self.new, b),
                );
                if let (Some(ta), Some(tb)) = (ta, tb)
                    && !ta.intersects(tb)
                    && !(ta.is_empty() && tb.is_empty())
                {
                    continue;
                }
                let cost = if large {
                    self.likeness(a, b)
                } else {
                    let findings = self.trial(a, b, path);
                    findings
                        .iter()
                        .map(|r| match r.effect {
                            Effect::Annotation => 1,
                            Effect::Widens | Effect::Narrows => 10,
                            Effect::Reshapes => 25,
                        })
                        .sum()
                };
                costs.push((cost, i, j));
            }
        }
        costs.sort();
        let mut used_old = vec![false; old.len()];
        let mut used_new = vec![false; new.len()];
        let mut pairing = Pairing::default();
        for (_, i, j) in costs {
            if !used_old[i] && !used_new[j] {
                used_old[i] = true;
                used_new[j] = true;
                pairing.pairs.push((i, j));
            }
        }
        pairing.old_unpaired = (0..old.len()).filter(|&i| !used_old[i]).collect();
        pairing.new_unpaired = (0..new.len()).filter(|&j| !used_new[j]).collect();
        pairing
    }

    /// How unlike two branches look, without diffing them: 0 for the same content; then
    /// different types, titles and `$id`s, properties declared on one side only, required
    /// names on one side only, and above all a property both declare with different values
    /// (`"action": {"const": "created"}` against `"deleted"`: the tag of a variant).
    fn likeness(&mut self, a: Id, b: Id) -> u32 {
        let (a, b) = (self.old.resolve(a), self.new.resolve(b));
        if self.same(a, b) {
            return 0;
        }
        let (Some(x), Some(y)) = (self.old.obj(a), self.new.obj(b)) else {
            return 25;
        };
        let mut cost = 1;
        if x.types != y.types {
            cost += 25;
        }
        if x.title != y.title {
            cost += 5;
        }
        if x.id != y.id {
            cost += 5;
        }
        if x.enumeration != y.enumeration {
            cost += 20;
        }
        for (name, &p) in &x.properties {
            match y.properties.get(name) {
                None => cost += 10,
                Some(&q) => {
                    if let (Some(u), Some(v)) = (enum_of(self.old, p), enum_of(self.new, q))
                        && crate::format::json_schema::schema::load::intersect_values(u, v).is_empty()
                    {
                        cost += 40;
                    }
                }
            }
        }
        cost += 10 * y.properties.keys().filter(|n| !x.properties.contains_key(*n)).count() as u32;
        cost += 3 * x.required.symmetric_difference(&y.required).count() as u32;
        cost
    }

    /// The pairing of a pair's `allOf`/`anyOf`/`oneOf` branches (memoized).
    pub fn pairing(&mut self, pair: &Pair, kind: ListKind) -> Rc<Pairing> {
        if let Some(p) = self.pairings.get(&(pair.old_id, pair.new_id, kind)) {
            return p.clone();
        }
        let (o, n) = lists(pair, kind);
        let p = Rc::new(self.pair_lists(o, n, &pair.path));
        self.pairings.insert((pair.old_id, pair.new_id, kind), p.clone());
        p
    }

    /// Diffs two nodes on the side, without touching the main results (memoized).
    pub fn trial(&mut self, old: Id, new: Id, path: &str) -> Rc<Vec<Raw>> {
        let key = (self.old.resolve(old), self.new.resolve(new));
        if let Some(found) = self.trials.get(&key) {
            return found.clone();
        }
        if self.in_trial.contains(&key) {
            return Rc::new(Vec::new());
        }
        if self.trial_depth > 24 {
            return Rc::new(vec![Raw {
                rule: &rules::unclassified_change::RULE,
                effect: Effect::Reshapes,
                old: Some(self.old.node(old).origin.clone()),
                new: Some(self.new.node(new).origin.clone()),
                path: path.to_string(),
                message: "Combinators nest too deeply to compare; treated as changed.".into(),
                witness: None,
                witness_path: None,
            }]);
        }
        let saved = (
            std::mem::take(&mut self.raw),
            std::mem::take(&mut self.visited),
            std::mem::take(&mut self.queue),
            std::mem::take(&mut self.claimed),
        );
        self.trial_depth += 1;
        self.in_trial.insert(key);
        // (the pair being compared keeps its own place: a trial's tasks set theirs)
        let overlapping = std::mem::replace(&mut self.overlapping, Overlap::None);
        let context = self.context.take();
        self.push(old, new, path.to_string());
        self.drain();
        self.overlapping = overlapping;
        self.context = context;
        self.in_trial.remove(&key);
        self.trial_depth -= 1;
        let result = Rc::new(std::mem::replace(&mut self.raw, saved.0));
        self.visited = saved.1;
        self.queue = saved.2;
        self.claimed = saved.3;
        self.trials.insert(key, result.clone());
        result
    }

    /// Adopts trial findings into the results.
    pub fn adopt(&mut self, findings: &[Raw]) {
        self.raw.extend(findings.iter().cloned());
    }

    /// The effect of a set of findings taken together.
    pub fn effect_of(findings: &[Raw]) -> Effect {
        findings.iter().fold(Effect::Annotation, |e, r| e.combine(r.effect))
    }

    /// Records a finding.
    pub fn emit(
        &mut self,
        rule: &'static JsonRule,
        pair: &Pair,
        at: At<'_>,
        message: impl Into<String>,
        witness: Option<(Value, Side)>,
    ) {
        self.emit_with(rule, rule.effect, pair, at, message, witness);
    }

    /// Records a finding whose effect differs from the rule's usual one (seen through `not`).
    pub fn emit_with(
        &mut self,
        rule: &'static JsonRule,
        effect: Effect,
        pair: &Pair,
        at: At<'_>,
        message: impl Into<String>,
        witness: Option<(Value, Side)>,
    ) {
        let (old, new) = match at {
            At::Keyword(kw) => {
                self.claim(kw);
                (
                    self.keyword_place(Side::Old, pair.old_id, kw, None),
                    self.keyword_place(Side::New, pair.new_id, kw, None),
                )
            }
            At::Entry(kw, name) => {
                self.claim(kw);
                (
                    self.keyword_place(Side::Old, pair.old_id, kw, Some(name)),
                    self.keyword_place(Side::New, pair.new_id, kw, Some(name)),
                )
            }
            At::Node => (
                self.old.node(pair.old_id).origin.clone(),
                self.new.node(pair.new_id).origin.clone(),
            ),
        };
        self.raw.push(Raw {
            rule,
            effect,
            old: Some(old),
            new: Some(new),
            path: pair.path.clone(),
            message: message.into(),
            witness,
            witness_path: None,
        });
    }

    /// Attaches a local witness to the finding just emitted, at an instance path of its own.
    pub fn set_last_witness(&mut self, witness: (Value, Side), path: String) {
        if let Some(last) = self.raw.last_mut() {
            last.witness = Some(witness);
            last.witness_path = Some(path);
        }
    }

    /// Marks a keyword as decided (changed or not) so it is not reported as unclassified.
    pub fn claim(&mut self, kw: &'static str) {
        self.claimed.insert(kw);
    }

    /// The origin of `kw` (or `kw/name`) on one side, or the node's origin when the
    /// keyword is not written there.
    fn keyword_place(&self, side: Side, id: Id, kw: &'static str, name: Option<&str>) -> Origin {
        let g = self.graph(side);
        let origin = g.keyword_origin(id, kw);
        let file = &g.file_of(&origin).value;
        let exists = |o: &Origin| crate::format::json_schema::schema::load::pointer_get(file, &o.pointer).is_some();
        if let Some(name) = name {
            let entry = origin.child(name);
            if exists(&entry) {
                return entry;
            }
        }
        if exists(&origin) {
            origin
        } else {
            g.node(g.resolve(id)).origin.clone()
        }
    }

    /// How `name` is governed when `obj` does not declare it.
    pub fn governed_name(&mut self, side: Side, obj: &Obj, name: &str) -> Governed {
        for (pattern, &id) in &obj.pattern_properties {
            if self.matches(pattern, name) {
                return self.governed_by(side, Some(id));
            }
        }
        self.governed_by(side, obj.additional_properties.or(obj.unevaluated_properties))
    }

    /// How undeclared names are governed, ignoring `patternProperties`.
    pub fn governed_additional(&self, side: Side, obj: &Obj) -> Governed {
        self.governed_by(side, obj.additional_properties.or(obj.unevaluated_properties))
    }

    /// How array positions past `prefixItems` are governed.
    pub fn governed_items(&self, side: Side, obj: &Obj) -> Governed {
        self.governed_by(side, obj.items.or(obj.unevaluated_items))
    }

    fn governed_by(&self, side: Side, id: Option<Id>) -> Governed {
        let g = self.graph(side);
        match id {
            None => Governed::Open,
            Some(id) if g.is_true(id) => Governed::Open,
            Some(id) if g.is_false(id) => Governed::Closed,
            Some(id) => Governed::By(id),
        }
    }

    /// Whether a `patternProperties` regex matches a name (an invalid regex matches nothing).
    pub fn matches(&mut self, pattern: &str, name: &str) -> bool {
        let re = self
            .regexes
            .entry(pattern.to_string())
            .or_insert_with(|| Regex::new(pattern).ok());
        re.as_ref().is_some_and(|r| r.is_match(name))
    }

    pub fn is_true(&self, side: Side, id: Id) -> bool {
        self.graph(side).is_true(id)
    }
    pub fn is_false(&self, side: Side, id: Id) -> bool {
        self.graph(side).is_false(id)
    }
    pub fn origin(&self, side: Side, id: Id) -> Origin {
        self.graph(side).node(id).origin.clone()
    }

    /// A node that accepts everything, on one side (for comparing against an absent schema).
    pub fn true_node(&mut self, side: Side) -> Id {
        let g: &mut Graph = match side {
            Side::Old => self.old,
            Side::New => self.new,
        };
        let origin = g.node(g.root).origin.clone();
        g.push(Node {
            origin,
            schema: Schema::Bool(true),
        })
    }

    fn unclassified(&mut self, pair: &Pair) {
        for kw in differing_keywords(&pair.old, &pair.new) {
            if !self.claimed.contains(kw) {
                let message = format!(
                    "`{kw}` changed{} in a way no rule classifies; review it by hand.",
                    at_path(&pair.path)
                );
                self.emit(&rules::unclassified_change::RULE, pair, At::Keyword(kw), message, None);
            }
        }
    }

    fn descend(&mut self, pair: &Pair, common: crate::format::json_schema::schema::Types) {
        let (o, n) = (pair.old.clone(), pair.new.clone());
        let (objects, arrays) = (
            common.intersects(crate::format::json_schema::schema::Types::OBJECT),
            common.intersects(crate::format::json_schema::schema::Types::ARRAY),
        );
        if objects {
            self.descend_object(pair, &o, &n);
        }
        if arrays {
            self.descend_array(pair, &o, &n);
        }
        self.descend_applicators(pair, &o, &n, common);
    }

    fn descend_object(&mut self, pair: &Pair, o: &Obj, n: &Obj) {
        let sub = |name: &str| format!("{}/{}", pair.path, crate::source::escape_token(name));
        // properties, by name
        let names: BTreeSet<&String> = o.properties.keys().chain(n.properties.keys()).collect();
        for name in names {
            let pair_of = match (o.properties.get(name), n.properties.get(name)) {
                (Some(&a), Some(&b)) => Some((a, b)),
                (None, Some(&b)) => match self.governed_name(Side::Old, o, name) {
                    Governed::By(a) => Some((a, b)),
                    _ => None,
                },
                (Some(&a), None) => match self.governed_name(Side::New, n, name) {
                    Governed::By(b) => Some((a, b)),
                    _ => None,
                },
                (None, None) => None,
            };
            let Some((a, b)) = pair_of else { continue };
            // what the schemas around this one say about the property, if anything
            let known = self
                .context
                .as_ref()
                .and_then(|c| c.properties.get(name.as_str()).copied());
            match known {
                Some(types) if types != crate::format::json_schema::schema::Types::ALL => {
                    let context = Rc::new(Context {
                        types,
                        properties: BTreeMap::new(),
                    });
                    self.push_with(a, b, sub(name), self.overlapping, Some(context));
                }
                _ => self.push(a, b, sub(name)),
            }
        }
        let patterns: BTreeSet<&String> = o.pattern_properties.keys().chain(n.pattern_properties.keys()).collect();
        for p in patterns {
            match (o.pattern_properties.get(p), n.pattern_properties.get(p)) {
                (Some(&a), Some(&b)) => self.push(a, b, format!("{}/*", pair.path)),
                (None, Some(&b)) => {
                    if let Governed::By(a) = self.governed_additional(Side::Old, o) {
                        self.push(a, b, format!("{}/*", pair.path));
                    }
                }
                (Some(&a), None) => {
                    if let Governed::By(b) = self.governed_additional(Side::New, n) {
                        self.push(a, b, format!("{}/*", pair.path));
                    }
                }
                (None, None) => {}
            }
        }
        if let (Governed::By(a), Governed::By(b)) = (
            self.governed_additional(Side::Old, o),
            self.governed_additional(Side::New, n),
        ) {
            self.push(a, b, format!("{}/*", pair.path));
        }
        if let (Some(a), Some(b)) = (o.property_names, n.property_names) {
            self.push(a, b, pair.path.clone());
        }
        for (k, &a) in &o.dependent_schemas {
            if let Some(&b) = n.dependent_schemas.get(k) {
                self.push(a, b, pair.path.clone());
            }
        }
    }

    fn descend_array(&mut self, pair: &Pair, o: &Obj, n: &Obj) {
        // array items, by position
        let len = o.prefix_items.len().max(n.prefix_items.len());
        for i in 0..len {
            let path = format!("{}/{i}", pair.path);
            match (o.prefix_items.get(i), n.prefix_items.get(i)) {
                (Some(&a), Some(&b)) => self.push(a, b, path),
                (None, Some(&b)) => {
                    if let Governed::By(a) = self.governed_items(Side::Old, o) {
                        self.push(a, b, path);
                    }
                }
                (Some(&a), None) => {
                    if let Governed::By(b) = self.governed_items(Side::New, n) {
                        self.push(a, b, path);
                    }
                }
                (None, None) => {}
            }
        }
        if let (Governed::By(a), Governed::By(b)) =
            (self.governed_items(Side::Old, o), self.governed_items(Side::New, n))
        {
            self.push(a, b, format!("{}/{len}", pair.path));
        }
        if let (Some(a), Some(b)) = (o.contains, n.contains) {
            self.push(a, b, format!("{}/0", pair.path));
        }
    }

    fn descend_applicators(
        &mut self,
        pair: &Pair,
        o: &Obj,
        n: &Obj,
        common: crate::format::json_schema::schema::Types,
    ) {
        let has = !o.all_of.is_empty() || !n.all_of.is_empty() || !o.any_of.is_empty() || !n.any_of.is_empty();
        let has = has || !o.one_of.is_empty() || !n.one_of.is_empty() || (o.if_.is_some() && n.if_.is_some());
        if !has {
            return;
        }
        // The subschemas below apply to this same instance: they see its types, and the
        // types its properties have here (both sides agree on those).
        let mut properties = self.context.as_ref().map(|c| c.properties.clone()).unwrap_or_default();
        for name in o.properties.keys().chain(n.properties.keys()) {
            let side = |g: &Graph, obj: &Obj| {
                obj.properties
                    .get(name)
                    .map_or(crate::format::json_schema::schema::Types::ALL, |&id| {
                        effective_types(g, id)
                    })
            };
            let t = side(self.old, o).intersect(side(self.new, n));
            let entry = properties
                .entry(name.clone())
                .or_insert(crate::format::json_schema::schema::Types::ALL);
            *entry = entry.intersect(t);
        }
        let context = Rc::new(Context {
            types: common,
            properties,
        });
        let inherit = self.overlapping;
        // conditionals: then/else compared when `if` is unchanged
        if let (Some(a), Some(b)) = (o.if_, n.if_)
            && Cx::effect_of(&self.trial(a, b, &pair.path)) == Effect::Annotation
        {
            for (x, y) in [(o.then_, n.then_), (o.else_, n.else_)] {
                let x = x.unwrap_or_else(|| self.true_node(Side::Old));
                let y = y.unwrap_or_else(|| self.true_node(Side::New));
                self.push_with(x, y, pair.path.clone(), inherit, Some(context.clone()));
            }
        }
        // combinators: paired branches are compared
        for kind in [ListKind::AllOf, ListKind::AnyOf, ListKind::OneOf] {
            let (ol, nl) = lists(pair, kind);
            if ol.is_empty() || nl.is_empty() {
                continue;
            }
            let (ol, nl) = (ol.to_vec(), nl.to_vec());
            let pairing = self.pairing(pair, kind);
            // (an `anyOf` paired across with a `oneOf` is what `any-of-became-one-of` and its
            // mirror report: a branch change there keeps its effect)
            for &(i, j) in &pairing.pairs {
                if kind == ListKind::OneOf
                    && !(rules::support::disjoint_from_rest(self.old, &ol, i)
                        && rules::support::disjoint_from_rest(self.new, &nl, j))
                {
                    self.push_with(ol[i], nl[j], pair.path.clone(), Overlap::Both, Some(context.clone()));
                } else {
                    self.push_with(ol[i], nl[j], pair.path.clone(), inherit, Some(context.clone()));
                }
            }
        }
    }
}

fn g_origin(g: &Graph, id: Id) -> Origin {
    g.node(id).origin.clone()
}

/// The branch lists of a kind, with `anyOf` and `oneOf` compared across when one side
/// has only one and the other only the other.
pub fn lists(pair: &Pair, kind: ListKind) -> (&[Id], &[Id]) {
    let (o, n) = (&pair.old, &pair.new);
    match kind {
        ListKind::AllOf => (&o.all_of, &n.all_of),
        ListKind::AnyOf => {
            if o.any_of.is_empty() && n.any_of.is_empty() {
                (&[], &[])
            } else if n.any_of.is_empty() && o.one_of.is_empty() && !n.one_of.is_empty() {
                (&o.any_of, &n.one_of)
            } else if o.any_of.is_empty() && n.one_of.is_empty() && !o.one_of.is_empty() {
                (&o.one_of, &n.any_of)
            } else {
                (&o.any_of, &n.any_of)
            }
        }
        ListKind::OneOf => {
            if lists_cross_one_of(pair) {
                (&[], &[])
            } else {
                (&o.one_of, &n.one_of)
            }
        }
    }
}

/// The `enum` of a node, if it lists its values.
fn enum_of(g: &Graph, id: Id) -> Option<&Vec<Value>> {
    g.obj(id).and_then(|o| o.enumeration.as_ref())
}

/// The types a node can accept, as far as its `type` and `enum` say (all when neither).
fn effective_types(g: &Graph, id: Id) -> crate::format::json_schema::schema::Types {
    crate::format::json_schema::schema::merge::branch_types(g, id)
        .unwrap_or(crate::format::json_schema::schema::Types::ALL)
}

/// For each rule of the catalogue (in order), the types its keywords constrain when they
/// all constrain only some kinds of value; `None` for rules that concern any value.
/// Worked out once, since every node pair consults it.
fn rule_types() -> &'static [Option<crate::format::json_schema::schema::Types>] {
    static TYPES: std::sync::OnceLock<Vec<Option<crate::format::json_schema::schema::Types>>> =
        std::sync::OnceLock::new();
    TYPES.get_or_init(|| {
        rules::ALL
            .iter()
            .map(|r| {
                let kinds: Option<Vec<_>> = r
                    .keywords
                    .iter()
                    .map(|k| crate::format::json_schema::schema::types_of_keyword(k))
                    .collect();
                kinds.filter(|k| !k.is_empty()).map(|k| {
                    k.into_iter()
                        .fold(crate::format::json_schema::schema::Types(0), |a, t| a.union(t))
                })
            })
            .collect()
    })
}

/// Whether [`lists`] pairs an `anyOf` on one side with a `oneOf` on the other.
fn lists_cross_one_of(pair: &Pair) -> bool {
    let (o, n) = (&pair.old, &pair.new);
    (n.any_of.is_empty() && o.one_of.is_empty() && !n.one_of.is_empty() && !o.any_of.is_empty())
        || (o.any_of.is_empty() && n.one_of.is_empty() && !o.one_of.is_empty() && !n.any_of.is_empty())
}

/// " at /a/b", or "" at the root.
pub fn at_path(path: &str) -> String {
    if path.is_empty() {
        " at the document root".to_string()
    } else {
        format!(" at `{path}`")
    }
}

/// Keywords whose normalized values differ between two nodes. Keywords holding
/// subschemas count as different when present on one side only (pairs present on both
/// sides are compared by descending into them).
pub fn differing_keywords(o: &Obj, n: &Obj) -> Vec<&'static str> {
    let mut out = Vec::new();
    macro_rules! cmp {
        ($($field:ident => $kw:literal),* $(,)?) => { $( if o.$field != n.$field { out.push($kw); } )* };
    }
    macro_rules! presence {
        ($($field:ident => $kw:literal),* $(,)?) => { $( if o.$field.is_some() != n.$field.is_some() { out.push($kw); } )* };
    }
    cmp!(types => "type", enumeration => "enum", min_length => "minLength", max_length => "maxLength", pattern => "pattern",
        format => "format", content_encoding => "contentEncoding", content_media_type => "contentMediaType",
        minimum => "minimum", maximum => "maximum", multiple_of => "multipleOf", required => "required",
        min_properties => "minProperties", max_properties => "maxProperties", dependent_required => "dependentRequired",
        min_contains => "minContains", max_contains => "maxContains", min_items => "minItems", max_items => "maxItems",
        unique_items => "uniqueItems", external_ref => "$ref", dynamic_ref => "$dynamicRef",
        title => "title", description => "description", default => "default", examples => "examples",
        deprecated => "deprecated", read_only => "readOnly", write_only => "writeOnly", comment => "$comment", id => "$id",
        extensions => "extensions");
    presence!(additional_properties => "additionalProperties", unevaluated_properties => "unevaluatedProperties",
        property_names => "propertyNames", items => "items", unevaluated_items => "unevaluatedItems",
        contains => "contains", not => "not", if_ => "if");
    if o.then_.is_some() != n.then_.is_some() || o.else_.is_some() != n.else_.is_some() {
        out.push("if");
    }
    if !o.properties.keys().eq(n.properties.keys()) {
        out.push("properties");
    }
    if !o.pattern_properties.keys().eq(n.pattern_properties.keys()) {
        out.push("patternProperties");
    }
    if !o.dependent_schemas.keys().eq(n.dependent_schemas.keys()) {
        out.push("dependentSchemas");
    }
    if o.prefix_items.len() != n.prefix_items.len() {
        out.push("prefixItems");
    }
    for (list_o, list_n, kw) in [
        (&o.all_of, &n.all_of, "allOf"),
        (&o.any_of, &n.any_of, "anyOf"),
        (&o.one_of, &n.one_of, "oneOf"),
    ] {
        if list_o.len() != list_n.len() {
            out.push(kw);
        }
    }
    out.dedup();
    out
}

/// A change found by [`run_roots`], with the local witness its rule proposed, if any: a value,
/// the version that accepts it, and where it goes in an instance of the root pair's schema.
#[derive(Debug, Clone)]
pub struct RootFinding {
    /// `breaking` is left `false`: the caller decides it once the effect is final.
    pub change: Change,
    pub witness: Option<(Value, Side, String)>,
}

/// Compares several (old node, new node) pairs of two graphs that each hold many schemas (the
/// embedded schemas of an API description, loaded with `schema::load::EmbeddedLoader`) in one
/// pass, and returns the findings of each root pair, in order.
///
/// Node pairs reached from several roots (a component schema that many operations use) are
/// compared once, and their findings are listed under the first root that reached them; a
/// root pair equal to an earlier one has none. Pairs whose content digests are equal are
/// skipped, as in [`run`]. Instance paths are relative to each root. No witness document is
/// built: the caller knows what the roots stand for and builds (and verifies) them.
pub fn run_roots(old: &mut Graph, new: &mut Graph, roots: &[(Id, Id)]) -> Vec<Vec<RootFinding>> {
    let mut cx = Cx {
        old,
        new,
        raw: Vec::new(),
        claimed: Claimed::default(),
        visited: FastSet::default(),
        queue: Vec::new(),
        trials: FastMap::default(),
        in_trial: FastSet::default(),
        distributed: FastMap::default(),
        splits: FastMap::default(),
        pairings: FastMap::default(),
        regexes: HashMap::new(),
        trial_depth: 0,
        overlapping: Overlap::None,
        context: None,
        empty: Rc::new(Obj::default()),
        digests: None,
    };
    if cx.old.draft == cx.new.draft {
        cx.digests = Some((std::mem::take(&mut cx.old.digests), std::mem::take(&mut cx.new.digests)));
    }
    let mut out = Vec::with_capacity(roots.len());
    for &(o, n) in roots {
        cx.queue.push(Task {
            old: o,
            new: n,
            path: String::new(),
            overlapping: Overlap::None,
            context: None,
        });
        cx.drain();
        let raw = std::mem::take(&mut cx.raw);
        out.push(root_findings(cx.old, cx.new, raw));
    }
    if let Some((o, n)) = cx.digests.take() {
        cx.old.digests = o;
        cx.new.digests = n;
    }
    out
}

/// [`Raw`] findings as changes, deduplicated and in report order (as [`finish`] does, without
/// the witnesses).
fn root_findings(old: &Graph, new: &Graph, raw: Vec<Raw>) -> Vec<RootFinding> {
    let mut seen = FastSet::default();
    let mut out: Vec<RootFinding> = Vec::new();
    for r in raw {
        let at = |o: &Option<Origin>| o.as_ref().map(|o| (o.file, o.pointer.clone()));
        if !seen.insert((r.rule.id, at(&r.old), at(&r.new), r.message.clone())) {
            continue;
        }
        out.push(RootFinding {
            change: Change {
                rule: r.rule.id,
                effect: r.effect,
                breaking: false,
                instance_path: r.path,
                old: r.old.as_ref().map(|o| place(old, o)),
                new: r.new.as_ref().map(|o| place(new, o)),
                message: r.message,
                witness: None,
                content_model: r.rule.content_model,
            },
            witness: r.witness.map(|(v, s)| (v, s, r.witness_path.unwrap_or_default())),
        });
    }
    out.sort_by(|a, b| {
        (a.change.instance_path.as_str(), a.change.rule, line_of(&a.change)).cmp(&(
            b.change.instance_path.as_str(),
            b.change.rule,
            line_of(&b.change),
        ))
    });
    out
}
