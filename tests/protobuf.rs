//! Protobuf: the rule catalogue's guards (every rule file registered, unique ids, docs, one
//! fixture pair per rule with its expected output at every level, nothing found when a
//! fixture is compared with itself), Confluent's 54 Protobuf cases under the `confluent`
//! level, witnesses checked against the two descriptors, levels in the config, and the lint
//! catalogue. `SCHEMATA_BLESS=1` rewrites the fixtures' expected.txt after a deliberate change.

use schemata::change::{Options, Side};
use schemata::format::protobuf::Level;
use schemata::format::protobuf::diff::rules::ALL;
use schemata::format::{self, Format};
use schemata::source::MemorySource;
use schemata::{DiffReport, Mode, diff_files};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn bless() -> bool {
    std::env::var_os("SCHEMATA_BLESS").is_some()
}

fn options(level: Level) -> Options {
    Options {
        protobuf_level: level,
        witnesses: false,
        ..Default::default()
    }
}

#[test]
fn every_rule_file_is_registered_under_its_own_id() {
    let files: BTreeSet<String> = std::fs::read_dir(root().join("src/format/protobuf/diff/rules"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().to_string())
        .filter(|n| n.ends_with(".rs") && n != "mod.rs")
        .map(|n| n.trim_end_matches(".rs").replace('_', "-"))
        .collect();
    let ids: BTreeSet<String> = ALL.iter().map(|r| r.id.to_string()).collect();
    assert_eq!(files, ids, "rule files and registered rules differ");
    assert_eq!(ids.len(), ALL.len(), "a rule is registered twice");
    for r in ALL {
        let doc = r.doc_text();
        assert!(
            doc.contains("## Why it matters") && doc.contains("## Example") && doc.contains("**Breaks at levels:**"),
            "{} lacks docs",
            r.id
        );
        assert_eq!(r.format, Some(Format::Protobuf));
        if !r.levels.is_empty() && r.effect != schemata::Effect::Widens {
            assert!(
                r.hint.is_some() || r.id.ends_with("-changed"),
                "{} can break but has no hint",
                r.id
            );
        }
    }
}

#[test]
fn rule_ids_are_unique_across_formats() {
    let all = format::all_rules();
    let ids: BTreeSet<&str> = all.iter().map(|r| r.id).collect();
    assert_eq!(ids.len(), all.len(), "two formats declare the same rule id");
}

#[test]
fn every_rule_that_can_break_at_a_buf_level_breaks_under_backward() {
    // buf has no modes: what it calls breaking must break under the default mode.
    for r in ALL {
        if r.levels.iter().any(|l| *l != Level::Confluent) {
            assert!(
                Mode::Backward.breaks(r.effect),
                "{} breaks at a buf level but its effect {:?} does not break backward",
                r.id,
                r.effect
            );
        }
    }
}

fn render(old: &Path, new: &Path) -> String {
    let mut s = String::new();
    for level in Level::ALL {
        let report = diff_files(old, new, &options(level)).unwrap();
        s.push_str(&format!(
            "[{level}] compatible: {} required_bump: {}\n",
            report.compatible,
            report.required_bump.as_str()
        ));
        for c in &report.changes {
            s.push_str(&format!(
                "  {} {} breaking={} at '{}'\n",
                c.rule,
                c.effect.as_str(),
                c.breaking,
                c.instance_path
            ));
        }
    }
    s
}

/// Every rule runs on every fixture pair, at every level; the whole output is compared.
#[test]
fn fixture_pairs_match_their_expected_output() {
    let mut failures = Vec::new();
    for r in ALL {
        let dir = root().join("fixtures/rules").join(r.id);
        let got = render(&dir.join("old.proto"), &dir.join("new.proto"));
        let expected_path = dir.join("expected.txt");
        if bless() {
            std::fs::write(&expected_path, &got).unwrap();
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            failures.push(format!("{}:\n--- expected\n{expected}--- got\n{got}", r.id));
        }
        assert!(
            got.contains(&format!("  {} ", r.id)),
            "{} does not fire on its own fixture:\n{got}",
            r.id
        );
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
        for f in ["old.proto", "new.proto"] {
            for level in Level::ALL {
                let report = diff_files(&dir.join(f), &dir.join(f), &options(level)).unwrap();
                assert!(
                    report.changes.is_empty(),
                    "{}/{f} at {level}: {:?}",
                    r.id,
                    report.changes
                );
            }
        }
    }
}

/// One side of a Confluent case: the schema and the files it imports.
fn load_side(case: &serde_json::Value, schema: &str, deps: &str) -> schemata::Document {
    let mut source = MemorySource::default();
    source
        .files
        .insert("schema.proto".into(), case[schema].as_str().unwrap().to_string());
    for d in case[deps].as_array().into_iter().flatten() {
        source.files.insert(
            d["name"].as_str().unwrap().to_string(),
            d["dependency"].as_str().unwrap().to_string(),
        );
    }
    format::load(&source, "schema.proto", Some(Format::Protobuf))
        .unwrap_or_else(|e| panic!("{}: {e}", case["description"]))
}

fn confluent_cases() -> Vec<serde_json::Value> {
    let path = root().join("../shared/conformance/confluent/protobuf-diff-schema-examples.json");
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (the shared conformance files sit beside the project)",
            path.display()
        )
    });
    serde_json::from_str(&text).unwrap()
}

fn confluent_diff(case: &serde_json::Value, witnesses: bool) -> DiffReport {
    let mut a = load_side(case, "original_schema", "original_dependencies");
    let mut b = load_side(case, "update_schema", "update_dependencies");
    format::diff(
        &mut a,
        &mut b,
        &Options {
            mode: Mode::Backward,
            protobuf_level: Level::Confluent,
            witnesses,
            ..Default::default()
        },
    )
}

/// Confluent's own 54 Protobuf cases: our verdict under the `confluent` level agrees with
/// every one (tests/conformance/known-differences.md lists none for Protobuf).
#[test]
fn confluent_protobuf_cases_agree_under_the_confluent_level() {
    let cases = confluent_cases();
    assert_eq!(cases.len(), 54);
    let mut disagree = Vec::new();
    for case in &cases {
        let report = confluent_diff(case, true);
        if report.compatible != case["compatible"].as_bool().unwrap() {
            disagree.push(format!(
                "{}: expected compatible={}, got {:#?}",
                case["description"],
                case["compatible"],
                report
                    .changes
                    .iter()
                    .map(|c| (c.rule, c.breaking, &c.message))
                    .collect::<Vec<_>>()
            ));
        }
    }
    assert!(
        disagree.is_empty(),
        "{} of 54 disagree:\n{}",
        disagree.len(),
        disagree.join("\n")
    );
}

#[test]
fn confluent_breaking_type_changes_come_with_verified_witnesses() {
    for case in confluent_cases() {
        let report = confluent_diff(&case, true);
        // Between two scalar kinds the encodings differ; two messages of the same shape
        // but different names (which Confluent rejects by name) may have no witness.
        let scalars = [
            "int32", "int64", "uint32", "sint64", "string", "bytes", "float", "double", "bool",
        ];
        let between_scalars = |m: &str| {
            scalars.iter().filter(|s| m.contains(&format!("\"{s}\""))).count() >= 2
                || (m.contains("\"string\"") && m.contains("map<"))
        };
        for c in report
            .changes
            .iter()
            .filter(|c| c.breaking && c.rule == "field-kind-changed" && between_scalars(&c.message))
        {
            let w = c
                .witness
                .as_ref()
                .unwrap_or_else(|| panic!("{}: no witness for {}", case["description"], c.message));
            assert_eq!(w.accepted_by, Side::Old);
            assert!(w.encoded.as_ref().is_some_and(|h| !h.is_empty()), "{w:?}");
            assert!(w.text.is_some() && w.description.is_some(), "{w:?}");
        }
    }
}

fn diff_texts(old: &str, new: &str, level: Level) -> DiffReport {
    let side = |text: &str| {
        let mut s = MemorySource::default();
        s.files.insert("acme/v1/order.proto".into(), text.to_string());
        format::load(&s, "acme/v1/order.proto", Some(Format::Protobuf)).unwrap()
    };
    let (mut a, mut b) = (side(old), side(new));
    format::diff(
        &mut a,
        &mut b,
        &Options {
            protobuf_level: level,
            ..Default::default()
        },
    )
}

const HEAD: &str = "syntax = \"proto3\";\npackage acme.v1;\n";

#[test]
fn a_wire_type_change_has_a_witness_new_cannot_decode() {
    let r = diff_texts(
        &format!("{HEAD}message Order {{ int32 quantity = 1; }}"),
        &format!("{HEAD}message Order {{ string quantity = 1; }}"),
        Level::Wire,
    );
    let c = r.changes.iter().find(|c| c.rule == "field-wire-type-changed").unwrap();
    assert!(c.breaking);
    let w = c.witness.as_ref().unwrap();
    // field 1, varint, -1 as a ten-byte varint
    assert_eq!(w.encoded.as_deref(), Some("08ffffffffffffffffff01"));
    assert_eq!(w.text.as_deref(), Some("quantity:-1"));
    assert_eq!(w.document, serde_json::json!({"quantity": -1}));
    assert!(w.description.as_ref().unwrap().contains("cannot decode"), "{w:?}");
}

#[test]
fn a_wire_compatible_change_that_changes_values_is_shown_misread() {
    // int32 → uint32 is wire-compatible (buf), but -1 reads as 4294967295.
    let r = diff_texts(
        &format!("{HEAD}message Order {{ int32 quantity = 1; }}"),
        &format!("{HEAD}message Order {{ uint32 quantity = 1; }}"),
        Level::File,
    );
    let c = r.changes.iter().find(|c| c.rule == "field-type-changed").unwrap();
    assert!(c.breaking);
    let w = c.witness.as_ref().unwrap();
    assert!(w.description.as_ref().unwrap().contains("4294967295"), "{w:?}");
    // The same change does not break the wire level; it is reported as an annotation.
    let r = diff_texts(
        &format!("{HEAD}message Order {{ int32 quantity = 1; }}"),
        &format!("{HEAD}message Order {{ uint32 quantity = 1; }}"),
        Level::Wire,
    );
    assert!(r.compatible, "{:?}", r.changes);
    assert_eq!(r.changes[0].effect, schemata::Effect::Annotation);
    assert_eq!(r.required_bump, schemata::version::Bump::Patch);
}

#[test]
fn a_rename_breaks_json_but_not_the_binary_encoding() {
    let old = format!("{HEAD}message Order {{ string note = 1; }}");
    let new = format!("{HEAD}message Order {{ string comment = 1; }}");
    let json = diff_texts(&old, &new, Level::WireJson);
    let c = json.changes.iter().find(|c| c.rule == "field-renamed").unwrap();
    assert!(c.breaking);
    let w = c.witness.as_ref().unwrap();
    assert_eq!(w.document, serde_json::json!({"note": "not base64!"}));
    assert!(
        w.description.as_ref().unwrap().contains("rejects its JSON form"),
        "{w:?}"
    );
    assert!(diff_texts(&old, &new, Level::Wire).compatible);
    assert!(diff_texts(&old, &new, Level::Confluent).compatible);
}

#[test]
fn deleting_a_field_is_judged_by_its_reservations() {
    let old = format!("{HEAD}message Order {{ string id = 1; string note = 2; }}");
    let plain = format!("{HEAD}message Order {{ string id = 1; }}");
    let reserved = format!("{HEAD}message Order {{ reserved 2; reserved \"note\"; string id = 1; }}");
    let r = diff_texts(&old, &plain, Level::Wire);
    assert_eq!(r.changes[0].rule, "field-deleted-without-reserving-number");
    assert!(!r.compatible);
    let w = r.changes[0].witness.as_ref().unwrap();
    assert!(w.description.as_ref().unwrap().contains("unknown fields"), "{w:?}");
    assert!(diff_texts(&old, &reserved, Level::Wire).compatible);
    assert!(diff_texts(&old, &reserved, Level::WireJson).compatible);
    assert!(!diff_texts(&old, &reserved, Level::File).compatible);
    assert!(!diff_texts(&old, &reserved, Level::Package).compatible);
    assert!(diff_texts(&old, &plain, Level::Confluent).compatible);
}

#[test]
fn additions_never_break_and_bump_minor() {
    let old = format!("{HEAD}message Order {{ string id = 1; }}");
    let new = format!(
        "{HEAD}message Order {{ string id = 1; string note = 2; }}\nenum Status {{ STATUS_UNSPECIFIED = 0; }}\nservice S {{ rpc Get(Order) returns (Order); }}"
    );
    for level in Level::ALL {
        for mode in [Mode::Backward, Mode::Forward, Mode::Full] {
            let side = |text: &str| {
                let mut s = MemorySource::default();
                s.files.insert("o.proto".into(), text.to_string());
                format::load(&s, "o.proto", Some(Format::Protobuf)).unwrap()
            };
            let (mut a, mut b) = (side(&old), side(&new));
            let r = format::diff(
                &mut a,
                &mut b,
                &Options {
                    mode,
                    protobuf_level: level,
                    ..Default::default()
                },
            );
            assert!(r.compatible, "{level} {mode:?}: {:?}", r.changes);
            assert_eq!(r.required_bump, schemata::version::Bump::Minor, "{level} {mode:?}");
        }
    }
}

#[test]
fn an_imported_type_that_changes_is_reported_in_the_importing_schema() {
    let mut old = MemorySource::default();
    let mut new = MemorySource::default();
    let root =
        "syntax = \"proto3\";\npackage acme.v1;\nimport \"acme/v1/money.proto\";\nmessage Order { Money total = 1; }\n";
    for (s, units) in [(&mut old, "int64"), (&mut new, "string")] {
        s.files.insert("proto/acme/v1/order.proto".into(), root.into());
        s.files.insert(
            "proto/acme/v1/money.proto".into(),
            format!("syntax = \"proto3\";\npackage acme.v1;\nmessage Money {{\n  {units} units = 1;\n}}\n"),
        );
    }
    let mut a = format::load(&old, "proto/acme/v1/order.proto", Some(Format::Protobuf)).unwrap();
    let mut b = format::load(&new, "proto/acme/v1/order.proto", Some(Format::Protobuf)).unwrap();
    assert_eq!(
        a.file_paths(),
        ["proto/acme/v1/order.proto", "proto/acme/v1/money.proto"]
    );
    let r = format::diff(&mut a, &mut b, &Options::default());
    let c = r.changes.iter().find(|c| c.rule == "field-type-changed").unwrap();
    let place = c.new.as_ref().unwrap();
    assert_eq!((place.file.as_str(), place.line), ("proto/acme/v1/money.proto", 4));
    assert_eq!(c.instance_path, "acme.v1.Money.units");
    assert!(c.witness.is_some());
}

#[test]
fn fields_joined_in_a_oneof_lose_data_and_the_witness_shows_it() {
    let r = diff_texts(
        &format!("{HEAD}message Order {{ string email = 1; string phone = 2; }}"),
        &format!("{HEAD}message Order {{ oneof contact {{ string email = 1; string phone = 2; }} }}"),
        Level::Confluent,
    );
    let c = r.changes.iter().find(|c| c.rule == "fields-joined-in-oneof").unwrap();
    assert!(c.breaking);
    let w = c.witness.as_ref().unwrap();
    assert!(w.description.as_ref().unwrap().contains("keeps only"), "{w:?}");
}

#[test]
fn a_required_field_added_is_rejected_by_new() {
    let r = diff_texts(
        "syntax = \"proto2\";\nmessage Order { optional string id = 1; }",
        "syntax = \"proto2\";\nmessage Order { optional string id = 1; required string currency = 2; }",
        Level::Wire,
    );
    let c = r.changes.iter().find(|c| c.rule == "required-field-added").unwrap();
    let w = c.witness.as_ref().unwrap();
    assert!(
        w.description
            .as_ref()
            .unwrap()
            .contains("required field \"currency\" is missing"),
        "{w:?}"
    );
}

#[test]
fn the_level_comes_from_the_config() {
    let config = schemata::registry::config::Config::parse(
        "schemata.yaml",
        "schemas:\n  - path: \"proto/**/*.proto\"\n    protobuf_level: wire_json\n",
    )
    .unwrap();
    assert_eq!(
        config.entry_for("proto/a/v1/b.proto").unwrap().protobuf_level,
        Level::WireJson
    );
    let err = schemata::registry::config::Config::parse(
        "schemata.yaml",
        "schemas:\n  - path: \"proto/**/*.proto\"\n    protobuf_level: strict\n",
    )
    .unwrap_err();
    assert!(err.message.contains("unknown protobuf_level"), "{}", err.message);
    assert_eq!(err.location.unwrap().line, 3);
}

#[test]
fn lint_rules_each_have_a_fixture_that_fires_them() {
    use schemata::format::protobuf::lint::{lint_path, rules};
    let config = schemata::lint::LintConfig::default();
    let mut failures = Vec::new();
    for r in rules::ALL {
        assert!(r.docs.contains("## Why it matters"), "{} lacks docs", r.id);
        let path = root().join("fixtures/lint").join(r.id).join("schema.proto");
        let file = schemata::read_file(&path).unwrap();
        let findings = lint_path(&file, &format!("fixtures/lint/{}/schema.proto", r.id), &config).unwrap();
        let out: String = findings
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
            .collect();
        assert!(
            findings.iter().any(|f| f.rule == r.id),
            "{} does not fire on its fixture:\n{out}",
            r.id
        );
        let expected = path.with_file_name("expected.txt");
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

#[test]
fn a_well_written_file_has_no_lint_finding() {
    let file = schemata::source::SourceFile::plain(
        "acme/orders/v1/order.proto",
        "syntax = \"proto3\";\npackage acme.orders.v1;\n\nmessage Order {\n  string order_id = 1;\n  Status status = 2;\n}\n\nenum Status {\n  STATUS_UNSPECIFIED = 0;\n  STATUS_PAID = 1;\n}\n\n// Orders.\nservice OrderService {\n  // Reads one order.\n  rpc GetOrder(Order) returns (Order);\n}\n"
            .to_string(),
    );
    let findings = schemata::format::protobuf::lint::lint_path(
        &file,
        "acme/orders/v1/order.proto",
        &schemata::lint::LintConfig::default(),
    )
    .unwrap();
    assert!(findings.is_empty(), "{findings:#?}");
}

#[test]
fn the_example_registry_reads_as_its_history_says() {
    let dir = root().join("schemas-example/proto/acme/orders/v1");
    let at = |level| {
        diff_files(
            &dir.join("order.v1.proto"),
            &dir.join("order.v2.proto"),
            &Options {
                protobuf_level: level,
                ..Default::default()
            },
        )
        .unwrap()
    };
    let file = at(Level::File);
    let rules: BTreeSet<&str> = file.changes.iter().map(|c| c.rule).collect();
    for r in [
        "field-type-changed",
        "field-deleted-without-reserving-name",
        "field-oneof-changed",
        "enum-value-deleted-without-reserving-number",
        "rpc-added",
        "field-added",
    ] {
        assert!(rules.contains(r), "{r} missing: {rules:?}");
    }
    assert!(!file.compatible);
    let confluent = at(Level::Confluent);
    let breaking: Vec<&str> = confluent
        .changes
        .iter()
        .filter(|c| c.breaking)
        .map(|c| c.rule)
        .collect();
    assert_eq!(breaking, ["fields-joined-in-oneof"]);
    assert!(confluent.changes[0].witness.is_some());
}

#[test]
fn two_files_outside_a_repository_read_their_imports_from_the_package_root() {
    let dir = tempfile::tempdir().unwrap();
    for (side, units) in [("old", "int64"), ("new", "string")] {
        let base = dir.path().join(side).join("acme/v1");
        std::fs::create_dir_all(&base).unwrap();
        std::fs::write(
            base.join("order.proto"),
            "syntax = \"proto3\";\npackage acme.v1;\nimport \"acme/v1/money.proto\";\nmessage Order { Money total = 1; }\n",
        )
        .unwrap();
        std::fs::write(
            base.join("money.proto"),
            format!("syntax = \"proto3\";\npackage acme.v1;\nmessage Money {{ {units} units = 1; }}\n"),
        )
        .unwrap();
    }
    let report = diff_files(
        &dir.path().join("old/acme/v1/order.proto"),
        &dir.path().join("new/acme/v1/order.proto"),
        &Options::default(),
    )
    .unwrap();
    assert_eq!(report.changes.len(), 1, "{:?}", report.changes);
    assert_eq!(report.changes[0].rule, "field-type-changed");
}

/// buf's documented judgements, one per line: (old field, new field, breaking at file,
/// package, wire_json, wire, confluent).
#[test]
fn field_changes_are_judged_as_buf_and_confluent_document_them() {
    let cases: &[(&str, &str, [bool; 5])] = &[
        ("int32 f = 1;", "int64 f = 1;", [true, true, true, false, false]),
        ("int32 f = 1;", "uint32 f = 1;", [true, true, false, false, false]),
        ("int32 f = 1;", "sint32 f = 1;", [true, true, true, true, true]),
        ("sint32 f = 1;", "sint64 f = 1;", [true, true, true, false, false]),
        ("fixed32 f = 1;", "sfixed32 f = 1;", [true, true, false, false, false]),
        ("string f = 1;", "bytes f = 1;", [true, true, true, false, false]),
        ("bytes f = 1;", "string f = 1;", [true, true, true, true, false]),
        ("int32 f = 1;", "bool f = 1;", [true, true, true, false, false]),
        ("double f = 1;", "float f = 1;", [true, true, true, true, true]),
        (
            "string f = 1;",
            "optional string f = 1;",
            [true, true, false, false, false],
        ),
        ("int32 f = 1;", "repeated int32 f = 1;", [true, true, true, true, true]),
        (
            "string f = 1;",
            "repeated string f = 1;",
            [true, true, true, true, false],
        ),
        (
            "repeated E f = 1; message E { string key = 1; string value = 2; }",
            "map<string, string> f = 1; message E { string key = 1; string value = 2; }",
            [true, true, true, false, false],
        ),
        ("string f = 1;", "string g = 1;", [true, true, true, false, false]),
        (
            "string f = 1;",
            "string f = 1 [json_name = \"x\"];",
            [true, true, true, false, false],
        ),
        ("string f = 1;", "string f = 2;", [true, true, true, true, false]),
        (
            "string f = 1;",
            "reserved 1; reserved \"f\";",
            [true, true, false, false, false],
        ),
        ("string f = 1;", "reserved 1;", [true, true, true, false, false]),
        (
            "string f = 1;",
            "string f = 1 [deprecated = true];",
            [false, false, false, false, false],
        ),
        (
            "int64 f = 1;",
            "int64 f = 1 [jstype = JS_STRING];",
            [true, true, false, false, false],
        ),
    ];
    for (old, new, want) in cases {
        let text = |body: &str| format!("{HEAD}message M {{ {body} }}");
        let got: Vec<bool> = Level::ALL
            .iter()
            .map(|l| !diff_texts(&text(old), &text(new), *l).compatible)
            .collect();
        assert_eq!(
            &got[..],
            &want[..],
            "{old} → {new} (file, package, wire_json, wire, confluent)"
        );
    }
}

#[test]
fn an_enum_that_moved_package_with_the_same_values_passes_the_wire_levels() {
    let mut old = MemorySource::default();
    let mut new = MemorySource::default();
    let status = |pkg: &str, extra: &str| {
        format!(
            "syntax = \"proto3\";\npackage {pkg};\nenum Status {{ STATUS_UNSPECIFIED = 0; STATUS_PAID = 1; {extra} }}\n"
        )
    };
    old.files.insert("a/v1/status.proto".into(), status("a.v1", ""));
    new.files
        .insert("b/v1/status.proto".into(), status("b.v1", "STATUS_VOID = 2;"));
    old.files.insert(
        "o.proto".into(),
        "syntax = \"proto3\";\nimport \"a/v1/status.proto\";\nmessage M { a.v1.Status s = 1; }\n".into(),
    );
    new.files.insert(
        "o.proto".into(),
        "syntax = \"proto3\";\nimport \"b/v1/status.proto\";\nmessage M { b.v1.Status s = 1; }\n".into(),
    );
    let verdicts: Vec<bool> = Level::ALL
        .iter()
        .map(|level| {
            let mut a = format::load(&old, "o.proto", Some(Format::Protobuf)).unwrap();
            let mut b = format::load(&new, "o.proto", Some(Format::Protobuf)).unwrap();
            format::diff(
                &mut a,
                &mut b,
                &Options {
                    protobuf_level: *level,
                    ..Default::default()
                },
            )
            .compatible
        })
        .collect();
    assert_eq!(verdicts, [false, false, true, true, true]);
}
