//! Protobuf schemas in a git registry, end to end: list, log (versions bumped through an
//! import), diff between revisions, check (the gate, at the configured level), impact
//! through imports, validate, lint, sample, changelog and version, on a history built with
//! git2 (fixed author and dates).

mod common;

use common::Repo;

const MONEY_V1: &str = "syntax = \"proto3\";\npackage acme.common.v1;\n\n// Money.\nmessage Money {\n  string currency_code = 1;\n  int64 units = 2;\n}\n";
const MONEY_V2: &str = "syntax = \"proto3\";\npackage acme.common.v1;\n\n// Money.\nmessage Money {\n  string currency_code = 1;\n  string units = 2;\n}\n";
const ORDER_V1: &str = "syntax = \"proto3\";\npackage acme.orders.v1;\n\nimport \"acme/common/v1/money.proto\";\n\n// An order.\nmessage Order {\n  string id = 1;\n  acme.common.v1.Money total = 2;\n}\n";
const ORDER_V2: &str = "syntax = \"proto3\";\npackage acme.orders.v1;\n\nimport \"acme/common/v1/money.proto\";\n\n// An order.\nmessage Order {\n  string id = 1;\n  acme.common.v1.Money total = 2;\n  string note = 3;\n}\n";
const ORDER_V3: &str = "syntax = \"proto3\";\npackage acme.orders.v1;\n\nimport \"acme/common/v1/money.proto\";\n\n// An order.\nmessage Order {\n  string id = 1;\n  acme.common.v1.Money total = 2;\n  string comment = 3;\n}\n";

fn registry(level: &str) -> Repo {
    let mut r = Repo::new();
    r.write(
        "schemata.yaml",
        &format!("schemas:\n  - path: \"proto/**/*.proto\"\n    protobuf_level: {level}\n"),
    )
    .write("proto/acme/common/v1/money.proto", MONEY_V1)
    .write("proto/acme/orders/v1/order.proto", ORDER_V1);
    r.commit("first");
    r.write("proto/acme/orders/v1/order.proto", ORDER_V2);
    r.commit("add a note");
    r.write("proto/acme/orders/v1/order.proto", ORDER_V3);
    r.commit("rename the note");
    r
}

#[test]
fn versions_follow_the_level_and_imports() {
    let mut r = registry("file");
    r.write("proto/acme/common/v1/money.proto", MONEY_V2);
    r.commit("units as a string");
    let list = r.json(&["list", "--format", "json"]);
    let formats: Vec<&str> = list["schemas"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["format"].as_str().unwrap())
        .collect();
    assert_eq!(formats, ["protobuf", "protobuf"], "{list}");
    // file level: the rename breaks (major); the import's type change breaks the order too.
    let versions: Vec<String> = r
        .versions("proto/acme/orders/v1/order")
        .into_iter()
        .map(|(_, v, b)| format!("{v} {b}"))
        .collect();
    assert_eq!(versions, ["1.0.0 none", "1.1.0 minor", "2.0.0 major", "3.0.0 major"]);
    let money: Vec<String> = r
        .versions("proto/acme/common/v1/money")
        .into_iter()
        .map(|(_, v, _)| v)
        .collect();
    assert_eq!(money, ["1.0.0", "2.0.0"]);
}

#[test]
fn at_the_wire_level_a_rename_is_a_patch() {
    let r = registry("wire");
    let versions: Vec<String> = r
        .versions("proto/acme/orders/v1/order")
        .into_iter()
        .map(|(_, v, b)| format!("{v} {b}"))
        .collect();
    assert_eq!(versions, ["1.0.0 none", "1.1.0 minor", "1.1.1 patch"]);
}

#[test]
fn check_fails_on_a_break_at_the_configured_level_with_file_and_line() {
    let r = registry("wire_json");
    let (code, out, err) = r.run(&["check", "--against", "HEAD~1", "--format", "json"]);
    assert_eq!(code, 1, "{out}\n{err}");
    let report: serde_json::Value = serde_json::from_str(&out).unwrap();
    let text = report.to_string();
    assert!(text.contains("field-renamed"), "{text}");
    assert!(text.contains("proto/acme/orders/v1/order.proto"), "{text}");
    // The same history passes at the wire level.
    let r = registry("wire");
    let (code, out, _) = r.run(&["check", "--against", "HEAD~1"]);
    assert_eq!(code, 0, "{out}");
}

#[test]
fn diff_between_revisions_reports_the_import_change_in_the_importing_schema() {
    let mut r = registry("file");
    r.write("proto/acme/common/v1/money.proto", MONEY_V2);
    r.commit("units as a string");
    let diff = r.json(&["diff", "--from", "HEAD~1", "--to", "HEAD", "--format", "json"]);
    let order = diff["schemas"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["name"] == "proto/acme/orders/v1/order")
        .unwrap();
    let change = &order["changes"][0];
    assert_eq!(change["rule"], "field-type-changed");
    assert_eq!(change["new"]["file"], "proto/acme/common/v1/money.proto");
    assert_eq!(change["new"]["line"], 7);
    assert!(change["witness"]["encoded"].is_string(), "{change}");
}

#[test]
fn impact_lists_the_importers() {
    let r = registry("file");
    let (code, out, err) = r.run(&["impact", "proto/acme/common/v1/money"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("proto/acme/orders/v1/order (proto/acme/orders/v1/order.proto, direct)"),
        "{out}"
    );
}

#[test]
fn validate_lint_and_sample_work_on_proto_files() {
    let mut r = registry("file");
    let (code, out, err) = r.run(&["validate"]);
    assert_eq!(code, 0, "{out}{err}");
    r.write(
        "proto/acme/orders/v1/order.proto",
        "syntax = \"proto3\";\npackage acme.orders.v1;\nimport \"acme/missing.proto\";\nmessage Order { string id = 1; }\n",
    );
    r.commit("broken import");
    let (code, out, err) = r.run(&["validate"]);
    assert_ne!(code, 0, "{out}{err}");
    assert!(
        format!("{out}{err}").contains("proto/acme/orders/v1/order.proto:3"),
        "{out}{err}"
    );
    let (_, out, _) = r.run(&["lint", "--format", "json"]);
    assert!(
        out.contains("\"findings\": []"),
        "a tidy registry has no finding: {out}"
    );
    r.write(
        "proto/acme/common/v1/money.proto",
        "syntax = \"proto3\";\npackage acme.common.v1;\nmessage money {\n  string currencyCode = 1;\n}\n",
    );
    r.commit("untidy");
    let (_, out, err) = r.run(&["lint", "--format", "json"]);
    assert!(
        out.contains("message-pascal-case") && out.contains("field-lower-snake-case"),
        "{out}{err}"
    );
    let (code, out, err) = r.run(&["sample", "proto/acme/common/v1/money", "--seed", "3"]);
    assert_eq!(code, 0, "{err}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(v.get("currencyCode").is_some(), "{v}");
}

#[test]
fn changelog_and_version_read_protobuf_history() {
    let r = registry("file");
    let (code, out, err) = r.run(&["changelog", "proto/acme/orders/v1/order"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        out.contains("### 2.0.0") && out.contains("changed name from \"note\" to \"comment\""),
        "{out}"
    );
    let (code, _, err) = r.run(&["version"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn init_finds_proto_files_and_writes_their_level() {
    let mut r = Repo::new();
    r.write("proto/acme/common/v1/money.proto", MONEY_V1);
    r.commit("first");
    let (code, text, err) = r.run(&["init"]);
    assert_eq!(code, 0, "{err}");
    assert!(text.contains("1 schema file found"), "{text}");
    let written = std::fs::read_to_string(r.path().join("schemata.yaml")).unwrap();
    assert!(
        written.contains("path: \"**/*.proto\"") && written.contains("protobuf_level: file"),
        "{written}"
    );
    let list = r.json(&["list", "--at", "WORKTREE", "--format", "json"]);
    assert_eq!(list["schemas"][0]["format"], "protobuf");
}

#[test]
fn the_deprecation_policy_asks_proto_fields_to_be_deprecated_before_deletion() {
    let config = "schemas:\n  - path: \"proto/**/*.proto\"\n    protobuf_level: file\ndeprecation:\n  require_before_removal: true\n";
    let with = |note: &str| {
        format!(
            "syntax = \"proto3\";\npackage acme.v1;\n// An order.\nmessage Order {{\n  string id = 1;\n  {note}\n}}\n"
        )
    };
    let gone = with("reserved 2; reserved \"note\";");
    for (old, expect_problem) in [
        (with("string note = 2;"), true),
        (with("string note = 2 [deprecated = true];"), false),
    ] {
        let mut r = Repo::new();
        r.write("schemata.yaml", config)
            .write("proto/acme/v1/order.proto", &old);
        r.commit("first");
        r.write("proto/acme/v1/order.proto", &gone);
        r.commit("delete the note");
        let (_, out, err) = r.run(&["check", "--against", "HEAD~1", "--format", "json"]);
        assert_eq!(out.contains("deprecation-required"), expect_problem, "{out}{err}");
    }
}
