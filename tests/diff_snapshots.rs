//! The `diff` command's text and JSON reports, snapshot-tested (insta; CI never accepts a
//! changed snapshot on its own) on the bundled example and two rule fixtures.

use assert_cmd::Command;

fn run(args: &[&str]) -> String {
    let out = Command::cargo_bin("schemata")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .env_remove("COLUMNS")
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

const EXAMPLE: [&str; 2] = [
    "schemas-example/schemas/order.v1.json",
    "schemas-example/schemas/order.v2.yaml",
];

#[test]
fn example_text() {
    insta::assert_snapshot!(run(&["diff", EXAMPLE[0], EXAMPLE[1]]));
}

#[test]
fn example_json() {
    insta::assert_snapshot!(run(&["diff", EXAMPLE[0], EXAMPLE[1], "--format", "json"]));
}

#[test]
fn enum_value_removed_text_and_json() {
    let (a, b) = (
        "fixtures/rules/enum-value-removed/old.json",
        "fixtures/rules/enum-value-removed/new.json",
    );
    insta::assert_snapshot!("enum_text", run(&["diff", a, b]));
    insta::assert_snapshot!("enum_json", run(&["diff", a, b, "--format", "json", "--mode", "full"]));
}

#[test]
fn lenient_open_content_text() {
    let (a, b) = (
        "fixtures/rules/property-added-to-open-content/old.json",
        "fixtures/rules/property-added-to-open-content/new.json",
    );
    insta::assert_snapshot!(run(&["diff", a, b, "--open-content", "lenient"]));
}
