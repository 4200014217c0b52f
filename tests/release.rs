//! Installing in seconds: the release workflow and the action validate against the published
//! schemas and build every promised target; a packaged release installs through
//! scripts/install.sh only when its checksum matches; action.yml's install step uses the
//! release binary and falls back to `cargo install --locked` only when there is none; the
//! binary pre-commit hook runs the release binary. Releases are served from a folder
//! (`file://`): nothing here touches the network.

mod common;

use common::Repo;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn yaml(path: &Path) -> serde_json::Value {
    serde_yaml::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn schema_errors(doc: &serde_json::Value, schema: &str) -> Vec<String> {
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(root().join(schema)).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    validator
        .iter_errors(doc)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect()
}

const VERSION: &str = env!("CARGO_PKG_VERSION");
const TARGET: &str = "x86_64-unknown-linux-musl";

#[test]
fn the_release_workflow_validates_and_builds_every_promised_target() {
    let workflow = yaml(&root().join(".github/workflows/release.yml"));
    assert_eq!(
        schema_errors(&workflow, "tests/data/github-workflow.json"),
        Vec::<String>::new()
    );
    let action = yaml(&root().join("action.yml"));
    assert_eq!(
        schema_errors(&action, "tests/data/github-action.json"),
        Vec::<String>::new()
    );
    let targets: Vec<&str> = workflow["jobs"]["build"]["strategy"]["matrix"]["include"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| m["target"].as_str().unwrap())
        .collect();
    for wanted in [
        "x86_64-unknown-linux-gnu",
        "aarch64-unknown-linux-gnu",
        "x86_64-unknown-linux-musl",
        "x86_64-apple-darwin",
        "aarch64-apple-darwin",
        "x86_64-pc-windows-msvc",
    ] {
        assert!(targets.contains(&wanted), "{wanted} is not built: {targets:?}");
    }
    let text = std::fs::read_to_string(root().join(".github/workflows/release.yml")).unwrap();
    assert!(
        text.contains("cargo build --release --locked"),
        "release builds are --locked"
    );
    assert!(text.contains("scripts/package-release.sh") && text.contains("SHA256SUMS"));
    // The action installs through the checksum-verifying script, not by compiling.
    let action_text = std::fs::read_to_string(root().join("action.yml")).unwrap();
    assert!(action_text.contains("scripts/action-install.sh"));
    assert!(
        !action_text.contains("cargo install"),
        "the fallback lives in action-install.sh"
    );
}

#[test]
fn the_gitlab_template_in_the_docs_matches_gitlabs_schema() {
    let ci = std::fs::read_to_string(root().join("docs/ci.md")).unwrap();
    let start = ci.find("# .gitlab-ci.yml\n").expect("docs/ci.md has a GitLab template");
    let block = &ci[start..ci[start..].find("```").map(|e| start + e).unwrap()];
    let doc: serde_json::Value = serde_yaml::from_str(block).unwrap();
    assert_eq!(schema_errors(&doc, "tests/data/gitlab-ci.json"), Vec::<String>::new());
    let script = doc["schemata"]["script"][0].as_str().unwrap();
    assert!(script.contains("--output gitlab=gl-code-quality.json"), "{script}");
    assert_eq!(
        doc["schemata"]["artifacts"]["reports"]["codequality"],
        "gl-code-quality.json"
    );
    assert!(block.contains("sha256sum -c"), "the template verifies the download");
}

/// Packages the built binary as the release `VERSION` for `TARGET` under `dir/vVERSION/`.
fn release_folder(dir: &Path) -> PathBuf {
    let bin = assert_cmd::cargo::cargo_bin("schemata");
    let out = std::process::Command::new("bash")
        .arg(root().join("scripts/package-release.sh"))
        .arg(&bin)
        .args([TARGET, VERSION])
        .arg(dir.join(format!("v{VERSION}")))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    dir.join(format!("v{VERSION}/schemata-{VERSION}-{TARGET}.tar.gz"))
}

fn install(base: &Path, to: &Path, version: &str) -> (i32, String, String) {
    let out = std::process::Command::new("bash")
        .arg(root().join("scripts/install.sh"))
        .args(["--version", version, "--target", TARGET, "--base-url"])
        .arg(format!("file://{}", base.display()))
        .arg("--to")
        .arg(to)
        .output()
        .unwrap();
    common::outcome(out)
}

fn version_of(bin: &Path) -> String {
    let out = std::process::Command::new(bin).arg("--version").output().unwrap();
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

#[test]
fn a_release_installs_only_when_its_checksum_matches() {
    let tmp = tempfile::tempdir().unwrap();
    let releases = tmp.path().join("releases");
    let archive = release_folder(&releases);
    let sums = std::fs::read_to_string(format!("{}.sha256", archive.display())).unwrap();
    assert!(
        sums.ends_with(&format!("  schemata-{VERSION}-{TARGET}.tar.gz\n")),
        "{sums}"
    );

    let good = tmp.path().join("good");
    let (code, _, err) = install(&releases, &good, VERSION);
    assert_eq!(code, 0, "{err}");
    assert_eq!(version_of(&good.join("schemata")), format!("schemata {VERSION}"));

    // No archive for that version: exit 3, the caller's cue to build from source.
    let (code, _, err) = install(&releases, &tmp.path().join("none"), "99.0.0");
    assert_eq!(code, 3, "{err}");

    // A corrupted archive is refused, and nothing is installed.
    let mut bytes = std::fs::read(&archive).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0xff;
    std::fs::write(&archive, bytes).unwrap();
    let bad = tmp.path().join("bad");
    let (code, _, err) = install(&releases, &bad, VERSION);
    assert_eq!(code, 1, "{err}");
    assert!(err.contains("checksum mismatch"), "{err}");
    assert!(!bad.join("schemata").exists());
}

/// A `cargo` stand-in that records how it was called.
fn fake_cargo(dir: &Path) -> PathBuf {
    let bin = dir.join("fake-bin");
    std::fs::create_dir_all(&bin).unwrap();
    let script = bin.join("cargo");
    std::fs::write(&script, "#!/bin/sh\necho \"$@\" > \"$(dirname \"$0\")/cargo-called\"\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    bin
}

fn action_install(tmp: &Path, releases: &Path, fake: &Path) -> (i32, String, String) {
    let path = format!("{}:{}", fake.display(), std::env::var("PATH").unwrap_or_default());
    let out = std::process::Command::new("bash")
        .arg(root().join("scripts/action-install.sh"))
        .env("GITHUB_ACTION_PATH", root())
        .env("RUNNER_TOOL_CACHE", tmp.join("tool-cache"))
        .env("GITHUB_PATH", tmp.join("github-path"))
        .env("SCHEMATA_RELEASE_URL", format!("file://{}", releases.display()))
        .env("PATH", path)
        .output()
        .unwrap();
    common::outcome(out)
}

#[test]
fn the_action_uses_the_release_binary_and_builds_only_without_one() {
    let tmp = tempfile::tempdir().unwrap();
    let fake = fake_cargo(tmp.path());
    let releases = tmp.path().join("releases");
    release_folder(&releases);
    let (code, out, err) = action_install(tmp.path(), &releases, &fake);
    assert_eq!(code, 0, "{out}\n{err}");
    let added = std::fs::read_to_string(tmp.path().join("github-path")).unwrap();
    let bin = PathBuf::from(added.trim()).join("schemata");
    assert_eq!(version_of(&bin), format!("schemata {VERSION}"));
    assert!(
        !fake.join("cargo-called").exists(),
        "cargo ran although a release exists"
    );

    // No release for this version: `cargo install --locked` from the action's source.
    let other = tempfile::tempdir().unwrap();
    let (code, out, err) = action_install(other.path(), &other.path().join("empty"), &fake);
    assert_eq!(code, 0, "{out}\n{err}");
    let called = std::fs::read_to_string(fake.join("cargo-called")).unwrap();
    assert!(
        called.starts_with(&format!("install --locked --path {}", root().display())),
        "{called}"
    );
    assert!(out.contains("building it from source"), "{out}");
}

#[test]
fn the_binary_pre_commit_hook_runs_the_release_binary() {
    let tmp = tempfile::tempdir().unwrap();
    let releases = tmp.path().join("releases");
    release_folder(&releases);
    let mut r = Repo::new();
    r.write(
        "schemas/order.json",
        r#"{"properties": {"status": {"enum": ["new", "paid"]}}}"#,
    );
    r.commit("first");
    r.write("schemas/order.json", r#"{"properties": {"status": {"enum": ["new"]}}}"#);
    r.stage("schemas/order.json");
    let hook = |home: &Path| {
        let out = std::process::Command::new("bash")
            .arg(root().join("scripts/pre-commit-binary.sh"))
            .args(["check", "--staged"])
            .current_dir(r.path())
            .env("PRE_COMMIT_HOME", home)
            .env("SCHEMATA_RELEASE_URL", format!("file://{}", releases.display()))
            .env("PATH", "/usr/bin:/bin")
            .env("NO_COLOR", "1")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("HOME", r.path())
            .output()
            .unwrap();
        common::outcome(out)
    };
    let cache = tmp.path().join("pre-commit");
    let (code, out, err) = hook(&cache);
    assert_eq!(code, 1, "the staged break fails the hook: {out}\n{err}");
    assert!(out.contains("enum-value-removed"), "{out}");
    assert!(cache.join(format!("schemata-{VERSION}/schemata")).exists());
    // Without a release (and no schemata on PATH) the hook says what to do, exit 2.
    std::fs::remove_dir_all(&releases).unwrap();
    let (code, _, err) = hook(&tmp.path().join("empty-cache"));
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("no release binary"), "{err}");
}
