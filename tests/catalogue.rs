//! Guards over the rule catalogue: every rule file registered under its own id, one
//! fixture pair per rule with its expected output, docs/rules.md up to date, and no rule
//! finding anything when a fixture is compared with itself.
//!
//! Set `SCHEMATA_BLESS=1` to rewrite docs/rules.md and the fixtures' expected.txt after a
//! deliberate change; review the diff before committing. CI never sets it.

use schemata::change::catalogue_markdown;
use schemata::format::json_schema::diff::rules::ALL;
use schemata::{Options, diff_files};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bless() -> bool {
    std::env::var_os("SCHEMATA_BLESS").is_some()
}

#[test]
fn every_rule_file_is_registered_under_its_own_id() {
    let files: BTreeSet<String> = std::fs::read_dir(root().join("src/format/json_schema/diff/rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".rs") && n != "mod.rs" && n != "support.rs")
        .map(|n| n.trim_end_matches(".rs").replace('_', "-"))
        .collect();
    let ids: BTreeSet<String> = ALL.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(files, ids, "rule files and registered rules differ");
    assert_eq!(ids.len(), ALL.len(), "a rule is registered twice");
    for r in ALL {
        assert!(
            r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{} is not kebab-case",
            r.id
        );
        let doc = r.doc_text();
        assert!(
            doc.contains("## Why it matters") && doc.contains("## Example"),
            "{} lacks docs",
            r.id
        );
    }
}

#[test]
fn one_fixture_pair_per_rule() {
    // JSON Schema fixture pairs are `old.json`/`new.json`; other formats' live beside them.
    let dirs: BTreeSet<String> = std::fs::read_dir(root().join("fixtures/rules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("old.json").exists())
        .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    let ids: BTreeSet<String> = ALL.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(dirs, ids, "fixture folders and rules differ");
}

fn render(old: &Path, new: &Path) -> String {
    let report = diff_files(
        old,
        new,
        &Options {
            witnesses: false,
            ..Default::default()
        },
    )
    .unwrap();
    let mut s = format!(
        "compatible: {}\nrequired_bump: {}\n",
        report.compatible,
        report.required_bump.as_str()
    );
    for c in &report.changes {
        s.push_str(&format!(
            "{} {} breaking={} at '{}'\n",
            c.rule,
            c.effect.as_str(),
            c.breaking,
            c.instance_path
        ));
    }
    s
}

/// Every rule runs on every fixture pair (the engine runs them all); the whole output is
/// compared, so overlaps between rules show in review.
#[test]
fn fixture_pairs_match_their_expected_output() {
    let mut failures = Vec::new();
    for r in ALL {
        let dir = root().join("fixtures/rules").join(r.id);
        let got = render(&dir.join("old.json"), &dir.join("new.json"));
        let expected_path = dir.join("expected.txt");
        if bless() {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!("{}:\n--- expected\n{expected}--- got\n{got}", r.id));
        }
        if r.id != "unclassified-change" {
            assert!(
                got.contains(&format!("\n{} ", r.id)),
                "{} does not fire on its own fixture:\n{got}",
                r.id
            );
        }
    }
    assert!(
        failures.is_empty(),
        "fixture outputs changed (SCHEMATA_BLESS=1 to accept):\n{}",
        failures.join("\n")
    );
}

#[test]
fn a_fixture_compared_with_itself_has_no_change() {
    for r in ALL {
        let dir = root().join("fixtures/rules").join(r.id);
        for f in ["old.json", "new.json"] {
            let report = diff_files(&dir.join(f), &dir.join(f), &Options::default()).unwrap();
            assert!(report.changes.is_empty(), "{}/{f}: {:?}", r.id, report.changes);
        }
    }
}

#[test]
fn docs_rules_md_is_generated_from_the_catalogue() {
    let path = root().join("docs/rules.md");
    let want = catalogue_markdown(&schemata::format::all_rules());
    if bless() {
        std::fs::write(&path, &want).unwrap();
        return;
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        have == want,
        "docs/rules.md is stale: run `SCHEMATA_BLESS=1 cargo test --test catalogue` and commit it"
    );
}
