//! Avro in a git registry, end to end through the `schemata` binary: the example schema's
//! history (schemas-example/avro) committed version by version, then every command on it —
//! list, log, diff, check, changelog, version, release, impact through named types in other
//! files, validate, lint and sample — plus the errors bad Avro gets.

mod common;

use common::Repo;

fn example(name: &str) -> String {
    std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("schemas-example/avro")
            .join(name),
    )
    .unwrap()
}

/// The example's three versions of `schemas/payment.avsc`, with `Money` in its own file.
fn history() -> Repo {
    let mut r = Repo::new();
    r.write("schemas/Money.avsc", &example("Money.avsc"))
        .write("schemas/payment.avsc", &example("payment.v1.avsc"));
    r.commit("payments: first event");
    r.write("schemas/payment.avsc", &example("payment.v2.avsc"));
    r.commit("payments: wallet payments and the provider's reference");
    r.write("schemas/payment.avsc", &example("payment.v3.avsc"));
    r.commit("payments: drop transfers, add the merchant");
    r
}

#[test]
fn list_and_log_version_an_avro_history() {
    let r = history();
    let list = r.json(&["list", "--format", "json"]);
    let text = list.to_string();
    assert!(
        text.contains("\"schemas/payment\"") && text.contains("\"avro\""),
        "{text}"
    );
    let v = r.versions("schemas/payment");
    let got: Vec<(&str, &str)> = v
        .iter()
        .map(|(_, version, bump)| (version.as_str(), bump.as_str()))
        .collect();
    assert_eq!(
        got,
        [("1.0.0", "none"), ("1.1.0", "minor"), ("2.0.0", "major")],
        "{v:?}"
    );
    let (code, out, err) = r.run(&["log", "schemas/payment"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("avro-enum-symbol-removed") || out.contains("2.0.0"),
        "{out}"
    );
}

#[test]
fn diff_and_check_report_avro_rules_with_places_and_witnesses() {
    let r = history();
    let (code, out, err) = r.run(&["diff", "--from", "HEAD~1", "--to", "HEAD", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    for rule in ["avro-enum-symbol-removed", "avro-field-added-without-default"] {
        assert!(out.contains(rule), "{rule} missing: {out}");
    }
    assert!(out.contains("\"encoded\""), "a witness carries its bytes: {out}");
    let (code, out, _) = r.run(&["check", "--against", "HEAD~1"]);
    assert_eq!(code, 1, "the gate fails on the breaking version:\n{out}");
    assert!(out.contains("avro-enum-symbol-removed"), "{out}");
    assert!(out.contains("schemas/payment.avsc:"), "changes point at lines: {out}");
    // The compatible step passes the gate.
    let (code, out, _) = r.run(&["diff", "--from", "HEAD~2", "--to", "HEAD~1", "--format", "json"]);
    assert_eq!(code, 0);
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(!report.to_string().contains("\"breaking\":true"), "{report}");
}

#[test]
fn changelog_version_and_release_work_for_avro() {
    let r = history();
    let (code, out, err) = r.run(&["changelog", "schemas/payment"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2.0.0") && out.contains("1.1.0"), "{out}");
    let (code, out, err) = r.run(&["version"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("schemas/payment"), "{out}");
    let (code, _, err) = r.run(&["release", "--apply"]);
    assert_eq!(code, 0, "{err}");
    assert!(r.git.find_reference("refs/tags/schemas/payment@2.0.0").is_ok());
}

#[test]
fn impact_follows_named_types_into_other_files() {
    let r = history();
    let out = r.json(&["impact", "schemas/Money", "--format", "json"]);
    let deps: Vec<(String, String)> = out["dependents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["name"].as_str().unwrap().to_string(),
                d["via"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    assert_eq!(deps, [("schemas/payment".to_string(), "direct".to_string())]);
}

#[test]
fn a_change_to_a_referenced_file_versions_its_dependents() {
    let mut r = history();
    let money = example("Money.avsc").replace("\"type\": \"string\"", "\"type\": \"bytes\"");
    r.write("schemas/Money.avsc", &money);
    r.commit("money: currency as bytes");
    let v = r.versions("schemas/payment");
    assert_eq!(v.len(), 4, "{v:?}");
    assert_eq!(v[3].1, "2.0.1", "string to bytes is compatible: {v:?}");
}

#[test]
fn validate_lint_and_sample_read_avro() {
    let mut r = history();
    r.write(
        "schemas/bad.avsc",
        r#"{"type": "record", "name": "Bad", "fields": [{"name": "n", "type": "int", "default": "x"}]}"#,
    );
    r.commit("a bad one");
    let (code, out, err) = r.run(&["validate"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("schemas/bad.avsc:1:") && out.contains("does not match its type"),
        "{out}"
    );
    assert!(!out.contains("payment.avsc"), "the example is valid: {out}");
    let (code, out, err) = r.run(&["lint", "schemas/bad.avsc"]);
    assert!(code == 0 || code == 1, "{err}");
    assert!(
        out.contains("avro-namespace-missing") && out.contains("avro-doc-missing"),
        "{out}{err}"
    );
    let (code, out, err) = r.run(&["sample", "schemas/payment", "--seed", "3"]);
    assert_eq!(code, 0, "{err}");
    let datum: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        datum["payment_id"].is_string() && datum["amount"]["currency"].is_string(),
        "{datum}"
    );
}

#[test]
fn bad_avro_is_a_clear_error_with_a_place() {
    let mut r = Repo::new();
    r.write(
        "schemas/a.avsc",
        "{\n  \"type\": \"record\",\n  \"name\": \"A\",\n  \"fields\": [{\"name\": \"m\", \"type\": \"Missing\"}]\n}\n",
    )
    .write("schemas/b.avdl", "protocol P { record R { string s; } }\n");
    r.commit("bad");
    let (code, _, err) = r.run(&["diff", "schemas/a.avsc", "schemas/a.avsc"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown type \"Missing\"") && err.contains("a.avsc:4"),
        "{err}"
    );
    assert!(
        err.contains("Missing.avsc"),
        "the hint names where it was looked for: {err}"
    );
    let (code, _, err) = r.run(&["diff", "schemas/b.avdl", "schemas/b.avdl"]);
    assert_eq!(code, 2);
    assert!(err.contains("Avro IDL") && err.contains("idl2schemata"), "{err}");
}

#[test]
fn two_avsc_files_diff_outside_a_registry() {
    let r = Repo::new();
    r.write("old.avsc", &example("payment.v2.avsc"))
        .write("new.avsc", &example("payment.v3.avsc"))
        .write("Money.avsc", &example("Money.avsc"));
    let (code, out, err) = r.run(&["diff", "old.avsc", "new.avsc"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("INCOMPATIBLE under backward"), "{out}");
    assert!(out.contains("witness"), "{out}");
    let (code, out, _) = r.run(&["diff", "old.avsc", "new.avsc", "--mode", "forward", "--format", "json"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    // Readers of v2 skip the new field and know every symbol v3 writes.
    assert_eq!(v["compatible"], true, "{v}");
}
