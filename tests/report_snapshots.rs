//! Every gate report format, rendered from one shared sample report and compared with a
//! reviewed snapshot (insta; CI runs with INSTA_UPDATE=no, so a change is never accepted
//! silently). The JSON and SARIF outputs are also validated against their schemas.

use schemata::report::gate::GateReport;
use schemata::report::{gate_text, github, junit, markdown, sarif};

fn rendered(f: impl Fn(&GateReport, &mut Vec<u8>) -> std::io::Result<()>) -> String {
    let mut out = Vec::new();
    f(&GateReport::sample(), &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

fn schema(path: &str) -> jsonschema::Validator {
    let text = std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    jsonschema::validator_for(&serde_json::from_str(&text).unwrap()).unwrap()
}

#[test]
fn text() {
    insta::assert_snapshot!(rendered(|r, o| gate_text::render(r, o, false)));
}

#[test]
fn text_in_colour_uses_ansi_codes_only_when_asked() {
    let plain = rendered(|r, o| gate_text::render(r, o, false));
    let coloured = rendered(|r, o| gate_text::render(r, o, true));
    assert!(!plain.contains('\x1b'));
    assert!(coloured.contains("\x1b["));
}

#[test]
fn json() {
    let text = serde_json::to_string_pretty(&GateReport::sample()).unwrap();
    let value: serde_json::Value = serde_json::from_str(&text).unwrap();
    let errors: Vec<String> = schema("docs/report.schema.json")
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    insta::assert_snapshot!(text);
}

#[test]
fn markdown() {
    insta::assert_snapshot!(rendered(|r, o| markdown::render(r, o)));
}

#[test]
fn github() {
    insta::assert_snapshot!(rendered(|r, o| github::render(r, o)));
}

#[test]
fn junit() {
    insta::assert_snapshot!(rendered(|r, o| junit::render(r, o)));
}

#[test]
fn sarif() {
    let value = sarif::to_value(&GateReport::sample());
    let errors: Vec<String> = schema("tests/data/sarif-2.1.0.json")
        .iter_errors(&value)
        .map(|e| format!("{e} at {}", e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    let rules = value["runs"][0]["tool"]["driver"]["rules"].as_array().unwrap();
    assert!(
        rules.len() > schemata::format::json_schema::diff::rules::ALL.len(),
        "every catalogue rule is a SARIF rule"
    );
    // The snapshot leaves out the catalogue (docs/rules.md already guards it) to stay readable.
    let mut trimmed = value.clone();
    trimmed["runs"][0]["tool"]["driver"]["rules"] = serde_json::json!(format!("{} rules", rules.len()));
    trimmed["runs"][0]["tool"]["driver"]["version"] = serde_json::json!("VERSION");
    insta::assert_snapshot!(serde_json::to_string_pretty(&trimmed).unwrap());
}

#[test]
fn github_escapes_what_would_break_a_workflow_command() {
    let mut report = GateReport::sample();
    report.schemas[0].findings[0].change.message = "50% off\nnext line: a, b".into();
    report.schemas[0].findings[0].change.new.as_mut().unwrap().file = "dir,with:odd.json".into();
    let mut out = Vec::new();
    github::render(&report, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    let first = text.lines().next().unwrap();
    assert!(first.contains("file=dir%2Cwith%3Aodd.json"), "{first}");
    assert!(
        first.contains("::50%25 off%0Anext line: a, b%0ATo ship it safely: "),
        "{first}"
    );
}

#[test]
fn junit_escapes_xml() {
    let mut report = GateReport::sample();
    report.schemas[0].findings[0].change.message = "<tag> & \"quote\"".into();
    let mut out = Vec::new();
    junit::render(&report, &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("&lt;tag&gt; &amp; &quot;quote&quot;"));
    assert!(!text.contains("<tag>"));
}
