//! Verification: schemas compiled offline with the jsonschema crate (nothing is ever
//! fetched), with the draft each version declares.

use super::*;

/// A retriever that refuses everything: nothing is fetched from the network or disk.
pub(super) struct NoFetch;

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
pub(super) type CompileError = (String, Option<String>);

pub(super) fn compile(docs: &SchemaDocs, draft: Draft) -> Result<Validator, CompileError> {
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

/// Every document of a version in one registry, for compiling validators of its subschemas
/// (see [`compile_node`]).
pub(super) fn node_registry(docs: &SchemaDocs, draft: Draft) -> Option<Registry<'static>> {
    let root_key = norm_uri(&docs.root_uri);
    // The registry keeps its own copy: it lives beside the documents it was made from.
    let mut all: Vec<(String, Value)> = vec![(root_key.clone(), docs.root.clone())];
    all.extend(
        docs.others
            .iter()
            .map(|(u, v)| (norm_uri(u), v.clone()))
            .filter(|(u, _)| *u != root_key),
    );
    Registry::new()
        .retriever(NoFetch)
        .draft(draft)
        .extend(all)
        .ok()?
        .prepare()
        .ok()
}

/// A validator for the subschema at `pointer` of document `doc` of a version (0: the root,
/// then `others` in order), resolving `$ref`s as the whole version does.
pub(super) fn compile_node(
    docs: &SchemaDocs,
    registry: &Registry<'static>,
    draft: Draft,
    doc: usize,
    pointer: &str,
) -> Option<Validator> {
    let target = match doc {
        0 => norm_uri(&docs.root_uri),
        i => norm_uri(&docs.others.get(i - 1)?.0),
    };
    let wrapper = json!({ "$ref": format!("{target}#{}", encode_uri(pointer)) });
    jsonschema::options()
        .with_draft(draft)
        .with_retriever(NoFetch)
        .with_registry(registry)
        .with_base_uri("urn:schemata:node".to_string())
        .build(&wrapper)
        .ok()
}

/// The draft to compile with: from `$schema`; when absent (or unknown), draft 7 if the schema
/// uses draft-7-only forms (array `items`, `additionalItems`, `dependencies`), else 2020-12.
pub(super) fn detect_draft(root: &Value) -> Draft {
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

pub(super) fn uses_legacy_forms(s: &Value, depth: usize) -> bool {
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
