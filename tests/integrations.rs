//! The GitHub Action and the pre-commit hooks: their files validate against the published
//! schemas, and the action's script runs end to end against a repository built here.

mod common;

use common::Repo;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn validate_yaml(file: &str, schema: &str) {
    let doc: serde_json::Value = serde_yaml::from_str(&std::fs::read_to_string(root().join(file)).unwrap()).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(schema)).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{file}: {errors:#?}");
}

#[test]
fn action_and_hooks_match_their_published_schemas() {
    validate_yaml("action.yml", "tests/data/github-action.json");
    validate_yaml(".pre-commit-hooks.yaml", "tests/data/pre-commit-hooks.json");
    let hooks = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).unwrap();
    assert!(hooks.contains("entry: schemata check --staged"));
}

/// Runs scripts/action.sh in `dir` with the built binary first on PATH.
fn run_action(dir: &Path, env: &[(&str, String)]) -> (i32, String, String) {
    let bin = assert_cmd::cargo::cargo_bin("schemata");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let mut cmd = std::process::Command::new("bash");
    cmd.arg(root().join("scripts/action.sh"))
        .current_dir(dir)
        .env("PATH", path)
        .env("NO_COLOR", "1")
        .env("HOME", dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env_remove("GITHUB_BASE_REF")
        .env_remove("GITHUB_EVENT_NAME");
    for (k, v) in env {
        cmd.env(k, v);
    }
    common::outcome(cmd.output().unwrap())
}

const V1: &str = r#"{"type": "object", "properties": {"status": {"enum": ["new", "paid"]}}}"#;
const V2: &str = r#"{"type": "object", "properties": {"status": {"enum": ["new"]}}}"#;

/// `main` with an order schema, and a `feature` branch (checked out) that breaks it.
fn feature_that_breaks_order() -> Repo {
    let mut r = Repo::new();
    r.write("schemas/order.json", V1);
    r.commit("first");
    r.switch("feature");
    r.write("schemas/order.json", V2);
    r.commit("break");
    r
}

#[test]
fn the_action_script_writes_the_summary_and_outputs_and_exits_with_the_verdict() {
    let mut r = feature_that_breaks_order();
    let tmp = tempfile::tempdir().unwrap();
    let summary = tmp.path().join("summary.md");
    let outputs = tmp.path().join("outputs.txt");
    let env = [
        ("GITHUB_STEP_SUMMARY", summary.display().to_string()),
        ("GITHUB_OUTPUT", outputs.display().to_string()),
        ("RUNNER_TEMP", tmp.path().display().to_string()),
        ("GITHUB_BASE_REF", "main".to_string()),
    ];
    // No origin/main in this repository: the script falls back to check's own default base.
    let (code, stdout, stderr) = run_action(r.path(), &env);
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    assert!(stdout.contains("::error file=schemas/order.json,line=1"), "{stdout}");
    let summary = std::fs::read_to_string(&summary).unwrap();
    assert!(
        summary.contains("<!-- schemata-report -->") && summary.contains("the gate failed"),
        "{summary}"
    );
    let outputs = std::fs::read_to_string(&outputs).unwrap();
    assert!(outputs.contains("result=failed"), "{outputs}");
    assert!(outputs.contains("breaking=1"), "{outputs}");
    let json_path = outputs.lines().find_map(|l| l.strip_prefix("report-json=")).unwrap();
    let report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(json_path).unwrap()).unwrap();
    assert_eq!(report["passed"], false);

    // Compatible: passed, exit 0. An explicit base that does not exist: error, exit 2.
    r.write("schemas/order.json", V1);
    r.commit("restore");
    let (code, _, _) = run_action(r.path(), &env);
    assert_eq!(code, 0);
    let mut bad = env.to_vec();
    bad.push(("INPUT_AGAINST", "no-such-ref".to_string()));
    let (code, _, _) = run_action(r.path(), &bad);
    assert_eq!(code, 2);
    assert!(
        std::fs::read_to_string(tmp.path().join("outputs.txt"))
            .unwrap()
            .contains("result=error")
    );
}

#[test]
fn the_action_script_posts_one_pull_request_comment() {
    let r = feature_that_breaks_order();
    let tmp = tempfile::tempdir().unwrap();
    // A stand-in for the GitHub API: lists no comments, records what is posted.
    let server = r#"
import http.server, json, sys, os
posted = sys.argv[2]
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, *a): pass
    def do_GET(self):
        self.send_response(200); self.send_header("Content-Type", "application/json"); self.end_headers()
        self.wfile.write(b"[]")
    def do_POST(self):
        n = int(self.headers["Content-Length"]); body = self.rfile.read(n)
        open(posted, "wb").write(self.path.encode() + b"\n" + body)
        self.send_response(201); self.end_headers(); self.wfile.write(b"{}")
s = http.server.HTTPServer(("127.0.0.1", 0), H)
s.timeout = 30
open(sys.argv[1], "w").write(str(s.server_port))
s.handle_request(); s.handle_request()
"#;
    let port_file = tmp.path().join("port");
    let posted = tmp.path().join("posted");
    let mut child = std::process::Command::new("python3")
        .args(["-c", server])
        .arg(&port_file)
        .arg(&posted)
        .spawn()
        .expect("python3 is installed");
    let mut port = String::new();
    for _ in 0..100 {
        if let Ok(p) = std::fs::read_to_string(&port_file)
            && !p.is_empty()
        {
            port = p;
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
    let event = tmp.path().join("event.json");
    std::fs::write(&event, r#"{"pull_request": {"number": 7}}"#).unwrap();
    let env = [
        ("RUNNER_TEMP", tmp.path().display().to_string()),
        ("INPUT_GITHUB_TOKEN", "t0ken".to_string()),
        ("GITHUB_EVENT_NAME", "pull_request".to_string()),
        ("GITHUB_EVENT_PATH", event.display().to_string()),
        ("GITHUB_API_URL", format!("http://127.0.0.1:{port}")),
        ("GITHUB_REPOSITORY", "acme/registry".to_string()),
    ];
    let (code, stdout, stderr) = run_action(r.path(), &env);
    let _ = child.wait();
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    let posted = std::fs::read_to_string(&posted).expect("the script posted a comment");
    assert!(posted.starts_with("/repos/acme/registry/issues/7/comments"), "{posted}");
    assert!(
        posted.contains("schemata-report") && posted.contains("enum-value-removed"),
        "{posted}"
    );
}

#[test]
fn on_a_push_the_action_compares_with_the_commit_before_it() {
    let mut r = Repo::new();
    r.write("schemas/order.json", V1);
    let before = r.commit("first");
    r.write("schemas/order.json", V2);
    r.commit("break on main");
    let tmp = tempfile::tempdir().unwrap();
    let event = tmp.path().join("event.json");
    std::fs::write(&event, format!(r#"{{"before": "{before}"}}"#)).unwrap();
    let env = [
        ("RUNNER_TEMP", tmp.path().display().to_string()),
        ("GITHUB_EVENT_NAME", "push".to_string()),
        ("GITHUB_EVENT_PATH", event.display().to_string()),
    ];
    // On main, check's own default base would be HEAD itself; the push's `before` is used.
    let (code, stdout, stderr) = run_action(r.path(), &env);
    assert_eq!(code, 1, "{stdout}\n{stderr}");
    assert!(stdout.contains("enum-value-removed"), "{stdout}");
}
