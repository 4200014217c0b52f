//! The normalized form of a JSON Schema that the diff engine compares.
//!
//! Loading ([`load`]) turns each schema object into one [`Node`] in an arena ([`Graph`]),
//! with every spelling that means the same thing folded into one form: `type: x` and
//! `[x]`, draft-4 boolean `exclusiveMinimum` and the numeric form, `definitions` and
//! `$defs`, array `items` and `prefixItems`, `const` and a one-value `enum`,
//! `dependencies` and `dependentRequired`/`dependentSchemas`. Subschemas are referred to
//! by [`Id`]; a `$ref` becomes [`Schema::Ref`] to the target's node, so recursive schemas
//! are finite graphs. [`merge`] folds `allOf` branches into their parent where that keeps
//! the meaning.

pub mod export;
pub mod load;
pub mod merge;

use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

pub use load::{load_file, load_parsed, load_value};

/// Index of a node in a [`Graph`].
pub type Id = u32;

/// JSON Schema dialects we read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Draft {
    Draft4,
    Draft6,
    Draft7,
    Draft201909,
    Draft202012,
}

impl Draft {
    pub fn from_uri(uri: &str) -> Option<Draft> {
        let u = uri.trim_end_matches('#').trim_end_matches('/');
        let u = u
            .strip_prefix("http://")
            .or_else(|| u.strip_prefix("https://"))
            .unwrap_or(u);
        Some(match u {
            "json-schema.org/draft-04/schema" => Draft::Draft4,
            "json-schema.org/draft-06/schema" => Draft::Draft6,
            "json-schema.org/draft-07/schema" => Draft::Draft7,
            "json-schema.org/draft/2019-09/schema" => Draft::Draft201909,
            "json-schema.org/draft/2020-12/schema" => Draft::Draft202012,
            "json-schema.org/schema" => Draft::Draft202012,
            "spec.openapis.org/oas/3.1/dialect/base" => Draft::Draft202012,
            _ => return None,
        })
    }
    pub fn name(self) -> &'static str {
        match self {
            Draft::Draft4 => "draft-04",
            Draft::Draft6 => "draft-06",
            Draft::Draft7 => "draft-07",
            Draft::Draft201909 => "2019-09",
            Draft::Draft202012 => "2020-12",
        }
    }
    pub fn uri(self) -> &'static str {
        match self {
            Draft::Draft4 => "http://json-schema.org/draft-04/schema#",
            Draft::Draft6 => "http://json-schema.org/draft-06/schema#",
            Draft::Draft7 => "http://json-schema.org/draft-07/schema#",
            Draft::Draft201909 => "https://json-schema.org/draft/2019-09/schema",
            Draft::Draft202012 => "https://json-schema.org/draft/2020-12/schema",
        }
    }
}

/// Where a node or keyword was written: a file of the graph and a JSON Pointer in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    pub file: u32,
    pub pointer: Rc<str>,
}

impl Origin {
    pub fn child(&self, token: &str) -> Origin {
        let mut p = String::with_capacity(self.pointer.len() + token.len() + 1);
        p.push_str(&self.pointer);
        p.push('/');
        p.push_str(&crate::source::escape_token(token));
        Origin {
            file: self.file,
            pointer: p.into(),
        }
    }
}

/// The JSON types, as a bit set. `integer` is kept apart from `number`; a set holding
/// `number` accepts integers too.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Types(pub u8);

impl Types {
    pub const NULL: Types = Types(1);
    pub const BOOLEAN: Types = Types(2);
    pub const OBJECT: Types = Types(4);
    pub const ARRAY: Types = Types(8);
    pub const NUMBER: Types = Types(16);
    pub const STRING: Types = Types(32);
    pub const INTEGER: Types = Types(64);
    pub const ALL: Types = Types(1 | 2 | 4 | 8 | 16 | 32 | 64);
    const NAMES: [(&'static str, Types); 7] = [
        ("null", Types::NULL),
        ("boolean", Types::BOOLEAN),
        ("object", Types::OBJECT),
        ("array", Types::ARRAY),
        ("number", Types::NUMBER),
        ("string", Types::STRING),
        ("integer", Types::INTEGER),
    ];

    pub fn from_name(name: &str) -> Option<Types> {
        Self::NAMES.iter().find(|(n, _)| *n == name).map(|(_, t)| *t)
    }
    /// Canonical form: `number` implies `integer`, so a set with `number` also holds it.
    pub fn canonical(self) -> Types {
        if self.0 & Types::NUMBER.0 != 0 {
            Types(self.0 | Types::INTEGER.0)
        } else {
            self
        }
    }
    pub fn contains(self, other: Types) -> bool {
        let (a, b) = (self.canonical(), other.canonical());
        a.0 & b.0 == b.0
    }
    pub fn intersects(self, other: Types) -> bool {
        self.canonical().0 & other.canonical().0 != 0
    }
    pub fn union(self, other: Types) -> Types {
        Types(self.0 | other.0)
    }
    pub fn intersect(self, other: Types) -> Types {
        let i = self.canonical().0 & other.canonical().0;
        // integer-only when one side said number and the other integer
        if i & Types::NUMBER.0 != 0 && (self.canonical().0 & other.canonical().0 & Types::NUMBER.0) == 0 {
            Types(i & !Types::NUMBER.0)
        } else {
            Types(i)
        }
    }
    pub fn minus(self, other: Types) -> Types {
        Types(self.canonical().0 & !other.canonical().0)
    }
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
    /// The names, with `integer` left out when `number` is present.
    pub fn names(self) -> Vec<&'static str> {
        let c = self.canonical();
        Self::NAMES
            .iter()
            .filter(|(n, t)| c.0 & t.0 != 0 && !(*n == "integer" && c.0 & Types::NUMBER.0 != 0))
            .map(|(n, _)| *n)
            .collect()
    }
    pub fn describe(self) -> String {
        let names = self.names();
        match names.len() {
            0 => "no type".to_string(),
            1 => names[0].to_string(),
            _ => names.join(" or "),
        }
    }
    /// The JSON type of a value (`integer` for integral numbers).
    pub fn of_value(v: &Value) -> Types {
        match v {
            Value::Null => Types::NULL,
            Value::Bool(_) => Types::BOOLEAN,
            Value::Object(_) => Types::OBJECT,
            Value::Array(_) => Types::ARRAY,
            Value::String(_) => Types::STRING,
            Value::Number(n) => {
                if n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0) {
                    Types::INTEGER
                } else {
                    Types::NUMBER
                }
            }
        }
    }
}

/// A numeric bound: `minimum`/`exclusiveMinimum` or `maximum`/`exclusiveMaximum`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Bound {
    pub value: f64,
    pub exclusive: bool,
}

/// One node of the graph: a schema at an origin.
#[derive(Debug, Clone)]
pub struct Node {
    pub origin: Origin,
    pub schema: Schema,
}

#[derive(Debug, Clone)]
pub enum Schema {
    /// `true` (accepts everything; also `{}`) or `false` (accepts nothing).
    Bool(bool),
    /// A `$ref` that was resolved: the target node.
    Ref(Id),
    Obj(Rc<Obj>),
}

/// A schema object after normalization. Absent keywords are `None`/empty.
#[derive(Debug, Clone, Default)]
pub struct Obj {
    /// Origins of keywords that were merged in from elsewhere (an `allOf` branch); other
    /// keywords sit at the node's own origin.
    pub moved: BTreeMap<&'static str, Origin>,

    pub types: Option<Types>,
    /// `enum`, or `const` as a one-value enum; values sorted and unique.
    pub enumeration: Option<Vec<Value>>,

    pub min_length: Option<u64>,
    pub max_length: Option<u64>,
    pub pattern: Option<String>,
    pub format: Option<String>,
    pub content_encoding: Option<String>,
    pub content_media_type: Option<String>,

    pub minimum: Option<Bound>,
    pub maximum: Option<Bound>,
    pub multiple_of: Option<f64>,

    pub properties: BTreeMap<String, Id>,
    pub required: BTreeSet<String>,
    pub additional_properties: Option<Id>,
    pub pattern_properties: BTreeMap<String, Id>,
    pub property_names: Option<Id>,
    pub min_properties: Option<u64>,
    pub max_properties: Option<u64>,
    pub dependent_required: BTreeMap<String, BTreeSet<String>>,
    pub dependent_schemas: BTreeMap<String, Id>,
    pub unevaluated_properties: Option<Id>,

    pub prefix_items: Vec<Id>,
    /// Items after `prefix_items` (2020-12 `items`; `additionalItems` in older drafts).
    pub items: Option<Id>,
    pub contains: Option<Id>,
    pub min_contains: Option<u64>,
    pub max_contains: Option<u64>,
    pub min_items: Option<u64>,
    pub max_items: Option<u64>,
    pub unique_items: bool,
    pub unevaluated_items: Option<Id>,

    pub all_of: Vec<Id>,
    pub any_of: Vec<Id>,
    pub one_of: Vec<Id>,
    pub not: Option<Id>,
    pub if_: Option<Id>,
    pub then_: Option<Id>,
    pub else_: Option<Id>,

    /// A `$ref` that is not followed: a URL, or a file outside the registry.
    pub external_ref: Option<String>,
    /// `$dynamicRef` / `$recursiveRef`, compared as written.
    pub dynamic_ref: Option<String>,

    pub title: Option<String>,
    pub description: Option<String>,
    pub default: Option<Value>,
    pub examples: Option<Vec<Value>>,
    pub deprecated: bool,
    pub read_only: bool,
    pub write_only: bool,
    pub comment: Option<String>,
    pub id: Option<String>,
    /// Keywords we do not know (`x-…`, vocabulary extensions, typos): annotations.
    pub extensions: BTreeMap<String, Value>,
}

/// Why a JSON Schema keyword that normalization set aside among the extensions has no
/// effect where it is written (`None` for keywords JSON Schema does not define). Loading
/// sets `additionalItems` aside without an array-form `items`, and simplification a
/// `pattern` that matches every string (`merge::matches_every_string`).
pub fn inert_reason(keyword: &str) -> Option<&'static str> {
    match keyword {
        "additionalItems" => Some("without an array-form `items` it has no effect"),
        "pattern" => {
            Some("the pattern matches every string (it is not anchored with `^…$`, and it matches the empty string)")
        }
        _ => None,
    }
}

/// The types a keyword constrains, by name, for keywords that only constrain one kind of
/// value. The same grouping as `Obj::has_string_keywords` and its siblings, except that
/// `format` counts for any type here.
pub fn types_of_keyword(keyword: &str) -> Option<Types> {
    Some(match keyword {
        // (`format` is left out: formats such as `int64` describe numbers)
        "minLength" | "maxLength" | "pattern" | "contentEncoding" | "contentMediaType" => Types::STRING,
        "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" | "multipleOf" => Types::NUMBER,
        "properties"
        | "required"
        | "additionalProperties"
        | "patternProperties"
        | "propertyNames"
        | "minProperties"
        | "maxProperties"
        | "dependentRequired"
        | "dependentSchemas"
        | "dependencies"
        | "unevaluatedProperties" => Types::OBJECT,
        "items" | "prefixItems" | "additionalItems" | "contains" | "minContains" | "maxContains" | "minItems"
        | "maxItems" | "uniqueItems" | "unevaluatedItems" => Types::ARRAY,
        _ => return None,
    })
}

/// Keywords whose value is one subschema.
const ONE_SUBSCHEMA: &[&str] = &[
    "additionalProperties",
    "additionalItems",
    "items",
    "contains",
    "propertyNames",
    "not",
    "if",
    "then",
    "else",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
];
/// Keywords whose value maps names to subschemas.
const MAP_OF_SUBSCHEMAS: &[&str] = &[
    "properties",
    "patternProperties",
    "$defs",
    "definitions",
    "dependentSchemas",
    "dependencies",
];
/// Keywords whose value is an array of subschemas.
const LIST_OF_SUBSCHEMAS: &[&str] = &["allOf", "anyOf", "oneOf", "prefixItems", "items"];

/// Calls `f(keyword, pointer suffix, child)` for every direct subschema (object or boolean)
/// of a schema document as written, before any normalization: the walk the linter and the
/// witness builder make over raw JSON.
pub fn for_each_raw_subschema<'v>(s: &'v Value, mut f: impl FnMut(&'static str, String, &'v Value)) {
    let Some(o) = s.as_object() else {
        return;
    };
    let is_schema = |v: &Value| v.is_object() || v.is_boolean();
    for kw in ONE_SUBSCHEMA {
        if let Some(v) = o.get(*kw)
            && is_schema(v)
        {
            f(kw, format!("/{}", crate::source::escape_token(kw)), v);
        }
    }
    for kw in MAP_OF_SUBSCHEMAS {
        if let Some(Value::Object(m)) = o.get(*kw) {
            for (k, v) in m {
                if is_schema(v) {
                    let suffix = format!(
                        "/{}/{}",
                        crate::source::escape_token(kw),
                        crate::source::escape_token(k)
                    );
                    f(kw, suffix, v);
                }
            }
        }
    }
    for kw in LIST_OF_SUBSCHEMAS {
        if let Some(Value::Array(a)) = o.get(*kw) {
            for (i, v) in a.iter().enumerate() {
                if is_schema(v) {
                    f(kw, format!("/{kw}/{i}"), v);
                }
            }
        }
    }
}

/// Keyword groups used by merging and by the diff engine.
pub const STRING_KEYWORDS: &[&str] = &[
    "minLength",
    "maxLength",
    "pattern",
    "format",
    "contentEncoding",
    "contentMediaType",
];
pub const NUMBER_KEYWORDS: &[&str] = &["minimum", "maximum", "multipleOf"];

impl Obj {
    /// Does this object constrain anything beyond annotations?
    pub fn is_unconstrained(&self) -> bool {
        self.types.is_none() && self.enumeration.is_none() && !self.constrains_beyond_type_and_values()
    }
    /// Whether anything but `type` and `enum` constrains the value.
    pub fn constrains_beyond_type_and_values(&self) -> bool {
        self.has_string_keywords()
            || self.has_number_keywords()
            || self.has_object_keywords()
            || self.has_array_keywords()
            || self.has_applicators()
    }
    /// `allOf`/`anyOf`/`oneOf`/`not`/`if`, or a reference left unresolved: anything that
    /// brings in other schemas for the same value.
    pub fn has_applicators(&self) -> bool {
        !self.all_of.is_empty()
            || !self.any_of.is_empty()
            || !self.one_of.is_empty()
            || self.not.is_some()
            || self.if_.is_some()
            || self.external_ref.is_some()
            || self.dynamic_ref.is_some()
    }
    /// The types the value can have, as far as `type` and `enum` say (`None`: neither).
    pub fn value_types(&self) -> Option<Types> {
        let from_enum = self
            .enumeration
            .as_ref()
            .map(|e| e.iter().fold(Types(0), |t, v| t.union(Types::of_value(v))));
        match (self.types, from_enum) {
            (Some(t), Some(e)) => Some(t.intersect(e)),
            (Some(t), None) => Some(t),
            (None, e) => e,
        }
    }
    pub fn has_string_keywords(&self) -> bool {
        self.min_length.is_some()
            || self.max_length.is_some()
            || self.pattern.is_some()
            || self.format.is_some()
            || self.content_encoding.is_some()
            || self.content_media_type.is_some()
    }
    pub fn has_number_keywords(&self) -> bool {
        self.minimum.is_some() || self.maximum.is_some() || self.multiple_of.is_some()
    }
    pub fn has_object_keywords(&self) -> bool {
        !self.properties.is_empty()
            || !self.required.is_empty()
            || self.additional_properties.is_some()
            || !self.pattern_properties.is_empty()
            || self.property_names.is_some()
            || self.min_properties.is_some()
            || self.max_properties.is_some()
            || !self.dependent_required.is_empty()
            || !self.dependent_schemas.is_empty()
            || self.unevaluated_properties.is_some()
    }
    pub fn has_array_keywords(&self) -> bool {
        !self.prefix_items.is_empty()
            || self.items.is_some()
            || self.contains.is_some()
            || self.min_contains.is_some()
            || self.max_contains.is_some()
            || self.min_items.is_some()
            || self.max_items.is_some()
            || self.unique_items
            || self.unevaluated_items.is_some()
    }
    /// Drops the keywords that only constrain types outside `types` (they have no effect
    /// there): `{type: null, properties: {…}}` is `{type: null}`.
    pub fn keep_keywords_of(&mut self, types: Types) {
        if !types.intersects(Types::STRING) {
            (self.min_length, self.max_length, self.pattern) = (None, None, None);
            (self.format, self.content_encoding, self.content_media_type) = (None, None, None);
        }
        if !types.intersects(Types::INTEGER) {
            (self.minimum, self.maximum, self.multiple_of) = (None, None, None);
        }
        if !types.intersects(Types::OBJECT) {
            self.properties.clear();
            self.required.clear();
            self.pattern_properties.clear();
            self.dependent_required.clear();
            self.dependent_schemas.clear();
            (
                self.additional_properties,
                self.unevaluated_properties,
                self.property_names,
            ) = (None, None, None);
            (self.min_properties, self.max_properties) = (None, None);
        }
        if !types.intersects(Types::ARRAY) {
            self.prefix_items.clear();
            (self.items, self.contains, self.unevaluated_items) = (None, None, None);
            (self.min_contains, self.max_contains, self.min_items, self.max_items) = (None, None, None, None);
            self.unique_items = false;
        }
    }

    /// The types this object's type-specific keywords could apply to.
    pub fn keyword_types(&self) -> Types {
        let mut t = Types(0);
        if self.has_string_keywords() {
            t = t.union(Types::STRING);
        }
        if self.has_number_keywords() {
            t = t.union(Types::NUMBER);
        }
        if self.has_object_keywords() {
            t = t.union(Types::OBJECT);
        }
        if self.has_array_keywords() {
            t = t.union(Types::ARRAY);
        }
        t
    }
}

/// The arena of nodes built from one root document (and the files it references).
#[derive(Debug)]
pub struct Graph {
    pub nodes: Vec<Node>,
    pub files: Vec<crate::source::SourceFile>,
    /// Registry-relative path of each file (the file's name when there is no registry).
    pub file_paths: Vec<String>,
    pub root: Id,
    pub draft: Draft,
    /// `$ref`s that were reported rather than followed (remote URLs, files outside the root).
    pub external_refs: Vec<(Origin, String)>,
    /// Non-fatal observations made while loading.
    pub warnings: Vec<String>,
    /// Content digests of nodes, filled in by the diff engine as it needs them.
    pub(crate) digests: crate::format::json_schema::diff::digest::Digests,
}

impl Graph {
    pub fn node(&self, id: Id) -> &Node {
        &self.nodes[id as usize]
    }
    pub fn push(&mut self, node: Node) -> Id {
        self.nodes.push(node);
        (self.nodes.len() - 1) as Id
    }
    /// Follows `Ref`s to the node that holds the schema (stops on a ref cycle).
    pub fn resolve(&self, mut id: Id) -> Id {
        for _ in 0..64 {
            match self.nodes[id as usize].schema {
                Schema::Ref(target) if target != id => id = target,
                _ => return id,
            }
        }
        id
    }
    pub fn obj(&self, id: Id) -> Option<&Obj> {
        match &self.nodes[self.resolve(id) as usize].schema {
            Schema::Obj(o) => Some(o),
            _ => None,
        }
    }
    /// `Some(b)` when the node (after refs) is the boolean schema `b` or accepts everything.
    pub fn as_bool(&self, id: Id) -> Option<bool> {
        match &self.nodes[self.resolve(id) as usize].schema {
            Schema::Bool(b) => Some(*b),
            Schema::Obj(o) if o.is_unconstrained() => Some(true),
            Schema::Obj(o) if o.types.is_some_and(|t| t.is_empty()) => Some(false),
            Schema::Obj(o) if o.enumeration.as_ref().is_some_and(|e| e.is_empty()) => Some(false),
            _ => None,
        }
    }
    pub fn is_true(&self, id: Id) -> bool {
        self.as_bool(id) == Some(true)
    }
    pub fn is_false(&self, id: Id) -> bool {
        self.as_bool(id) == Some(false)
    }
    /// The file and pointer of a node's keyword, following merges.
    pub fn keyword_origin(&self, id: Id, keyword: &'static str) -> Origin {
        let id = self.resolve(id);
        let node = &self.nodes[id as usize];
        if let Schema::Obj(o) = &node.schema
            && let Some(origin) = o.moved.get(keyword)
        {
            return origin.clone();
        }
        node.origin.child(keyword)
    }
    pub fn file_of(&self, origin: &Origin) -> &crate::source::SourceFile {
        &self.files[origin.file as usize]
    }
    /// The raw JSON value of the root document.
    pub fn root_value(&self) -> &Value {
        &self.files[0].value
    }
}
