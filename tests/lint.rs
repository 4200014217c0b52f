//! The lint catalogue's guards (as for change rules): every rule file registered under its
//! id, one fixture per rule, every rule run on every fixture (all profiles on) with the
//! output compared to `expected.txt`, each fixture firing its own rule, and
//! docs/lint-rules.md in step with the declarations. `SCHEMATA_BLESS=1` rewrites the
//! expected outputs and the docs page.

use schemata::format::json_schema::lint::lint;
use schemata::format::{Format, all_lint_rules};
use schemata::lint::{LintConfig, Profile};
use schemata::source::SourceFile;
use std::path::Path;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn bless() -> bool {
    std::env::var_os("SCHEMATA_BLESS").is_some()
}

/// Where each format keeps its lint rule files.
fn lint_dir(format: Format) -> Option<&'static str> {
    match format {
        Format::JsonSchema => Some("src/format/json_schema/lint/rules"),
        Format::OpenApi => Some("src/format/openapi/lint/rules"),
        Format::Protobuf => Some("src/format/protobuf/lint/rules"),
        Format::GraphQl => Some("src/format/graphql/lint/rules"),
        _ => None,
    }
}

#[test]
fn every_rule_file_is_registered_under_its_id() {
    for format in Format::supported() {
        let Some(dir) = lint_dir(format) else {
            panic!("{format}: say in lint_dir() where its lint rule files are")
        };
        let mut files: Vec<String> = std::fs::read_dir(root().join(dir))
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.ends_with(".rs") && n != "mod.rs")
            .map(|n| n.trim_end_matches(".rs").replace('_', "-"))
            .collect();
        files.sort();
        let mut ids: Vec<String> = format.lint_rules().iter().map(|r| r.id.to_string()).collect();
        ids.sort();
        assert_eq!(files, ids, "{dir}/*.rs and the {format} lint rules disagree");
    }
    for r in all_lint_rules() {
        assert!(
            !r.summary.is_empty() && r.docs.contains("## Why it matters"),
            "{} lacks docs",
            r.id
        );
        assert!(
            r.id.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
            "{} is not kebab-case",
            r.id
        );
    }
}

fn render(file: &SourceFile) -> String {
    let config = LintConfig {
        profiles: Profile::ALL.to_vec(),
        ..LintConfig::default()
    };
    schemata::format::lint(&file.name, file, &config)
        .unwrap()
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
fn every_rule_has_a_fixture_that_fires_it_and_matches_its_expected_output() {
    let dir = root().join("fixtures/lint");
    let mut folders: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    folders.sort();
    let mut ids: Vec<String> = all_lint_rules().iter().map(|r| r.id.to_string()).collect();
    ids.sort();
    assert_eq!(folders, ids, "one fixture folder per lint rule");
    let mut failures = Vec::new();
    for id in &ids {
        // the one document of the folder: schema.json for JSON Schema, api.yaml for OpenAPI
        let docs: Vec<std::path::PathBuf> = std::fs::read_dir(dir.join(id))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.file_name().is_some_and(|n| n != "expected.txt"))
            .collect();
        assert_eq!(
            docs.len(),
            1,
            "fixtures/lint/{id}: one document expected, found {docs:?}"
        );
        let mut file = schemata::read_file(&docs[0]).unwrap();
        // Named as in the repository, so outputs that name the file do not depend on where it is.
        file.name = docs[0]
            .strip_prefix(root())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let out = render(&file);
        assert!(
            out.lines().any(|l| l.split(' ').nth(2) == Some(id.as_str())),
            "{} does not fire {id}:\n{out}",
            docs[0].display()
        );
        let expected_path = dir.join(id).join("expected.txt");
        if bless() {
            std::fs::write(&expected_path, &out).unwrap();
        } else if std::fs::read_to_string(&expected_path).unwrap_or_default() != out {
            failures.push(format!("{id}:\n{out}"));
        }
    }
    assert!(
        failures.is_empty(),
        "lint output changed (review, then SCHEMATA_BLESS=1 cargo test --test lint):\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_lint_docs_match_the_declarations() {
    let path = root().join("docs/lint-rules.md");
    let page = schemata::lint::catalogue_markdown(&schemata::format::all_lint_rules());
    if bless() {
        std::fs::write(&path, &page).unwrap();
    }
    assert_eq!(
        std::fs::read_to_string(&path).unwrap_or_default(),
        page,
        "docs/lint-rules.md is stale: SCHEMATA_BLESS=1 cargo test --test lint"
    );
}

#[test]
fn levels_profiles_and_naming_come_from_the_config() {
    let file = SourceFile::parse(
        "s.json",
        r#"{"type": "object", "properties": {"order_id": {"type": "string"}, "customer_id": {"type": "string"}, "createdAt": {}}}"#
            .to_string(),
    )
    .unwrap();
    let ids = |c: &LintConfig| lint(&file, c).iter().map(|f| f.rule).collect::<Vec<_>>();
    let default = ids(&LintConfig::default());
    assert!(
        default.contains(&"property-naming-style"),
        "snake_case dominates: createdAt is off"
    );
    assert!(!default.iter().any(|r| r.starts_with("openai-")), "profiles are opt-in");
    let mut c = LintConfig::default();
    c.levels
        .insert("description-required".into(), schemata::lint::Level::Off);
    c.naming = Some(schemata::lint::Style::Camel);
    c.profiles = vec![Profile::OpenaiStrict];
    let got = ids(&c);
    assert!(!got.contains(&"description-required"));
    assert_eq!(
        got.iter().filter(|r| **r == "property-naming-style").count(),
        2,
        "{got:?}"
    );
    assert!(got.contains(&"openai-all-required"));
    let only = schemata::format::json_schema::lint::profile_findings(&file, Profile::OpenaiStrict);
    assert!(only.iter().all(|f| f.rule.starts_with("openai-")), "{only:?}");
}
