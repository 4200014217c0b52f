//! The Protobuf diff engine. It pairs the two versions' elements once — the root file, its
//! messages and enums by name (nested ones inside their parent), fields by number, oneofs by
//! name, enum values by number, services and rpcs by name, extensions by extendee and number
//! — and hands every pair to every rule of [`rules::ALL`], which only decide.
//!
//! Types a field reaches in other files (imports) are compared too, structurally, through the
//! field that reaches them: a change inside an imported message changes what the root's
//! messages mean on the wire. Each change is reported at its line in the file that holds it.
//!
//! **Levels.** A rule breaks only at the levels it lists (buf's categories, plus
//! `confluent`); at the others its change is still reported, as an annotation (or, for an
//! addition, as widening), and never breaks. Inside its levels the schema's mode decides by
//! the rule's effect, as for every format.

pub mod rule;
pub mod rules;
pub mod support;

use super::Level;
use super::load::ProtoDoc;
use crate::change::{Change, DiffReport, Effect, Options, Place, Witness};
use prost_reflect::{
    EnumDescriptor, EnumValueDescriptor, ExtensionDescriptor, FieldDescriptor, FileDescriptor, MessageDescriptor,
    MethodDescriptor, OneofDescriptor, ServiceDescriptor,
};
pub use rule::ProtoRule;
use std::collections::{BTreeMap, HashSet};

/// Two elements paired by the engine; `None` on one side means added or deleted.
pub enum Pair<'a> {
    File {
        old: &'a FileDescriptor,
        new: &'a FileDescriptor,
    },
    Message {
        old: Option<&'a MessageDescriptor>,
        new: Option<&'a MessageDescriptor>,
    },
    Field {
        old: Option<&'a FieldDescriptor>,
        new: Option<&'a FieldDescriptor>,
        old_message: &'a MessageDescriptor,
        new_message: &'a MessageDescriptor,
    },
    Oneof {
        old: Option<&'a OneofDescriptor>,
        new: Option<&'a OneofDescriptor>,
        old_message: &'a MessageDescriptor,
        new_message: &'a MessageDescriptor,
    },
    Enum {
        old: Option<&'a EnumDescriptor>,
        new: Option<&'a EnumDescriptor>,
    },
    /// Enum values paired by number (the first value of each number).
    EnumValue {
        old: Option<&'a EnumValueDescriptor>,
        new: Option<&'a EnumValueDescriptor>,
        old_enum: &'a EnumDescriptor,
        new_enum: &'a EnumDescriptor,
    },
    Service {
        old: Option<&'a ServiceDescriptor>,
        new: Option<&'a ServiceDescriptor>,
    },
    Method {
        old: Option<&'a MethodDescriptor>,
        new: Option<&'a MethodDescriptor>,
    },
    Extension {
        old: Option<&'a ExtensionDescriptor>,
        new: Option<&'a ExtensionDescriptor>,
    },
}

/// Where an element sits: its file in the pool, its source-info path, and its pointer
/// (`/pkg.Message/field`), plus the dotted name reports show as its path.
#[derive(Debug, Clone)]
pub struct At {
    pub file: String,
    pub path: Vec<i32>,
    pub pointer: String,
    pub name: String,
}

impl At {
    pub fn file(f: &FileDescriptor) -> At {
        At {
            file: f.name().to_string(),
            path: vec![],
            pointer: String::new(),
            name: f.package_name().to_string(),
        }
    }
    /// A file-level element at a source-info path (`[2]` is the package, `[8, n]` an option).
    pub fn file_part(f: &FileDescriptor, path: Vec<i32>, pointer: &str) -> At {
        At {
            file: f.name().to_string(),
            path,
            pointer: pointer.to_string(),
            name: f.package_name().to_string(),
        }
    }
    pub fn message(m: &MessageDescriptor) -> At {
        At {
            file: m.parent_file().name().to_string(),
            path: m.path().to_vec(),
            pointer: format!("/{}", m.full_name()),
            name: m.full_name().to_string(),
        }
    }
    pub fn field(f: &FieldDescriptor) -> At {
        let m = f.parent_message();
        At {
            file: m.parent_file().name().to_string(),
            path: f.path().to_vec(),
            pointer: format!("/{}/{}", m.full_name(), f.name()),
            name: format!("{}.{}", m.full_name(), f.name()),
        }
    }
    pub fn oneof(o: &OneofDescriptor) -> At {
        let m = o.parent_message();
        At {
            file: m.parent_file().name().to_string(),
            path: o.path().to_vec(),
            pointer: format!("/{}/{}", m.full_name(), o.name()),
            name: format!("{}.{}", m.full_name(), o.name()),
        }
    }
    pub fn enumeration(e: &EnumDescriptor) -> At {
        At {
            file: e.parent_file().name().to_string(),
            path: e.path().to_vec(),
            pointer: format!("/{}", e.full_name()),
            name: e.full_name().to_string(),
        }
    }
    pub fn enum_value(v: &EnumValueDescriptor) -> At {
        let e = v.parent_enum();
        At {
            file: e.parent_file().name().to_string(),
            path: v.path().to_vec(),
            pointer: format!("/{}/{}", e.full_name(), v.name()),
            name: format!("{}.{}", e.full_name(), v.name()),
        }
    }
    pub fn service(s: &ServiceDescriptor) -> At {
        At {
            file: s.parent_file().name().to_string(),
            path: s.path().to_vec(),
            pointer: format!("/{}", s.full_name()),
            name: s.full_name().to_string(),
        }
    }
    pub fn method(m: &MethodDescriptor) -> At {
        let s = m.parent_service();
        At {
            file: s.parent_file().name().to_string(),
            path: m.path().to_vec(),
            pointer: format!("/{}/{}", s.full_name(), m.name()),
            name: m.full_name().to_string(),
        }
    }
    pub fn extension(x: &ExtensionDescriptor) -> At {
        At {
            file: x.parent_file().name().to_string(),
            path: x.path().to_vec(),
            pointer: format!("/{}", x.full_name()),
            name: x.full_name().to_string(),
        }
    }
}

/// The engine's state while it compares two documents.
pub struct Cx<'a> {
    pub old: &'a ProtoDoc,
    pub new: &'a ProtoDoc,
    pub level: Level,
    pub witnesses: bool,
    changes: Vec<(Change, bool)>,
    /// Type pairs reached through fields, to compare structurally (old, new full names).
    queue: Vec<(String, String)>,
    queued: HashSet<(String, String)>,
}

impl<'a> Cx<'a> {
    fn place(doc: &ProtoDoc, at: &At) -> Option<Place> {
        let spot = doc.spot(&at.file, &at.path)?;
        Some(Place {
            file: spot.file,
            pointer: at.pointer.clone(),
            line: spot.line,
            column: spot.column,
        })
    }

    /// Whether a rule breaks at the level in force.
    pub fn in_level(&self, rule: &ProtoRule) -> bool {
        rule.levels.contains(&self.level)
    }

    /// Reports a change. `witness` is only called when witnesses are wanted and the change
    /// can break at this level.
    pub fn emit(
        &mut self,
        rule: &'static ProtoRule,
        old: Option<At>,
        new: Option<At>,
        message: String,
        witness: impl FnOnce(&Cx) -> Option<Witness>,
    ) {
        let in_level = self.in_level(rule);
        if rule.level_specific && !in_level {
            return;
        }
        let effect = if in_level {
            rule.effect
        } else if rule.effect == Effect::Widens {
            Effect::Widens
        } else {
            Effect::Annotation
        };
        let witness = if self.witnesses && in_level && effect != Effect::Annotation {
            witness(self)
        } else {
            None
        };
        // The element itself: for a deletion or an addition the other side points at the
        // container, whose name is a prefix of the element's.
        let instance_path = match (&old, &new) {
            (Some(o), Some(n)) if o.name.starts_with(&format!("{}.", n.name)) => o.name.clone(),
            (_, Some(n)) => n.name.clone(),
            (Some(o), None) => o.name.clone(),
            (None, None) => String::new(),
        };
        let change = Change {
            rule: rule.id,
            effect,
            breaking: false,
            instance_path,
            old: old.as_ref().and_then(|a| Self::place(self.old, a)),
            new: new.as_ref().and_then(|a| Self::place(self.new, a)),
            message,
            witness,
            content_model: false,
        };
        self.changes.push((change, in_level));
    }

    /// Whether an element's file is the root file of its side.
    pub fn in_root(&self, side_new: bool, file: &FileDescriptor) -> bool {
        let doc = if side_new { self.new } else { self.old };
        file.name() == doc.root.name()
    }

    /// Asks for two types reached through a field to be compared structurally.
    pub fn reach(&mut self, old: &str, new: &str) {
        let key = (old.to_string(), new.to_string());
        if self.queued.insert(key.clone()) {
            self.queue.push(key);
        }
    }
}

fn run(cx: &mut Cx, pair: &Pair) {
    for r in rules::ALL {
        (r.check)(cx, pair);
    }
}

/// Compares two versions of a Protobuf schema.
pub fn diff(old: &mut ProtoDoc, new: &mut ProtoDoc, options: &Options) -> DiffReport {
    let mut cx = Cx {
        old,
        new,
        level: options.protobuf_level,
        witnesses: options.witnesses,
        changes: Vec::new(),
        queue: Vec::new(),
        queued: HashSet::new(),
    };
    let (of, nf) = (old.root.clone(), new.root.clone());
    run(&mut cx, &Pair::File { old: &of, new: &nf });
    walk_messages(&mut cx, of.messages().collect(), nf.messages().collect(), true);
    walk_enums(&mut cx, of.enums().collect(), nf.enums().collect());
    let (os, ns): (Vec<_>, Vec<_>) = (of.services().collect(), nf.services().collect());
    for (o, n) in pair_by(&os, &ns, |s| s.name().to_string()) {
        run(&mut cx, &Pair::Service { old: o, new: n });
        if let (Some(o), Some(n)) = (o, n) {
            let (om, nm): (Vec<_>, Vec<_>) = (o.methods().collect(), n.methods().collect());
            for (a, b) in pair_by(&om, &nm, |m| m.name().to_string()) {
                run(&mut cx, &Pair::Method { old: a, new: b });
            }
        }
    }
    let (ox, nx) = (all_extensions(&of), all_extensions(&nf));
    for (o, n) in pair_by(&ox, &nx, |x| {
        format!("{}:{}", x.containing_message().full_name(), x.number())
    }) {
        run(&mut cx, &Pair::Extension { old: o, new: n });
    }
    // Types reached in other files, through fields.
    let mut next = 0;
    while next < cx.queue.len() && next < 100_000 {
        let (o, n) = cx.queue[next].clone();
        next += 1;
        if let (Some(a), Some(b)) = (old.pool.get_message_by_name(&o), new.pool.get_message_by_name(&n)) {
            walk_message(&mut cx, &a, &b, false);
        } else if let (Some(a), Some(b)) = (old.pool.get_enum_by_name(&o), new.pool.get_enum_by_name(&n)) {
            walk_enum(&mut cx, &a, &b);
        }
    }
    finish(cx, options)
}

/// Decides what breaks: the mode, by effect, for changes whose rule belongs to the level;
/// never for the others.
fn finish(cx: Cx, options: &Options) -> DiffReport {
    let (changes, in_level): (Vec<Change>, Vec<bool>) = cx.changes.into_iter().unzip();
    let mut report = DiffReport::from_changes(changes, options, Vec::new(), Vec::new());
    let bump_mode = options.mode.bump_mode();
    for (c, inside) in report.changes.iter_mut().zip(&in_level) {
        if !inside {
            c.breaking = false;
        }
    }
    report.compatible = !report.changes.iter().any(|c| c.breaking);
    report.required_bump = crate::version::required_bump(
        report
            .changes
            .iter()
            .zip(&in_level)
            .map(|(c, inside)| (c.effect, *inside && bump_mode.breaks(c.effect))),
    );
    report
}

/// Pairs two lists by a key, in OLD's order then NEW's additions.
pub fn pair_by<'t, T>(old: &'t [T], new: &'t [T], key: impl Fn(&T) -> String) -> Vec<(Option<&'t T>, Option<&'t T>)> {
    let new_by: BTreeMap<String, &T> = new.iter().map(|t| (key(t), t)).collect();
    let old_keys: HashSet<String> = old.iter().map(&key).collect();
    let mut out: Vec<(Option<&T>, Option<&T>)> = old.iter().map(|o| (Some(o), new_by.get(&key(o)).copied())).collect();
    out.extend(
        new.iter()
            .filter(|n| !old_keys.contains(&key(n)))
            .map(|n| (None, Some(n))),
    );
    out
}

fn walk_messages(cx: &mut Cx, old: Vec<MessageDescriptor>, new: Vec<MessageDescriptor>, nested: bool) {
    let old: Vec<_> = old.into_iter().filter(|m| !m.is_map_entry()).collect();
    let new: Vec<_> = new.into_iter().filter(|m| !m.is_map_entry()).collect();
    for (o, n) in pair_by(&old, &new, |m| m.name().to_string()) {
        match (o, n) {
            (Some(a), Some(b)) => walk_message(cx, a, b, nested),
            _ => run(cx, &Pair::Message { old: o, new: n }),
        }
    }
}

fn walk_message(cx: &mut Cx, a: &MessageDescriptor, b: &MessageDescriptor, nested: bool) {
    run(
        cx,
        &Pair::Message {
            old: Some(a),
            new: Some(b),
        },
    );
    let (of, nf): (Vec<_>, Vec<_>) = (a.fields().collect(), b.fields().collect());
    for (o, n) in pair_by(&of, &nf, |f| format!("{:010}", f.number())) {
        run(
            cx,
            &Pair::Field {
                old: o,
                new: n,
                old_message: a,
                new_message: b,
            },
        );
        if let (Some(o), Some(n)) = (o, n) {
            reach_types(cx, o, n);
        }
    }
    let real = |m: &MessageDescriptor| m.oneofs().filter(|o| !o.is_synthetic()).collect::<Vec<_>>();
    let (oo, no) = (real(a), real(b));
    for (o, n) in pair_by(&oo, &no, |o| o.name().to_string()) {
        run(
            cx,
            &Pair::Oneof {
                old: o,
                new: n,
                old_message: a,
                new_message: b,
            },
        );
    }
    if nested {
        walk_messages(cx, a.child_messages().collect(), b.child_messages().collect(), true);
        walk_enums(cx, a.child_enums().collect(), b.child_enums().collect());
    }
}

/// Queues the message or enum types two paired fields reach when they are the same type at
/// this level and live outside the root file (root types are paired by name already).
fn reach_types(cx: &mut Cx, o: &FieldDescriptor, n: &FieldDescriptor) {
    let (ok, nk) = (support::value_kind(o), support::value_kind(n));
    use prost_reflect::Kind;
    let (on, nn, of, nf) = match (&ok, &nk) {
        (Kind::Message(a), Kind::Message(b)) => (a.full_name(), b.full_name(), a.parent_file(), b.parent_file()),
        (Kind::Enum(a), Kind::Enum(b)) => (a.full_name(), b.full_name(), a.parent_file(), b.parent_file()),
        _ => return,
    };
    let (o_root, n_root) = (cx.in_root(false, &of), cx.in_root(true, &nf));
    if o_root && n_root {
        return;
    }
    if support::same_named_type(cx, on, of.package_name(), o_root, nn, nf.package_name(), n_root) {
        let (on, nn) = (on.to_string(), nn.to_string());
        cx.reach(&on, &nn);
    }
}

fn walk_enums(cx: &mut Cx, old: Vec<EnumDescriptor>, new: Vec<EnumDescriptor>) {
    for (o, n) in pair_by(&old, &new, |e| e.name().to_string()) {
        match (o, n) {
            (Some(a), Some(b)) => walk_enum(cx, a, b),
            _ => run(cx, &Pair::Enum { old: o, new: n }),
        }
    }
}

fn walk_enum(cx: &mut Cx, a: &EnumDescriptor, b: &EnumDescriptor) {
    run(
        cx,
        &Pair::Enum {
            old: Some(a),
            new: Some(b),
        },
    );
    let first_per_number = |e: &EnumDescriptor| {
        let mut seen = HashSet::new();
        e.values().filter(|v| seen.insert(v.number())).collect::<Vec<_>>()
    };
    let (ov, nv) = (first_per_number(a), first_per_number(b));
    for (o, n) in pair_by(&ov, &nv, |v| format!("{:+012}", v.number())) {
        run(
            cx,
            &Pair::EnumValue {
                old: o,
                new: n,
                old_enum: a,
                new_enum: b,
            },
        );
    }
}

/// Every extension declared in a file, top-level and nested.
fn all_extensions(f: &FileDescriptor) -> Vec<ExtensionDescriptor> {
    let mut out: Vec<ExtensionDescriptor> = f.extensions().collect();
    let mut stack: Vec<MessageDescriptor> = f.messages().collect();
    while let Some(m) = stack.pop() {
        out.extend(m.child_extensions());
        stack.extend(m.child_messages());
    }
    out
}
