//! `schemata check`, the gate, end to end on repositories built in the test.

mod common;

use common::Repo;
use serde_json::Value;

const V1: &str = r#"{"type": "object", "properties": {"id": {"type": "string"}, "status": {"enum": ["new", "paid", "void"]}}, "additionalProperties": false}"#;
/// Narrows V1: `paid` removed.
const V2_BREAK: &str = r#"{"type": "object", "properties": {"id": {"type": "string"}, "status": {"enum": ["new", "void"]}}, "additionalProperties": false}"#;
/// Widens V1: `refunded` added.
const V2_WIDEN: &str = r#"{"type": "object", "properties": {"id": {"type": "string"}, "status": {"enum": ["new", "paid", "void", "refunded"]}}, "additionalProperties": false}"#;

/// main with V1, then a feature branch.
fn repo_with_branch() -> Repo {
    let mut r = Repo::new();
    r.write("schemas/order.json", V1)
        .write("schemas/user.json", r#"{"type": "object"}"#);
    r.commit("first");
    r.switch("feature");
    r
}

fn report(r: &Repo, args: &[&str]) -> (i32, Value) {
    let mut all = vec!["check", "--format", "json"];
    all.extend_from_slice(args);
    let (code, out, err) = r.run(&all);
    assert!(code == 0 || code == 1, "check failed to run ({code}): {err}");
    (
        code,
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}")),
    )
}

#[test]
fn a_breaking_change_fails_and_a_compatible_one_passes() {
    let mut r = repo_with_branch();
    r.write("schemas/order.json", V2_WIDEN);
    let (code, rep) = report(&r, &[]);
    assert_eq!(code, 0, "{rep:#}");
    assert_eq!(rep["passed"], true);
    assert_eq!(rep["schemas"][0]["name"], "schemas/order");
    assert_eq!(rep["schemas"][0]["required_bump"], "minor");

    r.write("schemas/order.json", V2_BREAK);
    let (code, rep) = report(&r, &[]);
    assert_eq!(code, 1);
    assert_eq!(rep["passed"], false);
    let f = &rep["schemas"][0]["findings"][0];
    assert_eq!(f["fails_gate"], true);
    assert!(f["fingerprint"].as_str().unwrap().len() == 16, "{f:#}");
    // The text report names the rule, the verdict and a one-line summary.
    let (code, text, _) = r.run(&["check"]);
    assert_eq!(code, 1);
    assert!(text.contains("enum-value-removed"), "{text}");

    // Committed on the branch: the same verdict against the merge-base.
    r.commit("drop paid");
    let (code, _) = report(&r, &[]);
    assert_eq!(code, 1);
    // --fail-on minor also fails a widening.
    r.write("schemas/order.json", V2_WIDEN);
    r.commit("widen instead");
    assert_eq!(report(&r, &[]).0, 0);
    assert_eq!(report(&r, &["--fail-on", "minor"]).0, 1);
    assert_eq!(report(&r, &["--fail-on", "breaking"]).0, 0);
}

#[test]
fn a_branch_behind_main_does_not_see_mains_changes_as_its_own() {
    let mut r = repo_with_branch();
    r.write("schemas/user.json", r#"{"type": "object", "description": "A user"}"#);
    r.commit("feature: describe user");
    // main moves on with a break of its own.
    r.switch("main");
    r.write("schemas/order.json", V2_BREAK);
    r.commit("main: break order");
    r.switch("feature");
    let (code, rep) = report(&r, &[]);
    assert_eq!(code, 0, "{rep:#}");
    let names = common::schema_names(&rep);
    assert_eq!(names, ["schemas/user"]);
    // Against main's tip, main's own change shows up (reversed: `paid` is back).
    let (_, rep) = report(&r, &["--against", "main"]);
    assert!(
        rep["schemas"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["name"] == "schemas/order"),
        "{rep:#}"
    );
}

#[test]
fn acknowledgements_pass_the_gate_still_show_and_expire() {
    let r = repo_with_branch();
    r.write("schemas/order.json", V2_BREAK);
    r.write(
        "schemata.yaml",
        "acknowledged:\n  - schema: schemas/order\n    rule: enum-value-removed\n    reason: paid was never emitted\n    \
         approved_by: \"@lead\"\n    expires: 2030-01-31\n  - schema: schemas/user\n    rule: type-changed\n    reason: stale one\n",
    );
    let (code, rep) = report(&r, &[]);
    assert_eq!(code, 0, "{rep:#}");
    let order = rep["schemas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "schemas/order")
        .unwrap();
    let f = &order["findings"][0];
    assert_eq!(f["fails_gate"], false);
    assert!(f["status"].to_string().contains("paid was never emitted"), "{f:#}");
    assert_eq!(rep["stale_acknowledgements"].as_array().unwrap().len(), 1);
    assert_eq!(rep["stale_acknowledgements"][0]["schema"], "schemas/user");
    // After its expiry date the break fails again, and the report says why.
    let (code, out, _) = r.run_env(&["check", "--format", "json"], &[("SCHEMATA_TODAY", "2030-02-01")]);
    assert_eq!(code, 1);
    assert!(out.contains("acknowledgement-expired"), "{out}");
    // By fingerprint.
    let fp = f["fingerprint"].as_str().unwrap().to_string();
    r.write(
        "schemata.yaml",
        &format!("acknowledged:\n  - schema: schemas/order\n    fingerprint: {fp}\n    reason: reviewed\n"),
    );
    assert_eq!(report(&r, &[]).0, 0);
}

#[test]
fn ignored_findings_are_counted_not_shown() {
    let r = repo_with_branch();
    r.write("schemas/order.json", V2_BREAK);
    r.write(
        "schemata.yaml",
        "ignore:\n  - schema: \"schemas/*\"\n    rule: enum-value-removed\n",
    );
    let (code, rep) = report(&r, &[]);
    assert_eq!(code, 0, "{rep:#}");
    assert_eq!(rep["ignored"], 1);
    let (_, text, _) = r.run(&["check"]);
    assert!(
        text.contains("1 ignored") || text.contains("ignored: 1") || text.contains("1 finding ignored"),
        "{text}"
    );
}

#[test]
fn staged_checks_the_index_against_head() {
    let r = repo_with_branch();
    r.write("schemas/order.json", V2_BREAK);
    // Not staged yet: nothing to check.
    assert_eq!(report(&r, &["--staged"]).0, 0);
    r.stage("schemas/order.json");
    assert_eq!(report(&r, &["--staged"]).0, 1);
}

#[test]
fn versions_declared_too_small_and_unannounced_removals_fail() {
    let mut r = repo_with_branch();
    let declare = |body: &str, v: &str| body.replacen('{', &format!("{{\"x-schemata-version\": \"{v}\", "), 1);
    r.write("schemas/order.json", &declare(V1, "1.0.0"));
    r.commit("declare");
    r.switch("main");
    r.write("schemas/order.json", &declare(V1, "1.0.0"));
    r.commit("declare on main");
    r.switch("feature");
    r.write(
        "schemata.yaml",
        "schemas:\n  - path: \"schemas/*.json\"\n    compatibility: none\n",
    );
    r.write("schemas/order.json", &declare(V2_WIDEN, "1.0.1"));
    let (code, rep) = report(&r, &["--against", "main"]);
    assert_eq!(code, 1, "{rep:#}");
    assert!(rep.to_string().contains("version-too-small"));
    r.write("schemas/order.json", &declare(V2_WIDEN, "1.1.0"));
    assert_eq!(report(&r, &["--against", "main"]).0, 0);

    // Deprecation policy: removing a property needs `deprecated: true` first.
    r.write(
        "schemata.yaml",
        "schemas:\n  - path: \"schemas/*.json\"\n    compatibility: none\ndeprecation:\n  require_before_removal: true\n",
    );
    r.write("schemas/order.json", r#"{"type": "object", "properties": {"status": {"enum": ["new", "paid", "void"]}}, "additionalProperties": false}"#);
    let (code, rep) = report(&r, &["--against", "main"]);
    assert_eq!(code, 1, "{rep:#}");
    assert!(rep.to_string().contains("deprecation-required"));
}

#[test]
fn transitive_modes_compare_with_every_release() {
    let mut r = Repo::new();
    r.write(
        "schemata.yaml",
        "schemas:\n  - path: \"schemas/*.json\"\n    compatibility: backward_transitive\n",
    );
    r.write("schemas/order.json", V1);
    let c1 = r.commit("v1");
    r.tag("schemas/order@1.0.0", c1);
    // 2.0.0 removed `paid` (acknowledged then), main moved on.
    r.write("schemas/order.json", V2_BREAK);
    let c2 = r.commit("v2");
    r.tag("schemas/order@2.0.0", c2);
    r.switch("feature");
    // Only a description against 2.0.0, but 1.0.0's `paid` is still missing.
    r.write(
        "schemas/order.json",
        &V2_BREAK.replacen('{', "{\"description\": \"An order\", ", 1),
    );
    let (code, rep) = report(&r, &["--against", "main"]);
    assert_eq!(code, 1);
    let s = rep["schemas"][0]["findings"].to_string();
    assert!(s.contains("against released version 1.0.0"), "{rep:#}");
}

#[test]
fn bad_arguments_and_git_trouble_exit_2() {
    let r = repo_with_branch();
    let (code, _, err) = r.run(&["check", "--against", "nope"]);
    assert_eq!(code, 2);
    assert!(err.contains("unknown revision"), "{err}");
    let (code, _, err) = r.run(&["check", "--output", "nonsense"]);
    assert_eq!(code, 2);
    assert!(err.contains("FORMAT=PATH"), "{err}");
    let dir = tempfile::tempdir().unwrap();
    let out = assert_cmd::Command::cargo_bin("schemata")
        .unwrap()
        .current_dir(dir.path())
        .arg("check")
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn reports_in_every_format_and_to_files() {
    let r = repo_with_branch();
    r.write("schemas/order.json", V2_BREAK);
    for format in ["text", "json", "markdown", "github", "junit", "sarif"] {
        let (code, out, err) = r.run(&["check", "--format", format]);
        assert_eq!(code, 1, "{format}: {err}");
        assert!(out.contains("enum-value-removed"), "{format}: {out}");
    }
    let target = r.path().join("out.json");
    let (code, _, _) = r.run(&["check", "--output", &format!("json={}", target.display())]);
    assert_eq!(code, 1);
    let written: Value = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(written["passed"], false);
}

#[test]
fn a_change_that_breaks_a_declared_llm_target_fails() {
    let mut r = Repo::new();
    r.write(
        "schemata.yaml",
        "schemas:\n  - path: \"schemas/*.json\"\n    compatibility: none\n    targets: [openai-strict]\n",
    );
    let tool = r#"{"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"], "additionalProperties": false}"#;
    r.write("schemas/weather.json", tool);
    r.commit("first");
    r.switch("feature");
    // Widening is fine under `none`, but an optional property is not allowed by OpenAI strict mode.
    r.write(
        "schemas/weather.json",
        r#"{"type": "object", "properties": {"city": {"type": "string"}, "unit": {"type": "string"}}, "required": ["city"], "additionalProperties": false}"#,
    );
    let (code, rep) = report(&r, &["--against", "main"]);
    assert_eq!(code, 1, "{rep:#}");
    let text = rep.to_string();
    assert!(
        text.contains("target-unusable") && text.contains("openai-strict"),
        "{rep:#}"
    );
}

#[test]
fn fingerprints_survive_unrelated_edits() {
    let r = repo_with_branch();
    r.write("schemas/order.json", V2_BREAK);
    let (_, before) = report(&r, &[]);
    // Reformatted and described elsewhere: the finding keeps its fingerprint.
    let edited = V2_BREAK.replacen('{', "{\n  \"description\": \"An order\",\n  ", 1);
    r.write("schemas/order.json", &edited);
    let (_, after) = report(&r, &[]);
    let fp = |rep: &Value| {
        rep["schemas"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .find(|f| f["rule"] == "enum-value-removed")
            .map(|f| f["fingerprint"].clone())
            .unwrap()
    };
    assert_eq!(fp(&before), fp(&after));
}

#[test]
fn a_release_tag_smaller_than_the_changes_fails() {
    let mut r = Repo::new();
    r.write("schemas/order.json", V1);
    let c1 = r.commit("v1");
    r.tag("schemas/order@1.0.0", c1);
    r.switch("feature");
    r.write("schemas/order.json", V2_BREAK);
    let c2 = r.commit("break");
    r.tag("schemas/order@1.1.0", c2);
    let (code, rep) = report(&r, &["--against", "main", "--head", "HEAD"]);
    assert_eq!(code, 1);
    let text = rep.to_string();
    assert!(
        text.contains("tag schemas/order@1.1.0 is smaller") && text.contains("2.0.0"),
        "{rep:#}"
    );
    assert_eq!(rep["schemas"][0]["current_version"], "1.0.0");
}

#[test]
fn a_shallow_clone_without_the_base_says_which_fetch_to_run() {
    let mut r = repo_with_branch();
    r.write("schemas/order.json", V2_WIDEN);
    r.commit("one");
    r.write("schemas/order.json", V1);
    r.commit("two");
    // The origin's default branch is main; the clone checks out the feature branch, one deep.
    r.switch("main");
    let target = tempfile::tempdir().unwrap();
    let clone = target.path().join("clone");
    let status = std::process::Command::new("git")
        .args([
            "clone",
            "-q",
            "--depth",
            "1",
            "--no-single-branch",
            "--branch",
            "feature",
        ])
        .arg(format!("file://{}", r.path().display()))
        .arg(&clone)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", target.path())
        .status()
        .expect("git is installed");
    assert!(status.success());
    let out = assert_cmd::Command::cargo_bin("schemata")
        .unwrap()
        .current_dir(&clone)
        .arg("check")
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("shallow clone") && err.contains("git fetch"), "{err}");
}

#[test]
fn staged_on_the_very_first_commit_sees_every_schema_as_new() {
    let r = Repo::new();
    r.write("schemas/order.json", V1);
    r.stage("schemas/order.json");
    let (code, rep) = report(&r, &["--staged"]);
    assert_eq!(code, 0, "{rep:#}");
    assert_eq!(rep["schemas"][0]["status"]["kind"], "added");
}

#[test]
fn an_unreadable_schema_fails_the_gate_and_the_summary_says_so() {
    let mut r = repo_with_branch();
    r.write("schemas/user.json", "{\"type\": \"object\",");
    r.commit("broken");
    let (code, text, _) = r.run(&["check", "--against", "main"]);
    assert_eq!(code, 1, "{text}");
    assert!(text.contains("error[unreadable-schema]"), "{text}");
    let last = text.lines().last().unwrap_or_default();
    assert!(
        last.contains("1 failing problem (see above)") && last.contains("gate FAILED"),
        "{text}"
    );
}
