//! Guards over the rule catalogue, for every format: every rule file registered under its own
//! id, one fixture pair per rule (`old.*`, `new.*`) with its expected output, every rule of a
//! format run on every fixture pair of that format (a diff runs the format's whole catalogue),
//! docs/rules.md up to date, no rule finding anything when a fixture is compared with itself,
//! and the metadata API formats owe (an area, a hint for changes that can break).
//!
//! Set `SCHEMATA_BLESS=1` to rewrite docs/rules.md and the fixtures' expected.txt after a
//! deliberate change; review the diff before committing. CI never sets it.

use schemata::change::{Effect, catalogue_markdown};
use schemata::format::{Format, all_rules};
use schemata::{Options, diff_files};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bless() -> bool {
    std::env::var_os("SCHEMATA_BLESS").is_some()
}

/// Where each format keeps its rule files (one file per rule, named after its id).
fn rules_dir(format: Format) -> Option<&'static str> {
    match format {
        Format::JsonSchema => Some("src/format/json_schema/diff/rules"),
        Format::OpenApi => Some("src/format/openapi/diff/rules"),
        Format::Protobuf => Some("src/format/protobuf/diff/rules"),
        Format::GraphQl => Some("src/format/graphql/diff/rules"),
        _ => None,
    }
}

#[test]
fn every_rule_file_is_registered_under_its_own_id() {
    for format in Format::supported() {
        let Some(dir) = rules_dir(format) else {
            panic!("{format}: say in rules_dir() where its rule files are")
        };
        let files: BTreeSet<String> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
            .filter(|n| n.ends_with(".rs") && n != "mod.rs" && n != "support.rs")
            .map(|n| n.trim_end_matches(".rs").replace('_', "-"))
            .collect();
        let ids: BTreeSet<String> = format.rules().iter().map(|r| r.id.to_string()).collect();
        assert_eq!(files, ids, "{format}: rule files and registered rules differ");
        assert_eq!(ids.len(), format.rules().len(), "{format}: a rule is registered twice");
        for r in format.rules() {
            assert_eq!(r.format, Some(format), "{} declares another format", r.id);
        }
    }
    let all = all_rules();
    let ids: BTreeSet<&str> = all.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), all.len(), "two formats declare the same rule id");
    for r in &all {
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

/// API formats speak of requests and responses: each rule says what part of the description
/// it is about, and a change that can break old clients says how to ship it safely.
#[test]
fn api_rules_carry_an_area_and_a_hint() {
    for r in Format::OpenApi.rules() {
        assert!(!r.area.is_empty() && r.area != "schema", "{}: area", r.id);
        if matches!(r.effect, Effect::Narrows | Effect::Reshapes) {
            assert!(
                r.hint.is_some_and(|h| !h.is_empty()),
                "{} can break but has no hint",
                r.id
            );
        }
    }
    for r in schemata::rules::ALL {
        assert_eq!(r.format, None, "{} is a registry rule", r.id);
    }
}

/// The `old.*` and `new.*` files of a fixture folder.
fn pair(dir: &Path) -> (PathBuf, PathBuf) {
    let find = |stem: &str| {
        let found: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_stem().is_some_and(|s| s == stem))
            .collect();
        assert_eq!(
            found.len(),
            1,
            "{}: one {stem}.* file expected, found {found:?}",
            dir.display()
        );
        found.into_iter().next().unwrap()
    };
    (find("old"), find("new"))
}

#[test]
fn one_fixture_pair_per_rule() {
    let dirs: BTreeSet<String> = std::fs::read_dir(root().join("fixtures/rules"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| p.file_name().unwrap().to_string_lossy().to_string())
        .collect();
    let ids: BTreeSet<String> = all_rules().iter().map(|r| r.id.to_string()).collect();
    assert_eq!(dirs, ids, "fixture folders and rules differ");
    for id in &ids {
        pair(&root().join("fixtures/rules").join(id));
    }
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
    .unwrap_or_else(|e| panic!("{}: {e}", old.display()));
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

/// Every rule runs on every fixture pair of its format (the format's diff runs them all); the
/// whole output is compared, so overlaps between rules show in review.
#[test]
fn fixture_pairs_match_their_expected_output() {
    let mut failures = Vec::new();
    // Protobuf's and GraphQL's expected outputs show their own levels (buf's strictness levels;
    // breaking/dangerous/safe): tests/protobuf.rs and tests/graphql.rs check them.
    let own_harness = [Some(Format::Protobuf), Some(Format::GraphQl)];
    for r in all_rules().into_iter().filter(|r| !own_harness.contains(&r.format)) {
        let dir = root().join("fixtures/rules").join(r.id);
        let (old, new) = pair(&dir);
        let got = render(&old, &new);
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
    for r in all_rules() {
        let dir = root().join("fixtures/rules").join(r.id);
        let (old, new) = pair(&dir);
        for f in [old, new] {
            let report = diff_files(&f, &f, &Options::default()).unwrap();
            assert!(report.changes.is_empty(), "{}: {:?}", f.display(), report.changes);
        }
    }
}

#[test]
fn docs_rules_md_is_generated_from_the_catalogue() {
    let path = root().join("docs/rules.md");
    let want = catalogue_markdown(&all_rules());
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
