//! Format detection is exact: every file is read as the format that defines it, a format
//! schemata does not read yet is a clear error (exit 2), and nothing is silently diffed as a
//! JSON Schema.

mod common;

use common::{Repo, run_in};
use serde_json::Value;

const OPENAPI: &str = "openapi: 3.0.3\ninfo: {title: Orders, version: 1.0.0}\npaths: {}\n";
const ASYNCAPI: &str = "asyncapi: 2.6.0\ninfo: {title: Events, version: 1.0.0}\nchannels: {}\n";
const AVRO: &str = r#"{"type": "record", "name": "Order", "fields": [{"name": "id", "type": "string"}]}"#;
const GRAPHQL: &str = "type Query { order(id: ID!): String }\n";
const PROTO: &str = "syntax = \"proto3\";\nmessage Order { string id = 1; }\n";

fn detected(path: &str, text: &str) -> Result<schemata::Format, String> {
    let file = schemata::format::parse(path.to_string(), path, text.to_string(), None).map_err(|e| e.to_string())?;
    schemata::format::detect(path, &file).map_err(|e| e.to_string())
}

#[test]
fn each_format_is_told_by_what_defines_it() {
    use schemata::Format::*;
    assert_eq!(detected("a.yaml", OPENAPI), Ok(OpenApi));
    assert_eq!(detected("a.json", r#"{"openapi": "3.1.0", "info": {}}"#), Ok(OpenApi));
    assert_eq!(detected("a.yaml", ASYNCAPI), Ok(AsyncApi));
    assert_eq!(detected("a.json", AVRO), Ok(Avro));
    assert_eq!(detected("a.avsc", AVRO), Ok(Avro));
    assert_eq!(detected("a.json", r#"["null", "string"]"#), Ok(Avro));
    assert_eq!(detected("a.graphql", GRAPHQL), Ok(GraphQl));
    assert_eq!(detected("a.gql", GRAPHQL), Ok(GraphQl));
    assert_eq!(detected("a.proto", PROTO), Ok(Protobuf));
    assert_eq!(detected("a.json", r#"{"type": "object"}"#), Ok(JsonSchema));
    assert_eq!(detected("a.json", "true"), Ok(JsonSchema));
    // `type: record` without a name is not an Avro declaration; JSON Schema says it is an
    // unknown type, which its own loader reports.
    assert_eq!(detected("a.json", r#"{"type": "record"}"#), Ok(JsonSchema));
    // A property named `openapi` inside a JSON Schema is not a top-level `openapi:` string.
    assert_eq!(
        detected("a.json", r#"{"properties": {"openapi": {"type": "string"}}}"#),
        Ok(JsonSchema)
    );
}

#[test]
fn documents_of_no_known_kind_are_errors() {
    for (text, what) in [("[1, 2]", "an array"), ("42", "a number"), ("\"hello\"", "a string")] {
        let e = detected("a.json", text).unwrap_err();
        assert!(e.contains("is not a schema") && e.contains(what), "{text}: {e}");
    }
    let e = detected("a.yaml", "swagger: '2.0'\ninfo: {title: x, version: '1'}\npaths: {}\n").unwrap_err();
    assert!(e.contains("Swagger 2.0"), "{e}");
}

#[test]
fn an_unsupported_format_is_a_clear_error_never_a_silent_json_schema() {
    let dir = tempfile::tempdir().unwrap();
    let supported = schemata::Format::supported().collect::<Vec<_>>();
    for (name, text, format) in [
        ("api.yaml", OPENAPI, schemata::Format::OpenApi),
        ("events.yaml", ASYNCAPI, schemata::Format::AsyncApi),
        ("order.avsc", AVRO, schemata::Format::Avro),
        ("schema.graphql", GRAPHQL, schemata::Format::GraphQl),
        ("order.proto", PROTO, schemata::Format::Protobuf),
    ] {
        if supported.contains(&format) {
            continue;
        }
        std::fs::write(dir.path().join(name), text).unwrap();
        let (code, out, err) = run_in(dir.path(), &["diff", name, name], &[]);
        assert_eq!(code, 2, "{name}: {out}{err}");
        assert!(
            err.contains(&format!("{} document", format.title())) && err.contains("does not read"),
            "{name}: {err}"
        );
    }
}

#[test]
fn the_config_names_formats_and_rejects_unknown_ones() {
    let mut repo = Repo::new();
    repo.write("schemas/a.json", r#"{"type": "string"}"#);
    repo.write(
        "schemata.yaml",
        "schemas:\n  - path: \"schemas/*.json\"\n    format: jsonschema\n",
    );
    repo.commit("one");
    let (code, out, err) = run_in(repo.path(), &["list", "--format", "json"], &[]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schemas"][0]["format"], "jsonschema");

    repo.write(
        "schemata.yaml",
        "schemas:\n  - path: \"schemas/*.json\"\n    format: xml\n",
    );
    let (code, _, err) = run_in(repo.path(), &["list"], &[]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown format \"xml\"") && err.contains("schemata.yaml:3"),
        "{err}"
    );
}

#[test]
fn list_shows_each_files_detected_format() {
    let mut repo = Repo::new();
    repo.write("schemas/a.json", r#"{"type": "string"}"#);
    repo.write("schemas/api.yaml", OPENAPI);
    repo.commit("one");
    let (code, out, err) = run_in(repo.path(), &["list", "--format", "json"], &[]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    let formats: Vec<(&str, &str)> = v["schemas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (s["path"].as_str().unwrap(), s["format"].as_str().unwrap()))
        .collect();
    assert_eq!(
        formats,
        vec![("schemas/a.json", "jsonschema"), ("schemas/api.yaml", "openapi")]
    );
}

#[test]
fn rules_lists_one_formats_catalogue() {
    let dir = tempfile::tempdir().unwrap();
    let (code, out, _) = run_in(
        dir.path(),
        &["rules", "--format", "jsonschema", "--format", "json"],
        &[],
    );
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    let list = v.as_array().unwrap();
    assert!(!list.is_empty());
    assert!(
        list.iter().all(|r| r["format"] == "jsonschema" || r["format"] == "any"),
        "{out}"
    );
    let (code, _, err) = run_in(dir.path(), &["rules", "--format", "xml"], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("openapi"), "{err}");
}
