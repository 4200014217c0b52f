//! GraphQL: the rule catalogue's guards (every rule file registered under its id, levels
//! that agree with effects, one fixture pair per rule with its expected output, every rule run
//! on every pair, nothing found comparing a schema with itself), witnesses re-verified with
//! apollo-compiler here, polarity, extensions and multi-file schemas.
//!
//! `SCHEMATA_BLESS=1` rewrites the fixtures' expected.txt after a deliberate change; review
//! the diff before committing.

use schemata::change::{Effect, Mode, Options, Side};
use schemata::format::graphql::Level;
use schemata::format::graphql::diff::rules::ALL;
use schemata::source::{MemorySource, SourceFile};
use schemata::{DiffReport, diff_files};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bless() -> bool {
    std::env::var_os("SCHEMATA_BLESS").is_some()
}

fn fixture(id: &str) -> PathBuf {
    root().join("fixtures/rules").join(id)
}

fn diff(old: &Path, new: &Path, witnesses: bool) -> DiffReport {
    diff_files(
        old,
        new,
        &Options {
            witnesses,
            ..Default::default()
        },
    )
    .unwrap_or_else(|e| panic!("{}: {e}", old.display()))
}

/// Diffs two SDL texts (one file each).
fn diff_texts(old: &str, new: &str, mode: Mode) -> DiffReport {
    let load = |text: &str| {
        let file = SourceFile::plain("schema.graphql", text.to_string());
        schemata::format::graphql::Sdl::load(&MemorySource::default(), "schema.graphql", file, &[]).unwrap()
    };
    let (mut a, mut b) = (
        schemata::Document::GraphQl(load(old)),
        schemata::Document::GraphQl(load(new)),
    );
    schemata::format::diff(
        &mut a,
        &mut b,
        &Options {
            mode,
            ..Default::default()
        },
    )
}

fn rules_of(r: &DiffReport) -> Vec<&'static str> {
    r.changes.iter().map(|c| c.rule).collect()
}

#[test]
fn every_rule_file_is_registered_under_its_own_id() {
    let files: BTreeSet<String> = std::fs::read_dir(root().join("src/format/graphql/diff/rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".rs") && n != "mod.rs" && n != "support.rs")
        .map(|n| n.trim_end_matches(".rs").replace('_', "-"))
        .collect();
    let ids: BTreeSet<String> = ALL.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(files, ids, "rule files and registered rules differ");
    assert_eq!(ids.len(), ALL.len(), "a rule is registered twice");
    for r in ALL {
        assert!(r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{}", r.id);
        let doc = r.doc_text();
        assert!(
            doc.contains("## Why it matters") && doc.contains("## Example"),
            "{} lacks docs",
            r.id
        );
        assert_eq!(r.format, Some(schemata::Format::GraphQl), "{}", r.id);
        assert!(!r.area.is_empty(), "{}", r.id);
    }
}

#[test]
fn rule_ids_are_unique_across_every_format() {
    let all = schemata::format::all_rules();
    let ids: BTreeSet<&str> = all.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), all.len(), "two formats declare the same rule id");
    let lint = schemata::format::all_lint_rules();
    let lint_ids: BTreeSet<&str> = lint.iter().map(|r| r.id).collect();
    assert_eq!(lint_ids.len(), lint.len(), "two formats declare the same lint rule id");
}

/// Breaking rules break old clients (`backward`): their effect narrows or reshapes. Safe
/// and dangerous rules do not: they widen (breaking `forward` only) or annotate. Every
/// breaking rule says how to ship the change safely.
#[test]
fn levels_agree_with_effects() {
    for r in ALL {
        match r.level {
            Level::Breaking => {
                assert!(
                    matches!(r.effect, Effect::Narrows | Effect::Reshapes),
                    "{}: breaking but {:?}",
                    r.id,
                    r.effect
                );
                assert!(r.hint.is_some(), "{}: a breaking rule gives a hint", r.id);
            }
            Level::Dangerous | Level::Safe => assert!(
                matches!(r.effect, Effect::Widens | Effect::Annotation),
                "{}: {:?} but {:?}",
                r.id,
                r.level,
                r.effect
            ),
        }
        assert_eq!(
            schemata::format::is_dangerous(r.id),
            r.level == Level::Dangerous,
            "{}",
            r.id
        );
    }
}

fn render(report: &DiffReport) -> String {
    let mut s = format!(
        "compatible: {}\nrequired_bump: {}\n",
        report.compatible,
        report.required_bump.as_str()
    );
    for c in &report.changes {
        let level = schemata::format::graphql::level_of(c.rule).map_or("?", Level::as_str);
        s.push_str(&format!(
            "{} {} {level} breaking={} at '{}': {}\n",
            c.rule,
            c.effect.as_str(),
            c.breaking,
            c.instance_path,
            c.message
        ));
    }
    s
}

/// Every rule runs on every fixture pair; the whole output is compared, so overlaps between
/// rules show in review.
#[test]
fn fixture_pairs_match_their_expected_output() {
    let mut failures = Vec::new();
    for r in ALL {
        let dir = fixture(r.id);
        let got = render(&diff(&dir.join("old.graphql"), &dir.join("new.graphql"), false));
        let expected_path = dir.join("expected.txt");
        if bless() {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!("{}:\n--- expected\n{expected}--- got\n{got}", r.id));
        }
        if r.id != "unclassified-sdl-change" {
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
        for f in ["old.graphql", "new.graphql"] {
            let p = fixture(r.id).join(f);
            let report = diff(&p, &p, true);
            assert!(report.changes.is_empty(), "{}/{f}: {:?}", r.id, report.changes);
        }
    }
}

/// Compared the other way round, every fixture still finds a change, and a change that
/// widens one way does not widen the other way too.
#[test]
fn reversed_fixtures_mirror_their_effects() {
    for r in ALL {
        if r.id == "unclassified-sdl-change" {
            continue;
        }
        let dir = fixture(r.id);
        let forward = diff(&dir.join("old.graphql"), &dir.join("new.graphql"), false);
        let backward = diff(&dir.join("new.graphql"), &dir.join("old.graphql"), false);
        assert!(!backward.changes.is_empty(), "{}: nothing found in reverse", r.id);
        let effects = |d: &DiffReport| d.changes.iter().map(|c| c.effect).collect::<BTreeSet<_>>();
        // A changed default is a change either way round; a dangerous addition counts as a
        // widening (it never fails `backward`), and so does its reverse, a removal from a
        // response (it fails `forward`).
        let dangerous = |d: &DiffReport| d.changes.iter().any(|c| schemata::format::is_dangerous(c.rule));
        let symmetric = r.id.ends_with("-default-changed") || dangerous(&forward) || dangerous(&backward);
        if effects(&forward) == BTreeSet::from([Effect::Widens]) && !symmetric {
            assert!(
                !effects(&backward).contains(&Effect::Widens) || effects(&backward).len() > 1,
                "{}: widens both ways",
                r.id
            );
        }
    }
}

/// Validates an operation against a schema file with apollo-compiler, independently of
/// schemata's own witness code.
fn validates(schema: &Path, operation: &str) -> bool {
    let text = std::fs::read_to_string(schema).unwrap();
    let schema = apollo_compiler::Schema::builder()
        .adopt_orphan_extensions()
        .parse(text, "schema.graphql")
        .build()
        .unwrap();
    let valid = apollo_compiler::validation::Valid::assume_valid(schema);
    apollo_compiler::ExecutableDocument::parse_and_validate(&valid, operation, "op.graphql").is_ok()
}

/// Every witness printed is checked again here: an operation validates against the side
/// that accepts it and not the other; a response's operation validates against both.
/// Rules whose change shows in an operation or a response have one on their fixture.
#[test]
fn witnesses_verify_against_both_schemas() {
    let expect_witness = [
        "argument-made-non-null",
        "argument-made-nullable",
        "argument-removed",
        "argument-type-changed",
        "directive-added",
        "directive-location-added",
        "directive-location-removed",
        "directive-removed",
        "directive-repeatable-added",
        "directive-repeatable-removed",
        "directive-argument-removed",
        "implemented-interface-removed",
        "implemented-interface-added",
        "input-enum-value-added",
        "input-enum-value-removed",
        "input-field-made-non-null",
        "input-field-made-nullable",
        "input-field-removed",
        "input-field-type-changed",
        "optional-argument-added",
        "optional-directive-argument-added",
        "optional-input-field-added",
        "output-enum-value-added",
        "output-enum-value-removed",
        "output-field-added",
        "output-field-made-nullable",
        "output-field-removed",
        "output-field-removed-without-deprecation",
        "output-field-type-changed",
        "required-argument-added",
        "required-directive-argument-added",
        "required-input-field-added",
        "root-operation-type-added",
        "root-operation-type-removed",
        "union-member-type-added",
        "union-member-type-removed",
    ];
    for r in ALL {
        let dir = fixture(r.id);
        let (old, new) = (dir.join("old.graphql"), dir.join("new.graphql"));
        let report = diff(&old, &new, true);
        for c in &report.changes {
            let Some(w) = &c.witness else { continue };
            let op = w.text.as_deref().expect("a GraphQL witness is an operation");
            let (on_old, on_new) = (validates(&old, op), validates(&new, op));
            let response = w.document.get("data").is_some();
            if response {
                assert!(on_old && on_new, "{}: response witness's operation:\n{op}", c.rule);
            } else {
                let want = (w.accepted_by == Side::Old, w.accepted_by == Side::New);
                assert_eq!((on_old, on_new), want, "{}: witness operation:\n{op}", c.rule);
            }
        }
        if expect_witness.contains(&r.id) {
            assert!(
                report.changes.iter().any(|c| c.rule == r.id && c.witness.is_some()),
                "{}: no witness on its fixture: {:#?}",
                r.id,
                report.changes
            );
        }
    }
}

#[test]
fn an_enum_used_in_both_positions_is_both() {
    let old = "type Query { orders(status: Status): [Status] }\nenum Status { OPEN CLOSED }\n";
    let removed = "type Query { orders(status: Status): [Status] }\nenum Status { OPEN }\n";
    let added = "type Query { orders(status: Status): [Status] }\nenum Status { OPEN CLOSED VOID }\n";
    let r = diff_texts(old, removed, Mode::Backward);
    assert_eq!(rules_of(&r), ["input-enum-value-removed", "output-enum-value-removed"]);
    assert!(!r.compatible);
    // Either direction breaks: old clients send it, the old server returns it.
    assert!(!diff_texts(old, removed, Mode::Forward).compatible);
    let r = diff_texts(old, added, Mode::Backward);
    assert_eq!(rules_of(&r), ["output-enum-value-added"]);
    assert!(r.compatible, "dangerous, not breaking");
    // Output only: a removal is safe for old clients; input only: an addition is safe.
    let out_only = "type Query { status: Status }\nenum Status { OPEN CLOSED }\n";
    let r = diff_texts(
        out_only,
        "type Query { status: Status }\nenum Status { OPEN }\n",
        Mode::Backward,
    );
    assert_eq!(rules_of(&r), ["output-enum-value-removed"]);
    assert!(r.compatible);
    let in_only = "type Query { a(s: Status): Int }\nenum Status { OPEN }\n";
    let r = diff_texts(
        in_only,
        "type Query { a(s: Status): Int }\nenum Status { OPEN CLOSED }\n",
        Mode::Backward,
    );
    assert_eq!(rules_of(&r), ["input-enum-value-added"]);
    // An enum used nowhere is treated as both.
    let unused = "type Query { a: Int }\nenum Status { OPEN CLOSED }\n";
    let r = diff_texts(unused, "type Query { a: Int }\nenum Status { OPEN }\n", Mode::Backward);
    assert!(!r.compatible);
}

#[test]
fn polarity_decides_what_breaks() {
    // Output: widening breaks old clients (made nullable), narrowing does not.
    let r = diff_texts("type Query { a: Int! }", "type Query { a: Int }", Mode::Backward);
    assert!(!r.compatible);
    let r = diff_texts("type Query { a: Int }", "type Query { a: Int! }", Mode::Backward);
    assert!(r.compatible);
    // Input: narrowing breaks (made non-null), widening does not.
    let r = diff_texts(
        "type Query { a(x: Int): Int }",
        "type Query { a(x: Int!): Int }",
        Mode::Backward,
    );
    assert!(!r.compatible);
    let r = diff_texts(
        "type Query { a(x: Int!): Int }",
        "type Query { a(x: Int): Int }",
        Mode::Backward,
    );
    assert!(r.compatible);
    // A non-null argument with a default is optional.
    let r = diff_texts(
        "type Query { a: Int }",
        "type Query { a(x: Int! = 1): Int }",
        Mode::Backward,
    );
    assert_eq!(rules_of(&r), ["optional-argument-added"]);
    // Forward (new clients, old server): additions break.
    let r = diff_texts("type Query { a: Int }", "type Query { a: Int\n b: Int }", Mode::Forward);
    assert!(!r.compatible);
    // Lists and nullability at different levels: reshapes.
    let r = diff_texts("type Query { a: [Int!] }", "type Query { a: [Int]! }", Mode::Backward);
    assert_eq!(rules_of(&r), ["output-field-type-changed"]);
}

#[test]
fn extensions_and_formatting_change_nothing() {
    let one =
        "type Query {\n  a: Int\n  b(x: Int = 1, y: [String!]): String\n}\nenum E { A B }\ninput I { f: Int = 2 }\n";
    let split = "extend type Query { b(y: [String!], x: Int = 1.0): String }\n\n\n\
                 type Query { a: Int }\nenum E { B }\nextend enum E { A }\ninput I {f:Int=2}\n";
    let r = diff_texts(one, split, Mode::Full);
    assert!(r.changes.is_empty(), "{:#?}", r.changes);
}

#[test]
fn parts_form_one_schema_and_report_their_own_file() {
    let mut source = MemorySource::default();
    source.files.insert(
        "api/orders.graphql".into(),
        "extend type Query { orders: [Order] }\ntype Order { id: ID! }\n".into(),
    );
    let root = SourceFile::plain("api/schema.graphql", "type Query { ping: Boolean }\n".to_string());
    let parts = vec!["api/orders.graphql".to_string(), "api/missing.graphql".to_string()];
    let old = schemata::format::graphql::Sdl::load(&source, "api/schema.graphql", root.clone(), &parts).unwrap();
    assert!(old.schema.types.contains_key("Order"));
    assert_eq!(old.files.len(), 2, "a missing part is left out");
    assert_eq!(
        old.file_paths.len(),
        3,
        "…but still named, so that its arrival is a change"
    );
    source.files.insert(
        "api/orders.graphql".into(),
        "extend type Query { orders: [Order] }\ntype Order { id: ID }\n".into(),
    );
    let new = schemata::format::graphql::Sdl::load(&source, "api/schema.graphql", root, &parts).unwrap();
    let r = schemata::format::diff(
        &mut schemata::Document::GraphQl(old),
        &mut schemata::Document::GraphQl(new),
        &Options::default(),
    );
    assert_eq!(rules_of(&r), ["output-field-made-nullable"]);
    let place = r.changes[0].new.as_ref().unwrap();
    assert_eq!((place.file.as_str(), place.line), ("api/orders.graphql", 2));
    assert_eq!(place.pointer, "Order.id");
}

#[test]
fn invalid_sdl_is_an_error_with_its_place() {
    let file = SourceFile::plain("bad.graphql", "type Query {\n  a: Int\n  b: [String\n}\n".to_string());
    let e = schemata::format::graphql::Sdl::load(&MemorySource::default(), "bad.graphql", file, &[]).unwrap_err();
    let loc = e.location.as_ref().expect("a location");
    assert_eq!((loc.file.as_str(), loc.line), ("bad.graphql", 4), "{e}");
    assert!(e.message.contains("invalid GraphQL SDL"), "{e}");
    assert!(e.hint.is_some());
    let file = SourceFile::plain("twice.graphql", "type A { a: Int }\ntype A { b: Int }\n".to_string());
    let e = schemata::format::graphql::Sdl::load(&MemorySource::default(), "twice.graphql", file, &[]).unwrap_err();
    assert_eq!(e.location.as_ref().unwrap().line, 2, "{e}");
}

#[test]
fn a_removed_field_that_was_never_deprecated_is_its_own_finding() {
    let r = diff_texts(
        "type Query { a: Int\n b: Int }",
        "type Query { a: Int }",
        Mode::Backward,
    );
    assert_eq!(rules_of(&r), ["output-field-removed-without-deprecation"]);
    let r = diff_texts(
        "type Query { a: Int\n b: Int @deprecated(reason: \"use a\") }",
        "type Query { a: Int }",
        Mode::Backward,
    );
    assert_eq!(rules_of(&r), ["output-field-removed"]);
    assert!(!r.compatible, "still breaking");
}

fn render_lint(path: &Path) -> String {
    let file = schemata::read_file(path).unwrap();
    schemata::format::graphql::lint::lint(&file, &schemata::lint::LintConfig::default())
        .iter()
        .map(|f| {
            format!(
                "{}:{} {} {} {}: {}\n",
                f.line,
                f.column,
                f.level.as_str(),
                f.rule,
                f.pointer,
                f.message
            )
        })
        .collect()
}

#[test]
fn every_lint_rule_has_a_fixture_that_fires_it_and_matches_its_expected_output() {
    let rules = schemata::format::graphql::lint::rules::ALL;
    let files: BTreeSet<String> = std::fs::read_dir(root().join("src/format/graphql/lint/rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".rs") && n != "mod.rs")
        .map(|n| n.trim_end_matches(".rs").replace('_', "-"))
        .collect();
    let ids: BTreeSet<String> = rules.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(files, ids, "lint rule files and registered rules differ");
    let mut failures = Vec::new();
    for r in rules {
        assert!(r.docs.contains("## Why it matters"), "{} lacks docs", r.id);
        let dir = root().join("fixtures/lint").join(r.id);
        let out = render_lint(&dir.join("schema.graphql"));
        assert!(
            out.lines().any(|l| l.split(' ').nth(2) == Some(r.id)),
            "fixtures/lint/{}/schema.graphql does not fire it:\n{out}",
            r.id
        );
        let expected = dir.join("expected.txt");
        if bless() {
            std::fs::write(&expected, &out).unwrap();
        } else if std::fs::read_to_string(&expected).unwrap_or_default() != out {
            failures.push(format!("{}:\n{out}", r.id));
        }
    }
    assert!(
        failures.is_empty(),
        "lint output changed (SCHEMATA_BLESS=1):\n{}",
        failures.join("\n")
    );
}
