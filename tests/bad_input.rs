//! Bad input never panics, hangs or overflows: each case gets a clear error and exit 2
//! (or a reported change). One test per case, through the real binary.

use assert_cmd::Command;
use std::path::Path;

fn write(dir: &Path, name: &str, text: &str) -> String {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p.to_string_lossy().into_owned()
}

fn schemata() -> Command {
    let mut c = Command::cargo_bin("schemata").unwrap();
    c.env("NO_COLOR", "1");
    c
}

/// Runs `schemata diff bad good` and returns (exit code, stderr).
/// `schemata diff OLD NEW --format json`, which must finish (30 s) and exit 0.
fn diff_json(old: &str, new: &str) -> serde_json::Value {
    let out = schemata()
        .args(["diff", old, new, "--format", "json"])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn diff_err(bad_name: &str, bad: &str) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), bad_name, bad);
    let good = write(dir.path(), "good.json", r#"{"type": "object"}"#);
    let out = schemata()
        .args(["diff", &bad, &good])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn invalid_json_reports_line_and_column() {
    let (code, err) = diff_err("bad.json", "{\n  \"type\": \"object\",\n  \"properties\": {\n}");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("bad.json:4:"), "{err}");
}

#[test]
fn invalid_yaml_reports_line_and_column() {
    let (code, err) = diff_err("bad.yaml", "type: object\nproperties:\n  a: [unclosed\n");
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("bad.yaml:"), "{err}");
}

#[test]
fn a_document_that_is_not_a_schema() {
    let (code, err) = diff_err("list.json", "[1, 2, 3]");
    assert_eq!(code, 2);
    assert!(err.contains("not a schema"), "{err}");
    let (code, err) = diff_err("typo.json", r#"{"properties": {"a": {"type": "strng"}}}"#);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown type \"strng\"") && err.contains("typo.json:1:"),
        "{err}"
    );
}

#[test]
fn unknown_schema_dialect() {
    let (code, err) = diff_err(
        "dialect.json",
        r#"{"$schema": "https://example.com/my-dialect", "type": "object"}"#,
    );
    assert_eq!(code, 2);
    assert!(err.contains("unknown $schema") && err.contains("hint:"), "{err}");
}

#[test]
fn hundred_thousand_levels_of_nesting() {
    let deep_json = format!(
        "{}{}",
        "{\"not\":".repeat(100_000),
        "{}".to_string() + &"}".repeat(100_000)
    );
    let (code, err) = diff_err("deep.json", &deep_json);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nesting"), "{err}");
    let deep_yaml = format!("{}1{}", "[".repeat(100_000), "]".repeat(100_000));
    let (code, err) = diff_err("deep.yaml", &deep_yaml);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("nesting") || err.contains("deep"), "{err}");
}

#[test]
fn yaml_alias_bomb() {
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for i in 1..12 {
        let prev = format!("*a{}", i - 1);
        bomb.push_str(&format!("a{i}: &a{i} [{}]\n", vec![prev; 10].join(", ")));
    }
    let (code, err) = diff_err("bomb.yaml", &bomb);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("alias"), "{err}");
}

#[test]
fn fifty_megabyte_file_is_read() {
    // 50 MB of properties: must finish (no hang) and diff cleanly against itself.
    let dir = tempfile::tempdir().unwrap();
    let mut s = String::from("{\"type\":\"object\",\"properties\":{");
    let mut i = 0;
    while s.len() < 50 * 1024 * 1024 {
        if i > 0 {
            s.push(',');
        }
        s.push_str(&format!(
            "\"p{i}\":{{\"type\":\"string\",\"description\":\"{}\"}}",
            "d".repeat(400)
        ));
        i += 1;
    }
    s.push_str("}}");
    let a = write(dir.path(), "big.json", &s);
    let out = schemata()
        .args(["diff", &a, &a, "--format", "json"])
        .timeout(std::time::Duration::from_secs(120))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["changes"].as_array().unwrap().len(), 0);
}

#[test]
fn ref_cycle_is_compared_without_recursing_forever() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.json",
        r##"{"$defs": {"n": {"type": "object", "properties": {"next": {"$ref": "#/$defs/n"}, "v": {"type": "string"}}}, "loop": {"$ref": "#/$defs/loop"}}, "$ref": "#/$defs/n"}"##,
    );
    let b = write(
        dir.path(),
        "b.json",
        r##"{"$defs": {"n": {"type": "object", "properties": {"next": {"$ref": "#/$defs/n"}, "v": {"type": "integer"}}}}, "$ref": "#/$defs/n"}"##,
    );
    let v = diff_json(&a, &b);
    let rules: Vec<&str> = v["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["rule"].as_str().unwrap())
        .collect();
    assert_eq!(rules, ["type-changed"], "{v}");
}

#[test]
fn ref_escaping_the_root_is_reported_not_read() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join(".git")).unwrap();
    std::fs::create_dir(dir.path().join("s")).unwrap();
    let a = write(
        dir.path(),
        "s/a.json",
        r#"{"properties": {"x": {"$ref": "../../outside.json"}}}"#,
    );
    let out = schemata()
        .args(["diff", &a, &a])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(stdout.contains("leaves the registry root"), "{stdout}");
}

#[test]
fn remote_ref_is_reported_never_fetched() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.json",
        r#"{"properties": {"m": {"$ref": "https://example.com/money-v1.json"}}}"#,
    );
    let b = write(
        dir.path(),
        "b.json",
        r#"{"properties": {"m": {"$ref": "https://example.com/money-v2.json"}}}"#,
    );
    let out = schemata()
        .args(["diff", &a, &b])
        .timeout(std::time::Duration::from_secs(30))
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(0));
    assert!(
        stdout.contains("external-ref-changed") && stdout.contains("not fetched"),
        "{stdout}"
    );
}

#[test]
fn missing_file_and_bad_arguments_exit_2() {
    let out = schemata()
        .args(["diff", "/nonexistent/a.json", "/nonexistent/b.json"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("/nonexistent/a.json"));
    let out = schemata()
        .args(["diff", "--mode", "sideways", "a", "b"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let out = schemata().args(["rules", "no-such-rule"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// Regression: a minified (single-line) schema crashed the text report's snippet renderer.
#[test]
fn minified_single_line_schema_renders_as_text() {
    let dir = tempfile::tempdir().unwrap();
    let props = |max: u32| {
        (0..5000)
            .map(|i| format!("\"p{i}\":{{\"type\":\"string\",\"maxLength\":{max}}}"))
            .collect::<Vec<_>>()
            .join(",")
    };
    let a = write(
        dir.path(),
        "a.json",
        &format!("{{\"type\":\"object\",\"properties\":{{{}}}}}", props(10)),
    );
    let b = write(
        dir.path(),
        "b.json",
        &format!("{{\"type\":\"object\",\"properties\":{{{}}}}}", props(9)),
    );
    let out = schemata()
        .args(["diff", &a, &b, "--no-witness"])
        .timeout(std::time::Duration::from_secs(300))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("max-length-decreased") && stdout.contains("a.json:1:"),
        "{}",
        &stdout[..stdout.len().min(2000)]
    );
}

#[test]
fn a_format_the_command_cannot_render_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let a = write(dir.path(), "a.json", r#"{"type":"string"}"#);
    for (args, offered) in [
        (
            vec!["diff", a.as_str(), a.as_str(), "--format", "sarif"],
            "[possible values: text, json]",
        ),
        (
            vec!["rules", "--format", "junit"],
            "use text, json or markdown, or a schema format: jsonschema, openapi",
        ),
    ] {
        let out = schemata().args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(offered), "{args:?}: {stderr}");
    }
}

#[test]
fn usage_lists_keep_their_lines_in_help() {
    for (cmd, line) in [
        ("diff", "\n  schemata diff OLD_FILE NEW_FILE "),
        ("validate", "\n  schemata validate --schema S FILES… "),
    ] {
        let out = schemata().args([cmd, "--help"]).output().unwrap();
        let help = String::from_utf8_lossy(&out.stdout);
        assert!(help.contains(line), "{cmd} --help lost its usage lines:\n{help}");
    }
}

#[test]
fn pattern_properties_matching_every_name_do_not_hang_the_witness_search() {
    // Every candidate name for a witness property matches `^a*`: the search must give up.
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.json",
        r#"{"type": "object", "patternProperties": {"^a*": {}}}"#,
    );
    let b = write(
        dir.path(),
        "b.json",
        r#"{"type": "object", "additionalProperties": false, "properties": {"a": {"type": "integer"}}}"#,
    );
    for (old, new, compatible) in [(&a, &b, false), (&b, &a, true)] {
        let report = diff_json(old, new);
        assert_eq!(report["compatible"], compatible, "{report}");
    }
}

#[test]
fn a_local_ref_inside_an_embedded_resource_falls_back_to_the_root_with_a_warning() {
    // By the spec `#/$defs/x` is read inside the resource with `$id`; some bundlers mean
    // the document's root. The root is used when only it has the target, and it is said.
    let dir = tempfile::tempdir().unwrap();
    let a = write(
        dir.path(),
        "a.json",
        r##"{"$defs": {"x": {"type": "string"}, "inner": {"$id": "https://example.com/inner", "properties": {"p": {"$ref": "#/$defs/x"}}}}, "$ref": "#/$defs/inner"}"##,
    );
    let report = diff_json(&a, &a);
    let warnings = report["warnings"].as_array().unwrap();
    assert_eq!(warnings.len(), 1, "{report}");
    assert!(
        warnings[0].as_str().unwrap().contains("read from the document's root"),
        "{report}"
    );
}

/// Two recursive grammars under one `anyOf`: a meta-schema-like `meta` and an Avro-like
/// `types` (a `oneOf` of overlapping branches that refer back to it).
fn recursive_grammars() -> serde_json::Value {
    let t = serde_json::json!({"$ref": "#/definitions/types"});
    let m = serde_json::json!({"$ref": "#/definitions/meta"});
    let arr = serde_json::json!({"$ref": "#/definitions/arr"});
    serde_json::json!({
        "$schema": "http://json-schema.org/draft-07/schema#",
        "anyOf": [m, t],
        "definitions": {
            "meta": {"type": ["object", "boolean"], "properties": {
                "not": m, "then": m, "else": m, "items": {"anyOf": [m, arr]}, "additionalProperties": m,
                "allOf": arr, "anyOf": arr,
                "definitions": {"type": "object", "additionalProperties": m},
                "dependencies": {"type": "object", "additionalProperties": {"anyOf": [m, {"type": "array", "items": {"type": "string"}}]}},
                "title": {"type": "string"}}},
            "arr": {"type": "array", "minItems": 1, "items": m},
            "types": {"oneOf": [
                {"$ref": "#/definitions/prim"}, {"$ref": "#/definitions/named"},
                {"$ref": "#/definitions/record"}, {"$ref": "#/definitions/array"},
                {"$ref": "#/definitions/map"}, {"$ref": "#/definitions/union"},
                {"$ref": "#/definitions/fixed"}]},
            "fixed": {"type": "object", "required": ["type"], "properties": {"type": {"enum": ["fixed"]}, "of": t}},
            "prim": {"type": "string", "enum": ["null", "boolean", "int", "string"]},
            "named": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_.]*$"},
            "record": {"type": "object", "required": ["type", "fields"], "properties": {
                "type": {"enum": ["record"]},
                "fields": {"type": "array", "items": {"type": "object", "properties": {"type": t}}}}},
            "array": {"type": "object", "required": ["type", "items"], "properties": {"type": {"enum": ["array"]}, "items": t}},
            "map": {"type": "object", "required": ["type", "values"], "properties": {"type": {"enum": ["map"]}, "values": t}},
            "union": {"type": "array", "items": t}
        }
    })
}

#[test]
fn recursive_branches_under_any_of_are_compared_in_bounded_work() {
    // Each trial pairing of branches used to rebuild the distributed branches and re-enter
    // itself through the cycles: seconds and gigabytes for a 3 KB schema, growing
    // exponentially with real ones (AsyncAPI's bundles ran out of memory).
    let dir = tempfile::tempdir().unwrap();
    let schema = recursive_grammars();
    let a = write(dir.path(), "a.json", &schema.to_string());
    let mut changed = schema.clone();
    changed["definitions"]["map"]["properties"]["values"] = serde_json::json!({"type": "string"});
    let b = write(dir.path(), "b.json", &changed.to_string());
    let bin = assert_cmd::cargo::cargo_bin("schemata");
    for (old, new, changes) in [(&a, &a, 0), (&a, &b, 1)] {
        // at most 1.5 GB of address space (the old code took 2.5 GB here, then aborted)
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg("ulimit -v 1500000 && exec \"$0\" diff \"$1\" \"$2\" --format json")
            .args([bin.as_os_str(), old.as_ref(), new.as_ref()])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        let found = report["changes"].as_array().unwrap().len();
        assert!(if changes == 0 { found == 0 } else { found >= changes }, "{report}");
    }
}
