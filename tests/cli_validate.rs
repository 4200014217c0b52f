//! `schemata validate`: schemas against their meta-schema, instances against a schema.

mod common;

use common::Repo;
use std::path::Path;

fn run(dir: &Path, args: &[&str]) -> (i32, String, String) {
    common::run_in(dir, args, &[])
}

const SCHEMA: &str = r#"{
  "type": "object",
  "properties": {
    "status": {"enum": ["a", "b"]},
    "n": {"type": "integer", "minimum": 0},
    "money": {"$ref": "money.json"}
  },
  "required": ["status"]
}"#;

fn folder() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("s.json"), SCHEMA).unwrap();
    std::fs::write(
        dir.path().join("money.json"),
        r#"{"type": "number", "multipleOf": 0.01}"#,
    )
    .unwrap();
    dir
}

#[test]
fn schemas_are_checked_against_their_meta_schema_with_positions() {
    let dir = folder();
    let d = dir.path();
    std::fs::write(d.join("bad.json"), "{\n  \"type\": \"objekt\"\n}\n").unwrap();
    std::fs::write(
        d.join("regex.json"),
        "{\"type\": \"string\",\n \"pattern\": \"(unclosed\"}",
    )
    .unwrap();
    std::fs::write(d.join("missing.json"), r#"{"$ref": "nowhere.json"}"#).unwrap();
    std::fs::write(d.join("remote.json"), r##"{"$ref": "https://example.com/x.json#/a"}"##).unwrap();
    let (code, out, _) = run(d, &["validate", "s.json"]);
    assert_eq!(code, 0, "{out}");
    let (code, out, _) = run(
        d,
        &["validate", "bad.json", "regex.json", "missing.json", "remote.json"],
    );
    assert_eq!(code, 1);
    assert!(out.contains("bad.json:2:3: error: /type: not a valid schema"), "{out}");
    assert!(out.contains("regex.json:") && out.contains("(unclosed"), "{out}");
    assert!(
        out.contains("missing.json:1:2: error:") && out.contains("nowhere.json"),
        "{out}"
    );
    assert!(
        out.contains("remote.json:1:2: warning:") && out.contains("not fetched"),
        "{out}"
    );
    assert!(out.contains("4 schemas checked, 3 invalid"), "{out}");
}

#[test]
fn instances_in_json_yaml_and_json_lines() {
    let dir = folder();
    let d = dir.path();
    std::fs::write(d.join("ok.json"), r#"{"status": "a", "money": 1.25}"#).unwrap();
    std::fs::write(d.join("bad.yaml"), "status: c\nmoney: 1.255\n").unwrap();
    std::fs::write(
        d.join("log.jsonl"),
        "{\"status\": \"a\"}\n\n{\"n\": -1, \"status\": \"b\"}\nnot json\n",
    )
    .unwrap();
    let (code, out, err) = run(d, &["validate", "--schema", "s.json", "ok.json"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, _) = run(
        d,
        &["validate", "--schema", "s.json", "ok.json", "bad.yaml", "log.jsonl"],
    );
    assert_eq!(code, 1);
    assert!(out.contains("bad.yaml:1:1: error: /status:"), "{out}");
    // The referenced file's keyword applies too.
    assert!(
        out.contains("bad.yaml:2:1: error: /money:") && out.contains("multiple of"),
        "{out}"
    );
    assert!(
        out.contains("log.jsonl:3:1: error: /n: -1 is less than the minimum of 0 (schema: s.json:5:"),
        "{out}"
    );
    assert!(out.contains("log.jsonl:4:1: error: not valid JSON"), "{out}");
    assert!(out.contains("5 instances in 3 files, 3 invalid"), "{out}");
    let (_, out, _) = run(d, &["validate", "--schema", "s.json", "log.jsonl", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["instances"], 3);
    assert_eq!(v["invalid"], 2);
    assert_eq!(v["files"][0]["errors"][0]["pointer"], "/n");
}

#[test]
fn a_large_json_lines_file_is_counted_exactly_and_in_order() {
    let dir = folder();
    let d = dir.path();
    let mut text = String::new();
    for i in 0..40_000 {
        if i % 1000 == 999 {
            text.push_str(&format!("{{\"status\": \"a\", \"n\": {}}}\n", -i));
        } else {
            text.push_str(&format!("{{\"status\": \"b\", \"n\": {i}}}\n"));
        }
    }
    std::fs::write(d.join("big.jsonl"), text).unwrap();
    let (code, out, _) = run(d, &["validate", "--schema", "s.json", "big.jsonl", "--format", "json"]);
    assert_eq!(code, 1);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["instances"], 40_000);
    assert_eq!(v["invalid"], 40);
    let lines: Vec<u64> = v["files"][0]["errors"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, (1..=40).map(|k| k * 1000).collect::<Vec<u64>>());
}

#[test]
fn bad_input_is_a_clear_error() {
    let dir = folder();
    let d = dir.path();
    std::fs::write(d.join("broken.json"), "{\"type\": ").unwrap();
    let (code, _, err) = run(d, &["validate", "--schema", "nope.json", "x.jsonl"]);
    assert_eq!(code, 2);
    assert!(err.contains("nope.json"), "{err}");
    let (code, _, err) = run(d, &["validate", "--schema", "s.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("needs instance files"), "{err}");
    let (code, _, err) = run(d, &["validate", "--schema", "broken.json", "s.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("broken.json:1:"), "{err}");
    let (code, _, err) = run(d, &["validate", "--schema", "s.json", "missing.jsonl"]);
    assert_eq!(code, 2);
    assert!(err.contains("missing.jsonl"), "{err}");
}

#[test]
fn registry_names_and_the_whole_registry() {
    let mut r = Repo::new();
    r.write("schemas/order.json", r#"{"type": "object", "required": ["id"]}"#);
    r.commit("first");
    r.write(
        "schemas/order.json",
        r#"{"type": "object", "required": ["id", "total"]}"#,
    );
    r.write("schemas/broken.json", r#"{"type": 12}"#);
    r.write("doc.json", r#"{"id": 1}"#);
    // The committed version accepts the document; the working tree's does not.
    let (code, out, err) = r.run(&["validate", "--schema", "schemas/order@1.0.0", "doc.json"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, _, _) = r.run(&["validate", "--schema", "schemas/order@WORKTREE", "doc.json"]);
    assert_eq!(code, 1);
    let (code, out, _) = r.run(&["validate"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("schemas/broken.json:1:") && out.contains("2 schemas checked, 1 invalid"),
        "{out}"
    );
}

#[test]
fn a_problem_in_a_shared_file_is_shown_once() {
    let dir = tempfile::tempdir().unwrap();
    let shared = r#"{"type": "object", "properties": {"x": {"$ref": "https://example.com/remote.json"}}}"#;
    std::fs::write(dir.path().join("shared.json"), shared).unwrap();
    for name in ["a.json", "b.json", "c.json"] {
        std::fs::write(dir.path().join(name), r#"{"$ref": "shared.json"}"#).unwrap();
    }
    let (code, out, err) = run(dir.path(), &["validate", "a.json", "b.json", "c.json"]);
    assert_eq!(code, 0, "{out}{err}");
    assert_eq!(out.matches("is remote or outside the registry").count(), 1, "{out}");
    assert!(out.contains("3 schemas checked, 0 invalid"), "{out}");
}

#[test]
fn instances_from_standard_input() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("int.json"), r#"{"type": "integer"}"#).unwrap();
    let run_stdin = |input: &str| {
        let out = assert_cmd::Command::cargo_bin("schemata")
            .unwrap()
            .current_dir(dir.path())
            .args(["validate", "--schema", "int.json", "-"])
            .write_stdin(input)
            .output()
            .unwrap();
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
    };
    // JSON Lines: each line an instance, errors by line
    let (code, out) = run_stdin("1\n2\n\"x\"\n");
    assert_eq!(code, Some(1), "{out}");
    assert!(
        out.contains("<stdin>:3:1: error") && out.contains("3 instances in 1 file, 1 invalid"),
        "{out}"
    );
    // one document over several lines
    let (code, out) = run_stdin("{\"a\":\n 1}\n");
    assert_eq!(code, Some(1), "{out}");
    assert!(out.contains("1 instance in 1 file, 1 invalid"), "{out}");
    let (code, out) = run_stdin("5");
    assert_eq!(code, Some(0), "{out}");
}
