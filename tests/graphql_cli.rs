//! GraphQL end to end: every command on a repository built in the test, with a schema split
//! over a root file and a part (`parts:` in schemata.yaml), a history of versions, the gate
//! with `--fail-on dangerous`, and invalid SDL.

mod common;

use common::{Repo, run_in};
use serde_json::Value;

const CONFIG: &str = "schemas:\n  - path: \"api/schema.graphql\"\n    name: api\n    parts: [\"api/orders.graphql\"]\n  - path: \"schemas/**/*.json\"\n";

const ROOT: &str = "\"The entry point.\"\ntype Query {\n  \"Who is asking.\"\n  viewer: User\n}\n\n\"A person.\"\ntype User {\n  id: ID!\n  name: String\n}\n";
const ORDERS_V1: &str = "extend type Query {\n  orders(status: Status, first: Int = 10): [Order!]!\n}\n\n\"An order.\"\ntype Order {\n  id: ID!\n  total: Int!\n  note: String\n}\n\n\"Where an order is.\"\nenum Status {\n  OPEN\n  PAID\n}\n";
/// Widens: a field added.
const ORDERS_V2: &str = "extend type Query {\n  orders(status: Status, first: Int = 10): [Order!]!\n}\n\n\"An order.\"\ntype Order {\n  id: ID!\n  total: Int!\n  note: String\n  currency: String\n}\n\n\"Where an order is.\"\nenum Status {\n  OPEN\n  PAID\n}\n";
/// Breaks: `note` removed without deprecation, `total` made nullable.
const ORDERS_V3: &str = "extend type Query {\n  orders(status: Status, first: Int = 10): [Order!]!\n}\n\n\"An order.\"\ntype Order {\n  id: ID!\n  total: Int\n  currency: String\n}\n\n\"Where an order is.\"\nenum Status {\n  OPEN\n  PAID\n}\n";
/// Dangerous only: an enum value added to an enum both sides use.
const ORDERS_V4: &str = "extend type Query {\n  orders(status: Status, first: Int = 10): [Order!]!\n}\n\n\"An order.\"\ntype Order {\n  id: ID!\n  total: Int\n  currency: String\n  status: Status\n}\n\n\"Where an order is.\"\nenum Status {\n  OPEN\n  PAID\n  REFUNDED\n}\n";

fn history() -> Repo {
    let mut r = Repo::new();
    r.write("schemata.yaml", CONFIG)
        .write("api/schema.graphql", ROOT)
        .write("api/orders.graphql", ORDERS_V1);
    r.commit("api");
    r.write("api/orders.graphql", ORDERS_V2);
    r.commit("add currency");
    // Reformatting only: no version.
    r.write("api/orders.graphql", &ORDERS_V2.replace("  ", "    "));
    r.commit("indent");
    r.write("api/orders.graphql", ORDERS_V3);
    r.commit("drop note, total may be missing");
    r
}

#[test]
fn the_history_of_a_multi_file_schema_is_versioned() {
    let r = history();
    let list = r.json(&["list", "--format", "json"]);
    let names: Vec<&str> = common::schema_names(&list);
    assert_eq!(names, ["api"], "a part is not a schema of its own: {list:#}");
    assert_eq!(list["schemas"][0]["format"], "graphql", "{list:#}");
    let versions = r.versions("api");
    let got: Vec<(&str, &str)> = versions.iter().map(|(_, v, b)| (v.as_str(), b.as_str())).collect();
    assert_eq!(got, [("1.0.0", "none"), ("1.1.0", "minor"), ("2.0.0", "major")]);
    let (code, text, err) = r.run(&["log", "api"]);
    assert_eq!(code, 0, "{err}");
    assert!(text.contains("2.0.0"), "{text}");
    let (code, md, err) = r.run(&["changelog", "api"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        md.contains("output-field-removed-without-deprecation") || md.contains("Order.note"),
        "{md}"
    );
    // Two versions by address: the finding points into the part file.
    let diff = r.json(&["diff", "api@1.1.0", "api@2.0.0", "--format", "json"]);
    let rules: Vec<&str> = diff["changes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["rule"].as_str().unwrap())
        .collect();
    // Sorted by coordinate: `Order.note`, then `Order.total`.
    assert_eq!(
        rules,
        ["output-field-removed-without-deprecation", "output-field-made-nullable"],
        "{diff:#}"
    );
    assert_eq!(diff["changes"][1]["new"]["file"], "api/orders.graphql", "{diff:#}");
    assert_eq!(diff["changes"][1]["new"]["line"], 8, "{diff:#}");
    let witness = &diff["changes"][0]["witness"];
    assert!(witness["text"].as_str().unwrap().contains("note"), "{diff:#}");
    let (code, show, _) = r.run(&["show", "api@1.0.0"]);
    assert_eq!(code, 0);
    assert!(show.contains("type Query"), "{show}");
}

#[test]
fn the_gate_fails_on_breaking_and_on_dangerous_when_asked() {
    let mut r = history();
    // Against the commit before the break: fails, and says why.
    let (code, text, err) = r.run(&["check", "--against", "HEAD~1"]);
    assert_eq!(code, 1, "{text}{err}");
    assert!(text.contains("output-field-removed-without-deprecation"), "{text}");
    r.write("api/orders.graphql", ORDERS_V4);
    r.commit("refunds");
    let (code, text, err) = r.run(&["check", "--against", "HEAD~1"]);
    assert_eq!(code, 0, "dangerous is not breaking: {text}{err}");
    let (code, out, err) = r.run(&[
        "check",
        "--against",
        "HEAD~1",
        "--fail-on",
        "dangerous",
        "--format",
        "json",
    ]);
    assert_eq!(code, 1, "{out}{err}");
    let report: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(report["fail_on"], "dangerous");
    let failing: Vec<&str> = report["schemas"][0]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["fails_gate"] == true)
        .map(|f| f["rule"].as_str().unwrap())
        .collect();
    assert_eq!(failing, ["output-enum-value-added"], "{report:#}");
    // The next version: minor.
    let (code, out, err) = r.run(&["version", "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2.1.0"), "{out}");
    let (code, out, err) = r.run(&["release"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("api@2.1.0"), "{out}");
}

#[test]
fn a_removal_without_deprecation_fails_the_deprecation_policy() {
    let mut r = history();
    r.write(
        "schemata.yaml",
        &format!("{CONFIG}deprecation:\n  require_before_removal: true\n"),
    );
    r.commit("policy");
    r.write("api/orders.graphql", &ORDERS_V3.replace("  currency: String\n", ""));
    let (code, out, err) = r.run(&["check", "--against", "HEAD", "--format", "json"]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(
        out.contains("deprecation-required") && out.contains("@deprecated"),
        "{out}"
    );
}

#[test]
fn validate_lint_sample_and_impact_work_on_graphql() {
    let r = history();
    let (code, out, err) = r.run(&["validate"]);
    assert_eq!(code, 0, "{out}{err}");
    assert!(out.contains("1 schema checked, 0 invalid"), "{out}");
    r.write("ops/orders.graphql", "query Orders { orders { id total } }\n")
        .write("ops/bad.graphql", "query Bad { orders { id note } }\n");
    let (code, out, err) = r.run(&["validate", "--schema", "api", "ops/orders.graphql"]);
    assert_eq!(code, 0, "{out}{err}");
    let (code, out, _) = r.run(&["validate", "--schema", "api", "ops/orders.graphql", "ops/bad.graphql"]);
    assert_eq!(code, 1);
    assert!(out.contains("ops/bad.graphql:1:") && out.contains("note"), "{out}");
    let (code, out, err) = r.run(&["lint", "--format", "json"]);
    assert!(code == 0 || code == 1, "{err}");
    assert!(out.contains("graphql") || out.contains("api/schema.graphql"), "{out}");
    let (code, out, err) = r.run(&["sample", "api", "--format", "graphql"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("query Example"), "{out}");
    let sample: Value = serde_json::from_str(&r.run(&["sample", "api"]).1).unwrap();
    assert!(sample["query"].as_str().unwrap().contains('{'), "{sample:#}");
    let (code, out, err) = r.run(&["impact", "api"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("api"), "{out}");
}

#[test]
fn invalid_sdl_exits_2_with_its_place() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.graphql"), "type Query { a: Int }\n").unwrap();
    std::fs::write(
        dir.path().join("b.graphql"),
        "type Query {\n  a: Int\n  b: [String\n}\n",
    )
    .unwrap();
    let (code, out, err) = run_in(dir.path(), &["diff", "a.graphql", "b.graphql"], &[]);
    assert_eq!(code, 2, "{out}");
    assert!(
        err.contains("b.graphql:4:") && err.contains("invalid GraphQL SDL"),
        "{err}"
    );
    // Operations in a schema file say so.
    std::fs::write(dir.path().join("c.graphql"), "query { a }\n").unwrap();
    let (code, _, err) = run_in(dir.path(), &["diff", "a.graphql", "c.graphql"], &[]);
    assert_eq!(code, 2);
    assert!(err.contains("c.graphql:1:"), "{err}");
    // The config refuses a glob among the parts.
    let r = Repo::new();
    r.write(
        "schemata.yaml",
        "schemas:\n  - path: a.graphql\n    parts: [\"types/*.graphql\"]\n",
    );
    let (code, _, err) = r.run(&["list"]);
    assert_eq!(code, 2);
    assert!(err.contains("parts") && err.contains("types/*.graphql"), "{err}");
}

#[test]
fn two_files_diff_with_modes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.graphql"), "type Query { a: Int }\n").unwrap();
    std::fs::write(dir.path().join("b.graphqls"), "type Query { a: Int\n  b: Int }\n").unwrap();
    let (code, out, _) = run_in(dir.path(), &["diff", "a.graphql", "b.graphqls"], &[]);
    assert_eq!(code, 0);
    assert!(
        out.contains("output-field-added") && out.contains("compatible"),
        "{out}"
    );
    let (_, out, _) = run_in(
        dir.path(),
        &["diff", "a.graphql", "b.graphqls", "--mode", "forward"],
        &[],
    );
    assert!(out.contains("INCOMPATIBLE under forward"), "{out}");
}

/// schemas-example/graphql holds three versions of a shop API: committed in turn, they read
/// as 1.0.0, 1.1.0 (additions, deprecations, a dangerous enum value) and 2.0.0 (removals,
/// a field made nullable, a required argument).
#[test]
fn the_example_shop_api_reads_as_a_history() {
    let mut r = Repo::new();
    r.write(
        "schemata.yaml",
        "schemas:\n  - path: \"api/shop.graphql\"\n    name: shop\n",
    );
    for v in 1..=3 {
        let text = std::fs::read_to_string(format!(
            "{}/schemas-example/graphql/shop.v{v}.graphql",
            env!("CARGO_MANIFEST_DIR")
        ))
        .unwrap();
        r.write("api/shop.graphql", &text);
        r.commit(&format!("shop v{v}"));
    }
    let got: Vec<(String, String)> = r.versions("shop").into_iter().map(|(_, v, b)| (v, b)).collect();
    let want = [("1.0.0", "none"), ("1.1.0", "minor"), ("2.0.0", "major")];
    assert_eq!(got, want.map(|(v, b)| (v.to_string(), b.to_string())));
    let (code, md, err) = r.run(&["changelog", "shop"]);
    assert_eq!(code, 0, "{err}");
    for rule in [
        "output-enum-value-added",
        "output-field-removed-without-deprecation",
        "required-argument-added",
    ] {
        assert!(md.contains(rule), "{rule} missing from the changelog:\n{md}");
    }
}
