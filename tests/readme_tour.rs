//! The README's tour runs as written: every command of its `sh` blocks, from
//! `schemas-example/` in a repository that holds the example as this checkout does, exits
//! with the code its comment announces (0 unless it says `# exit N`).

mod common;

use common::Repo;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The tour's command lines: `sh` blocks between "## A short tour" and the next heading.
fn tour() -> Vec<String> {
    let readme = std::fs::read_to_string(root().join("README.md")).unwrap();
    let start = readme.find("## A short tour").expect("the README has a tour");
    let rest = &readme[start + 3..];
    let end = ["\n## ", "\n### "]
        .iter()
        .filter_map(|h| rest.find(h))
        .min()
        .unwrap_or(rest.len());
    let tour = &rest[..end];
    let mut lines = Vec::new();
    let mut in_sh = false;
    for line in tour.lines() {
        match line.trim() {
            "```sh" => in_sh = true,
            "```" => in_sh = false,
            l if in_sh && !l.is_empty() && !l.starts_with('#') => lines.push(l.to_string()),
            _ => {}
        }
    }
    lines
}

fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from).into_iter().filter_map(Result::ok) {
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

#[test]
fn every_command_of_the_readme_tour_runs_on_schemas_example() {
    let lines = tour();
    assert!(lines.len() > 20, "the tour lost its commands: {lines:?}");
    let mut repo = Repo::new();
    copy_dir(&root().join("schemas-example"), &repo.path().join("schemas-example"));
    repo.commit("the example registry");
    let bin = assert_cmd::cargo::cargo_bin("schemata");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let cwd = repo.path().join("schemas-example");
    let mut ran = 0;
    for line in lines {
        if line == "cd schemas-example" {
            continue;
        }
        assert!(line.starts_with("schemata "), "not a schemata command: {line}");
        // `# exit N` in the trailing comment announces a non-zero exit.
        let expected = line
            .split_once("# exit ")
            .and_then(|(_, rest)| rest.split(|c: char| !c.is_ascii_digit()).next()?.parse::<i32>().ok())
            .unwrap_or(0);
        let out = std::process::Command::new("bash")
            .args(["-c", &line])
            .current_dir(&cwd)
            .env("PATH", &path)
            .env("NO_COLOR", "1")
            .env("HOME", repo.path())
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .output()
            .unwrap();
        let (code, stdout, stderr) = common::outcome(out);
        assert_eq!(code, expected, "{line}\nstdout:\n{stdout}\nstderr:\n{stderr}");
        assert!(!stdout.trim().is_empty(), "{line} printed nothing");
        ran += 1;
    }
    assert!(ran > 20);
}
