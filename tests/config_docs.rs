//! Every YAML example in docs/config.md validates against docs/config.schema.json and is
//! read by schemata's own config reader; a wrong example fails here.

use schemata::registry::Config;

fn yaml_blocks(markdown: &str) -> Vec<String> {
    let mut blocks = Vec::new();
    let mut current: Option<String> = None;
    for line in markdown.lines() {
        match (&mut current, line.trim_start()) {
            (None, "```yaml") => current = Some(String::new()),
            (Some(_), "```") => blocks.push(current.take().unwrap_or_default()),
            (Some(b), _) => {
                b.push_str(line);
                b.push('\n');
            }
            _ => {}
        }
    }
    blocks
}

#[test]
fn every_example_in_the_config_docs_is_valid() {
    let root = env!("CARGO_MANIFEST_DIR");
    let docs = std::fs::read_to_string(format!("{root}/docs/config.md")).unwrap();
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{root}/docs/config.schema.json")).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).expect("the config schema compiles");
    let blocks = yaml_blocks(&docs);
    assert!(blocks.len() >= 3, "docs/config.md lost its examples");
    for block in &blocks {
        let value: serde_json::Value = serde_yaml::from_str(block).expect("example parses as YAML");
        let errors: Vec<String> = validator
            .iter_errors(&value)
            .map(|e| format!("{e} at {}", e.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "example does not match config.schema.json: {errors:?}\n{block}"
        );
        Config::parse("docs/config.md", block).unwrap_or_else(|e| panic!("schemata rejects the example: {e}\n{block}"));
    }
}

#[test]
fn the_schema_and_the_reader_agree_on_what_is_wrong() {
    let root = env!("CARGO_MANIFEST_DIR");
    let schema: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(format!("{root}/docs/config.schema.json")).unwrap()).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    for bad in [
        "schemas:\n  - path: x\n    compatibility: sideways\n",
        "schemas:\n  - path: x\n    colour: red\n",
        "acknowledged:\n  - schema: a\n    reason: no rule and no fingerprint\n",
        "versioning:\n  tag_format: \"v{version}\"\n",
        "schemas:\n  - path: x\n    targets: [some-llm]\n",
        "schemas:\n  - path: x\n    open_content: loose\n",
    ] {
        let value: serde_json::Value = serde_yaml::from_str(bad).unwrap();
        assert!(!validator.is_valid(&value), "the schema accepts {bad}");
        assert!(Config::parse("s.yaml", bad).is_err(), "the reader accepts {bad}");
    }
}
