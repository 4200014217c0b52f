//! `schemata import confluent` and `schemata export confluent`: a registry exported and
//! imported again has the same versions and the same files; a newer export adds only what
//! is new; a `_schemas` topic dump reads as the REST layout does; bad input and unsafe
//! states exit 2 and write nothing. Everything is files: no registry is contacted.

mod common;

use common::Repo;
use proptest::prelude::*;
use serde_json::{Value, json};
use std::path::Path;

fn head(r: &Repo) -> Option<git2::Oid> {
    r.git.head().ok().and_then(|h| h.target())
}

fn tags(r: &Repo) -> Vec<String> {
    let mut t: Vec<String> = r
        .git
        .tag_names(None)
        .unwrap()
        .iter()
        .flatten()
        .flatten()
        .map(str::to_string)
        .collect();
    t.sort();
    t
}

/// Every file under a folder, as (relative path, content).
fn files(dir: &Path) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && !e.path().components().any(|c| c.as_os_str() == ".git"))
        .map(|e| {
            (
                e.path().strip_prefix(dir).unwrap().to_string_lossy().into_owned(),
                std::fs::read_to_string(e.path()).unwrap(),
            )
        })
        .collect();
    out.sort();
    out
}

/// (schema name, [versions]) of every JSON Schema of a registry, from `log --format json`.
fn lineages(r: &Repo) -> Vec<(String, Vec<String>)> {
    let log = r.json(&["log", "--format", "json"]);
    let mut out: Vec<(String, Vec<String>)> = log["schemas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| {
            let versions = s["entries"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|e| e["version"].as_str().map(str::to_string))
                .collect();
            (s["name"].as_str().unwrap().to_string(), versions)
        })
        .collect();
    out.sort();
    out
}

/// A registry in git with JSON Schema (JSON and YAML, nested folders, a `$ref` to another
/// schema), Avro and Protobuf (with an import) files, and a subject-level mode.
fn source_registry() -> Repo {
    let mut r = Repo::new();
    r.write(
        "schemata.yaml",
        "schemas:\n  - path: \"schemas/orders.json\"\n    compatibility: full\n  - path: \"schemas/**/*.{json,yaml,avsc,proto}\"\n",
    );
    r.write(
        "schemas/common/money.json",
        r#"{"type": "object", "properties": {"amount": {"type": "integer"}, "currency": {"type": "string"}}}"#,
    );
    r.write(
        "schemas/orders.json",
        r#"{"type": "object", "properties": {"id": {"type": "string"}, "total": {"$ref": "common/money.json"}}, "required": ["id"]}"#,
    );
    r.write(
        "schemas/acme/types.proto",
        "syntax = \"proto3\";\npackage acme;\nmessage Money { int64 amount = 1; }\n",
    );
    r.commit("first schemas");
    r.write(
        "schemas/users.yaml",
        "type: object\nproperties:\n  name: {type: string}\n",
    );
    r.write(
        "schemas/payments.avsc",
        r#"{"type": "record", "name": "Payment", "namespace": "com.acme", "fields": [{"name": "id", "type": "string"}]}"#,
    );
    r.write(
        "schemas/ledger.proto",
        "syntax = \"proto3\";\nimport \"acme/types.proto\";\nmessage Entry { acme.Money amount = 1; }\n",
    );
    r.commit("users, payments, ledger");
    r.write(
        "schemas/common/money.json",
        r#"{"type": "object", "properties": {"amount": {"type": "integer"}, "currency": {"type": "string", "maxLength": 3}}}"#,
    );
    r.commit("currency codes are three letters");
    r.write(
        "schemas/orders.json",
        r#"{"type": "object", "properties": {"id": {"type": "string"}, "total": {"$ref": "common/money.json"}, "status": {"enum": ["new", "paid"]}}, "required": ["id"]}"#,
    );
    r.write(
        "schemas/users.yaml",
        "type: object\nproperties:\n  name: {type: string}\n  email: {type: string}\n",
    );
    r.commit("status and email");
    r
}

fn export(r: &Repo, out: &Path) {
    let (code, stdout, err) = r.run(&[
        "export",
        "confluent",
        "--out",
        out.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(code, 0, "{stdout}\n{err}");
    let summary: Value = serde_json::from_str(&stdout).unwrap();
    assert_eq!(summary["out"], out.display().to_string());
    assert!(summary["versions"].as_u64().unwrap() > 0, "{summary}");
}

fn import(r: &Repo, source: &Path) -> Value {
    let (code, out, err) = r.run(&["import", "confluent", source.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0, "{out}\n{err}");
    serde_json::from_str(&out).unwrap()
}

#[test]
fn export_then_import_gives_the_same_versions_and_files() {
    let original = source_registry();
    let tmp = tempfile::tempdir().unwrap();
    let first = tmp.path().join("first");
    export(&original, &first);

    // What a registry would be fed: bodies with schema, schemaType, references.
    let order2: Value =
        serde_json::from_str(&std::fs::read_to_string(first.join("subjects/orders/versions/2.json")).unwrap()).unwrap();
    assert_eq!(order2["schemaType"], "JSON");
    assert_eq!(
        order2["references"],
        json!([{"name": "common/money.json", "subject": "common/money", "version": 2}])
    );
    let ledger: Value =
        serde_json::from_str(&std::fs::read_to_string(first.join("subjects/ledger/versions/1.json")).unwrap()).unwrap();
    assert_eq!(ledger["schemaType"], "PROTOBUF");
    assert_eq!(ledger["references"][0]["subject"], "acme/types");
    let config: Value =
        serde_json::from_str(&std::fs::read_to_string(first.join("config/orders.json")).unwrap()).unwrap();
    assert_eq!(config["compatibilityLevel"], "FULL");

    let copy = Repo::new();
    let summary = import(&copy, &first);
    assert_eq!(summary["already_imported"], 0);
    assert!(summary["versions"].as_u64().unwrap() >= 8, "{summary}");
    // The same version lineage for every schema schemata reads.
    assert_eq!(lineages(&copy), lineages(&original));
    // The same documents (YAML became JSON; formatting may differ, meaning may not).
    for (path, name) in [
        ("schemas/orders.json", "schemas/orders.json"),
        ("schemas/common/money.json", "schemas/common/money.json"),
        ("schemas/payments.avsc", "schemas/payments.avsc"),
    ] {
        let a: Value = serde_json::from_str(&std::fs::read_to_string(original.path().join(path)).unwrap()).unwrap();
        let b: Value = serde_json::from_str(&std::fs::read_to_string(copy.path().join(name)).unwrap()).unwrap();
        assert_eq!(a, b, "{path}");
    }
    let users: Value =
        serde_yaml::from_str(&std::fs::read_to_string(original.path().join("schemas/users.yaml")).unwrap()).unwrap();
    let users_copy: Value =
        serde_json::from_str(&std::fs::read_to_string(copy.path().join("schemas/users.json")).unwrap()).unwrap();
    assert_eq!(users, users_copy);
    assert_eq!(
        std::fs::read_to_string(copy.path().join("schemas/ledger.proto")).unwrap(),
        std::fs::read_to_string(original.path().join("schemas/ledger.proto")).unwrap()
    );
    // The subject's level is in the config; a tag per version.
    let config = std::fs::read_to_string(copy.path().join("schemata.yaml")).unwrap();
    assert!(
        config.contains("- path: \"schemas/orders.json\"\n    compatibility: full"),
        "{config}"
    );
    let t = tags(&copy);
    assert!(t.contains(&"schemas/orders@1.0.0".to_string()), "{t:?}");
    assert!(t.contains(&"schemas/common/money@2.0.0".to_string()), "{t:?}");
    assert_eq!(copy.run(&["list"]).0, 0);

    // And exported again: byte for byte the same export.
    let second = tmp.path().join("second");
    export(&copy, &second);
    assert_eq!(files(&first), files(&second));
}

#[test]
fn a_newer_export_adds_only_what_is_new() {
    let mut original = source_registry();
    let tmp = tempfile::tempdir().unwrap();
    let old = tmp.path().join("old");
    export(&original, &old);
    original.write(
        "schemas/orders.json",
        r#"{"type": "object", "properties": {"id": {"type": "string"}, "total": {"$ref": "common/money.json"}, "status": {"enum": ["new", "paid", "void"]}}, "required": ["id"]}"#,
    );
    original.write("schemas/refunds.json", r#"{"type": "object"}"#);
    original.commit("void orders, refunds");
    let new = tmp.path().join("new");
    export(&original, &new);

    let copy = Repo::new();
    let first = import(&copy, &old);
    let after_first = head(&copy).unwrap();
    let tags_first = tags(&copy);
    let second = import(&copy, &new);
    assert_eq!(second["already_imported"], first["versions"]);
    assert_eq!(second["versions"], 2, "{second}");
    let orders_now = original.versions("schemas/orders").last().unwrap().1.clone();
    assert_eq!(
        second["tags"],
        json!([format!("schemas/orders@{orders_now}"), "schemas/refunds@1.0.0"])
    );
    // The new commits sit on top of the old ones, the old tags unchanged.
    let mut walk = copy.git.revwalk().unwrap();
    walk.push_head().unwrap();
    let ids: Vec<git2::Oid> = walk.map(Result::unwrap).collect();
    assert_eq!(ids[2], after_first);
    assert!(tags_first.iter().all(|t| tags(&copy).contains(t)));
    assert_eq!(lineages(&copy), lineages(&original));
    // Once more: nothing to add, HEAD stays.
    let tip = head(&copy);
    let third = import(&copy, &new);
    assert_eq!(third["versions"], 0);
    assert_eq!(third["commits"], 0);
    assert_eq!(head(&copy), tip);
}

#[test]
fn a_topic_dump_imports_like_the_rest_layout() {
    let tmp = tempfile::tempdir().unwrap();
    let key = |s: &str, v: u32| json!({"keytype": "SCHEMA", "subject": s, "version": v, "magic": 1}).to_string();
    let value = |s: &str, v: u32, id: u32, schema: &str| {
        json!({"subject": s, "version": v, "id": id, "schemaType": "JSON", "schema": schema, "deleted": false})
            .to_string()
    };
    let lines = [
        // kcat -J: key and payload as JSON strings.
        json!({"topic": "_schemas", "offset": 0, "key": json!({"keytype": "NOOP", "magic": 0}).to_string(), "payload": null}),
        json!({"key": {"keytype": "CONFIG", "subject": null, "magic": 0}, "value": {"compatibilityLevel": "FORWARD"}}),
        json!({"key": key("a", 1), "payload": value("a", 1, 1, r#"{"type":"string"}"#)}),
        json!({"key": key("b", 1), "payload": value("b", 1, 2, r#"{"type":"integer"}"#)}),
        json!({"key": key("a", 2), "payload": value("a", 2, 3, r#"{"type":"string","maxLength":5}"#)}),
        // b version 1 soft-deleted, a version 2's record repeated by compaction.
        json!({"key": key("b", 1), "value": json!({"subject": "b", "version": 1, "id": 2, "schemaType": "JSON", "schema": "{}", "deleted": true})}),
        json!({"key": key("a", 2), "payload": value("a", 2, 3, r#"{"type":"string","maxLength":5}"#)}),
        json!({"key": {"keytype": "CONFIG", "subject": "a", "magic": 0}, "value": {"compatibilityLevel": "NONE"}}),
        json!({"key": key("c", 1), "value": value("c", 1, 4, r#"{"type":"boolean"}"#)}),
        json!({"key": key("c", 1), "value": null}),
    ];
    let dump = tmp.path().join("schemas.jsonl");
    std::fs::write(&dump, lines.iter().map(|l| l.to_string() + "\n").collect::<String>()).unwrap();
    let r = Repo::new();
    let summary = import(&r, &dump);
    assert_eq!(summary["versions"], 2, "{summary}");
    assert!(r.path().join("schemas/a.json").exists());
    assert!(!r.path().join("schemas/b.json").exists(), "soft-deleted");
    assert!(!r.path().join("schemas/c.json").exists(), "tombstoned");
    let config = std::fs::read_to_string(r.path().join("schemata.yaml")).unwrap();
    assert!(
        config.contains("\"schemas/a.json\"\n    compatibility: none"),
        "{config}"
    );
    assert!(config.contains("compatibility: forward\n"), "{config}");
    assert_eq!(r.versions("schemas/a").len(), 2);
}

#[test]
fn bad_input_and_unsafe_states_exit_2_and_write_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    // Writes a file; returns the export it belongs to (its first folder, or the file itself).
    let write = |rel: &str, text: &str| {
        let p = tmp.path().join(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(&p, text).unwrap();
        match rel.split_once('/') {
            Some((top, _)) => tmp.path().join(top),
            None => p,
        }
    };
    let good = r#"{"subject": "a", "version": 1, "id": 1, "schemaType": "JSON", "schema": "{\"type\": \"string\"}"}"#;
    let cases: Vec<(std::path::PathBuf, &str)> = vec![
        (
            write("broken/subjects/a/versions/1.json", "{\"subject\": \"a\",\n  oops}"),
            "line 2",
        ),
        (
            write(
                "notype/subjects/a/versions/1.json",
                &good.replace("\"JSON\"", "\"THRIFT\""),
            ),
            "schemaType \"THRIFT\"",
        ),
        (
            write(
                "noschema/subjects/a/versions/1.json",
                r#"{"subject": "a", "version": 1, "id": 1}"#,
            ),
            "\"schema\"",
        ),
        (
            write("wrongname/subjects/a/versions/2.json", good),
            "the file name says 2",
        ),
        (
            write(
                "dangling/subjects/a/versions/1.json",
                &good.replace(
                    "}\"}",
                    "}\", \"references\": [{\"name\": \"x.json\", \"subject\": \"x\", \"version\": 1}]}",
                ),
            ),
            "references x version 1",
        ),
        (
            write("level/config.json", r#"{"compatibilityLevel": "SIDEWAYS"}"#),
            "SIDEWAYS",
        ),
        (
            write(
                "badschema/subjects/a/versions/1.json",
                &good.replace(r#"{\"type\": \"string\"}"#, "{not json"),
            ),
            "a version 1: the schema is not valid JSON",
        ),
        (
            write(
                "dump.jsonl",
                "{\"key\": {\"keytype\": \"SCHEMA\"}, \"value\": {\"subject\": 1}}\n",
            ),
            "line 1",
        ),
        (write("notjson.jsonl", "{]\n"), "line 1"),
        (tmp.path().join("missing"), "missing"),
    ];
    // A config.json alone still needs subjects/.
    write("level/subjects/a/versions/1.json", good);
    let mut r = Repo::new();
    r.write("README.md", "a registry\n");
    r.commit("first");
    let before = (head(&r), tags(&r));
    for (source, expected) in &cases {
        let (code, out, err) = r.run(&["import", "confluent", source.to_str().unwrap()]);
        assert_eq!(code, 2, "{source:?}: {out}\n{err}");
        assert!(err.contains(expected), "{source:?}: expected {expected:?} in\n{err}");
        assert!(!err.contains("panicked"), "{err}");
        assert_eq!((head(&r), tags(&r)), before, "{source:?} wrote something");
    }
    let valid = write("valid/subjects/a/versions/1.json", good);
    // A dirty work tree is refused, the user's file untouched.
    r.write("notes.txt", "mine\n");
    let (code, _, err) = r.run(&["import", "confluent", valid.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(
        err.contains("uncommitted changes (notes.txt)") && err.contains("hint: commit or stash"),
        "{err}"
    );
    assert_eq!((head(&r), tags(&r)), before);
    assert_eq!(std::fs::read_to_string(r.path().join("notes.txt")).unwrap(), "mine\n");
    r.remove("notes.txt");
    // A detached HEAD is refused.
    r.git.set_head_detached(head(&r).unwrap()).unwrap();
    let (code, _, err) = r.run(&["import", "confluent", valid.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("detached"), "{err}");
    r.git.set_head("refs/heads/main").unwrap();
    // An unsafe --prefix.
    let (code, _, err) = r.run(&["import", "confluent", valid.to_str().unwrap(), "--prefix", "../up"]);
    assert_eq!(code, 2, "{err}");
    // A config the import cannot add to.
    r.write("schemata.yaml", "schemas: [{path: \"x/*.json\"}]\n");
    r.commit("flow-style config");
    let tip = head(&r);
    let (code, _, err) = r.run(&["import", "confluent", valid.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("block list"), "{err}");
    assert_eq!(head(&r), tip);
    // Export never writes into a folder that holds something.
    let busy = tmp.path().join("busy");
    std::fs::create_dir_all(&busy).unwrap();
    std::fs::write(busy.join("keep.txt"), "x").unwrap();
    let source = source_registry();
    let (code, _, err) = source.run(&["export", "confluent", "--out", busy.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
    assert_eq!(files(&busy), vec![("keep.txt".to_string(), "x".to_string())]);
}

#[test]
fn an_existing_config_keeps_its_entries_and_the_import_block_is_rewritten_in_place() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("export");
    let body = |subject: &str, id: u32| json!({"subject": subject, "version": 1, "id": id, "schemaType": "JSON", "schema": "{\"type\": \"object\"}"});
    std::fs::create_dir_all(dir.join("subjects/a/versions")).unwrap();
    std::fs::write(dir.join("subjects/a/versions/1.json"), body("a", 1).to_string()).unwrap();
    std::fs::create_dir_all(dir.join("config")).unwrap();
    std::fs::write(dir.join("config/a.json"), r#"{"compatibilityLevel": "FULL"}"#).unwrap();
    let mut r = Repo::new();
    r.write(
        "schemata.yaml",
        "# ours\nschemas:\n  - path: \"api/**/*.json\"\n    owners: [\"@api\"]\nversioning:\n  initial: 1.0.0\n",
    );
    r.commit("our config");
    import(&r, &dir);
    let once = std::fs::read_to_string(r.path().join("schemata.yaml")).unwrap();
    assert!(
        once.starts_with("# ours\nschemas:\n  # BEGIN schemata import confluent"),
        "{once}"
    );
    assert!(
        once.contains("  - path: \"api/**/*.json\"\n    owners: [\"@api\"]\nversioning:"),
        "{once}"
    );
    assert!(once.contains("\"schemas/a.json\"\n    compatibility: full"), "{once}");
    // The registry changes the level: the block is rewritten, the rest stays.
    std::fs::write(dir.join("config/a.json"), r#"{"compatibilityLevel": "NONE"}"#).unwrap();
    let second = import(&r, &dir);
    assert_eq!(second["versions"], 0);
    assert_eq!(second["commits"], 1);
    let twice = std::fs::read_to_string(r.path().join("schemata.yaml")).unwrap();
    assert_eq!(twice.matches("BEGIN schemata import confluent").count(), 1, "{twice}");
    assert!(twice.contains("\"schemas/a.json\"\n    compatibility: none"), "{twice}");
    assert!(twice.contains("owners: [\"@api\"]"), "{twice}");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// Arbitrary bytes as a topic dump, and mutated records: an error or an export, never a panic.
    #[test]
    fn reading_a_dump_never_panics(bytes in prop::collection::vec(any::<u8>(), 0..400), cut in 0usize..300) {
        let tmp = tempfile::tempdir().unwrap();
        let p = tmp.path().join("d.jsonl");
        std::fs::write(&p, &bytes).unwrap();
        let _ = schemata::confluent::read_export(&p);
        let real = r#"{"key": {"keytype": "SCHEMA", "subject": "a", "version": 1}, "value": {"subject": "a", "version": 1, "id": 1, "schemaType": "JSON", "schema": "{\"type\": \"string\"}", "references": [{"name": "b", "subject": "b", "version": 1}]}}"#;
        let mutated: String = real.chars().take(cut).chain(real.chars().skip(cut + 3)).collect();
        std::fs::write(&p, mutated).unwrap();
        let _ = schemata::confluent::read_export(&p);
    }
}
