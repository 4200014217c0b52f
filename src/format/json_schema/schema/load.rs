//! Loading: from parsed files to a normalized [`Graph`], following `$ref`s.
//!
//! Every schema object is normalized once, memoized by (file, JSON Pointer), so a `$ref`
//! to a location that is also reached inline shares its node, and recursive schemas stay
//! finite. `$ref` targets are not normalized recursively but queued, so a chain of
//! thousands of definitions cannot overflow the stack.
//!
//! References: JSON Pointers and anchors in the same document; URIs resolved against the
//! base URI of the schema resource they sit in (the nearest `$id`), found when a loaded
//! document or an embedded resource declares that `$id` (a fragment is then read inside
//! that resource); relative file references resolved against the referring file (through
//! a [`FileSource`], which confines them to the registry root); absolute URLs beside the
//! referring document's own `$id`. Anything else is recorded in `Graph::external_refs`
//! and never fetched.

use super::{Bound, Draft, Graph, Id, Node, Obj, Origin, Schema, Types, merge};
use crate::error::{Error, ErrorKind, Result};
use crate::hash::FastMap;
use crate::source::{FileSource, SourceFile, unescape_token};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Component, Path};
use std::rc::Rc;

mod embedded;
pub use embedded::{Dialect, EmbeddedLoader};

/// Loads the schema at `path` (relative to the source's root) and everything it references.
pub fn load_file(source: &dyn FileSource, path: &str) -> Result<Graph> {
    let text = source.read(path)?.ok_or_else(|| {
        Error::new(ErrorKind::Io, format!("{} does not exist", source.display(path))).in_file(source.display(path))
    })?;
    let file = SourceFile::parse(source.display(path), text)?;
    Loader::new(Some(source), path.to_string()).run(file)
}

/// Loads a schema whose root file is already parsed (its references are read from `source`).
pub fn load_parsed(source: &dyn FileSource, path: &str, file: SourceFile) -> Result<Graph> {
    Loader::new(Some(source), path.to_string()).run(file)
}

/// Loads a schema from an already-parsed file; relative file references are reported as
/// external, since there is no registry to read them from.
pub fn load_value(file: SourceFile) -> Result<Graph> {
    Loader::new(None, file.name.clone()).run(file)
}

struct FileInfo {
    /// Registry-relative path ("" when unknown).
    path: String,
    /// The document's own `$id`, when absolute.
    base_id: Option<String>,
    anchors: HashMap<String, String>,
    dynamic_anchors: HashMap<String, String>,
    /// Schema resources of the file: the pointer of each object with an `$id` (the root
    /// first when it has one) and its absolute base URI.
    resources: Vec<(String, String)>,
}

struct Loader<'s> {
    source: Option<&'s dyn FileSource>,
    root_path: String,
    graph: Graph,
    info: Vec<FileInfo>,
    /// The node of each (file, pointer) built so far; `memo[file]` is keyed by pointer.
    memo: Vec<FastMap<Rc<str>, Id>>,
    /// `$id` → (file, pointer) for every embedded resource seen.
    ids: HashMap<String, (u32, String)>,
    pending: Vec<(Id, u32, String)>,
    /// Each file's document, shared: a node borrows its subtree from here instead of
    /// copying it (one copy per file rather than one per node).
    values: Vec<std::rc::Rc<Value>>,
    /// Keywords of the API description the schemas are embedded in (none for a plain schema).
    dialect: Dialect,
}

impl<'s> Loader<'s> {
    fn new(source: Option<&'s dyn FileSource>, root_path: String) -> Self {
        Loader {
            source,
            root_path,
            graph: Graph {
                nodes: Vec::new(),
                files: Vec::new(),
                file_paths: Vec::new(),
                root: 0,
                draft: Draft::Draft202012,
                external_refs: Vec::new(),
                warnings: Vec::new(),
                digests: Default::default(),
            },
            info: Vec::new(),
            memo: Vec::new(),
            ids: HashMap::new(),
            pending: Vec::new(),
            values: Vec::new(),
            dialect: Dialect::default(),
        }
    }

    fn run(mut self, file: SourceFile) -> Result<Graph> {
        let root_value = &file.value;
        if !matches!(root_value, Value::Object(_) | Value::Bool(_)) {
            return Err(Error::schema(format!(
                "the document is {}, not a schema (a JSON object or a boolean)",
                describe_value(root_value)
            ))
            .at(file.location(""))
            .with_hint("a JSON Schema document is an object such as {\"type\": \"object\"}"));
        }
        self.graph.draft = detect_draft(&file)?;
        let path = self.root_path.clone();
        let f = self.add_file(file, path);
        let root = self.node_at(f, String::new());
        self.graph.root = root;
        while let Some((id, file, pointer)) = self.pending.pop() {
            self.fill(id, file, &pointer)?;
        }
        for (f, value) in self.graph.files.iter_mut().zip(std::mem::take(&mut self.values)) {
            f.value = std::rc::Rc::try_unwrap(value).unwrap_or_else(|shared| (*shared).clone());
        }
        merge::simplify(&mut self.graph);
        Ok(self.graph)
    }

    fn add_file(&mut self, file: SourceFile, path: String) -> u32 {
        let index = self.graph.files.len() as u32;
        self.graph.file_paths.push(path.clone());
        let mut info = FileInfo {
            path,
            base_id: None,
            anchors: HashMap::new(),
            dynamic_anchors: HashMap::new(),
            resources: Vec::new(),
        };
        if let Some(id) = id_of(&file.value)
            && is_absolute_uri(id)
        {
            info.base_id = Some(strip_fragment(id).to_string());
        }
        let base = info.base_id.clone();
        index_anchors(
            &file.value,
            &mut String::new(),
            &mut info,
            &mut self.ids,
            index,
            0,
            base.as_deref(),
        );
        let mut file = file;
        // The document moves here while the graph is built; `run` puts it back.
        self.values.push(std::rc::Rc::new(std::mem::take(&mut file.value)));
        self.info.push(info);
        self.memo.push(FastMap::default());
        self.graph.files.push(file);
        index
    }

    /// The node for the schema at (file, pointer), reserving it when new.
    fn node_at(&mut self, file: u32, pointer: String) -> Id {
        if let Some(&id) = self.memo[file as usize].get(pointer.as_str()) {
            return id;
        }
        let key: Rc<str> = pointer.as_str().into();
        let id = self.graph.push(Node {
            origin: Origin {
                file,
                pointer: key.clone(),
            },
            schema: Schema::Bool(true),
        });
        self.memo[file as usize].insert(key, id);
        self.pending.push((id, file, pointer));
        id
    }

    fn fill(&mut self, id: Id, file: u32, pointer: &str) -> Result<()> {
        let doc = self.values[file as usize].clone();
        let value = match pointer_get(&doc, pointer) {
            Some(v) => v,
            None => {
                return Err(self.error_at(file, pointer, format!("nothing at JSON Pointer #{pointer}")));
            }
        };
        let schema = self.normalize(file, pointer, value)?;
        self.graph.nodes[id as usize].schema = schema;
        Ok(())
    }

    fn error_at(&self, file: u32, pointer: &str, message: String) -> Error {
        let f = &self.graph.files[file as usize];
        Error::schema(message).at(f.location_in(&self.values[file as usize], pointer))
    }

    /// A subschema written inline at `pointer`.
    fn sub(&mut self, file: u32, pointer: String, value: &Value) -> Result<Id> {
        if let Some(&id) = self.memo[file as usize].get(pointer.as_str()) {
            return Ok(id);
        }
        let key: Rc<str> = pointer.as_str().into();
        let id = self.graph.push(Node {
            origin: Origin {
                file,
                pointer: key.clone(),
            },
            schema: Schema::Bool(true),
        });
        self.memo[file as usize].insert(key, id);
        let schema = self.normalize(file, &pointer, value)?;
        self.graph.nodes[id as usize].schema = schema;
        Ok(id)
    }

    fn normalize(&mut self, file: u32, pointer: &str, value: &Value) -> Result<Schema> {
        let map = match value {
            Value::Bool(b) => return Ok(Schema::Bool(*b)),
            Value::Object(map) => map,
            other => {
                return Err(self.error_at(
                    file,
                    pointer,
                    format!(
                        "expected a schema (an object or a boolean), found {}",
                        describe_value(other)
                    ),
                ));
            }
        };
        let draft = self.graph.draft;
        let origin = Origin {
            file,
            pointer: pointer.into(),
        };
        let mut o = Obj::default();
        let at = |k: &str| format!("{pointer}/{}", crate::source::escape_token(k));

        // $ref: alone (or in drafts ≤ 7, where siblings are ignored) it is the node.
        let reference = get(map, "$ref").and_then(Value::as_str);
        if let Some(r) = reference {
            let target = self.resolve_ref(file, pointer, r)?;
            let siblings_count = draft >= Draft::Draft201909
                && map.keys().any(|k| {
                    !matches!(
                        k.as_str(),
                        "$ref"
                            | "$schema"
                            | "$id"
                            | "$comment"
                            | "$defs"
                            | "definitions"
                            | "$anchor"
                            | "title"
                            | "description"
                    )
                });
            match target {
                RefTarget::Node(t) if !siblings_count => return Ok(Schema::Ref(t)),
                RefTarget::Node(t) => o.all_of.push(t),
                RefTarget::External(url) => {
                    self.graph.external_refs.push((origin.child("$ref"), url.clone()));
                    o.external_ref = Some(url);
                    if draft < Draft::Draft201909 {
                        return Ok(Schema::Obj(Rc::new(o)));
                    }
                }
            }
        }
        for key in ["$recursiveRef", "$dynamicRef"] {
            if let Some(r) = get(map, key).and_then(Value::as_str) {
                let target = if key == "$recursiveRef" || r == "#" {
                    Some(self.node_at(file, String::new()))
                } else {
                    let name = r.trim_start_matches('#');
                    self.info[file as usize]
                        .dynamic_anchors
                        .get(name)
                        .cloned()
                        .map(|p| self.node_at(file, p))
                };
                match target {
                    Some(t) => o.all_of.push(t),
                    None => o.dynamic_ref = Some(r.to_string()),
                }
            }
        }

        for (key, v) in map {
            let k = key.as_str();
            match k {
                "$ref" | "$recursiveRef" | "$dynamicRef" => {}
                "$schema" | "$defs" | "definitions" | "$anchor" | "$dynamicAnchor" | "$recursiveAnchor"
                | "$vocabulary" => {}
                "$id" | "id" if k == "$id" || draft == Draft::Draft4 => {
                    if let Some(s) = v.as_str()
                        && !s.starts_with('#')
                    {
                        o.id = Some(s.to_string());
                    }
                }
                "type" => {
                    let mut t = Types(0);
                    let names: Vec<&Value> = match v {
                        Value::Array(a) => a.iter().collect(),
                        other => vec![other],
                    };
                    for n in names {
                        let name = n.as_str().ok_or_else(|| {
                            self.error_at(file, &at(k), "\"type\" must be a type name or an array of them".into())
                        })?;
                        let ty = Types::from_name(name).ok_or_else(|| {
                            self.error_at(file, &at(k), format!("unknown type \"{name}\""))
                                .with_hint("the types are null, boolean, object, array, number, string and integer")
                        })?;
                        t = t.union(ty);
                    }
                    o.types = Some(t);
                }
                "enum" => {
                    let a = v
                        .as_array()
                        .ok_or_else(|| self.error_at(file, &at(k), "\"enum\" must be an array".into()))?;
                    let values = canonical_set(a.to_vec());
                    o.enumeration = Some(match o.enumeration.take() {
                        Some(prev) => intersect_values(&prev, &values),
                        None => values,
                    });
                }
                "const" => {
                    let values = vec![canonical_value(v.clone())];
                    o.enumeration = Some(match o.enumeration.take() {
                        Some(prev) => intersect_values(&prev, &values),
                        None => values,
                    });
                }
                "minLength" => o.min_length = Some(self.count(file, (pointer, k), v)?),
                "maxLength" => o.max_length = Some(self.count(file, (pointer, k), v)?),
                "minItems" => o.min_items = Some(self.count(file, (pointer, k), v)?),
                "maxItems" => o.max_items = Some(self.count(file, (pointer, k), v)?),
                "minProperties" => o.min_properties = Some(self.count(file, (pointer, k), v)?),
                "maxProperties" => o.max_properties = Some(self.count(file, (pointer, k), v)?),
                "minContains" => o.min_contains = Some(self.count(file, (pointer, k), v)?),
                "maxContains" => o.max_contains = Some(self.count(file, (pointer, k), v)?),
                "pattern" => o.pattern = Some(plain_escapes(self.string(file, (pointer, k), v)?)),
                "format" => o.format = Some(self.string(file, (pointer, k), v)?),
                "contentEncoding" => o.content_encoding = Some(self.string(file, (pointer, k), v)?),
                "contentMediaType" => o.content_media_type = Some(self.string(file, (pointer, k), v)?),
                "minimum" | "maximum" | "exclusiveMinimum" | "exclusiveMaximum" => {}
                "multipleOf" => {
                    let n = self.number(file, (pointer, k), v)?;
                    if n <= 0.0 {
                        return Err(self.error_at(file, &at(k), "\"multipleOf\" must be greater than 0".into()));
                    }
                    o.multiple_of = Some(n);
                }
                "uniqueItems" => o.unique_items = v.as_bool().unwrap_or(false),
                "required" => match v {
                    Value::Array(a) => {
                        for name in a {
                            let s = name.as_str().ok_or_else(|| {
                                self.error_at(file, &at(k), "\"required\" must list property names (strings)".into())
                            })?;
                            o.required.insert(s.to_string());
                        }
                    }
                    // draft-3 style `required: true` inside a property: not a draft we read.
                    Value::Bool(_) => {
                        return Err(self.error_at(file, &at(k), "\"required\" must be an array of property names".into())
                            .with_hint("draft-3 `required: true` is not supported; list the names in the parent's \"required\""));
                    }
                    _ => {
                        return Err(self.error_at(
                            file,
                            &at(k),
                            "\"required\" must be an array of property names".into(),
                        ));
                    }
                },
                "properties" | "patternProperties" | "dependentSchemas" => {
                    let m = v
                        .as_object()
                        .ok_or_else(|| self.error_at(file, &at(k), format!("\"{k}\" must be an object")))?;
                    let mut out = BTreeMap::new();
                    for (name, sub) in m {
                        let id = self.sub(file, format!("{}/{}", at(k), crate::source::escape_token(name)), sub)?;
                        out.insert(name.clone(), id);
                    }
                    match k {
                        "properties" => o.properties = out,
                        "patternProperties" => o.pattern_properties = out,
                        _ => o.dependent_schemas.extend(out),
                    }
                }
                "dependentRequired" | "dependencies" => {
                    let m = v
                        .as_object()
                        .ok_or_else(|| self.error_at(file, &at(k), format!("\"{k}\" must be an object")))?;
                    for (name, dep) in m {
                        let p = format!("{}/{}", at(k), crate::source::escape_token(name));
                        match dep {
                            Value::Array(a) => {
                                let names = a
                                    .iter()
                                    .filter_map(Value::as_str)
                                    .map(str::to_string)
                                    .collect::<BTreeSet<_>>();
                                o.dependent_required.entry(name.clone()).or_default().extend(names);
                            }
                            _ if k == "dependencies" => {
                                let id = self.sub(file, p, dep)?;
                                o.dependent_schemas.insert(name.clone(), id);
                            }
                            _ => {
                                return Err(self.error_at(
                                    file,
                                    &p,
                                    "each \"dependentRequired\" entry must be an array of names".into(),
                                ));
                            }
                        }
                    }
                }
                "additionalProperties" => o.additional_properties = Some(self.sub(file, at(k), v)?),
                "unevaluatedProperties" => o.unevaluated_properties = Some(self.sub(file, at(k), v)?),
                "propertyNames" => o.property_names = Some(self.sub(file, at(k), v)?),
                "prefixItems" => {
                    o.prefix_items = self.list(file, &at(k), v)?;
                }
                "items" => match v {
                    Value::Array(_) => o.prefix_items = self.list(file, &at(k), v)?,
                    _ => {
                        o.items = Some(self.sub(file, at(k), v)?);
                    }
                },
                "additionalItems" => {
                    // Only meaningful beside an array-form `items`.
                    if get(map, "items").is_some_and(Value::is_array) {
                        o.items = Some(self.sub(file, at(k), v)?);
                    } else {
                        // ignored by validators without an array `items`: an annotation
                        o.extensions.insert(key.clone(), v.clone());
                    }
                }
                "unevaluatedItems" => o.unevaluated_items = Some(self.sub(file, at(k), v)?),
                "contains" => o.contains = Some(self.sub(file, at(k), v)?),
                "allOf" | "anyOf" | "oneOf" => {
                    let list = self.list(file, &at(k), v)?;
                    if list.is_empty() {
                        return Err(self.error_at(file, &at(k), format!("\"{k}\" must not be empty")));
                    }
                    match k {
                        "allOf" => o.all_of.extend(list),
                        "anyOf" => o.any_of = list,
                        _ => o.one_of = list,
                    }
                }
                "not" => o.not = Some(self.sub(file, at(k), v)?),
                "if" => o.if_ = Some(self.sub(file, at(k), v)?),
                "then" => o.then_ = Some(self.sub(file, at(k), v)?),
                "else" => o.else_ = Some(self.sub(file, at(k), v)?),
                "title" => o.title = v.as_str().map(str::to_string),
                "description" => o.description = v.as_str().map(str::to_string),
                "$comment" => o.comment = v.as_str().map(str::to_string),
                "default" => o.default = Some(v.clone()),
                "examples" => o.examples = Some(v.as_array().cloned().unwrap_or_else(|| vec![v.clone()])),
                "deprecated" => o.deprecated = v.as_bool().unwrap_or(false),
                "readOnly" => o.read_only = v.as_bool().unwrap_or(false),
                "writeOnly" => o.write_only = v.as_bool().unwrap_or(false),
                _ => {
                    o.extensions.insert(key.clone(), v.clone());
                }
            }
        }
        // `if` without `then`/`else` constrains nothing.
        if o.then_.is_none() && o.else_.is_none() {
            o.if_ = None;
        }
        self.bounds(file, pointer, map, &mut o)?;
        if o.unique_items && o.max_items.is_some_and(|m| m <= 1) {
            o.unique_items = false;
        }
        if self.dialect != Dialect::default() {
            self.apply_dialect(file, pointer, map, &mut o);
        }
        Ok(Schema::Obj(Rc::new(o)))
    }

    fn bounds(&self, file: u32, pointer: &str, map: &serde_json::Map<String, Value>, o: &mut Obj) -> Result<()> {
        for (plain, excl, lower) in [
            ("minimum", "exclusiveMinimum", true),
            ("maximum", "exclusiveMaximum", false),
        ] {
            let mut bound = match get(map, plain) {
                Some(v) => Some(Bound {
                    value: self.number(file, (pointer, plain), v)?,
                    exclusive: false,
                }),
                None => None,
            };
            match get(map, excl) {
                Some(Value::Bool(true)) => {
                    if let Some(b) = bound.as_mut() {
                        b.exclusive = true;
                    }
                }
                Some(Value::Bool(false)) | None => {}
                Some(v) => {
                    let e = Bound {
                        value: self.number(file, (pointer, excl), v)?,
                        exclusive: true,
                    };
                    bound = Some(match bound {
                        None => e,
                        Some(b) => tighter(b, e, lower),
                    });
                }
            }
            if lower { o.minimum = bound } else { o.maximum = bound }
        }
        Ok(())
    }

    fn list(&mut self, file: u32, pointer: &str, v: &Value) -> Result<Vec<Id>> {
        let a = v
            .as_array()
            .ok_or_else(|| self.error_at(file, pointer, "expected an array of schemas".into()))?;
        a.iter()
            .enumerate()
            .map(|(i, sub)| self.sub(file, format!("{pointer}/{i}"), sub))
            .collect()
    }

    /// An error at keyword `at.1` of the schema at pointer `at.0` (the pointer is only
    /// built when there is an error to report).
    fn error_at_keyword(&self, file: u32, at: (&str, &str), message: String) -> Error {
        let pointer = format!("{}/{}", at.0, crate::source::escape_token(at.1));
        self.error_at(file, &pointer, message)
    }
    fn count(&self, file: u32, at: (&str, &str), v: &Value) -> Result<u64> {
        v.as_u64()
            .or_else(|| v.as_f64().filter(|f| *f >= 0.0 && f.fract() == 0.0).map(|f| f as u64))
            .ok_or_else(|| {
                self.error_at_keyword(
                    file,
                    at,
                    format!("expected a non-negative integer, found {}", describe_value(v)),
                )
            })
    }
    fn number(&self, file: u32, at: (&str, &str), v: &Value) -> Result<f64> {
        v.as_f64()
            .ok_or_else(|| self.error_at_keyword(file, at, format!("expected a number, found {}", describe_value(v))))
    }
    fn string(&self, file: u32, at: (&str, &str), v: &Value) -> Result<String> {
        v.as_str()
            .map(str::to_string)
            .ok_or_else(|| self.error_at_keyword(file, at, format!("expected a string, found {}", describe_value(v))))
    }

    fn resolve_ref(&mut self, file: u32, pointer: &str, reference: &str) -> Result<RefTarget> {
        let (doc, fragment) = match reference.find('#') {
            Some(i) => (&reference[..i], percent_decode(&reference[i + 1..])),
            None => (reference, String::new()),
        };
        // The schema resource the reference sits in: its root pointer and base URI (copied
        // only when needed: most references are local pointers into the root resource).
        let enclosing = self.info[file as usize]
            .resources
            .iter()
            .filter(|(at, _)| is_within(pointer, at))
            .max_by_key(|(at, _)| at.len());
        let resource = enclosing.map_or_else(String::new, |(at, _)| at.clone());
        let base = enclosing.filter(|_| !doc.is_empty()).map(|(_, uri)| uri.clone());
        // The target document and the pointer of the resource the fragment is read in.
        let by_id = |ids: &HashMap<String, (u32, String)>| {
            resolve_uri(base.as_deref(), doc)
                .and_then(|uri| ids.get(&uri).cloned())
                .or_else(|| ids.get(strip_fragment(doc)).cloned())
        };
        let (target_file, resource) = if doc.is_empty() {
            (file, resource)
        } else if let Some((f, p)) = by_id(&self.ids) {
            // An embedded or loaded resource with that `$id`.
            if fragment.is_empty() {
                return Ok(RefTarget::Node(self.node_at(f, p)));
            }
            (f, p)
        } else {
            let relative = if is_absolute_uri(doc) {
                match self.info[file as usize]
                    .base_id
                    .as_deref()
                    .and_then(|base| beside(base, doc))
                {
                    Some(rel) => rel,
                    None => return Ok(RefTarget::External(reference.to_string())),
                }
            } else {
                doc.to_string()
            };
            match self.open_relative(file, pointer, &relative)? {
                Some(f) => (f, String::new()),
                None => return Ok(RefTarget::External(reference.to_string())),
            }
        };
        let target_pointer = if !fragment.is_empty() && !fragment.starts_with('/') {
            self.anchor(file, target_file, pointer, reference, &fragment)?
        } else if resource.is_empty() {
            fragment
        } else {
            let within = format!("{resource}{fragment}");
            if pointer_get(&self.values[target_file as usize], &within).is_some() {
                within
            } else if pointer_get(&self.values[target_file as usize], &fragment).is_some() {
                // Read from the document's root, as some bundlers write it, rather than
                // from the embedded resource the spec says it is relative to.
                let at = self.graph.files[file as usize]
                    .location_in(&self.values[file as usize], &format!("{pointer}/$ref"));
                self.graph.warnings.push(format!(
                    "{at}: $ref \"{reference}\" is not found in the schema resource with `$id` it sits in; it was read from the document's root"
                ));
                fragment
            } else {
                within
            }
        };
        if pointer_get(&self.values[target_file as usize], &target_pointer).is_none() {
            return Err(
                Error::new(ErrorKind::Reference, format!("$ref \"{reference}\" points at nothing"))
                    .at(self.graph.files[file as usize]
                        .location_in(&self.values[file as usize], &format!("{pointer}/$ref")))
                    .with_hint("check the JSON Pointer after '#'; it is case-sensitive"),
            );
        }
        Ok(RefTarget::Node(self.node_at(target_file, target_pointer)))
    }

    /// The pointer of anchor `name` in `target_file`, for the `$ref` at `pointer` in `file`.
    fn anchor(&self, file: u32, target_file: u32, pointer: &str, reference: &str, name: &str) -> Result<String> {
        match self.info[target_file as usize].anchors.get(name) {
            Some(p) => Ok(p.clone()),
            None => Err(self
                .error_at(
                    file,
                    &format!("{pointer}/$ref"),
                    format!("$ref \"{reference}\" names an anchor \"{name}\" that does not exist"),
                )
                .with_hint("declare it with \"$anchor\" (or \"$id\": \"#name\" before 2019-09)")),
        }
    }

    /// Opens a file referenced relatively from `file`; `None` when it is outside the root
    /// or there is no registry to read from.
    fn open_relative(&mut self, file: u32, pointer: &str, relative: &str) -> Result<Option<u32>> {
        let Some(source) = self.source else { return Ok(None) };
        let base = Path::new(&self.info[file as usize].path)
            .parent()
            .unwrap_or(Path::new(""))
            .to_path_buf();
        let Some(path) = normalize_path(&base.join(relative)) else {
            let at =
                self.graph.files[file as usize].location_in(&self.values[file as usize], &format!("{pointer}/$ref"));
            self.graph.warnings.push(format!(
                "{at}: $ref \"{relative}\" leaves the registry root; it is reported, not read"
            ));
            return Ok(None);
        };
        if let Some(i) = self.info.iter().position(|i| i.path == path) {
            return Ok(Some(i as u32));
        }
        let Some(text) = source.read(&path)? else {
            return Err(Error::new(
                ErrorKind::Reference,
                format!(
                    "$ref \"{relative}\" names a file that does not exist ({})",
                    source.display(&path)
                ),
            )
            .at(self.graph.files[file as usize].location_in(&self.values[file as usize], &format!("{pointer}/$ref")))
            .with_hint("references are resolved against the referring file's folder"));
        };
        let parsed = SourceFile::parse(source.display(&path), text)?;
        Ok(Some(self.add_file(parsed, path)))
    }
}

/// A member of a schema object. Schema objects are small, so a scan of the keys is cheaper
/// than hashing the name; large ones use the map's index.
fn get<'v>(map: &'v serde_json::Map<String, Value>, key: &str) -> Option<&'v Value> {
    if map.len() <= 16 {
        map.iter().find(|(k, _)| k.as_str() == key).map(|(_, v)| v)
    } else {
        map.get(key)
    }
}

enum RefTarget {
    Node(Id),
    External(String),
}

fn tighter(a: Bound, b: Bound, lower: bool) -> Bound {
    let a_tighter = if lower {
        a.value > b.value || (a.value == b.value && a.exclusive)
    } else {
        a.value < b.value || (a.value == b.value && a.exclusive)
    };
    if a_tighter { a } else { b }
}

pub(crate) fn tighter_bound(a: Bound, b: Bound, lower: bool) -> Bound {
    tighter(a, b, lower)
}

fn detect_draft(file: &SourceFile) -> Result<Draft> {
    let Some(s) = file.value.get("$schema") else {
        return Ok(Draft::Draft202012);
    };
    let uri = s
        .as_str()
        .ok_or_else(|| Error::schema("\"$schema\" must be a URI string").at(file.location("/$schema")))?;
    Draft::from_uri(uri).ok_or_else(|| {
        Error::schema(format!("unknown $schema \"{uri}\""))
            .at(file.location("/$schema"))
            .with_hint("schemata reads drafts 4, 6, 7, 2019-09 and 2020-12, e.g. \"https://json-schema.org/draft/2020-12/schema\"")
    })
}

fn id_of(v: &Value) -> Option<&str> {
    v.get("$id").or_else(|| v.get("id")).and_then(Value::as_str)
}

fn index_anchors(
    v: &Value,
    pointer: &mut String,
    info: &mut FileInfo,
    ids: &mut HashMap<String, (u32, String)>,
    file: u32,
    depth: usize,
    base: Option<&str>,
) {
    if depth > 600 {
        return;
    }
    // One pointer buffer for the whole walk: a token is pushed before descending and cut
    // after, so only anchors and ids cost a string of their own.
    let len = pointer.len();
    match v {
        Value::Object(map) => {
            // The node's own anchors and id first (a scan of the keys is cheaper than
            // hashing four names), then its subschemas.
            let (mut dollar_id, mut plain_id, mut has_dollar_id) = (None, None, false);
            for (k, sub) in map {
                match (k.as_str(), sub) {
                    ("$anchor", Value::String(a)) => {
                        info.anchors.insert(a.to_string(), pointer.clone());
                    }
                    ("$dynamicAnchor", Value::String(a)) => {
                        info.anchors.entry(a.to_string()).or_insert_with(|| pointer.clone());
                        info.dynamic_anchors.insert(a.to_string(), pointer.clone());
                    }
                    ("$id", v) => {
                        has_dollar_id = true;
                        dollar_id = v.as_str();
                    }
                    ("id", v) => plain_id = v.as_str(),
                    _ => {}
                }
            }
            // `$id` wins over draft-4 `id`, as `id_of` reads them.
            let mut own_base = None;
            if let Some(id) = if has_dollar_id { dollar_id } else { plain_id } {
                if let Some(name) = id.strip_prefix('#') {
                    info.anchors.insert(name.to_string(), pointer.clone());
                } else if let Some(uri) = resolve_uri(base, strip_fragment(id)) {
                    ids.entry(uri.clone()).or_insert((file, pointer.clone()));
                    info.resources.push((pointer.clone(), uri.clone()));
                    own_base = Some(uri);
                }
            }
            let base = own_base.as_deref().or(base);
            for (k, sub) in map {
                if matches!(k.as_str(), "enum" | "const" | "default" | "examples")
                    || !matches!(sub, Value::Object(_) | Value::Array(_))
                {
                    continue;
                }
                pointer.push('/');
                if k.contains(['~', '/']) {
                    pointer.push_str(&crate::source::escape_token(k));
                } else {
                    pointer.push_str(k);
                }
                index_anchors(sub, pointer, info, ids, file, depth + 1, base);
                pointer.truncate(len);
            }
        }
        Value::Array(a) => {
            for (i, sub) in a.iter().enumerate() {
                if !matches!(sub, Value::Object(_) | Value::Array(_)) {
                    continue;
                }
                use std::fmt::Write as _;
                let _ = write!(pointer, "/{i}");
                index_anchors(sub, pointer, info, ids, file, depth + 1, base);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

/// The value at a JSON Pointer.
pub fn pointer_get<'v>(v: &'v Value, pointer: &str) -> Option<&'v Value> {
    if pointer.is_empty() {
        return Some(v);
    }
    let mut cur = v;
    for raw in pointer.strip_prefix('/')?.split('/') {
        let token = unescape_token(raw);
        cur = match cur {
            Value::Object(m) => m.get(&token)?,
            Value::Array(a) => a.get(token.parse::<usize>().ok()?)?,
            _ => return None,
        };
    }
    Some(cur)
}

fn is_absolute_uri(s: &str) -> bool {
    match s.find(':') {
        Some(i) => {
            i > 1
                && s[..i]
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '-' | '.'))
        }
        None => false,
    }
}

/// A `pattern` with its needless escapes removed: `\#` and `#` match the same text, so
/// both spellings compare equal. Only punctuation that is never special in an ECMA-262
/// pattern, in or out of a character class, is unescaped.
fn plain_escapes(pattern: String) -> String {
    if !pattern.contains('\\') {
        return pattern;
    }
    let mut out = String::with_capacity(pattern.len());
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.peek() {
                Some(
                    &next @ ('#' | ':' | '@' | '%' | '&' | '\'' | '"' | '!' | '<' | '>' | '=' | ',' | ';' | '~' | '`'
                    | '_'),
                ) => {
                    out.push(next);
                    chars.next();
                }
                Some(&next) => {
                    out.push(c);
                    out.push(next);
                    chars.next();
                }
                None => out.push(c),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// Whether a JSON Pointer is `root` or below it.
fn is_within(pointer: &str, root: &str) -> bool {
    pointer
        .strip_prefix(root)
        .is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
}

/// Resolves a URI reference (no fragment) against a base URI, as RFC 3986 §5.2 does for
/// the forms `$id` and `$ref` use: absolute, network-path (`//host/…`), absolute-path
/// (`/…`) and relative-path references, with dot segments removed. `None` when the result
/// is not an absolute URI (no base, or a base without a hierarchical path, like a URN).
fn resolve_uri(base: Option<&str>, reference: &str) -> Option<String> {
    let reference = strip_fragment(reference);
    if is_absolute_uri(reference) {
        return Some(reference.to_string());
    }
    let base = strip_fragment(base?);
    let scheme_end = base.find(':')?;
    let (scheme, rest) = (&base[..scheme_end], &base[scheme_end + 1..]);
    let (authority, path) = match rest.strip_prefix("//") {
        Some(r) => {
            let slash = r.find('/').unwrap_or(r.len());
            (format!("//{}", &r[..slash]), &r[slash..])
        }
        None if rest.starts_with('/') => (String::new(), rest),
        None => return None,
    };
    if reference.is_empty() {
        return Some(base.to_string());
    }
    if let Some(net) = reference.strip_prefix("//") {
        return Some(format!("{scheme}://{net}"));
    }
    let merged = if reference.starts_with('/') {
        reference.to_string()
    } else {
        format!("{}{reference}", &path[..path.rfind('/').map_or(0, |i| i + 1)])
    };
    let mut out: Vec<&str> = Vec::new();
    let segments: Vec<&str> = merged.split('/').collect();
    for (i, seg) in segments.iter().enumerate() {
        match *seg {
            "." => {}
            ".." => {
                if out.len() > 1 {
                    out.pop();
                }
            }
            s => out.push(s),
        }
        // a trailing "." or ".." still names a folder
        if i == segments.len() - 1 && matches!(*seg, "." | "..") {
            out.push("");
        }
    }
    Some(format!("{scheme}:{authority}{}", out.join("/")))
}

fn strip_fragment(s: &str) -> &str {
    s.split('#').next().unwrap_or(s)
}

/// When `target` is in the same folder tree as `base` (both absolute URIs), the relative path.
fn beside(base: &str, target: &str) -> Option<String> {
    let dir = &base[..base.rfind('/')? + 1];
    target.strip_prefix(dir).map(str::to_string)
}

/// Resolves `.` and `..`; `None` when the path climbs above the root or is absolute.
fn normalize_path(p: &Path) -> Option<String> {
    let mut parts: Vec<String> = Vec::new();
    for c in p.components() {
        match c {
            Component::Normal(s) => parts.push(s.to_string_lossy().into_owned()),
            Component::CurDir => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => return None,
        }
    }
    Some(parts.join("/"))
}

/// Decodes `%XX` escapes (in `$ref` fragments and URIs).
pub(crate) fn percent_decode(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%'
            && i + 2 < bytes.len()
            && let Ok(b) = u8::from_str_radix(&s[i + 1..i + 3], 16)
        {
            out.push(b);
            i += 3;
            continue;
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

pub(crate) fn describe_value(v: &Value) -> String {
    match v {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("the boolean {b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.len() <= 40 => format!("the string \"{s}\""),
        Value::String(_) => "a string".into(),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

/// Numbers with equal values compare equal (`1` and `1.0`); object keys in order.
pub fn canonical_value(v: Value) -> Value {
    match v {
        Value::Number(n) => {
            if let Some(f) = n.as_f64()
                && f.fract() == 0.0
                && f.abs() < 9.0e15
                && !n.is_i64()
                && !n.is_u64()
            {
                return Value::from(f as i64);
            }
            Value::Number(n)
        }
        Value::Array(a) => Value::Array(a.into_iter().map(canonical_value).collect()),
        Value::Object(m) => {
            let mut entries: Vec<(String, Value)> = m.into_iter().map(|(k, v)| (k, canonical_value(v))).collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            Value::Object(entries.into_iter().collect())
        }
        other => other,
    }
}

/// Sorted, unique, canonical values.
pub fn canonical_set(values: Vec<Value>) -> Vec<Value> {
    let mut keyed: Vec<(String, Value)> = values
        .into_iter()
        .map(canonical_value)
        .map(|v| (serde_json::to_string(&v).unwrap_or_default(), v))
        .collect();
    keyed.sort_by(|a, b| a.0.cmp(&b.0));
    keyed.dedup_by(|a, b| a.0 == b.0);
    keyed.into_iter().map(|(_, v)| v).collect()
}

pub fn intersect_values(a: &[Value], b: &[Value]) -> Vec<Value> {
    a.iter().filter(|v| b.contains(v)).cloned().collect()
}
