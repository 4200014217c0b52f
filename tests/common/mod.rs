//! A scripted git repository for CLI tests: git2 only, fixed author and dates, no user git
//! config, and a runner for the `schemata` binary with a pinned environment.
#![allow(dead_code)]

use assert_cmd::Command;
use git2::{Repository, Signature, Time};
use serde_json::Value;
use std::path::Path;

/// Runs the `schemata` binary in `dir` with a pinned environment (no colour, no user or
/// system git config) plus `env`: (exit code, stdout, stderr).
pub fn run_in(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let mut cmd = Command::cargo_bin("schemata").unwrap();
    cmd.current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .env("HOME", dir)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .args(args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    outcome(cmd.output().unwrap())
}

/// A finished process as (exit code, stdout, stderr).
pub fn outcome(out: std::process::Output) -> (i32, String, String) {
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// The `name` of every schema in a JSON output's `schemas` list.
pub fn schema_names(v: &Value) -> Vec<&str> {
    v["schemas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["name"].as_str().unwrap())
        .collect()
}

/// A scripted repository.
pub struct Repo {
    pub dir: tempfile::TempDir,
    pub git: Repository,
    pub clock: i64,
}

impl Repo {
    pub fn new() -> Repo {
        let dir = tempfile::tempdir().unwrap();
        let git = Repository::init_opts(dir.path(), git2::RepositoryInitOptions::new().initial_head("main")).unwrap();
        Repo {
            dir,
            git,
            clock: 1_767_225_600, // 2026-01-01T00:00:00Z
        }
    }
    pub fn path(&self) -> &Path {
        self.dir.path()
    }
    pub fn write(&self, path: &str, text: &str) -> &Self {
        let full = self.path().join(path);
        std::fs::create_dir_all(full.parent().unwrap()).unwrap();
        std::fs::write(full, text).unwrap();
        self
    }
    pub fn remove(&self, path: &str) -> &Self {
        std::fs::remove_file(self.path().join(path)).unwrap();
        self
    }
    /// Commits the whole work tree (additions, changes and deletions) on HEAD.
    pub fn commit(&mut self, message: &str) -> git2::Oid {
        self.clock += 86_400;
        let mut index = self.git.index().unwrap();
        index.add_all(["*"], git2::IndexAddOption::DEFAULT, None).unwrap();
        index.update_all(["*"], None).unwrap();
        index.write().unwrap();
        let tree = self.git.find_tree(index.write_tree().unwrap()).unwrap();
        let sig = Signature::new("Ada", "ada@example.com", &Time::new(self.clock, 0)).unwrap();
        let parents: Vec<git2::Commit> = self
            .git
            .head()
            .ok()
            .and_then(|h| h.peel_to_commit().ok())
            .into_iter()
            .collect();
        let refs: Vec<&git2::Commit> = parents.iter().collect();
        self.git
            .commit(Some("HEAD"), &sig, &sig, message, &tree, &refs)
            .unwrap()
    }
    pub fn tag(&self, name: &str, at: git2::Oid) {
        let obj = self.git.find_object(at, None).unwrap();
        let sig = Signature::new("Ada", "ada@example.com", &Time::new(self.clock, 0)).unwrap();
        self.git.tag(name, &obj, &sig, "release", false).unwrap();
    }
    pub fn run(&self, args: &[&str]) -> (i32, String, String) {
        run_in(self.path(), args, &[])
    }
    pub fn json(&self, args: &[&str]) -> Value {
        let (code, out, err) = self.run(args);
        assert_eq!(code, 0, "{args:?} failed: {err}");
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}"))
    }
    /// The versions of one schema's log, oldest first, as (kind, version, bump).
    pub fn versions(&self, name: &str) -> Vec<(String, String, String)> {
        let log = self.json(&["log", name, "--format", "json"]);
        log["schemas"][0]["entries"]
            .as_array()
            .unwrap()
            .iter()
            .map(|e| {
                (
                    e["kind"].as_str().unwrap().to_string(),
                    e["version"].as_str().unwrap_or("-").to_string(),
                    e["bump"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    }
    /// Creates `name` at HEAD (if missing) and switches to it, work tree included.
    pub fn switch(&self, name: &str) {
        if self.git.find_branch(name, git2::BranchType::Local).is_err() {
            let head = self.git.head().unwrap().peel_to_commit().unwrap();
            self.git.branch(name, &head, false).unwrap();
        }
        self.git.set_head(&format!("refs/heads/{name}")).unwrap();
        self.git
            .checkout_head(Some(git2::build::CheckoutBuilder::new().force().remove_untracked(true)))
            .unwrap();
    }
    /// Stages one path.
    pub fn stage(&self, path: &str) {
        let mut index = self.git.index().unwrap();
        index.add_path(Path::new(path)).unwrap();
        index.write().unwrap();
    }
    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
        run_in(self.path(), args, env)
    }
}
