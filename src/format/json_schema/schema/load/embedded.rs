//! Schemas embedded in a larger document: the Schema Objects of an OpenAPI description, the
//! payloads of an AsyncAPI one.
//!
//! [`EmbeddedLoader`] loads any number of schemas, each at a JSON Pointer of one of the
//! document's files, into **one** [`Graph`]: a component schema that a hundred operations
//! reference is normalized once and shared, `$ref`s between schemas (`#/components/schemas/…`)
//! and into other files of the registry resolve as they do for a plain JSON Schema, and the
//! API format's own references (to path items, parameters, responses, messages) open their
//! files through the same loader, so every file is read and parsed once.
//!
//! How to use it (an API format's loader):
//!
//! ```ignore
//! let mut loader = EmbeddedLoader::new(Some(source), path, root_file, Draft::Draft4, Dialect::OPENAPI_30);
//! // walk the API document through `loader.value(file)`, following the format's own `$ref`s
//! // with `loader.open(file, pointer, "other.yaml")`, and for every Schema Object:
//! let id = loader.schema(file, "/paths/~1orders/post/requestBody/content/application~1json/schema")?;
//! let graph = loader.finish(); // every schema normalized and simplified
//! ```
//!
//! The graph's `root` is a placeholder (`true`): an API document has no root schema. Diff node
//! pairs of two such graphs with [`crate::format::json_schema::diff::engine::run_roots`], or
//! with a role through `crate::format::api`.

use super::{Loader, describe_value, get, normalize_path};
use crate::error::{Error, ErrorKind, Result};
use crate::format::json_schema::schema::{Draft, Graph, Id, Node, Obj, Origin, Schema, Types};
use crate::source::{FileSource, SourceFile};
use serde_json::Value;
use std::collections::BTreeMap;
use std::rc::Rc;

/// Keywords an API description adds to the JSON Schema dialect of its Schema Objects,
/// normalized away while loading so that the engine compares plain JSON Schema.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Dialect {
    /// OpenAPI 3.0's `nullable: true`: `null` joins the types that `type` names in the same
    /// Schema Object (without `type` it has no effect, and an `enum` still has to list `null`,
    /// as OpenAPI 3.0.3 clarifies).
    pub nullable: bool,
    /// OpenAPI's `discriminator` beside `oneOf`/`anyOf` of `$ref`s: each branch is taken only
    /// when the discriminating property holds one of its mapped values (the `mapping` entries
    /// that name it, else the referenced schema's name), so that changing the mapping changes
    /// which payloads are valid.
    pub discriminator: bool,
    /// Keywords that are annotations in this dialect (`example`, `xml`, `externalDocs`):
    /// compared as annotations rather than as unknown extensions.
    pub openapi_annotations: bool,
}

impl Dialect {
    /// The Schema Object of OpenAPI 3.0 (an extended subset of JSON Schema draft 4/5).
    pub const OPENAPI_30: Dialect = Dialect {
        nullable: true,
        discriminator: true,
        openapi_annotations: true,
    };
    /// The Schema Object of OpenAPI 3.1 (JSON Schema 2020-12 plus the OpenAPI vocabulary).
    pub const OPENAPI_31: Dialect = Dialect {
        nullable: false,
        discriminator: true,
        openapi_annotations: true,
    };
}

impl Loader<'_> {
    /// The dialect's keywords of the schema object `map` at `pointer`, folded into `o`.
    pub(super) fn apply_dialect(
        &mut self,
        file: u32,
        pointer: &str,
        map: &serde_json::Map<String, Value>,
        o: &mut Obj,
    ) {
        if self.dialect.nullable {
            if get(map, "nullable") == Some(&Value::Bool(true))
                && let Some(t) = o.types
            {
                o.types = Some(t.union(Types::NULL));
            }
            o.extensions.remove("nullable");
        }
        if self.dialect.openapi_annotations {
            for k in ["example", "xml", "externalDocs"] {
                o.extensions.remove(k);
            }
        }
        if self.dialect.discriminator
            && let Some(Value::Object(d)) = get(map, "discriminator")
        {
            o.extensions.remove("discriminator");
            let Some(property) = d.get("propertyName").and_then(Value::as_str) else {
                return;
            };
            let mapping: BTreeMap<&str, String> = d
                .get("mapping")
                .and_then(Value::as_object)
                .map(|m| {
                    m.iter()
                        .filter_map(|(k, v)| v.as_str().map(|v| (k.as_str(), mapping_target(v))))
                        .collect()
                })
                .unwrap_or_default();
            let origin = Origin {
                file,
                pointer: format!("{pointer}/discriminator").into(),
            };
            for (keyword, list) in [("oneOf", &mut o.one_of), ("anyOf", &mut o.any_of)] {
                let Some(Value::Array(raw)) = get(map, keyword) else {
                    continue;
                };
                for (i, branch) in raw.iter().enumerate() {
                    let Some(reference) = branch.get("$ref").and_then(Value::as_str) else {
                        continue;
                    };
                    let Some(slot) = list.get_mut(i) else { continue };
                    let mut values: Vec<Value> = mapping
                        .iter()
                        .filter(|(_, target)| **target == reference)
                        .map(|(v, _)| Value::String((*v).to_string()))
                        .collect();
                    if values.is_empty() {
                        // The implicit mapping: the name of the referenced schema.
                        let name = reference.rsplit('/').next().unwrap_or(reference);
                        values.push(Value::String(crate::source::unescape_token(name)));
                    }
                    *slot = self.tagged_branch(*slot, property, values, &origin);
                }
            }
        }
    }

    /// `{allOf: [branch], properties: {property: {enum: values}}, required: [property]}`.
    fn tagged_branch(&mut self, branch: Id, property: &str, values: Vec<Value>, origin: &Origin) -> Id {
        let tag = self.graph.push(Node {
            origin: origin.clone(),
            schema: Schema::Obj(Rc::new(Obj {
                enumeration: Some(super::canonical_set(values)),
                ..Obj::default()
            })),
        });
        let mut wrapper = Obj {
            all_of: vec![branch],
            ..Obj::default()
        };
        wrapper.properties.insert(property.to_string(), tag);
        wrapper.required.insert(property.to_string());
        let branch_origin = self.graph.nodes[branch as usize].origin.clone();
        self.graph.push(Node {
            origin: branch_origin,
            schema: Schema::Obj(Rc::new(wrapper)),
        })
    }
}

/// A `mapping` value as the `$ref` it stands for (a bare name is a component schema's).
fn mapping_target(v: &str) -> String {
    if v.contains('/') || v.contains('#') {
        v.to_string()
    } else {
        format!("#/components/schemas/{v}")
    }
}

/// Loads the schemas of an API description into one graph (see the module documentation).
pub struct EmbeddedLoader<'s> {
    loader: Loader<'s>,
}

impl<'s> EmbeddedLoader<'s> {
    /// A loader over the document `root` (at registry path `path` of `source`; without a
    /// source, references to other files are reported as external). `draft` is the JSON
    /// Schema dialect of the Schema Objects (OpenAPI 3.0: draft 4; 3.1: 2020-12 unless
    /// `jsonSchemaDialect` says otherwise).
    pub fn new(
        source: Option<&'s dyn FileSource>,
        path: &str,
        root: SourceFile,
        draft: Draft,
        dialect: Dialect,
    ) -> EmbeddedLoader<'s> {
        let mut loader = Loader::new(source, path.to_string());
        loader.graph.draft = draft;
        loader.dialect = dialect;
        let file = loader.add_file(root, path.to_string());
        // An API document has no root schema: the root is a placeholder that accepts everything.
        loader.graph.root = loader.graph.push(Node {
            origin: Origin {
                file,
                pointer: "".into(),
            },
            schema: Schema::Bool(true),
        });
        EmbeddedLoader { loader }
    }

    /// The parsed document of file `file` (0 is the root).
    pub fn value(&self, file: u32) -> &Value {
        &self.loader.values[file as usize]
    }

    /// A shared handle on the parsed document of file `file`, for walking it while loading.
    pub fn value_rc(&self, file: u32) -> Rc<Value> {
        self.loader.values[file as usize].clone()
    }

    /// The files read so far.
    pub fn file_count(&self) -> u32 {
        self.loader.graph.files.len() as u32
    }

    /// The registry-relative path of file `file`.
    pub fn file_path(&self, file: u32) -> &str {
        &self.loader.graph.file_paths[file as usize]
    }

    /// An error located at `pointer` of file `file`.
    pub fn error_at(&self, file: u32, pointer: &str, kind: ErrorKind, message: String) -> Error {
        let f = &self.loader.graph.files[file as usize];
        Error::new(kind, message).at(f.location_in(&self.loader.values[file as usize], pointer))
    }

    /// Opens the file that a relative reference written at `pointer` of file `from` names,
    /// resolved against that file's folder, confined to the registry: `Ok(None)` when it leaves
    /// the registry root or there is no registry to read from (the caller reports it). A file
    /// already open is not read again.
    pub fn open(&mut self, from: u32, pointer: &str, relative: &str) -> Result<Option<u32>> {
        self.loader.open_relative(from, pointer, relative)
    }

    /// The registry-relative path a relative reference from file `from` names, without
    /// reading it (`None` when it leaves the registry root).
    pub fn path_of(&self, from: u32, relative: &str) -> Option<String> {
        let base = std::path::Path::new(self.file_path(from))
            .parent()
            .unwrap_or(std::path::Path::new(""))
            .to_path_buf();
        normalize_path(&base.join(relative))
    }

    /// The node of the schema at `pointer` of file `file`, loaded (with everything it
    /// references) if it was not already: a schema reached twice is one node.
    pub fn schema(&mut self, file: u32, pointer: &str) -> Result<Id> {
        if crate::format::json_schema::schema::load::pointer_get(&self.loader.values[file as usize], pointer).is_none()
        {
            return Err(self.error_at(
                file,
                pointer,
                ErrorKind::Reference,
                format!("nothing at JSON Pointer #{pointer}"),
            ));
        }
        let value = self.loader.values[file as usize].clone();
        let at = crate::format::json_schema::schema::load::pointer_get(&value, pointer).unwrap_or(&Value::Null);
        if !matches!(at, Value::Object(_) | Value::Bool(_)) {
            return Err(self.error_at(
                file,
                pointer,
                ErrorKind::Schema,
                format!(
                    "expected a Schema Object (an object or a boolean), found {}",
                    describe_value(at)
                ),
            ));
        }
        let id = self.loader.node_at(file, pointer.to_string());
        while let Some((id, file, pointer)) = self.loader.pending.pop() {
            self.loader.fill(id, file, &pointer)?;
        }
        Ok(id)
    }

    /// A node that accepts everything (for a schema the API leaves out: any content).
    pub fn any(&mut self, file: u32, pointer: &str) -> Id {
        self.loader.graph.push(Node {
            origin: Origin {
                file,
                pointer: pointer.into(),
            },
            schema: Schema::Bool(true),
        })
    }

    /// Records a reference that is reported rather than followed (a URL, a file outside the
    /// registry), written at `pointer` of file `file`.
    pub fn report_external(&mut self, file: u32, pointer: &str, reference: &str) {
        self.loader.graph.external_refs.push((
            Origin {
                file,
                pointer: pointer.into(),
            },
            reference.to_string(),
        ));
    }

    /// A warning to show with the diff (deduplicated there).
    pub fn warn(&mut self, message: String) {
        self.loader.graph.warnings.push(message);
    }

    /// The graph: every schema loaded, normalized and simplified; the files' documents back
    /// in place.
    pub fn finish(mut self) -> Graph {
        for (f, value) in self
            .loader
            .graph
            .files
            .iter_mut()
            .zip(std::mem::take(&mut self.loader.values))
        {
            f.value = Rc::try_unwrap(value).unwrap_or_else(|shared| (*shared).clone());
        }
        super::super::merge::simplify(&mut self.loader.graph);
        self.loader.graph
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::MemorySource;

    fn graph_of(text: &str, pointers: &[&str], draft: Draft, dialect: Dialect) -> (Graph, Vec<Id>) {
        let source = MemorySource::default();
        let file = SourceFile::parse("api.yaml", text.to_string()).unwrap();
        let mut loader = EmbeddedLoader::new(Some(&source), "api.yaml", file, draft, dialect);
        let ids = pointers.iter().map(|p| loader.schema(0, p).unwrap()).collect();
        (loader.finish(), ids)
    }

    #[test]
    fn a_shared_component_is_one_node() {
        let text = "components:\n  schemas:\n    Id: {type: string}\n    A: {properties: {id: {$ref: '#/components/schemas/Id'}}}\n    B: {properties: {id: {$ref: '#/components/schemas/Id'}}}\n";
        let (g, ids) = graph_of(
            text,
            &["/components/schemas/A", "/components/schemas/B"],
            Draft::Draft202012,
            Dialect::OPENAPI_31,
        );
        let a = g.obj(ids[0]).unwrap().properties["id"];
        let b = g.obj(ids[1]).unwrap().properties["id"];
        assert_eq!(g.resolve(a), g.resolve(b));
    }

    #[test]
    fn nullable_adds_null_to_the_types_of_its_own_object_only() {
        let text = "s:\n  a: {type: string, nullable: true}\n  b: {nullable: true}\n  c: {type: string, enum: [x], nullable: true}\n";
        let (g, ids) = graph_of(text, &["/s/a", "/s/b", "/s/c"], Draft::Draft4, Dialect::OPENAPI_30);
        let a = g.obj(ids[0]).unwrap();
        assert_eq!(a.types, Some(Types::STRING.union(Types::NULL)));
        assert!(!a.extensions.contains_key("nullable"));
        assert!(g.is_true(ids[1]), "nullable without type constrains nothing");
        // the enum still decides: null is not among its values
        let c = g.obj(ids[2]).unwrap();
        assert_eq!(c.enumeration.as_deref(), Some(&[Value::String("x".into())][..]));
    }

    #[test]
    fn without_the_dialect_nullable_is_an_unknown_keyword() {
        let text = "s: {type: string, nullable: true}\n";
        let (g, ids) = graph_of(text, &["/s"], Draft::Draft202012, Dialect::OPENAPI_31);
        assert_eq!(g.obj(ids[0]).unwrap().types, Some(Types::STRING));
    }

    #[test]
    fn a_discriminator_tags_each_branch_with_its_mapped_values() {
        let text = "components:\n  schemas:\n    Pet:\n      oneOf: [{$ref: '#/components/schemas/Cat'}, {$ref: '#/components/schemas/Dog'}]\n      discriminator: {propertyName: kind, mapping: {cat: '#/components/schemas/Cat', kitty: Cat}}\n    Cat: {type: object}\n    Dog: {type: object}\n";
        let (g, ids) = graph_of(
            text,
            &["/components/schemas/Pet"],
            Draft::Draft202012,
            Dialect::OPENAPI_31,
        );
        let pet = g.obj(ids[0]).unwrap();
        assert!(!pet.extensions.contains_key("discriminator"));
        // the tagged branches are disjoint, so the oneOf reads as an anyOf
        assert!(pet.one_of.is_empty());
        let tags: Vec<Vec<Value>> = pet
            .any_of
            .iter()
            .map(|b| {
                let o = g.obj(*b).unwrap();
                assert!(o.required.contains("kind"));
                g.obj(o.properties["kind"]).unwrap().enumeration.clone().unwrap()
            })
            .collect();
        assert_eq!(tags[0], vec![Value::from("cat"), Value::from("kitty")]);
        assert_eq!(tags[1], vec![Value::from("Dog")], "implicit mapping: the schema's name");
    }

    #[test]
    fn a_pointer_at_nothing_or_at_a_non_schema_is_an_error() {
        let source = MemorySource::default();
        let file = SourceFile::parse("api.yaml", "a: 3\n".to_string()).unwrap();
        let mut loader = EmbeddedLoader::new(Some(&source), "api.yaml", file, Draft::Draft4, Dialect::OPENAPI_30);
        let e = loader.schema(0, "/b").unwrap_err();
        assert!(e.message.contains("nothing at JSON Pointer"), "{e}");
        let e = loader.schema(0, "/a").unwrap_err();
        assert!(e.message.contains("expected a Schema Object"), "{e}");
    }

    #[test]
    fn references_into_other_files_are_read_through_the_source() {
        let mut source = MemorySource::default();
        source.files.insert(
            "common/money.yaml".into(),
            "Money: {type: integer, minimum: 0}\n".into(),
        );
        let text = "s: {$ref: 'common/money.yaml#/Money'}\n";
        let file = SourceFile::parse("api.yaml", text.to_string()).unwrap();
        let mut loader = EmbeddedLoader::new(Some(&source), "api.yaml", file, Draft::Draft4, Dialect::OPENAPI_30);
        let id = loader.schema(0, "/s").unwrap();
        let g = loader.finish();
        assert_eq!(
            g.file_paths,
            vec!["api.yaml".to_string(), "common/money.yaml".to_string()]
        );
        assert_eq!(g.obj(id).unwrap().types, Some(Types::INTEGER));
    }
}
