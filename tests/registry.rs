//! The git-backed registry, end to end: each test builds its own repository with git2
//! (fixed author and dates, no user git config) and runs the `schemata` binary on it.

mod common;

use assert_cmd::Command;
use common::Repo;
use git2::{Signature, Time};
use std::path::{Path, PathBuf};

fn v(kind: &str, version: &str, bump: &str) -> (String, String, String) {
    (kind.into(), version.into(), bump.into())
}

const ORDER_V1: &str = r#"{"type": "object", "properties": {"id": {"type": "string"}}, "additionalProperties": false}"#;
const ORDER_V2: &str = r#"{"type": "object", "properties": {"id": {"type": "string"}, "note": {"type": "string"}}, "additionalProperties": false}"#;
const ORDER_V3: &str = r#"{"type": "object", "properties": {"id": {"type": "string"}, "note": {"type": "string"}}, "required": ["note"], "additionalProperties": false}"#;

#[test]
fn history_gives_each_schema_its_versions_and_reformatting_makes_none() {
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1).write("README.md", "hi");
    r.commit("first");
    r.write("README.md", "unrelated");
    r.commit("docs only");
    r.write("schemas/order.json", ORDER_V2);
    r.commit("widen");
    // Reformatting (pretty-printed, reordered keys, YAML-equivalent) is not a new version.
    r.write(
        "schemas/order.json",
        "{\n  \"additionalProperties\": false,\n  \"type\": \"object\",\n  \"properties\": {\n    \"note\": {\"type\": \"string\"},\n    \"id\": {\"type\": \"string\"}\n  }\n}\n",
    );
    r.commit("reformat");
    r.write("schemas/order.json", ORDER_V3);
    r.commit("narrow");
    r.write(
        "schemas/order.json",
        &ORDER_V3.replace("\"object\"", "\"object\", \"description\": \"An order\""),
    );
    r.commit("describe");
    assert_eq!(
        r.versions("schemas/order"),
        vec![
            v("version", "1.0.0", "none"),
            v("version", "1.1.0", "minor"),
            v("version", "2.0.0", "major"),
            v("version", "2.0.1", "patch"),
        ]
    );
    let log = r.json(&["log", "--format", "json"]);
    let e = &log["schemas"][0]["entries"][2];
    assert_eq!(e["breaking"], true);
    assert_eq!(e["author"], "Ada");
    assert_eq!(e["date"], "2026-01-06");
    assert_eq!(e["changes"][0]["rule"], "required-added");
    let (code, text, _) = r.run(&["log"]);
    assert_eq!(code, 0);
    assert!(
        text.contains("schemas/order  (schemas/order.json)  current 2.0.1"),
        "{text}"
    );
    assert!(text.contains("BREAKING: Property `note` became required"), "{text}");
}

#[test]
fn renames_moves_and_recreation_keep_one_lineage() {
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1);
    r.commit("first");
    // A plain move: git's rename detection pairs the files.
    r.remove("schemas/order.json")
        .write("schemas/sales/order.json", ORDER_V1);
    r.commit("move");
    r.write("schemas/sales/order.json", ORDER_V2);
    r.commit("widen after the move");
    let log = r.json(&["log", "--format", "json"]);
    let schemas = log["schemas"].as_array().unwrap();
    assert_eq!(schemas.len(), 1, "{log:#}");
    assert_eq!(schemas[0]["name"], "schemas/sales/order");
    assert_eq!(schemas[0]["current_version"], "1.1.0");
    assert_eq!(
        schemas[0]["names"],
        serde_json::json!(["schemas/order", "schemas/sales/order"])
    );
    // The old name still finds the lineage.
    assert_eq!(r.versions("schemas/order").len(), 2);

    // A move with a rewritten body is tied together by `$id`.
    let with_id = |body: &str| body.replacen('{', "{\"$id\": \"https://example.com/customer\", ", 1);
    r.write("schemas/customer.json", &with_id(ORDER_V1));
    r.commit("customer");
    r.remove("schemas/customer.json").write(
        "schemas/people/client.yaml",
        "$id: https://example.com/customer\ntype: object\nadditionalProperties: false\nproperties:\n  id: {type: string}\n  a: {type: string}\n  b: {type: string}\n  c: {type: string}\n",
    );
    r.commit("move and widen");
    let client = r.versions("schemas/people/client");
    assert_eq!(
        client,
        vec![v("version", "1.0.0", "none"), v("version", "1.1.0", "minor")]
    );

    // Deleted, then created again: one lineage, the new file diffed against the last version.
    r.remove("schemas/sales/order.json");
    r.commit("drop order");
    r.write("schemas/sales/order.json", ORDER_V3);
    r.commit("bring order back, stricter");
    assert_eq!(
        r.versions("schemas/sales/order"),
        vec![
            v("version", "1.0.0", "none"),
            v("version", "1.1.0", "minor"),
            v("removed", "-", "none"),
            v("version", "2.0.0", "major"),
        ]
    );
}

#[test]
fn a_changed_referenced_file_versions_its_dependents() {
    let mut r = Repo::new();
    r.write("schemas/common/money.json", r#"{"type": "number"}"#).write(
        "schemas/order.json",
        r#"{"type": "object", "properties": {"total": {"$ref": "common/money.json"}}}"#,
    );
    r.commit("first");
    r.write("schemas/common/money.json", r#"{"type": "integer"}"#);
    r.commit("money narrows");
    let order = r.versions("schemas/order");
    assert_eq!(
        order,
        vec![v("version", "1.0.0", "none"), v("version", "2.0.0", "major")]
    );
}

#[test]
fn invalid_documents_in_old_commits_are_events_not_crashes() {
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1);
    r.commit("first");
    r.write("schemas/order.json", "{ \"type\": ");
    r.commit("broken");
    r.write(
        "schemas/order.json",
        "version https://git-lfs.github.com/spec/v1\noid sha256:abc\nsize 12\n",
    );
    r.commit("lfs pointer");
    r.write("schemas/order.json", ORDER_V2);
    r.commit("fixed");
    let log = r.json(&["log", "--format", "json"]);
    let entries = log["schemas"][0]["entries"].as_array().unwrap();
    let kinds: Vec<&str> = entries.iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(kinds, ["version", "invalid", "invalid", "version"]);
    assert!(
        entries[1]["summary"]
            .as_str()
            .unwrap()
            .contains("not a readable schema")
    );
    assert!(
        entries[2]["summary"].as_str().unwrap().contains("Git LFS pointer"),
        "{entries:#?}"
    );
    // The fixed version is diffed against the last readable one.
    assert_eq!(entries[3]["version"], "1.1.0");
}

#[test]
fn tags_anchor_versions_and_a_too_small_tag_is_reported() {
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1);
    let c1 = r.commit("first");
    r.tag("schemas/order@3.0.0", c1);
    r.write("schemas/order.json", ORDER_V2);
    r.commit("widen");
    r.write("schemas/order.json", ORDER_V3);
    let c3 = r.commit("narrow");
    // A break released as a minor version.
    r.tag("schemas/order@3.2.0", c3);
    let log = r.json(&["log", "--format", "json"]);
    let entries = log["schemas"][0]["entries"].as_array().unwrap();
    assert_eq!(entries[0]["version"], "3.0.0");
    assert_eq!(entries[0]["tag"], "schemas/order@3.0.0");
    assert_eq!(entries[1]["version"], "3.1.0");
    assert_eq!(entries[2]["version"], "3.2.0");
    let problems = entries[2]["problems"].as_array().unwrap();
    assert!(
        problems[0]
            .as_str()
            .unwrap()
            .contains("smaller than the changes since the last release require (4.0.0)")
    );
}

#[test]
fn declared_versions_are_checked() {
    let mut r = Repo::new();
    let declare =
        |body: &str, version: &str| body.replacen('{', &format!("{{\"x-schemata-version\": \"{version}\", "), 1);
    r.write("schemas/order.json", &declare(ORDER_V1, "1.0.0"));
    r.commit("first");
    r.write("schemas/order.json", &declare(ORDER_V3, "1.1.0"));
    r.commit("a break declared as minor");
    let log = r.json(&["log", "--format", "json"]);
    let e = &log["schemas"][0]["entries"][1];
    assert_eq!(e["version"], "1.1.0");
    assert!(
        e["problems"][0]
            .as_str()
            .unwrap()
            .contains("x-schemata-version 1.1.0 is smaller"),
        "{e:#}"
    );
}

#[test]
fn version_and_release_tag_unreleased_versions_all_or_none() {
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1)
        .write("schemas/user.json", r#"{"type": "object"}"#);
    let c1 = r.commit("first");
    r.tag("schemas/user@1.0.0", c1);
    r.write("schemas/order.json", ORDER_V3);
    let c2 = r.commit("narrow");
    let pending = r.json(&["version", "--format", "json"]);
    let list = pending["schemas"].as_array().unwrap();
    assert_eq!(list.len(), 1, "{pending:#}");
    assert_eq!(list[0]["name"], "schemas/order");
    assert_eq!(list[0]["next"], "2.0.0");
    assert_eq!(list[0]["commit"], c2.to_string());

    let (code, text, _) = r.run(&["release"]);
    assert_eq!(code, 0);
    assert!(text.contains("would create schemas/order@2.0.0"), "{text}");
    assert!(
        r.git.find_reference("refs/tags/schemas/order@2.0.0").is_err(),
        "a dry run writes nothing"
    );

    let (code, text, err) = r.run(&["release", "--apply"]);
    assert_eq!(code, 0, "{err}");
    assert!(text.contains("created schemas/order@2.0.0"));
    let tag = r.git.find_reference("refs/tags/schemas/order@2.0.0").unwrap();
    assert_eq!(tag.peel_to_commit().unwrap().id(), c2);
    assert!(tag.peel_to_tag().is_ok(), "annotated");
    let (_, text, _) = r.run(&["release"]);
    assert!(text.contains("nothing to release"), "{text}");
}

#[test]
fn show_and_diff_address_versions_and_revisions() {
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1);
    r.commit("first");
    r.write("schemas/order.json", ORDER_V3);
    r.commit("narrow");
    let (code, text, _) = r.run(&["show", "schemas/order@1.0.0"]);
    assert_eq!(code, 0);
    assert_eq!(text.trim(), ORDER_V1);
    let shown = r.json(&["show", "schemas/order@HEAD~1", "--format", "json"]);
    assert_eq!(shown["document"]["additionalProperties"], false);
    let (code, _, err) = r.run(&["show", "schemas/order@9.9.9"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("has no version 9.9.9") && err.contains("known versions: 1.0.0, 2.0.0"),
        "{err}"
    );

    let d = r.json(&["diff", "schemas/order@1.0.0", "schemas/order@2.0.0", "--format", "json"]);
    assert_eq!(d["compatible"], false);
    assert_eq!(d["required_bump"], "major");

    r.write("schemas/order.json", ORDER_V2);
    let d = r.json(&["diff", "--from", "HEAD", "--to", "WORKTREE", "--format", "json"]);
    assert_eq!(d["schemas"][0]["name"], "schemas/order");
    assert_eq!(d["schemas"][0]["compatible"], true);
    let d = r.json(&["diff", "--from", "HEAD~1", "--to", "HEAD", "--format", "json"]);
    let rules: Vec<&str> = d["schemas"][0]["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["rule"].as_str().unwrap())
        .collect();
    assert!(rules.contains(&"required-added"), "{rules:?}");
    let (_, text, _) = r.run(&["diff", "--from", "HEAD~1", "--to", "HEAD"]);
    assert!(
        text.contains("── schemas/order (modified schemas/order.json) ──"),
        "{text}"
    );
}

#[test]
fn list_reads_any_revision_and_the_config_applies() {
    let mut r = Repo::new();
    r.write("contracts/a.json", r#"{"type": "string"}"#).write(
        "schemata.yaml",
        "schemas:\n  - path: \"contracts/*.json\"\n    compatibility: full_transitive\n    owners: [\"@team\"]\n",
    );
    r.commit("first");
    r.write("contracts/b.yaml", "type: number\n");
    let list = r.json(&["list", "--format", "json"]);
    assert_eq!(list["schemas"].as_array().unwrap().len(), 1);
    assert_eq!(list["schemas"][0]["compatibility"], "full_transitive");
    assert_eq!(list["schemas"][0]["version"], "1.0.0");
    let list = r.json(&["list", "--at", "WORKTREE", "--format", "json"]);
    let names = common::schema_names(&list);
    // contracts/b.yaml is not in any commit yet; the config's glob only takes *.json.
    assert_eq!(names, ["contracts/a"]);
}

#[test]
fn errors_about_the_repository_are_clear_and_exit_2() {
    // Not a repository: history commands say so; file commands still work.
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.json"), ORDER_V1).unwrap();
    std::fs::write(dir.path().join("b.json"), ORDER_V3).unwrap();
    let run = |args: &[&str]| {
        Command::cargo_bin("schemata")
            .unwrap()
            .current_dir(dir.path())
            .env("NO_COLOR", "1")
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["log"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("not inside a git repository"));
    assert_eq!(run(&["diff", "a.json", "b.json"]).status.code(), Some(0));

    // An empty repository (unborn branch).
    let r = Repo::new();
    let (code, _, err) = r.run(&["log"]);
    assert_eq!(code, 2);
    assert!(err.contains("has no commits yet"), "{err}");

    // A revision that does not exist.
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1);
    r.commit("first");
    let (code, _, err) = r.run(&["list", "--at", "no-such-branch"]);
    assert_eq!(code, 2);
    assert!(
        err.contains("unknown revision \"no-such-branch\"") && err.contains("hint:"),
        "{err}"
    );
    let (code, _, err) = r.run(&["log", "schemas/nothing"]);
    assert_eq!(code, 2);
    assert!(err.contains("no schema named"), "{err}");

    // A broken config points at its line.
    r.write(
        "schemata.yaml",
        "schemas:\n  - path: \"*.json\"\n    compatibility: sideways\n",
    );
    let (code, _, err) = r.run(&["list"]);
    assert_eq!(code, 2);
    assert!(err.contains("schemata.yaml:3") && err.contains("sideways"), "{err}");
}

#[test]
fn detached_heads_merges_submodules_and_odd_names() {
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1)
        .write("schemas/weird name ü.json", r#"{"type": "string"}"#);
    let c1 = r.commit("first");
    // A side branch merged back: first-parent history sees the merge as one change.
    r.git.branch("side", &r.git.find_commit(c1).unwrap(), false).unwrap();
    r.write("schemas/order.json", ORDER_V2);
    let c2 = r.commit("widen on main");
    let base = r.git.find_commit(c1).unwrap();
    let side_tree = {
        let mut idx = git2::Index::new().unwrap();
        idx.read_tree(&base.tree().unwrap()).unwrap();
        let blob = r.git.blob(ORDER_V3.as_bytes()).unwrap();
        let mut e = idx.get_path(Path::new("schemas/order.json"), 0).unwrap();
        e.id = blob;
        idx.add(&e).unwrap();
        idx.write_tree_to(&r.git).unwrap()
    };
    let sig = Signature::new("Bo", "bo@example.com", &Time::new(r.clock + 10, 0)).unwrap();
    let side = r
        .git
        .commit(None, &sig, &sig, "side", &r.git.find_tree(side_tree).unwrap(), &[&base])
        .unwrap();
    // The merge result keeps main's content plus `required` from the side.
    r.write(
        "schemas/order.json",
        &ORDER_V3.replace("\"required\": [\"note\"]", "\"required\": [\"id\"]"),
    );
    let mut index = r.git.index().unwrap();
    index.add_all(["*"], git2::IndexAddOption::DEFAULT, None).unwrap();
    let tree = r.git.find_tree(index.write_tree().unwrap()).unwrap();
    let merge = r
        .git
        .commit(
            Some("HEAD"),
            &sig,
            &sig,
            "merge side",
            &tree,
            &[&r.git.find_commit(c2).unwrap(), &r.git.find_commit(side).unwrap()],
        )
        .unwrap();
    assert_eq!(
        r.versions("schemas/order"),
        vec![
            v("version", "1.0.0", "none"),
            v("version", "1.1.0", "minor"),
            v("version", "2.0.0", "major")
        ]
    );
    // A submodule entry is skipped, not read.
    let mut idx = r.git.index().unwrap();
    idx.add(&git2::IndexEntry {
        ctime: git2::IndexTime::new(0, 0),
        mtime: git2::IndexTime::new(0, 0),
        dev: 0,
        ino: 0,
        mode: 0o160000,
        uid: 0,
        gid: 0,
        file_size: 0,
        id: merge,
        flags: 0,
        flags_extended: 0,
        path: b"schemas/vendor".to_vec(),
    })
    .unwrap();
    idx.write().unwrap();
    let (code, _, err) = r.run(&["list", "--at", "STAGED"]);
    assert_eq!(code, 0, "{err}");
    // Detached HEAD.
    r.git.set_head_detached(c1).unwrap();
    let list = r.json(&["list", "--format", "json"]);
    let names = common::schema_names(&list);
    assert_eq!(names, ["schemas/order", "schemas/weird name ü"]);
}

#[test]
fn a_shallow_clone_says_which_fetch_to_run() {
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1);
    r.commit("first");
    r.write("schemas/order.json", ORDER_V2);
    r.commit("second");
    let target = tempfile::tempdir().unwrap();
    let clone: PathBuf = target.path().join("clone");
    let status = std::process::Command::new("git")
        .args(["clone", "-q", "--depth", "1"])
        .arg(format!("file://{}", r.path().display()))
        .arg(&clone)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", target.path())
        .status()
        .expect("git is installed");
    assert!(status.success());
    let out = Command::cargo_bin("schemata")
        .unwrap()
        .current_dir(&clone)
        .args(["log"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("shallow clone") && err.contains("git fetch --unshallow"),
        "{err}"
    );
}

#[test]
fn init_writes_a_config_that_reads_back_and_never_overwrites() {
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1)
        .write("api/user.schema.yaml", "type: object\n");
    r.commit("first");
    let (code, text, err) = r.run(&["init"]);
    assert_eq!(code, 0, "{err}");
    assert!(text.contains("2 schema files found"), "{text}");
    let written = std::fs::read_to_string(r.path().join("schemata.yaml")).unwrap();
    assert!(written.contains("path: \"**/schemas/**/*.{json,yaml,yml}\""));
    let list = r.json(&["list", "--at", "WORKTREE", "--format", "json"]);
    assert_eq!(list["schemas"].as_array().unwrap().len(), 2);
    let (code, _, err) = r.run(&["init"]);
    assert_eq!(code, 2);
    assert!(err.contains("already exists"));
    assert_eq!(
        std::fs::read_to_string(r.path().join("schemata.yaml")).unwrap(),
        written
    );
}

#[test]
fn non_utf8_file_names_are_skipped_with_a_warning() {
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1);
    r.commit("first");
    // git stores names as bytes: put a non-UTF-8 name into the next commit's tree.
    let mut idx = r.git.index().unwrap();
    let blob = r.git.blob(b"{\"type\": \"string\"}").unwrap();
    let mut entry = idx.get_path(Path::new("schemas/order.json"), 0).unwrap();
    entry.id = blob;
    entry.path = b"schemas/caf\xe9.json".to_vec();
    idx.add(&entry).unwrap();
    let tree = r.git.find_tree(idx.write_tree().unwrap()).unwrap();
    let sig = Signature::new("Ada", "ada@example.com", &Time::new(r.clock + 86_400, 0)).unwrap();
    let head = r.git.head().unwrap().peel_to_commit().unwrap();
    r.git
        .commit(Some("HEAD"), &sig, &sig, "latin-1 name", &tree, &[&head])
        .unwrap();
    let (code, out, err) = r.run(&["list"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("schemas/order"), "{out}");
    assert!(err.contains("non-UTF-8"), "{err}");
    let (code, _, err) = r.run(&["log"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn read_commands_never_write_to_the_repository() {
    let mut r = Repo::new();
    r.write("schemas/order.json", ORDER_V1);
    let c1 = r.commit("first");
    r.tag("schemas/order@1.0.0", c1);
    r.write("schemas/order.json", ORDER_V3);
    r.commit("narrow");
    r.write("schemas/order.json", ORDER_V2);
    let state = |root: &Path| {
        let mut files: Vec<(String, u64, std::time::SystemTime)> = walkdir::WalkDir::new(root)
            .into_iter()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_type().is_file())
            .map(|e| {
                let m = e.metadata().unwrap();
                (e.path().display().to_string(), m.len(), m.modified().unwrap())
            })
            .collect();
        files.sort();
        files
    };
    let before = state(r.path());
    for args in [
        &["list"][..],
        &["list", "--at", "STAGED"],
        &["log", "--changes"],
        &["show", "schemas/order@1.0.0"],
        &["diff", "--from", "HEAD~1"],
        &["changelog"],
        &["version"],
        &["release"],
    ] {
        let (code, _, err) = r.run(args);
        assert_eq!(code, 0, "{args:?}: {err}");
    }
    assert_eq!(before, state(r.path()), "a read-only command changed a file");
}

#[test]
fn two_files_with_one_id_are_kept_apart_with_a_warning() {
    let mut r = Repo::new();
    let body = r#"{"$id": "https://example.com/same", "type": "string"}"#;
    r.write("schemas/a.json", body).write("schemas/b.json", body);
    r.commit("first");
    let (code, out, err) = r.run(&["list"]);
    assert_eq!(code, 0);
    assert!(out.contains("schemas/a ") && out.contains("schemas/b "), "{out}");
    assert!(
        err.contains("schemas/a.json and schemas/b.json share the $id https://example.com/same"),
        "{err}"
    );
}

#[test]
fn impact_lists_referencing_schemas_and_consumers() {
    let mut r = Repo::new();
    r.write("schemas/common/money.json", r#"{"type": "number"}"#)
        .write("schemas/order.json", r#"{"properties": {"total": {"$ref": "common/money.json"}}}"#)
        .write("schemas/invoice.json", r#"{"properties": {"order": {"$ref": "order.json"}}}"#)
        .write("schemas/user.json", r#"{"type": "object"}"#)
        .write(
            "schemata.yaml",
            "schemas:\n  - path: \"schemas/common/*.json\"\n    consumers: [ledger]\n  - path: \"schemas/**/*.json\"\n    consumers: [billing]\n",
        );
    r.commit("first");
    let out = r.json(&["impact", "schemas/common/money", "--format", "json"]);
    assert_eq!(out["consumers"], serde_json::json!(["ledger"]));
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
    assert_eq!(
        deps,
        [
            ("schemas/invoice".to_string(), "transitive".to_string()),
            ("schemas/order".to_string(), "direct".to_string())
        ]
    );
    let (code, _, err) = r.run(&["impact", "schemas/nothing"]);
    assert_eq!(code, 2);
    assert!(err.contains("no schema named"), "{err}");
}

#[test]
fn two_files_in_the_registry_are_diffed_under_their_config_entry() {
    let mut r = Repo::new();
    r.write(
        "schemata.yaml",
        "schemas:\n  - path: \"schemas/**/*.json\"\n    compatibility: forward\n    rules:\n      description-changed: breaking\n",
    )
    .write("schemas/a.json", r#"{"type": "string", "description": "one"}"#)
    .write("schemas/b.json", r#"{"type": ["string", "null"], "description": "two"}"#)
    .write("elsewhere/a.json", r#"{"type": "string", "description": "one"}"#)
    .write("elsewhere/b.json", r#"{"type": ["string", "null"], "description": "two"}"#);
    r.commit("two pairs");
    let report = r.json(&["diff", "schemas/a.json", "schemas/b.json", "--format", "json"]);
    assert_eq!(report["mode"], "forward", "{report}");
    let breaking: Vec<&str> = report["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["breaking"] == true)
        .map(|c| c["rule"].as_str().unwrap())
        .collect();
    assert_eq!(breaking, ["description-changed", "type-widened"], "{report}");
    // A pair no config entry matches keeps the defaults.
    let report = r.json(&["diff", "elsewhere/a.json", "elsewhere/b.json", "--format", "json"]);
    assert_eq!(report["mode"], "backward", "{report}");
    assert_eq!(report["compatible"], true, "{report}");
}

#[test]
fn a_schema_with_no_readable_version_says_so_when_a_version_is_asked_for() {
    let mut r = Repo::new();
    r.write("schemas/broken.json", "{\"type\": ");
    r.commit("broken from the start");
    let (code, _, err) = r.run(&["diff", "schemas/broken@1.0.0", "schemas/broken@latest"]);
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("has no version 1.0.0"), "{err}");
    assert!(err.contains("no version of schemas/broken could be read"), "{err}");
}
