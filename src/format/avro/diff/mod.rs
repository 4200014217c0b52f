//! Comparing two versions of an Avro schema.
//!
//! The engine pairs OLD and NEW elements once — the roots, record fields (by name and
//! aliases, as resolution matches them), union branches (by type and name, else by the branch
//! that reads the other's data), array items and map values — and asks every rule about
//! every pair. A rule decides in both directions of Avro's schema resolution: can a reader
//! using NEW read data written with OLD (`backward`), can a reader using OLD read data
//! written with NEW (`forward`). The answer maps onto the core's effects:
//!
//! | NEW reads OLD | OLD reads NEW | effect |
//! |---|---|---|
//! | yes | yes | `annotation` |
//! | no | yes | `narrows` |
//! | yes | no | `widens` |
//! | no | no | `reshapes` |
//!
//! so the core's mode decides (backward breaks on narrows and reshapes, and so on).
//! A pair only counts in a direction where the reader actually reads it: a union branch that
//! another branch would read instead, or a renamed field that only one side's aliases see,
//! is not held against the direction that does not use it.
//!
//! Afterwards the resolution checker ([`super::resolve`]) referees: an incompatibility no
//! rule claimed becomes `avro-unclassified-change`. Then each breaking change gets a witness:
//! a datum written by one side that the other side's reader cannot read, verified through
//! apache-avro before it is printed.

pub mod rule;
pub mod rules;

use super::datum::{self, Builder, Focus};
use super::model::{AvroDoc, Kind, NodeId};
use super::resolve::Checker;
use crate::change::{Change, DiffReport, Effect, Options, Place, Side, Witness};
use rule::AvroRule;
use std::collections::HashMap;

/// The directions a pair is read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Live {
    /// A reader using NEW reads OLD's data through this pair.
    pub backward: bool,
    /// A reader using OLD reads NEW's data through this pair.
    pub forward: bool,
}

impl Live {
    pub const BOTH: Live = Live {
        backward: true,
        forward: true,
    };
}

/// The effect of a change from whether it breaks each direction (in the directions the
/// pair is live in).
pub fn effect(live: Live, breaks_backward: bool, breaks_forward: bool) -> Effect {
    match (breaks_backward && live.backward, breaks_forward && live.forward) {
        (false, false) => Effect::Annotation,
        (true, false) => Effect::Narrows,
        (false, true) => Effect::Widens,
        (true, true) => Effect::Reshapes,
    }
}

/// Two record fields paired by resolution.
#[derive(Debug, Clone)]
pub struct FieldPair {
    pub old: Option<usize>,
    pub new: Option<usize>,
    /// The NEW field reads the OLD one (same name, or NEW's aliases).
    pub backward: bool,
    /// The OLD field reads the NEW one (same name, or OLD's aliases).
    pub forward: bool,
}

/// Two union branches paired (a non-union side is a one-branch union).
#[derive(Debug, Clone)]
pub struct BranchPair {
    pub old: Option<NodeId>,
    pub new: Option<NodeId>,
}

/// One paired element.
#[derive(Debug, Clone)]
pub struct Pair {
    pub old: NodeId,
    pub new: NodeId,
    /// Where in a datum (Avro's JSON encoding, `*` for any element).
    pub path: String,
    pub live: Live,
    /// The paired nodes from the roots down to this pair.
    pub trail: Vec<(NodeId, NodeId)>,
    /// For two records: their fields, paired.
    pub fields: Vec<FieldPair>,
    /// When either side is a union: the branches, paired.
    pub branches: Vec<BranchPair>,
}

/// Where a finding points on one side: a file of the document and a JSON Pointer.
#[derive(Debug, Clone)]
pub struct Loc {
    pub file: usize,
    pub pointer: String,
}

/// How to build the witness of a finding.
#[derive(Debug, Clone)]
pub struct Plan {
    /// The side whose writer writes the datum.
    pub writer: Side,
    /// Node ids on the writer's side from the root to the target.
    pub trail: Vec<NodeId>,
    pub focus: Focus,
}

struct Raw {
    rule: &'static AvroRule,
    effect: Effect,
    old: Option<Loc>,
    new: Option<Loc>,
    path: String,
    message: String,
    plans: Vec<Plan>,
}

/// The state of one comparison.
pub struct Cx<'a> {
    pub old: &'a AvroDoc,
    pub new: &'a AvroDoc,
    /// OLD writes, NEW reads (backward).
    pub backward: Checker<'a>,
    /// NEW writes, OLD reads (forward).
    pub forward: Checker<'a>,
    raw: Vec<Raw>,
}

impl<'a> Cx<'a> {
    /// The location of a node on one side.
    pub fn at(&self, side: Side, id: NodeId) -> Loc {
        let doc = self.doc(side);
        let n = doc.node(id);
        Loc {
            file: n.file,
            pointer: n.pointer.clone(),
        }
    }
    /// A location under a node (`/symbols`, `/default`).
    pub fn under(&self, side: Side, id: NodeId, suffix: &str) -> Loc {
        let mut l = self.at(side, id);
        l.pointer.push_str(suffix);
        l
    }
    /// The location of a record's field (or something under it).
    pub fn field_at(&self, side: Side, record: NodeId, index: usize, suffix: &str) -> Loc {
        let doc = self.doc(side);
        let pointer = match doc.kind(record) {
            Kind::Record(r) => format!("{}{suffix}", r.fields[index].pointer),
            _ => doc.node(record).pointer.clone(),
        };
        Loc {
            file: doc.node(record).file,
            pointer,
        }
    }
    pub fn doc(&self, side: Side) -> &'a AvroDoc {
        match side {
            Side::Old => self.old,
            Side::New => self.new,
        }
    }

    /// Records a finding.
    #[allow(clippy::too_many_arguments)]
    pub fn emit(
        &mut self,
        rule: &'static AvroRule,
        effect: Effect,
        pair: &Pair,
        path: Option<String>,
        old: Option<Loc>,
        new: Option<Loc>,
        message: impl Into<String>,
        plans: Vec<Plan>,
    ) {
        self.raw.push(Raw {
            rule,
            effect,
            old,
            new,
            path: path.unwrap_or_else(|| pair.path.clone()),
            message: message.into(),
            plans,
        });
    }

    /// The trail of one side of a pair, extended by `extra` nodes of that side.
    pub fn trail(pair: &Pair, side: Side, extra: &[NodeId]) -> Vec<NodeId> {
        let mut t: Vec<NodeId> = pair
            .trail
            .iter()
            .map(|(o, n)| if side == Side::Old { *o } else { *n })
            .collect();
        t.extend_from_slice(extra);
        t
    }

    /// A witness plan: the `writer` side writes a datum reaching this pair (and `extra`
    /// nodes below it) with `focus` there.
    pub fn plan(pair: &Pair, writer: Side, extra: &[NodeId], focus: Focus) -> Plan {
        Plan {
            writer,
            trail: Self::trail(pair, writer, extra),
            focus,
        }
    }
}

/// `at /path` for messages (nothing at the root).
pub fn at_path(path: &str) -> String {
    if path.is_empty() {
        String::new()
    } else {
        format!(" at {path}")
    }
}

/// The record of a node, if it is one.
pub fn record(doc: &AvroDoc, id: NodeId) -> Option<&super::model::Record> {
    match doc.kind(id) {
        Kind::Record(r) => Some(r),
        _ => None,
    }
}

/// Pairs the fields of two records as resolution reads them.
fn pair_fields(old: &super::model::Record, new: &super::model::Record) -> Vec<FieldPair> {
    let mut pairs: Vec<FieldPair> = Vec::new();
    let mut add = |o: usize, n: usize, backward: bool, forward: bool| {
        if let Some(p) = pairs.iter_mut().find(|p| p.old == Some(o) && p.new == Some(n)) {
            p.backward |= backward;
            p.forward |= forward;
        } else {
            pairs.push(FieldPair {
                old: Some(o),
                new: Some(n),
                backward,
                forward,
            });
        }
    };
    for (n, nf) in new.fields.iter().enumerate() {
        if let Some(o) = Checker::writer_field(old, nf) {
            add(o, n, true, false);
        }
    }
    for (o, of) in old.fields.iter().enumerate() {
        if let Some(n) = Checker::writer_field(new, of) {
            add(o, n, false, true);
        }
    }
    // Fields in the order of NEW, then OLD's unpaired ones.
    pairs.sort_by_key(|p| p.new);
    let mut out = Vec::with_capacity(old.fields.len().max(new.fields.len()));
    for n in 0..new.fields.len() {
        let mut any = false;
        for p in pairs.iter().filter(|p| p.new == Some(n)) {
            out.push(p.clone());
            any = true;
        }
        if !any {
            out.push(FieldPair {
                old: None,
                new: Some(n),
                backward: false,
                forward: false,
            });
        }
    }
    for o in 0..old.fields.len() {
        if !pairs.iter().any(|p| p.old == Some(o)) {
            out.push(FieldPair {
                old: Some(o),
                new: None,
                backward: false,
                forward: false,
            });
        }
    }
    out
}

impl Cx<'_> {
    /// Whether two branches are the same type: the same primitive or container, or named
    /// types of one kind whose names match (directly or through either side's aliases).
    pub fn same_branch(&self, o: NodeId, n: NodeId) -> bool {
        let (ok, nk) = (self.old.kind(o), self.new.kind(n));
        if !super::resolve::same_type(ok, nk) {
            return false;
        }
        match (ok.name(), nk.name()) {
            (Some(a), Some(b)) => a.name == b.name || b.aliases.contains(&a.full) || a.aliases.contains(&b.full),
            _ => true,
        }
    }

    fn pair_branches(&mut self, old: NodeId, new: NodeId) -> Vec<BranchPair> {
        let (ob, nb) = (self.old.branches(old), self.new.branches(new));
        let mut new_used = vec![false; nb.len()];
        let mut old_partner: Vec<Option<usize>> = vec![None; ob.len()];
        for (i, &o) in ob.iter().enumerate() {
            if let Some(j) = (0..nb.len()).find(|&j| !new_used[j] && self.same_branch(o, nb[j])) {
                new_used[j] = true;
                old_partner[i] = Some(j);
            }
        }
        // A branch with no twin pairs with the branch that reads its data (int with long).
        for (i, &o) in ob.iter().enumerate() {
            if old_partner[i].is_none()
                && let Some(j) = (0..nb.len()).find(|&j| !new_used[j] && self.backward.can_read(o, nb[j]))
            {
                new_used[j] = true;
                old_partner[i] = Some(j);
            }
        }
        for j in 0..nb.len() {
            if new_used[j] {
                continue;
            }
            if let Some(i) = (0..ob.len()).find(|&i| old_partner[i].is_none() && self.forward.can_read(nb[j], ob[i])) {
                new_used[j] = true;
                old_partner[i] = Some(j);
            }
        }
        let mut out = Vec::new();
        for (i, &o) in ob.iter().enumerate() {
            out.push(BranchPair {
                old: Some(o),
                new: old_partner[i].map(|j| nb[j]),
            });
        }
        for (j, &n) in nb.iter().enumerate() {
            if !new_used[j] {
                out.push(BranchPair {
                    old: None,
                    new: Some(n),
                });
            }
        }
        out
    }

    /// The pairs below one pair, with the directions each is read in.
    fn children(&mut self, p: &Pair) -> Vec<Pair> {
        let mut out = Vec::new();
        let child = |old: NodeId, new: NodeId, path: String, live: Live| {
            let mut trail = p.trail.clone();
            trail.push((old, new));
            Pair {
                old,
                new,
                path,
                live,
                trail,
                fields: Vec::new(),
                branches: Vec::new(),
            }
        };
        let either_union =
            matches!(self.old.kind(p.old), Kind::Union(_)) || matches!(self.new.kind(p.new), Kind::Union(_));
        if either_union {
            let both = matches!(self.old.kind(p.old), Kind::Union(_)) && matches!(self.new.kind(p.new), Kind::Union(_));
            let (ob, nb) = (self.old.branches(p.old), self.new.branches(p.new));
            for b in &p.branches {
                let (Some(o), Some(n)) = (b.old, b.new) else { continue };
                // Not held against a direction when another branch would read the data instead.
                let other_new = nb.iter().any(|&m| m != n && self.backward.can_read(o, m));
                let other_old = ob.iter().any(|&m| m != o && self.forward.can_read(n, m));
                let live = Live {
                    backward: p.live.backward && !other_new,
                    forward: p.live.forward && !other_old,
                };
                let path = if both {
                    format!("{}/{}", p.path, crate::source::escape_token(&self.new.label(n)))
                } else {
                    p.path.clone()
                };
                if o != p.old || n != p.new {
                    out.push(child(o, n, path, live));
                }
            }
            return out;
        }
        match (self.old.kind(p.old), self.new.kind(p.new)) {
            (Kind::Array(o), Kind::Array(n)) => out.push(child(*o, *n, format!("{}/*", p.path), p.live)),
            (Kind::Map(o), Kind::Map(n)) => out.push(child(*o, *n, format!("{}/*", p.path), p.live)),
            (Kind::Record(or), Kind::Record(nr)) => {
                for f in &p.fields {
                    let (Some(o), Some(n)) = (f.old, f.new) else { continue };
                    let live = Live {
                        backward: p.live.backward && f.backward,
                        forward: p.live.forward && f.forward,
                    };
                    let path = format!("{}/{}", p.path, crate::source::escape_token(&nr.fields[n].name));
                    out.push(child(or.fields[o].ty, nr.fields[n].ty, path, live));
                }
            }
            _ => {}
        }
        out
    }
}

/// Compares two versions of an Avro schema.
pub fn diff(old: &AvroDoc, new: &AvroDoc, options: &Options) -> DiffReport {
    let mut cx = Cx {
        old,
        new,
        backward: Checker::new(old, new),
        forward: Checker::new(new, old),
        raw: Vec::new(),
    };
    let mut visited: HashMap<(NodeId, NodeId), Live> = HashMap::new();
    let mut stack = vec![Pair {
        old: old.root,
        new: new.root,
        path: String::new(),
        live: Live::BOTH,
        trail: vec![(old.root, new.root)],
        fields: Vec::new(),
        branches: Vec::new(),
    }];
    let mut warnings = Vec::new();
    let mut steps = 0usize;
    while let Some(mut p) = stack.pop() {
        // A pair met again (a shared or recursive named type) is compared once, unless it is
        // now read in a direction it was not before.
        match visited.get(&(p.old, p.new)) {
            Some(seen) if (!p.live.backward || seen.backward) && (!p.live.forward || seen.forward) => continue,
            Some(seen) => {
                let merged = Live {
                    backward: seen.backward || p.live.backward,
                    forward: seen.forward || p.live.forward,
                };
                visited.insert((p.old, p.new), merged);
            }
            None => {
                visited.insert((p.old, p.new), p.live);
            }
        }
        steps += 1;
        if steps > 2_000_000 {
            warnings.push("the comparison stopped after 2,000,000 element pairs".to_string());
            break;
        }
        if let (Some(o), Some(n)) = (record(old, p.old), record(new, p.new)) {
            p.fields = pair_fields(o, n);
        }
        if matches!(old.kind(p.old), Kind::Union(_)) || matches!(new.kind(p.new), Kind::Union(_)) {
            p.branches = cx.pair_branches(p.old, p.new);
        }
        for r in rules::ALL {
            (r.check)(&mut cx, &p);
        }
        let mut children = cx.children(&p);
        children.reverse();
        stack.extend(children);
    }
    referee(&mut cx);
    let changes = finish(&mut cx, options);
    DiffReport::from_changes(changes, options, Vec::new(), warnings)
}

/// Reports, as `avro-unclassified-change`, each incompatibility the resolution checker finds
/// in a direction no finding broke.
fn referee(cx: &mut Cx) {
    let claimed_backward = cx
        .raw
        .iter()
        .any(|r| matches!(r.effect, Effect::Narrows | Effect::Reshapes));
    let claimed_forward = cx
        .raw
        .iter()
        .any(|r| matches!(r.effect, Effect::Widens | Effect::Reshapes));
    let (old_root, new_root) = (cx.old.root, cx.new.root);
    let root = Pair {
        old: old_root,
        new: new_root,
        path: String::new(),
        live: Live::BOTH,
        trail: vec![(old_root, new_root)],
        fields: Vec::new(),
        branches: Vec::new(),
    };
    if !claimed_backward {
        for p in cx.backward.problems(old_root, new_root) {
            let (o, n) = (cx.at(Side::Old, p.writer), cx.at(Side::New, p.reader));
            cx.emit(
                &rules::avro_unclassified_change::RULE,
                Effect::Narrows,
                &root,
                Some(p.path.clone()),
                Some(o),
                Some(n),
                format!(
                    "A reader using the new schema cannot read old data{}: {}.",
                    at_path(&p.path),
                    p.message
                ),
                vec![],
            );
        }
    }
    if !claimed_forward {
        for p in cx.forward.problems(new_root, old_root) {
            let (o, n) = (cx.at(Side::Old, p.reader), cx.at(Side::New, p.writer));
            cx.emit(
                &rules::avro_unclassified_change::RULE,
                Effect::Widens,
                &root,
                Some(p.path.clone()),
                Some(o),
                Some(n),
                format!(
                    "A reader using the old schema cannot read new data{}: {}.",
                    at_path(&p.path),
                    p.message
                ),
                vec![],
            );
        }
    }
}

fn place(doc: &AvroDoc, loc: &Loc) -> Place {
    let file = &doc.files[loc.file];
    let pos = file.nearest_position(&loc.pointer);
    Place {
        file: file.name.clone(),
        pointer: loc.pointer.clone(),
        line: pos.line,
        column: pos.column,
    }
}

/// Turns findings into changes: places resolved, duplicates merged, witnesses built.
fn finish(cx: &mut Cx, options: &Options) -> Vec<Change> {
    let mut out: Vec<Change> = Vec::new();
    let mut index: HashMap<(&'static str, String, String, String), usize> = HashMap::new();
    let raw = std::mem::take(&mut cx.raw);
    let codec = datum::Codec::new([cx.old, cx.new]);
    for r in raw {
        let old = r.old.as_ref().map(|l| place(cx.old, l));
        let new = r.new.as_ref().map(|l| place(cx.new, l));
        let key = (
            r.rule.id,
            old.as_ref()
                .map(|p| format!("{}#{}", p.file, p.pointer))
                .unwrap_or_default(),
            new.as_ref()
                .map(|p| format!("{}#{}", p.file, p.pointer))
                .unwrap_or_default(),
            r.message.clone(),
        );
        // Witnesses back the changes that break the mode (as `backward` under `none`): each
        // costs an encode and two decodes of a whole datum.
        let wanted = options.mode.bump_mode().breaks(r.effect);
        let witness = if options.witnesses && wanted {
            // The direction the mode checks first: new readers of old data, unless only the
            // reverse is checked.
            let first = if options.mode == crate::change::Mode::Forward {
                Side::New
            } else {
                Side::Old
            };
            let mut plans: Vec<&Plan> = r
                .plans
                .iter()
                .filter(|p| match p.writer {
                    Side::Old => matches!(r.effect, Effect::Narrows | Effect::Reshapes),
                    Side::New => matches!(r.effect, Effect::Widens | Effect::Reshapes),
                })
                .collect();
            plans.sort_by_key(|p| p.writer != first);
            plans.into_iter().find_map(|p| witness(cx, &codec, p))
        } else {
            None
        };
        if let Some(&i) = index.get(&key) {
            let c: &mut Change = &mut out[i];
            c.effect = c.effect.combine(r.effect);
            if c.witness.is_none() {
                c.witness = witness;
            }
            continue;
        }
        index.insert(key, out.len());
        out.push(Change {
            rule: r.rule.id,
            effect: r.effect,
            breaking: false,
            instance_path: r.path,
            old,
            new,
            message: r.message,
            witness,
            content_model: false,
        });
    }
    out
}

/// Builds the datum a plan describes and keeps it only if apache-avro confirms that the other
/// side's reader cannot read it (or reads a rounded number).
fn witness(cx: &Cx, codec: &datum::Codec, plan: &Plan) -> Option<Witness> {
    let writer = plan.writer.index();
    let reader = plan.writer.other().index();
    let (json, value) = Builder::minimal(cx.doc(plan.writer)).datum(&plan.trail, &plan.focus)?;
    let bytes = codec.encode(writer, &value)?;
    // The control: the writer's own schema reads the datum, so a failure below is the change's.
    codec.decode(writer, writer, &bytes)?.ok()?;
    let description = match codec.decode(writer, reader, &bytes)? {
        Err(reason) => format!(
            "written with the {} schema, this datum cannot be read with the {} one ({})",
            side_name(plan.writer),
            side_name(plan.writer.other()),
            first_line(&reason)
        ),
        Ok(read) if plan.focus == Focus::Wide && datum::rounds(&read, 0.1) => format!(
            "written with the {} schema, this datum is read with the {} one as a rounded number",
            side_name(plan.writer),
            side_name(plan.writer.other())
        ),
        Ok(_) => return None,
    };
    Some(Witness {
        accepted_by: plan.writer,
        document: json,
        description: Some(description),
        text: None,
        encoded: Some(datum::hex(&bytes)),
    })
}

fn side_name(side: Side) -> &'static str {
    match side {
        Side::Old => "old",
        Side::New => "new",
    }
}

fn first_line(s: &str) -> String {
    let line = s.lines().next().unwrap_or("");
    if line.chars().count() > 160 {
        format!("{}…", line.chars().take(160).collect::<String>())
    } else {
        line.to_string()
    }
}
