//! Frictions a new user met, each fixed and kept fixed: consistent `--format` names, `diff`
//! in every report format and able to fail a script, text that honours `COLUMNS` without
//! breaking paths, lint reports in lint's own words, one annotation per line for a `$ref`
//! break, a changelog that keeps `>=` and tells released versions from computed ones, and
//! no colour on a dumb terminal.

mod common;

use common::{Repo, run_in};
use serde_json::Value;

const V1: &str = r#"{"type": "object", "properties": {"status": {"enum": ["new", "paid"]}, "n": {"type": "integer", "minimum": 0}}}"#;
const V2: &str =
    r#"{"type": "object", "properties": {"status": {"enum": ["new"]}, "n": {"type": "integer", "minimum": 1}}}"#;

fn sarif_errors(value: &Value) -> Vec<String> {
    let text = std::fs::read_to_string(format!("{}/tests/data/sarif-2.1.0.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let schema = jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap();
    schema
        .iter_errors(value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

#[test]
fn init_takes_format_json_like_every_other_command() {
    let r = Repo::new();
    r.write("schemas/order.json", V1);
    let (code, out, err) = r.run(&["init", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["schema_files"], 1);
    assert!(v["wrote"].as_str().unwrap().ends_with("schemata.yaml"));
    assert_eq!(v["schemas"][0]["files"], serde_json::json!(["schemas/order.json"]));
}

#[test]
fn diff_renders_every_report_format_with_its_own_name() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.json"), V1).unwrap();
    std::fs::write(dir.path().join("new.json"), V2).unwrap();
    let run = |format: &str| {
        let (code, out, err) = run_in(dir.path(), &["diff", "old.json", "new.json", "--format", format], &[]);
        assert_eq!(code, 0, "{format}: {err}");
        out
    };
    let md = run("markdown");
    assert!(
        md.contains("enum-value-removed") && md.contains("To ship it safely"),
        "{md}"
    );
    let gh = run("github");
    assert!(gh.contains("::error file=new.json,line=1"), "{gh}");
    let junit = run("junit");
    assert!(junit.contains(r#"<testsuites name="schemata diff""#), "{junit}");
    assert!(!junit.contains("schemata check"), "{junit}");
    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    assert_eq!(sarif_errors(&sarif), Vec::<String>::new());
    let id = sarif["runs"][0]["automationDetails"]["id"].as_str().unwrap();
    assert!(id.starts_with("schemata/diff/"), "{id}");
    let gitlab: Value = serde_json::from_str(&run("gitlab")).unwrap();
    let issues = gitlab.as_array().unwrap();
    assert!(
        issues
            .iter()
            .any(|i| i["check_name"] == "enum-value-removed" && i["severity"] == "critical")
    );
    let json: Value = serde_json::from_str(&run("json")).unwrap();
    let removed = json["changes"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["rule"] == "enum-value-removed")
        .unwrap();
    assert!(removed["hint"].as_str().unwrap().contains("Deprecate the value first"));
}

#[test]
fn diff_can_fail_a_script() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.json"), V1).unwrap();
    std::fs::write(dir.path().join("new.json"), V2).unwrap();
    std::fs::write(
        dir.path().join("wider.json"),
        V1.replace(r#"["new", "paid"]"#, r#"["new", "paid", "void"]"#),
    )
    .unwrap();
    let code = |args: &[&str]| run_in(dir.path(), args, &[]).0;
    assert_eq!(
        code(&["diff", "old.json", "new.json"]),
        0,
        "without a flag diff reports, it does not fail"
    );
    assert_eq!(code(&["diff", "old.json", "new.json", "--fail-on", "breaking"]), 1);
    assert_eq!(code(&["diff", "old.json", "wider.json", "--fail-on", "breaking"]), 0);
    assert_eq!(code(&["diff", "old.json", "wider.json", "--fail-on", "minor"]), 1);
    assert_eq!(code(&["diff", "old.json", "old.json", "--exit-code"]), 0);
    assert_eq!(code(&["diff", "old.json", "wider.json", "--exit-code"]), 1);
    assert_eq!(code(&["diff", "old.json", "missing.json", "--exit-code"]), 2);
}

#[test]
fn text_output_honours_columns_and_never_breaks_a_path() {
    let dir = tempfile::tempdir().unwrap();
    let deep = "very-long-folder-name/another-quite-long-folder";
    std::fs::create_dir_all(dir.path().join(deep)).unwrap();
    let old = format!("{deep}/order-schema-with-a-long-name.v1.json");
    let new = format!("{deep}/order-schema-with-a-long-name.v2.json");
    std::fs::write(dir.path().join(&old), V1).unwrap();
    std::fs::write(dir.path().join(&new), V2).unwrap();
    let at = |columns: &str| {
        let (code, out, err) = run_in(dir.path(), &["diff", &old, &new], &[("COLUMNS", columns)]);
        assert_eq!(code, 0, "{err}");
        out
    };
    let narrow = at("50");
    // Each path appears whole on one line, at every width.
    assert!(narrow.contains(&format!("{new}:1:")), "{narrow}");
    assert!(narrow.contains(&format!("{old}:1:")), "{narrow}");
    // Prose wraps at the width given: the long help line is cut at 50, not at 100.
    let wide = at("250");
    // Prose: the indented lines miette lays out (messages, help), not snippets or paths.
    let longest_prose = |text: &str| {
        text.lines()
            .filter(|l| l.starts_with(' ') && !l.contains('/') && !l.contains('{') && !l.contains('·'))
            .map(|l| l.chars().count())
            .max()
            .unwrap()
    };
    assert!(longest_prose(&narrow) <= 50, "{narrow}");
    assert!(longest_prose(&wide) > 50, "{wide}");
}

#[test]
fn lint_reports_speak_of_lint_not_of_the_gate() {
    let r = Repo::new();
    r.write(
        "schemas/tool.json",
        r#"{"type": "object", "properties": {"city": {"type": "string"}}}"#,
    );
    let run = |format: &str| {
        let (code, out, _) = r.run(&[
            "lint",
            "schemas/tool.json",
            "--profile",
            "openai-strict",
            "--format",
            format,
        ]);
        assert_eq!(code, 1, "{format}: {out}");
        out
    };
    for format in ["text", "markdown", "github", "junit"] {
        let out = run(format);
        for gate_word in ["breaking", "bump", "schemata check", "modified", "gate"] {
            assert!(!out.contains(gate_word), "{format} says {gate_word:?}:\n{out}");
        }
    }
    assert!(run("junit").contains(r#"<testsuites name="schemata lint""#));
    let sarif: Value = serde_json::from_str(&run("sarif")).unwrap();
    assert_eq!(sarif_errors(&sarif), Vec::<String>::new());
    let id = sarif["runs"][0]["automationDetails"]["id"].as_str().unwrap();
    assert!(id.starts_with("schemata/lint/"), "{id}");
    let gitlab: Value = serde_json::from_str(&run("gitlab")).unwrap();
    assert!(
        gitlab
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["check_name"] == "openai-all-required" && i["location"]["path"] == "schemas/tool.json")
    );
    // Token counts per profile, and the providers without a tokenizer say so.
    let (_, text, _) = r.run(&[
        "lint",
        "schemas/tool.json",
        "--profile",
        "openai-strict",
        "--profile",
        "gemini",
    ]);
    assert!(
        text.contains("openai-strict: ") && text.contains(" tokens (o200k_base)"),
        "{text}"
    );
    assert!(
        text.contains("gemini: not counted (Google publishes no tokenizer"),
        "{text}"
    );
}

#[test]
fn one_ref_break_makes_one_annotation_per_line() {
    let mut r = Repo::new();
    r.write(
        "schemas/money.json",
        r#"{"type": "object", "properties": {"amount": {"type": "integer"}}}"#,
    );
    r.write(
        "schemas/order.json",
        r#"{"type": "object", "properties": {"total": {"$ref": "money.json"}, "refund": {"$ref": "money.json"}}}"#,
    );
    r.commit("first");
    r.write(
        "schemas/money.json",
        r#"{"type": "object", "properties": {"amount": {"type": "string"}}}"#,
    );
    for format in ["github", "gitlab"] {
        let (code, out, _) = r.run(&["check", "--against", "HEAD", "--format", format]);
        assert_eq!(code, 1, "{out}");
        let lines: Vec<String> = if format == "github" {
            out.lines()
                .filter(|l| l.starts_with("::"))
                .map(|l| {
                    l.split("::")
                        .nth(1)
                        .unwrap()
                        .split(",title")
                        .next()
                        .unwrap()
                        .to_string()
                })
                .collect()
        } else {
            let v: Value = serde_json::from_str(&out).unwrap();
            v.as_array()
                .unwrap()
                .iter()
                .map(|i| {
                    format!(
                        "{}:{}:{}",
                        i["location"]["path"], i["location"]["lines"]["begin"], i["check_name"]
                    )
                })
                .collect()
        };
        let mut unique = lines.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(lines.len(), unique.len(), "{format}: duplicate annotations:\n{out}");
        assert_eq!(lines.len(), 1, "{format}:\n{out}");
        // The one annotation names both schemas the break reaches.
        assert!(out.contains("schemas/money") && out.contains("schemas/order"), "{out}");
    }
}

#[test]
fn the_changelog_keeps_comparisons_and_marks_untagged_versions() {
    let mut r = Repo::new();
    r.write("schemas/order.json", V1);
    let first = r.commit("first");
    r.tag("schemas/order@1.0.0", first);
    r.write("schemas/order.json", V2);
    r.commit("raise the minimum");
    let (code, out, err) = r.run(&["changelog", "schemas/order"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("≥ 1") || out.contains(">= 1"), "{out}");
    assert!(!out.contains("&gt;") && !out.contains("&lt;"), "{out}");
    let headings: Vec<&str> = out.lines().filter(|l| l.starts_with("### ")).collect();
    assert_eq!(headings.len(), 2, "{out}");
    assert!(
        headings[0].starts_with("### 2.0.0") && headings[0].contains("not released"),
        "{out}"
    );
    assert!(
        headings[1].starts_with("### 1.0.0") && !headings[1].contains("not released"),
        "{out}"
    );
}

/// On a real terminal (util-linux `script` gives the process one), colour is on, except for
/// `TERM=dumb` and `NO_COLOR`.
#[test]
fn a_dumb_terminal_gets_no_colour() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("old.json"), V1).unwrap();
    std::fs::write(dir.path().join("new.json"), V2).unwrap();
    let bin = assert_cmd::cargo::cargo_bin("schemata");
    let on_a_tty = |env: &[(&str, &str)]| {
        let mut cmd = std::process::Command::new("script");
        cmd.args([
            "-qec",
            &format!("{} diff old.json new.json", bin.display()),
            "/dev/null",
        ])
        .current_dir(dir.path())
        .env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let out = cmd
            .output()
            .expect("util-linux script runs the command on a pseudo-terminal");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let coloured = on_a_tty(&[("TERM", "xterm-256color")]);
    assert!(coloured.contains("enum-value-removed"), "{coloured}");
    assert!(coloured.contains('\x1b'), "a terminal gets colour: {coloured}");
    let dumb = on_a_tty(&[("TERM", "dumb")]);
    assert!(dumb.contains("enum-value-removed"), "{dumb}");
    assert!(!dumb.contains('\x1b'), "TERM=dumb got escape codes: {dumb:?}");
    let no_color = on_a_tty(&[("TERM", "xterm-256color"), ("NO_COLOR", "1")]);
    assert!(!no_color.contains('\x1b'), "{no_color:?}");
}
