//! Avro data: building a datum of a schema (for samples and witnesses), showing it in Avro's
//! JSON encoding, and encoding and decoding it with apache-avro — the crate is the judge of
//! what a writer writes and what a reader reads.

use super::model::{AvroDoc, Kind, Logical, NodeId};
use apache_avro::types::Value as Avro;
use serde_json::{Map, Value as Json, json};
use std::panic::{AssertUnwindSafe, catch_unwind};

/// A document as apache-avro reads it: the root schema and the named types of the other
/// files it uses.
pub struct Compiled {
    root: apache_avro::Schema,
    others: Vec<apache_avro::Schema>,
}

impl std::fmt::Debug for Compiled {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Compiled")
    }
}

impl Compiled {
    /// Every schema, the types a schema uses before it: apache-avro resolves references in
    /// list order, and a file loaded later was needed by one loaded before it.
    fn all(&self) -> Vec<&apache_avro::Schema> {
        self.others.iter().rev().chain(std::iter::once(&self.root)).collect()
    }
}

/// The document compiled by apache-avro, or `None` when the crate does not read it (a
/// default that does not match its type, which the crate refuses, among others).
pub fn compiled(doc: &AvroDoc) -> Option<&Compiled> {
    doc.compiled
        .get_or_init(|| {
            let root = serde_json::to_string(&doc.files.first()?.value).ok()?;
            let others: Vec<String> = doc.files[1..]
                .iter()
                .filter_map(|f| serde_json::to_string(&f.value).ok())
                .collect();
            let parsed = catch_unwind(AssertUnwindSafe(|| {
                if others.is_empty() {
                    apache_avro::Schema::parse_str(&root).map(|s| (s, Vec::new()))
                } else {
                    apache_avro::Schema::parse_str_with_list(&root, &others)
                }
            }))
            .ok()?
            .ok()?;
            Some(Compiled {
                root: parsed.0,
                others: parsed.1,
            })
        })
        .as_ref()
}

/// Why apache-avro does not read a document, if it does not.
pub fn crate_error(doc: &AvroDoc) -> Option<String> {
    let root = serde_json::to_string(&doc.files.first()?.value).ok()?;
    let others: Vec<String> = doc.files[1..]
        .iter()
        .filter_map(|f| serde_json::to_string(&f.value).ok())
        .collect();
    let result = catch_unwind(AssertUnwindSafe(|| {
        if others.is_empty() {
            apache_avro::Schema::parse_str(&root).map(|_| ())
        } else {
            apache_avro::Schema::parse_str_with_list(&root, &others).map(|_| ())
        }
    }));
    match result {
        Ok(Ok(())) => None,
        Ok(Err(e)) => Some(e.to_string()),
        Err(_) => Some("apache-avro failed on this schema".into()),
    }
}

/// Encodes a datum with the document as the writer's schema.
pub fn encode(doc: &AvroDoc, value: &Avro) -> Option<Vec<u8>> {
    let c = compiled(doc)?;
    catch_unwind(AssertUnwindSafe(|| {
        let writer = apache_avro::writer::datum::GenericDatumWriter::builder(&c.root)
            .schemata(c.all())
            .ok()?
            .build()
            .ok()?;
        let mut out = Vec::new();
        writer.write_value_ref(&mut out, value).ok()?;
        Some(out)
    }))
    .ok()
    .flatten()
}

/// Decodes bytes written with `writer` as a reader using `reader`: the value read, or the
/// crate's reason it cannot be read. `None` when either side does not compile.
pub fn decode(writer: &AvroDoc, reader: &AvroDoc, bytes: &[u8]) -> Option<Result<Avro, String>> {
    let (w, r) = (compiled(writer)?, compiled(reader)?);
    catch_unwind(AssertUnwindSafe(|| {
        let built = apache_avro::reader::datum::GenericDatumReader::builder(&w.root)
            .writer_schemata(w.all())
            .ok()?
            .reader_schema(&r.root)
            .reader_schemata(r.all())
            .ok()?
            .build();
        let reader = match built {
            Ok(reader) => reader,
            Err(e) => return Some(Err(e.to_string())),
        };
        let mut input = bytes;
        Some(reader.read_value(&mut input).map_err(|e| e.to_string()))
    }))
    .ok()
    .flatten()
}

/// The writers and readers of two documents, built once and reused for every datum (each
/// build resolves every name of a schema).
pub struct Codec<'a> {
    docs: [&'a AvroDoc; 2],
    writers: [std::cell::OnceCell<Option<apache_avro::writer::datum::GenericDatumWriter<'a>>>; 2],
    readers: [[std::cell::OnceCell<Option<apache_avro::reader::datum::GenericDatumReader<'a>>>; 2]; 2],
}

impl<'a> Codec<'a> {
    /// A codec for documents `docs[0]` and `docs[1]` (OLD and NEW).
    pub fn new(docs: [&'a AvroDoc; 2]) -> Codec<'a> {
        Codec {
            docs,
            writers: Default::default(),
            readers: Default::default(),
        }
    }
    /// Encodes a datum with `docs[writer]`.
    pub fn encode(&self, writer: usize, value: &Avro) -> Option<Vec<u8>> {
        let doc = self.docs[writer];
        let w = self.writers[writer]
            .get_or_init(|| {
                let c = compiled(doc)?;
                catch_unwind(AssertUnwindSafe(|| {
                    apache_avro::writer::datum::GenericDatumWriter::builder(&c.root)
                        .schemata(c.all())
                        .ok()?
                        .build()
                        .ok()
                }))
                .ok()
                .flatten()
            })
            .as_ref()?;
        catch_unwind(AssertUnwindSafe(|| {
            let mut out = Vec::new();
            w.write_value_ref(&mut out, value).ok()?;
            Some(out)
        }))
        .ok()
        .flatten()
    }
    /// Reads bytes written with `docs[writer]` as a reader using `docs[reader]`: the value
    /// read, or apache-avro's reason it cannot be read. `None` when a side does not compile.
    pub fn decode(&self, writer: usize, reader: usize, bytes: &[u8]) -> Option<Result<Avro, String>> {
        let (wd, rd) = (self.docs[writer], self.docs[reader]);
        let built = self.readers[writer][reader]
            .get_or_init(|| {
                let (w, r) = (compiled(wd)?, compiled(rd)?);
                catch_unwind(AssertUnwindSafe(|| {
                    apache_avro::reader::datum::GenericDatumReader::builder(&w.root)
                        .writer_schemata(w.all())
                        .ok()?
                        .reader_schema(&r.root)
                        .reader_schemata(r.all())
                        .ok()?
                        .build()
                        .ok()
                }))
                .ok()
                .flatten()
            })
            .as_ref()?;
        catch_unwind(AssertUnwindSafe(|| {
            let mut input = bytes;
            built.read_value(&mut input).map_err(|e| e.to_string())
        }))
        .ok()
    }
}

/// Lowercase hex of bytes.
pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// What the datum must hold where it reaches its target.
#[derive(Debug, Clone, PartialEq)]
pub enum Focus {
    /// Any value of the target's type.
    Reach,
    /// This enum symbol.
    Symbol(String),
    /// This union branch.
    Branch(NodeId),
    /// A number the reader's kind cannot hold (a long beyond 32 bits, a fraction, a double
    /// a float rounds).
    Wide,
}

/// Builds datums of one document.
pub struct Builder<'a> {
    doc: &'a AvroDoc,
    seed: u64,
    budget: usize,
    /// Off the trail, the smallest datum: empty arrays and maps, the first branch that ends
    /// nesting (witnesses); otherwise choices vary with the seed (samples).
    minimal: bool,
}

/// The largest number of values one datum may hold.
const BUDGET: usize = 20_000;

impl<'a> Builder<'a> {
    pub fn new(doc: &'a AvroDoc, seed: u64) -> Builder<'a> {
        Builder {
            doc,
            seed,
            budget: BUDGET,
            minimal: false,
        }
    }

    /// A builder of the smallest datums that reach their target (for witnesses).
    pub fn minimal(doc: &'a AvroDoc) -> Builder<'a> {
        Builder {
            minimal: true,
            ..Builder::new(doc, 0)
        }
    }

    /// A datum of the root type that passes through `trail` (node ids from the root to the
    /// target, on this document) and holds `focus` at its end.
    pub fn datum(&mut self, trail: &[NodeId], focus: &Focus) -> Option<(Json, Avro)> {
        self.budget = BUDGET;
        let mut trail: Vec<NodeId> = trail.to_vec();
        trail.dedup();
        let root = self.doc.root;
        let rest: &[NodeId] = if trail.first() == Some(&root) { &trail[1..] } else { &[] };
        let at_target = trail.len() <= 1;
        self.value(root, rest, if at_target { Some(focus) } else { None }, focus, 0)
    }

    fn pick(&self, n: usize, salt: u64) -> usize {
        if n == 0 {
            return 0;
        }
        (self.seed.wrapping_mul(6364136223846793005).wrapping_add(salt) >> 17) as usize % n
    }

    /// `rest`: the trail below this node; `here`: the focus when this node is the target.
    fn value(
        &mut self,
        id: NodeId,
        rest: &[NodeId],
        here: Option<&Focus>,
        focus: &Focus,
        depth: usize,
    ) -> Option<(Json, Avro)> {
        if self.budget == 0 || depth > 200 {
            return None;
        }
        self.budget -= 1;
        let doc = self.doc;
        let node = doc.node(id);
        // The child on the trail, and the focus it carries.
        let next = rest.first().copied();
        let child = |c: NodeId| -> (Option<&[NodeId]>, Option<&Focus>) {
            if next == Some(c) {
                let below = &rest[1..];
                (Some(below), if below.is_empty() { Some(focus) } else { None })
            } else {
                (None, None)
            }
        };
        match &node.kind {
            Kind::Union(branches) => {
                let chosen = match (next, here) {
                    (Some(n), _) if branches.contains(&n) => n,
                    (_, Some(Focus::Branch(b))) if branches.contains(b) => *b,
                    _ => self.default_branch(branches, depth)?,
                };
                let index = branches.iter().position(|b| *b == chosen)?;
                let (below, f) = child(chosen);
                let (j, a) = self.value(chosen, below.unwrap_or(&[]), f, focus, depth + 1)?;
                let json = if matches!(doc.kind(chosen), Kind::Null) {
                    Json::Null
                } else {
                    json!({ doc.label(chosen): j })
                };
                Some((json, Avro::Union(index as u32, Box::new(a))))
            }
            Kind::Record(r) => {
                let mut json = Map::new();
                let mut fields = Vec::with_capacity(r.fields.len());
                let mut used = false;
                for f in &r.fields {
                    let (below, fo) = if !used && next == Some(f.ty) {
                        used = true;
                        child(f.ty)
                    } else {
                        (None, None)
                    };
                    let (j, a) = self.value(f.ty, below.unwrap_or(&[]), fo, focus, depth + 1)?;
                    json.insert(f.name.clone(), j);
                    fields.push((f.name.clone(), a));
                }
                Some((Json::Object(json), Avro::Record(fields)))
            }
            Kind::Array(items) => {
                let (below, f) = child(*items);
                let count = if below.is_some() {
                    1
                } else if depth < 4 && !self.minimal {
                    self.pick(2, id as u64)
                } else {
                    0
                };
                let mut js = Vec::new();
                let mut avs = Vec::new();
                for i in 0..count {
                    let (j, a) = if i == 0 {
                        self.value(*items, below.unwrap_or(&[]), f, focus, depth + 1)?
                    } else {
                        self.value(*items, &[], None, focus, depth + 1)?
                    };
                    js.push(j);
                    avs.push(a);
                }
                Some((Json::Array(js), Avro::Array(avs)))
            }
            Kind::Map(values) => {
                let (below, f) = child(*values);
                let count = if below.is_some() {
                    1
                } else if depth < 4 && !self.minimal {
                    self.pick(2, id as u64 + 7)
                } else {
                    0
                };
                let mut js = Map::new();
                let mut avs = std::collections::HashMap::new();
                for i in 0..count {
                    let (j, a) = if i == 0 {
                        self.value(*values, below.unwrap_or(&[]), f, focus, depth + 1)?
                    } else {
                        self.value(*values, &[], None, focus, depth + 1)?
                    };
                    js.insert(format!("key{i}"), j);
                    avs.insert(format!("key{i}"), a);
                }
                Some((Json::Object(js), Avro::Map(avs)))
            }
            Kind::Enum(e) => {
                let symbol = match here {
                    Some(Focus::Symbol(s)) if e.symbols.contains(s) => s.clone(),
                    _ => e.symbols.get(self.pick(e.symbols.len(), id as u64)).cloned()?,
                };
                let index = e.symbols.iter().position(|s| *s == symbol)?;
                Some((Json::String(symbol.clone()), Avro::Enum(index as u32, symbol)))
            }
            Kind::Fixed(f) => {
                let size = usize::try_from(f.size).ok().filter(|s| *s <= 1 << 20)?;
                let bytes = vec![0u8; size];
                let avro = match node.logical {
                    Some(Logical::Uuid) => Avro::Uuid(apache_avro::Uuid::nil()),
                    Some(Logical::Duration) => Avro::Duration(apache_avro::Duration::from([0u8; 12])),
                    Some(Logical::Decimal { .. }) => Avro::Decimal(apache_avro::Decimal::from(bytes.clone())),
                    _ => Avro::Fixed(size, bytes.clone()),
                };
                Some((Json::String(bytes_to_json(&bytes)), avro))
            }
            kind => Some(self.primitive(kind, node.logical.as_ref(), here == Some(&Focus::Wide))),
        }
    }

    /// The branch a datum takes when nothing asks for one: on the seed's pick, unless the
    /// datum is deep, where the first branch that ends the nesting (null, a primitive) wins.
    fn default_branch(&self, branches: &[NodeId], depth: usize) -> Option<NodeId> {
        if depth > 8 || self.minimal {
            return branches
                .iter()
                .copied()
                .find(|b| self.doc.kind(*b).is_primitive())
                .or_else(|| branches.first().copied());
        }
        branches.get(self.pick(branches.len(), depth as u64 + 3)).copied()
    }

    fn primitive(&self, kind: &Kind, logical: Option<&Logical>, wide: bool) -> (Json, Avro) {
        let n = self.pick(100, 11) as i64;
        match (kind, logical) {
            (Kind::Null, _) => (Json::Null, Avro::Null),
            (Kind::Boolean, _) => (Json::Bool(n % 2 == 1), Avro::Boolean(n % 2 == 1)),
            (Kind::Int, Some(Logical::Date)) => (json!(n), Avro::Date(n as i32)),
            (Kind::Int, Some(Logical::TimeMillis)) => (json!(n), Avro::TimeMillis(n as i32)),
            (Kind::Int, _) => (json!(n), Avro::Int(n as i32)),
            (Kind::Long, Some(Logical::TimestampNanos)) => (json!(n), Avro::TimestampNanos(n)),
            (Kind::Long, Some(Logical::LocalTimestampNanos)) => (json!(n), Avro::LocalTimestampNanos(n)),
            (Kind::Long, Some(Logical::TimestampMillis)) => (json!(n), Avro::TimestampMillis(n)),
            (Kind::Long, Some(Logical::TimestampMicros)) => (json!(n), Avro::TimestampMicros(n)),
            (Kind::Long, Some(Logical::LocalTimestampMillis)) => (json!(n), Avro::LocalTimestampMillis(n)),
            (Kind::Long, Some(Logical::LocalTimestampMicros)) => (json!(n), Avro::LocalTimestampMicros(n)),
            (Kind::Long, Some(Logical::TimeMicros)) => (json!(n), Avro::TimeMicros(n)),
            (Kind::Long, _) => {
                let v = if wide { i64::from(i32::MAX) + 1 } else { n };
                (json!(v), Avro::Long(v))
            }
            (Kind::Float, _) => {
                let v: f32 = if wide { 0.5 } else { n as f32 };
                (json!(v), Avro::Float(v))
            }
            (Kind::Double, _) => {
                let v: f64 = if wide { 0.1 } else { n as f64 };
                (json!(v), Avro::Double(v))
            }
            (Kind::Bytes, Some(Logical::Decimal { precision, .. })) => {
                // Readers check that the bytes can hold the precision's digits: a value is
                // as long as its precision needs (a zero, sign-extended).
                let len = ((*precision as f64 * 10f64.log2() + 1.0) / 8.0).ceil().max(1.0) as usize;
                let bytes = vec![0u8; len.min(64)];
                (
                    json!(bytes_to_json(&bytes)),
                    Avro::Decimal(apache_avro::Decimal::from(bytes)),
                )
            }
            (Kind::Bytes, _) => (json!("\u{0}\u{ff}"), Avro::Bytes(vec![0, 0xff])),
            (Kind::String, Some(Logical::Uuid)) => {
                let u = apache_avro::Uuid::nil();
                (json!(u.to_string()), Avro::Uuid(u))
            }
            (Kind::String, _) => {
                let s = ["", "a", "sample", "x y"][self.pick(4, 5)];
                (json!(s), Avro::String(s.to_string()))
            }
            _ => (Json::Null, Avro::Null),
        }
    }
}

/// Bytes in Avro's JSON encoding: a string whose code points 0-255 are the bytes.
pub fn bytes_to_json(bytes: &[u8]) -> String {
    bytes.iter().map(|b| char::from(*b)).collect()
}

/// Whether a value read holds a float that differs from the double `written` (a double read
/// as a float is rounded, not refused, by apache-avro).
pub fn rounds(value: &Avro, written: f64) -> bool {
    match value {
        Avro::Float(x) => f64::from(*x) != written,
        Avro::Union(_, v) => rounds(v, written),
        Avro::Record(fields) => fields.iter().any(|(_, v)| rounds(v, written)),
        Avro::Array(items) => items.iter().any(|v| rounds(v, written)),
        Avro::Map(m) => m.values().any(|v| rounds(v, written)),
        _ => false,
    }
}
