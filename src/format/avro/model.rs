//! The Avro schema model: every type of a document (and of the registry files its named
//! types come from) in one arena, each node knowing the file and JSON Pointer it was written
//! at, so that every change and diagnostic points at a line.
//!
//! The model follows the specification's "Schema Declaration" and "Names" sections: full
//! names from `namespace` or a dotted `name` (inherited from the enclosing named type),
//! aliases made full against the type's own namespace, logical types kept as an annotation
//! of the type they annotate (and ignored, as the specification asks, when they do not fit
//! it). A reference to a named type points at the node that defines it, so recursive types
//! are cycles in the arena.
//!
//! What makes a document unusable (an unknown type, a missing attribute, a name defined
//! twice) is an error that stops loading. What a reader can live with until it matters (a
//! default that does not match its type) is an [`Issue`], reported by `validate` and by the
//! diff when the default is needed.

use crate::error::{Error, ErrorKind, Result};
use crate::source::{FileSource, SourceFile, escape_token};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};

pub type NodeId = usize;

/// The eight primitive type names.
pub const PRIMITIVES: [&str; 8] = ["null", "boolean", "int", "long", "float", "double", "bytes", "string"];

/// One type of a document.
#[derive(Debug, Clone)]
pub struct Node {
    pub kind: Kind,
    /// Index into [`AvroDoc::files`].
    pub file: usize,
    /// Where the type is written in its file (JSON Pointer).
    pub pointer: String,
    /// The logical type, when it is valid for this type.
    pub logical: Option<Logical>,
    /// `logicalType` as written, even when it is not valid here (and so ignored).
    pub logical_raw: Option<String>,
    /// Attributes that are not part of the specification (`connect.name`, `java-class`, …).
    pub props: BTreeMap<String, Value>,
}

#[derive(Debug, Clone)]
pub enum Kind {
    Null,
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Bytes,
    String,
    Array(NodeId),
    Map(NodeId),
    Union(Vec<NodeId>),
    Record(Box<Record>),
    Enum(Box<EnumType>),
    Fixed(Box<FixedType>),
}

impl Kind {
    /// The type's name in the specification (`record`, `int`, …).
    pub fn type_name(&self) -> &'static str {
        match self {
            Kind::Null => "null",
            Kind::Boolean => "boolean",
            Kind::Int => "int",
            Kind::Long => "long",
            Kind::Float => "float",
            Kind::Double => "double",
            Kind::Bytes => "bytes",
            Kind::String => "string",
            Kind::Array(_) => "array",
            Kind::Map(_) => "map",
            Kind::Union(_) => "union",
            Kind::Record(r) if r.is_error => "error",
            Kind::Record(_) => "record",
            Kind::Enum(_) => "enum",
            Kind::Fixed(_) => "fixed",
        }
    }
    pub fn name(&self) -> Option<&Name> {
        match self {
            Kind::Record(r) => Some(&r.name),
            Kind::Enum(e) => Some(&e.name),
            Kind::Fixed(f) => Some(&f.name),
            _ => None,
        }
    }
    pub fn is_primitive(&self) -> bool {
        matches!(
            self,
            Kind::Null
                | Kind::Boolean
                | Kind::Int
                | Kind::Long
                | Kind::Float
                | Kind::Double
                | Kind::Bytes
                | Kind::String
        )
    }
}

/// The name of a record, enum or fixed type.
#[derive(Debug, Clone)]
pub struct Name {
    /// `namespace.name`, or `name` in the null namespace.
    pub full: String,
    /// The unqualified name.
    pub name: String,
    /// Empty for the null namespace.
    pub namespace: String,
    /// Full names of the aliases.
    pub aliases: Vec<String>,
    pub doc: Option<String>,
}

#[derive(Debug, Clone)]
pub struct Record {
    pub name: Name,
    pub fields: Vec<Field>,
    /// Declared as `error` (a protocol's error record): the same to resolution.
    pub is_error: bool,
}

#[derive(Debug, Clone)]
pub struct Field {
    pub name: String,
    pub aliases: Vec<String>,
    pub default: Option<Value>,
    /// Whether `default` fits the field's type (always true without a default).
    pub default_valid: bool,
    pub doc: Option<String>,
    pub order: Option<String>,
    pub ty: NodeId,
    /// The field object's pointer in the record's file.
    pub pointer: String,
    pub props: BTreeMap<String, Value>,
}

impl Field {
    /// A default a reader can use in place of a missing field.
    pub fn usable_default(&self) -> bool {
        self.default.is_some() && self.default_valid
    }
}

#[derive(Debug, Clone)]
pub struct EnumType {
    pub name: Name,
    pub symbols: Vec<String>,
    pub default: Option<String>,
}

#[derive(Debug, Clone)]
pub struct FixedType {
    pub name: Name,
    pub size: u64,
}

/// The logical types of the specification.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Logical {
    Decimal { precision: u64, scale: u64 },
    BigDecimal,
    Uuid,
    Date,
    TimeMillis,
    TimeMicros,
    TimestampMillis,
    TimestampMicros,
    TimestampNanos,
    LocalTimestampMillis,
    LocalTimestampMicros,
    LocalTimestampNanos,
    Duration,
}

impl Logical {
    pub fn name(&self) -> &'static str {
        match self {
            Logical::Decimal { .. } => "decimal",
            Logical::BigDecimal => "big-decimal",
            Logical::Uuid => "uuid",
            Logical::Date => "date",
            Logical::TimeMillis => "time-millis",
            Logical::TimeMicros => "time-micros",
            Logical::TimestampMillis => "timestamp-millis",
            Logical::TimestampMicros => "timestamp-micros",
            Logical::TimestampNanos => "timestamp-nanos",
            Logical::LocalTimestampMillis => "local-timestamp-millis",
            Logical::LocalTimestampMicros => "local-timestamp-micros",
            Logical::LocalTimestampNanos => "local-timestamp-nanos",
            Logical::Duration => "duration",
        }
    }
    pub fn describe(&self) -> String {
        match self {
            Logical::Decimal { precision, scale } => format!("decimal({precision}, {scale})"),
            other => other.name().to_string(),
        }
    }
}

/// A problem a reader can live with until it matters, found while loading.
#[derive(Debug, Clone)]
pub struct Issue {
    pub file: usize,
    pub pointer: String,
    pub message: String,
    /// `error` (the specification forbids it) or `warning`.
    pub severity: &'static str,
}

/// One loaded Avro schema: its root type and every named type it uses, from its own file
/// and the registry files those types are defined in.
#[derive(Debug)]
pub struct AvroDoc {
    pub files: Vec<SourceFile>,
    pub file_paths: Vec<String>,
    pub nodes: Vec<Node>,
    pub root: NodeId,
    /// Named types by full name.
    pub names: HashMap<String, NodeId>,
    /// For each file, the file whose reference made it load (`None` for the root).
    pub loaded_from: Vec<Option<usize>>,
    pub issues: Vec<Issue>,
    /// The document as apache-avro reads it (for witnesses and samples), built on first use.
    pub(crate) compiled: std::sync::OnceLock<Option<super::datum::Compiled>>,
}

impl AvroDoc {
    pub fn node(&self, id: NodeId) -> &Node {
        &self.nodes[id]
    }
    pub fn kind(&self, id: NodeId) -> &Kind {
        &self.nodes[id].kind
    }
    /// The file a node is written in.
    pub fn file_of(&self, id: NodeId) -> &SourceFile {
        &self.files[self.nodes[id].file]
    }
    /// The root file's value.
    pub fn root_value(&self) -> &Value {
        &self.files[0].value
    }
    /// The branches of a union, or the type itself as a one-branch list.
    pub fn branches(&self, id: NodeId) -> Vec<NodeId> {
        match self.kind(id) {
            Kind::Union(b) => b.clone(),
            _ => vec![id],
        }
    }
    /// How a value of this type is labelled in a union in Avro's JSON encoding: the
    /// primitive or container name, or the full name of a named type.
    pub fn label(&self, id: NodeId) -> String {
        match self.kind(id) {
            k @ (Kind::Record(_) | Kind::Enum(_) | Kind::Fixed(_)) => {
                k.name().map(|n| n.full.clone()).unwrap_or_default()
            }
            k => k.type_name().to_string(),
        }
    }
    /// A short description for messages: `int`, `record Order`, `array<long>`.
    pub fn describe(&self, id: NodeId) -> String {
        self.describe_depth(id, 0)
    }
    fn describe_depth(&self, id: NodeId, depth: usize) -> String {
        let node = self.node(id);
        let base = match &node.kind {
            Kind::Record(r) => format!("{} {}", node.kind.type_name(), r.name.full),
            Kind::Enum(e) => format!("enum {}", e.name.full),
            Kind::Fixed(f) => format!("fixed {} ({} bytes)", f.name.full, f.size),
            Kind::Array(i) if depth < 3 => format!("array<{}>", self.describe_depth(*i, depth + 1)),
            Kind::Map(v) if depth < 3 => format!("map<{}>", self.describe_depth(*v, depth + 1)),
            Kind::Union(b) if depth < 3 => format!(
                "[{}]",
                b.iter()
                    .map(|b| self.describe_depth(*b, depth + 1))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            k => k.type_name().to_string(),
        };
        match &node.logical {
            Some(l) => format!("{base} ({})", l.describe()),
            None => base,
        }
    }
}

// ---------------------------------------------------------------------------------------
// Loading

/// Loads the schema whose root file is `file` (already parsed as JSON), at `path` of
/// `source`. Named types it does not define are looked up in registry files (see
/// [`candidate_paths`]).
pub fn load(source: &dyn FileSource, path: &str, file: SourceFile) -> Result<AvroDoc> {
    let mut loader = Loader {
        source,
        doc: AvroDoc {
            files: Vec::new(),
            file_paths: Vec::new(),
            nodes: Vec::new(),
            root: 0,
            names: HashMap::new(),
            loaded_from: vec![None],
            issues: Vec::new(),
            compiled: std::sync::OnceLock::new(),
        },
        defaults: Vec::new(),
        searched: HashMap::new(),
    };
    let value = file.value.clone();
    loader.doc.files.push(file);
    loader.doc.file_paths.push(path.to_string());
    loader.doc.root = loader.parse(0, &value, "", "")?;
    loader.check_defaults();
    Ok(loader.doc)
}

/// Loads a schema held in memory (tests, conformance data): references to named types it
/// does not define are errors.
pub fn load_value(file: SourceFile) -> Result<AvroDoc> {
    let name = file.name.clone();
    load(&crate::source::MemorySource::default(), &name, file)
}

struct Loader<'a> {
    source: &'a dyn FileSource,
    doc: AvroDoc,
    /// Fields with a default, checked once every type is known: (record node, field index).
    defaults: Vec<(NodeId, usize)>,
    /// Registry paths already read while looking for a name, and whether they loaded.
    searched: HashMap<String, bool>,
}

const NAME_HINT: &str = "names start with a letter or `_` and continue with letters, digits or `_`";

fn valid_name(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

fn valid_namespace(s: &str) -> bool {
    s.is_empty() || s.split('.').all(valid_name)
}

fn full_name(name: &str, namespace: &str) -> String {
    if name.contains('.') || namespace.is_empty() {
        name.to_string()
    } else {
        format!("{namespace}.{name}")
    }
}

impl Loader<'_> {
    fn error(&self, file: usize, pointer: &str, message: impl Into<String>) -> Error {
        let f = &self.doc.files[file];
        Error::new(ErrorKind::Schema, message.into()).at(f.location(pointer))
    }

    fn push(&mut self, file: usize, pointer: &str, kind: Kind) -> NodeId {
        self.doc.nodes.push(Node {
            kind,
            file,
            pointer: pointer.to_string(),
            logical: None,
            logical_raw: None,
            props: BTreeMap::new(),
        });
        self.doc.nodes.len() - 1
    }

    /// Parses the type written at `pointer` of file `file`, inside namespace `ns`.
    fn parse(&mut self, file: usize, value: &Value, pointer: &str, ns: &str) -> Result<NodeId> {
        match value {
            Value::String(s) => self.named_or_primitive(file, s, pointer, ns),
            Value::Array(items) => self.union(file, items, pointer, ns),
            Value::Object(map) => self.complex(file, map, pointer, ns),
            other => Err(self
                .error(file, pointer, format!("{} is not an Avro type", short(other)))
                .with_hint(
                    "a type is a name (\"string\", \"com.acme.Order\"), an object with \"type\", or a union [..]",
                )),
        }
    }

    fn primitive(&mut self, file: usize, name: &str, pointer: &str) -> Option<NodeId> {
        let kind = match name {
            "null" => Kind::Null,
            "boolean" => Kind::Boolean,
            "int" => Kind::Int,
            "long" => Kind::Long,
            "float" => Kind::Float,
            "double" => Kind::Double,
            "bytes" => Kind::Bytes,
            "string" => Kind::String,
            _ => return None,
        };
        Some(self.push(file, pointer, kind))
    }

    fn named_or_primitive(&mut self, file: usize, s: &str, pointer: &str, ns: &str) -> Result<NodeId> {
        if let Some(id) = self.primitive(file, s, pointer) {
            return Ok(id);
        }
        let full = full_name(s, ns);
        if let Some(&id) = self.doc.names.get(&full) {
            return Ok(id);
        }
        // As Java's parser does: an unqualified name not found in the namespace may name a
        // type of the null namespace.
        if !s.contains('.')
            && let Some(&id) = self.doc.names.get(s)
        {
            return Ok(id);
        }
        if let Some(id) = self.search_registry(file, &full)? {
            return Ok(id);
        }
        let tried = candidate_paths(&self.doc.file_paths[file], &full);
        Err(self
            .error(
                file,
                pointer,
                format!("unknown type \"{s}\" (no type named {full} is defined)"),
            )
            .with_hint(format!(
                "define it before it is used, or in a registry file named after it ({}, …)",
                tried.iter().take(3).cloned().collect::<Vec<_>>().join(", ")
            )))
    }

    /// Looks for a named type in the registry files that may define it, and loads the first
    /// that does.
    fn search_registry(&mut self, from: usize, full: &str) -> Result<Option<NodeId>> {
        for path in candidate_paths(&self.doc.file_paths[from], full) {
            if self.searched.contains_key(&path) {
                continue;
            }
            let Some(text) = self.source.read(&path)? else {
                self.searched.insert(path, false);
                continue;
            };
            self.searched.insert(path.clone(), true);
            let name = self.source.display(&path);
            let parsed = SourceFile::parse(name.clone(), text).map_err(|e| {
                let mut e = e;
                e.message = format!("{} (read while looking for {full})", e.message);
                e
            })?;
            let value = parsed.value.clone();
            let index = self.doc.files.len();
            self.doc.files.push(parsed);
            self.doc.file_paths.push(path.clone());
            self.doc.loaded_from.push(Some(from));
            self.parse(index, &value, "", "")?;
            if let Some(&id) = self.doc.names.get(full) {
                return Ok(Some(id));
            }
        }
        Ok(None)
    }

    fn union(&mut self, file: usize, items: &[Value], pointer: &str, ns: &str) -> Result<NodeId> {
        let mut branches = Vec::with_capacity(items.len());
        let mut seen: Vec<String> = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let at = format!("{pointer}/{i}");
            let id = self.parse(file, item, &at, ns)?;
            let kind = &self.doc.nodes[id].kind;
            if matches!(kind, Kind::Union(_)) {
                return Err(self
                    .error(file, &at, "a union may not immediately contain another union")
                    .with_hint("merge the inner union's branches into the outer one"));
            }
            let label = self.doc.label(id);
            if seen.contains(&label) {
                return Err(self
                    .error(file, &at, format!("the union holds {label} twice"))
                    .with_hint("a union holds each primitive, array and map type once, and each named type once"));
            }
            seen.push(label);
            branches.push(id);
        }
        Ok(self.push(file, pointer, Kind::Union(branches)))
    }

    fn complex(&mut self, file: usize, map: &Map<String, Value>, pointer: &str, ns: &str) -> Result<NodeId> {
        let at = |k: &str| format!("{pointer}/{}", escape_token(k));
        let Some(ty) = map.get("type") else {
            return Err(self
                .error(file, pointer, "the type object has no \"type\"")
                .with_hint("write \"type\": \"record\" (or enum, fixed, array, map, a primitive)"));
        };
        let kind_name = match ty {
            Value::String(s) => s.as_str(),
            // `{"type": {...}}` and `{"type": [...]}`: the nested type (as apache-avro reads it).
            Value::Object(_) | Value::Array(_) => return self.parse(file, ty, &at("type"), ns),
            other => {
                return Err(self
                    .error(
                        file,
                        &at("type"),
                        format!("\"type\" is {}, not a type name", short(other)),
                    )
                    .with_hint("write the type's name as a string"));
            }
        };
        let id = match kind_name {
            "record" | "error" => self.record(file, map, pointer, ns, kind_name == "error")?,
            "enum" => self.enumeration(file, map, pointer, ns)?,
            "fixed" => self.fixed(file, map, pointer, ns)?,
            "array" => {
                let Some(items) = map.get("items") else {
                    return Err(self
                        .error(file, pointer, "the array has no \"items\"")
                        .with_hint("add \"items\": the type of the elements"));
                };
                let items = self.parse(file, items, &at("items"), ns)?;
                self.push(file, pointer, Kind::Array(items))
            }
            "map" => {
                let Some(values) = map.get("values") else {
                    return Err(self
                        .error(file, pointer, "the map has no \"values\"")
                        .with_hint("add \"values\": the type of the map's values"));
                };
                let values = self.parse(file, values, &at("values"), ns)?;
                self.push(file, pointer, Kind::Map(values))
            }
            name => match self.primitive(file, name, pointer) {
                Some(id) => id,
                // `{"type": "com.acme.Money"}`: a reference written as an object.
                None => return self.named_or_primitive(file, name, &at("type"), ns),
            },
        };
        let reserved: &[&str] = match kind_name {
            "record" | "error" => &["type", "name", "namespace", "doc", "aliases", "fields"],
            "enum" => &["type", "name", "namespace", "doc", "aliases", "symbols", "default"],
            "fixed" => &["type", "name", "namespace", "doc", "aliases", "size"],
            "array" => &["type", "items"],
            "map" => &["type", "values"],
            _ => &["type"],
        };
        let mut props = BTreeMap::new();
        // A logical type's parameters belong to it (and are compared through it).
        let logical_params: &[&str] = if map.contains_key("logicalType") {
            &["precision", "scale"]
        } else {
            &[]
        };
        for (k, v) in map {
            if !reserved.contains(&k.as_str()) && k != "logicalType" && !logical_params.contains(&k.as_str()) {
                props.insert(k.clone(), v.clone());
            }
        }
        let logical_raw = map.get("logicalType").and_then(Value::as_str).map(str::to_string);
        let logical = logical_raw
            .as_deref()
            .and_then(|l| logical_type(l, map, &self.doc.nodes[id].kind));
        if logical_raw.is_some() || !props.is_empty() {
            // A named type is its own node; primitives and containers were just pushed.
            let node = &mut self.doc.nodes[id];
            node.logical = logical;
            node.logical_raw = logical_raw;
            node.props = props;
        }
        Ok(id)
    }

    /// Reads `name`, `namespace`, `aliases` and `doc` of a named type, and registers it.
    fn declare(
        &mut self,
        file: usize,
        map: &Map<String, Value>,
        pointer: &str,
        ns: &str,
        kind: Kind,
    ) -> Result<(NodeId, String)> {
        let at = |k: &str| format!("{pointer}/{k}");
        let name = match map.get("name") {
            Some(Value::String(s)) => s.clone(),
            Some(other) => {
                return Err(self
                    .error(file, &at("name"), format!("\"name\" is {}, not a string", short(other)))
                    .with_hint(NAME_HINT));
            }
            None => {
                return Err(self
                    .error(file, pointer, format!("the {} has no \"name\"", kind.type_name()))
                    .with_hint("records, enums and fixed types are named: add \"name\""));
            }
        };
        let namespace = match map.get("namespace") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) => Some(s.clone()),
            Some(other) => {
                return Err(self
                    .error(
                        file,
                        &at("namespace"),
                        format!("\"namespace\" is {}, not a string", short(other)),
                    )
                    .with_hint("write the namespace as a dotted string, e.g. \"com.acme\""));
            }
        };
        let (namespace, simple) = match name.rsplit_once('.') {
            Some((space, simple)) => (space.to_string(), simple.to_string()),
            None => (namespace.unwrap_or_else(|| ns.to_string()), name.clone()),
        };
        if !valid_name(&simple) {
            return Err(self
                .error(file, &at("name"), format!("\"{name}\" is not a valid Avro name"))
                .with_hint(NAME_HINT));
        }
        if !valid_namespace(&namespace) {
            return Err(self
                .error(
                    file,
                    &at("namespace"),
                    format!("\"{namespace}\" is not a valid Avro namespace"),
                )
                .with_hint("a namespace is names joined with dots"));
        }
        let full = full_name(&simple, &namespace);
        if PRIMITIVES.contains(&simple.as_str()) && namespace.is_empty() {
            return Err(self
                .error(
                    file,
                    &at("name"),
                    format!("\"{simple}\" is a primitive type and cannot be redefined"),
                )
                .with_hint("choose another name"));
        }
        if self.doc.names.contains_key(&full) {
            return Err(self
                .error(file, &at("name"), format!("{full} is defined twice"))
                .with_hint("a full name names one type; reference the first definition by name instead"));
        }
        let aliases = match map.get("aliases") {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::Array(a)) => {
                let mut out = Vec::new();
                for (i, v) in a.iter().enumerate() {
                    let Some(s) = v.as_str().filter(|s| {
                        let (space, simple) = s.rsplit_once('.').unwrap_or(("", s));
                        valid_name(simple) && valid_namespace(space)
                    }) else {
                        return Err(self
                            .error(
                                file,
                                &format!("{pointer}/aliases/{i}"),
                                "an alias is not a valid Avro name",
                            )
                            .with_hint(NAME_HINT));
                    };
                    out.push(full_name(s, &namespace));
                }
                out
            }
            Some(other) => {
                return Err(self
                    .error(
                        file,
                        &at("aliases"),
                        format!("\"aliases\" is {}, not a list of names", short(other)),
                    )
                    .with_hint("write [\"OldName\"]"));
            }
        };
        let doc = map.get("doc").and_then(Value::as_str).map(str::to_string);
        let n = Name {
            full: full.clone(),
            name: simple,
            namespace: namespace.clone(),
            aliases,
            doc,
        };
        let kind = match kind {
            Kind::Record(mut r) => {
                r.name = n;
                Kind::Record(r)
            }
            Kind::Enum(mut e) => {
                e.name = n;
                Kind::Enum(e)
            }
            Kind::Fixed(mut f) => {
                f.name = n;
                Kind::Fixed(f)
            }
            other => other,
        };
        let id = self.push(file, pointer, kind);
        self.doc.names.insert(full, id);
        Ok((id, namespace))
    }

    fn record(
        &mut self,
        file: usize,
        map: &Map<String, Value>,
        pointer: &str,
        ns: &str,
        is_error: bool,
    ) -> Result<NodeId> {
        let placeholder = Kind::Record(Box::new(Record {
            name: empty_name(),
            fields: Vec::new(),
            is_error,
        }));
        // The name is known before the fields, so a field may refer to its own record.
        let (id, namespace) = self.declare(file, map, pointer, ns, placeholder)?;
        let Some(raw_fields) = map.get("fields") else {
            return Err(self
                .error(file, pointer, "the record has no \"fields\"")
                .with_hint("add \"fields\": [] (a list of {\"name\": …, \"type\": …})"));
        };
        let Some(raw_fields) = raw_fields.as_array() else {
            return Err(self
                .error(file, &format!("{pointer}/fields"), "\"fields\" is not a list")
                .with_hint("write \"fields\": [{\"name\": …, \"type\": …}, …]"));
        };
        let mut fields: Vec<Field> = Vec::with_capacity(raw_fields.len());
        for (i, raw) in raw_fields.iter().enumerate() {
            let fp = format!("{pointer}/fields/{i}");
            let Some(f) = raw.as_object() else {
                return Err(self
                    .error(file, &fp, "a field is not an object")
                    .with_hint("write {\"name\": …, \"type\": …}"));
            };
            let Some(name) = f.get("name").and_then(Value::as_str) else {
                return Err(self
                    .error(file, &fp, "the field has no \"name\" string")
                    .with_hint("add \"name\""));
            };
            if !valid_name(name) {
                return Err(self
                    .error(
                        file,
                        &format!("{fp}/name"),
                        format!("\"{name}\" is not a valid field name"),
                    )
                    .with_hint(NAME_HINT));
            }
            if fields.iter().any(|g| g.name == name) {
                return Err(self
                    .error(
                        file,
                        &format!("{fp}/name"),
                        format!("field \"{name}\" is declared twice"),
                    )
                    .with_hint("field names are unique within a record"));
            }
            let Some(ty) = f.get("type") else {
                return Err(self
                    .error(file, &fp, format!("field \"{name}\" has no \"type\""))
                    .with_hint("add \"type\""));
            };
            let ty = self.parse(file, ty, &format!("{fp}/type"), &namespace)?;
            let aliases = f
                .get("aliases")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
                .unwrap_or_default();
            let mut props = BTreeMap::new();
            for (k, v) in f {
                if !["name", "type", "default", "doc", "aliases", "order"].contains(&k.as_str()) {
                    props.insert(k.clone(), v.clone());
                }
            }
            fields.push(Field {
                name: name.to_string(),
                aliases,
                default: f.get("default").cloned(),
                default_valid: true,
                doc: f.get("doc").and_then(Value::as_str).map(str::to_string),
                order: f.get("order").and_then(Value::as_str).map(str::to_string),
                ty,
                pointer: fp,
                props,
            });
            if f.contains_key("default") {
                self.defaults.push((id, i));
            }
        }
        if let Kind::Record(r) = &mut self.doc.nodes[id].kind {
            r.fields = fields;
        }
        Ok(id)
    }

    fn enumeration(&mut self, file: usize, map: &Map<String, Value>, pointer: &str, ns: &str) -> Result<NodeId> {
        let Some(raw) = map.get("symbols").and_then(Value::as_array) else {
            return Err(self
                .error(file, pointer, "the enum has no \"symbols\" list")
                .with_hint("add \"symbols\": [\"A\", \"B\"]"));
        };
        let mut symbols: Vec<String> = Vec::with_capacity(raw.len());
        for (i, s) in raw.iter().enumerate() {
            let at = format!("{pointer}/symbols/{i}");
            let Some(s) = s.as_str().filter(|s| valid_name(s)) else {
                return Err(self
                    .error(file, &at, "a symbol is not a valid Avro name")
                    .with_hint(NAME_HINT));
            };
            if symbols.iter().any(|t| t == s) {
                return Err(self
                    .error(file, &at, format!("symbol \"{s}\" is listed twice"))
                    .with_hint("enum symbols are unique"));
            }
            symbols.push(s.to_string());
        }
        let default = match map.get("default") {
            None | Some(Value::Null) => None,
            Some(Value::String(s)) if symbols.contains(s) => Some(s.clone()),
            Some(other) => {
                return Err(self
                    .error(
                        file,
                        &format!("{pointer}/default"),
                        format!("the enum's default {} is not one of its symbols", short(other)),
                    )
                    .with_hint("an enum default names one of the enum's symbols"));
            }
        };
        let kind = Kind::Enum(Box::new(EnumType {
            name: empty_name(),
            symbols,
            default,
        }));
        Ok(self.declare(file, map, pointer, ns, kind)?.0)
    }

    fn fixed(&mut self, file: usize, map: &Map<String, Value>, pointer: &str, ns: &str) -> Result<NodeId> {
        let Some(size) = map.get("size").and_then(Value::as_u64) else {
            return Err(self
                .error(file, pointer, "the fixed type has no \"size\" (a non-negative integer)")
                .with_hint("add \"size\": the number of bytes"));
        };
        let kind = Kind::Fixed(Box::new(FixedType {
            name: empty_name(),
            size,
        }));
        Ok(self.declare(file, map, pointer, ns, kind)?.0)
    }

    /// Checks every field default against its type, now that every type is known.
    fn check_defaults(&mut self) {
        for (record, index) in std::mem::take(&mut self.defaults) {
            let Kind::Record(r) = &self.doc.nodes[record].kind else {
                continue;
            };
            let field = &r.fields[index];
            let Some(default) = &field.default else { continue };
            let problem = default_problem(&self.doc, field.ty, default, 0);
            if let Some(problem) = problem {
                let issue = Issue {
                    file: self.doc.nodes[record].file,
                    pointer: format!("{}/default", field.pointer),
                    message: format!(
                        "the default of field \"{}\" does not match its type {}: {problem}",
                        field.name,
                        self.doc.describe(field.ty)
                    ),
                    severity: "error",
                };
                self.doc.issues.push(issue);
                if let Kind::Record(r) = &mut self.doc.nodes[record].kind {
                    r.fields[index].default_valid = false;
                }
            }
        }
    }
}

fn empty_name() -> Name {
    Name {
        full: String::new(),
        name: String::new(),
        namespace: String::new(),
        aliases: Vec::new(),
        doc: None,
    }
}

/// The logical type a `logicalType` attribute gives `kind`, when it is valid there.
fn logical_type(name: &str, map: &Map<String, Value>, kind: &Kind) -> Option<Logical> {
    Some(match (name, kind) {
        ("decimal", Kind::Bytes | Kind::Fixed(_)) => {
            let precision = map.get("precision").and_then(Value::as_u64)?;
            let scale = match map.get("scale") {
                None => 0,
                Some(v) => v.as_u64()?,
            };
            if precision == 0 || scale > precision {
                return None;
            }
            if let Kind::Fixed(f) = kind
                && f.size < 64
                && precision as f64 > ((2f64.powi(8 * f.size as i32 - 1) - 1.0).log10()).floor()
            {
                return None;
            }
            Logical::Decimal { precision, scale }
        }
        ("big-decimal", Kind::Bytes) => Logical::BigDecimal,
        ("uuid", Kind::String) => Logical::Uuid,
        ("uuid", Kind::Fixed(f)) if f.size == 16 => Logical::Uuid,
        ("date", Kind::Int) => Logical::Date,
        ("time-millis", Kind::Int) => Logical::TimeMillis,
        ("time-micros", Kind::Long) => Logical::TimeMicros,
        ("timestamp-millis", Kind::Long) => Logical::TimestampMillis,
        ("timestamp-micros", Kind::Long) => Logical::TimestampMicros,
        ("timestamp-nanos", Kind::Long) => Logical::TimestampNanos,
        ("local-timestamp-millis", Kind::Long) => Logical::LocalTimestampMillis,
        ("local-timestamp-micros", Kind::Long) => Logical::LocalTimestampMicros,
        ("local-timestamp-nanos", Kind::Long) => Logical::LocalTimestampNanos,
        ("duration", Kind::Fixed(f)) if f.size == 12 => Logical::Duration,
        _ => return None,
    })
}

/// Why a JSON default does not fit a type (Avro's JSON encoding of defaults), or `None`.
/// A union's default may match any branch (the specification since 1.12; older readers
/// insist on the first, which the `avro-union-default-not-first` lint reports).
pub fn default_problem(doc: &AvroDoc, ty: NodeId, value: &Value, depth: usize) -> Option<String> {
    if depth > 64 {
        return None;
    }
    let expect = |what: &str| Some(format!("expected {what}, found {}", short(value)));
    match (doc.kind(ty), value) {
        (Kind::Null, Value::Null) => None,
        (Kind::Null, _) => expect("null"),
        (Kind::Boolean, Value::Bool(_)) => None,
        (Kind::Boolean, _) => expect("true or false"),
        (Kind::Int, Value::Number(n)) if n.as_i64().is_some_and(|i| i32::try_from(i).is_ok()) => None,
        (Kind::Int, _) => expect("a 32-bit integer"),
        (Kind::Long, Value::Number(n))
            if n.is_i64() || n.is_u64() && n.as_u64().is_some_and(|u| i64::try_from(u).is_ok()) =>
        {
            None
        }
        (Kind::Long, _) => expect("a 64-bit integer"),
        (Kind::Float | Kind::Double, Value::Number(_)) => None,
        (Kind::Float | Kind::Double, Value::String(s))
            if ["NaN", "Infinity", "-Infinity", "INF", "-INF"].contains(&s.as_str()) =>
        {
            None
        }
        (Kind::Float | Kind::Double, _) => expect("a number"),
        (Kind::Bytes, Value::String(s)) if s.chars().all(|c| (c as u32) < 256) => None,
        (Kind::Bytes, _) => expect("a string of bytes (code points 0-255)"),
        (Kind::String, Value::String(_)) => None,
        (Kind::String, _) => expect("a string"),
        (Kind::Fixed(f), Value::String(s))
            if s.chars().all(|c| (c as u32) < 256) && s.chars().count() as u64 == f.size =>
        {
            None
        }
        (Kind::Fixed(f), _) => expect(&format!("a string of {} bytes", f.size)),
        (Kind::Enum(e), Value::String(s)) if e.symbols.contains(s) => None,
        (Kind::Enum(e), _) => expect(&format!("one of the symbols {}", e.symbols.join(", "))),
        (Kind::Array(items), Value::Array(a)) => a.iter().find_map(|v| default_problem(doc, *items, v, depth + 1)),
        (Kind::Array(_), _) => expect("an array"),
        (Kind::Map(values), Value::Object(m)) => m.values().find_map(|v| default_problem(doc, *values, v, depth + 1)),
        (Kind::Map(_), _) => expect("an object"),
        (Kind::Record(r), Value::Object(m)) => r.fields.iter().find_map(|f| match m.get(&f.name) {
            Some(v) => default_problem(doc, f.ty, v, depth + 1).map(|p| format!("{}: {p}", f.name)),
            None if f.default.is_some() => None,
            None => Some(format!("field \"{}\" is missing", f.name)),
        }),
        (Kind::Record(_), _) => expect("an object"),
        (Kind::Union(branches), v) => {
            if branches
                .iter()
                .any(|b| default_problem(doc, *b, v, depth + 1).is_none())
            {
                None
            } else {
                Some(format!("{} matches no branch of the union", short(v)))
            }
        }
    }
}

/// A JSON value, shortened for messages.
pub fn short(v: &Value) -> String {
    let s = match v {
        Value::Null => return "null".into(),
        Value::Object(_) => return "an object".into(),
        Value::Array(_) => return "an array".into(),
        other => other.to_string(),
    };
    if s.chars().count() > 40 {
        format!("{}…", s.chars().take(40).collect::<String>())
    } else {
        s
    }
}

/// Registry paths where a named type may be defined, for a reference written in the file at
/// `from`: a file named after the type (`Money.avsc`, or by its full name
/// `com.acme.Money.avsc`), or after its namespace's folders (`com/acme/Money.avsc`), in the
/// referring file's folder or any folder above it, up to the registry root.
pub fn candidate_paths(from: &str, full: &str) -> Vec<String> {
    let simple = full.rsplit('.').next().unwrap_or(full);
    let nested = full.replace('.', "/");
    let mut dirs: Vec<String> = Vec::new();
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    loop {
        dirs.push(parts.join("/"));
        if parts.pop().is_none() {
            break;
        }
    }
    let mut out = Vec::new();
    for dir in dirs {
        let prefix = if dir.is_empty() {
            String::new()
        } else {
            format!("{dir}/")
        };
        for name in [
            format!("{simple}.avsc"),
            format!("{full}.avsc"),
            format!("{nested}.avsc"),
        ] {
            let p = format!("{prefix}{name}");
            if p != from && !out.contains(&p) {
                out.push(p);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load_str(s: &str) -> Result<AvroDoc> {
        load_value(SourceFile::parse("t.avsc", s.to_string()).unwrap())
    }

    #[test]
    fn names_take_the_enclosing_namespace_and_references_resolve() {
        let doc = load_str(
            r#"{"type":"record","name":"Order","namespace":"com.acme","fields":[
                {"name":"id","type":"string"},
                {"name":"money","type":{"type":"record","name":"Money","fields":[{"name":"c","type":"long"}]}},
                {"name":"other","type":"Money"},
                {"name":"next","type":["null","Order"],"default":null}]}"#,
        )
        .unwrap();
        assert!(doc.names.contains_key("com.acme.Order"));
        assert!(doc.names.contains_key("com.acme.Money"));
        let Kind::Record(r) = doc.kind(doc.root) else { panic!() };
        assert_eq!(r.fields[1].ty, r.fields[2].ty, "a reference is the defining node");
        let Kind::Union(b) = doc.kind(r.fields[3].ty) else {
            panic!()
        };
        assert_eq!(b[1], doc.root, "recursion is a cycle");
    }

    #[test]
    fn bad_documents_are_errors_with_a_place_and_bad_defaults_are_issues() {
        for bad in [
            r#"{"type":"record","name":"R"}"#,
            r#"{"type":"record","name":"1R","fields":[]}"#,
            r#"{"type":"record","name":"R","fields":[{"name":"a","type":"Nope"}]}"#,
            r#"["int","int"]"#,
            r#"{"type":"enum","name":"E","symbols":["A","A"]}"#,
            r#"{"type":"enum","name":"E","symbols":["A"],"default":"B"}"#,
            r#"42"#,
        ] {
            let e = load_str(bad).unwrap_err();
            assert!(e.location.is_some(), "{bad}: {e:?}");
        }
        let doc =
            load_str(r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int","default":"x"}]}"#).unwrap();
        assert_eq!(doc.issues.len(), 1);
        assert!(doc.issues[0].message.contains("32-bit"), "{:?}", doc.issues);
    }

    #[test]
    fn candidate_paths_walk_up_to_the_root() {
        let c = candidate_paths("schemas/orders/order.avsc", "com.acme.Money");
        assert_eq!(c[0], "schemas/orders/Money.avsc");
        assert!(c.contains(&"schemas/com/acme/Money.avsc".to_string()));
        assert!(c.contains(&"com.acme.Money.avsc".to_string()));
    }
}
