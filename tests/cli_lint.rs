//! `schemata lint` and `schemata sample` from the command line.

mod common;

use common::Repo;

#[test]
fn lint_reports_house_rules_and_profiles_with_positions_and_exit_codes() {
    let r = Repo::new();
    r.write(
        "schemas/tool.json",
        "{\n  \"$schema\": \"https://json-schema.org/draft/2020-12/schema\",\n  \"$id\": \"https://example.com/tool.json\",\n  \
         \"description\": \"A tool\",\n  \"type\": \"object\",\n  \"additionalProperties\": false,\n  \"properties\": {\n    \
         \"city\": {\"type\": \"string\", \"description\": \"City\", \"maxLenght\": 20}\n  }\n}\n",
    );
    let (code, out, _) = r.run(&["lint", "schemas/tool.json"]);
    assert_eq!(code, 0, "warnings only: {out}");
    assert!(
        out.contains("schemas/tool.json:8:55: warn[unknown-keyword]: `maxLenght`"),
        "{out}"
    );
    assert!(out.contains("hint: did you mean `maxLength`?"), "{out}");
    let (code, _, _) = r.run(&["lint", "schemas/tool.json", "--deny-warnings"]);
    assert_eq!(code, 1);
    let (code, out, _) = r.run(&["lint", "schemas/tool.json", "--profile", "openai-strict"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("error[openai-all-required]: OpenAI strict mode needs `city` in `required`"),
        "{out}"
    );
    let (_, out, _) = r.run(&["lint", "schemas/tool.json", "--profile", "gemini", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert!(
        v["schemas"][0]["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "gemini-unsupported-keyword")
    );
    // The config's levels and targets apply to the registry's schemas.
    r.write(
        "schemata.yaml",
        "schemas:\n  - path: \"schemas/*.json\"\n    targets: [openai-strict]\n    lint:\n      unknown-keyword: error\n",
    );
    let (code, out, _) = r.run(&["lint"]);
    assert_eq!(code, 1);
    assert!(
        out.contains("error[unknown-keyword]") && out.contains("error[openai-all-required]"),
        "{out}"
    );
    for format in ["markdown", "github", "junit", "sarif"] {
        let (code, out, err) = r.run(&["lint", "--format", format]);
        assert_eq!(code, 1, "{format}: {err}");
        assert!(out.contains("unknown-keyword"), "{format}: {out}");
    }
}

#[test]
fn sample_prints_a_valid_document_deterministically() {
    let r = Repo::new();
    r.write(
        "s.json",
        r#"{"type": "object", "properties": {"id": {"type": "string", "pattern": "^[A-Z]{3}-[0-9]{2}$"}, "n": {"type": "integer", "minimum": 5, "maximum": 9}}, "required": ["id", "n"]}"#,
    );
    let (code, a, err) = r.run(&["sample", "s.json", "--seed", "7"]);
    assert_eq!(code, 0, "{err}");
    let (_, b, _) = r.run(&["sample", "s.json", "--seed", "7"]);
    assert_eq!(a, b);
    let doc: serde_json::Value = serde_json::from_str(&a).unwrap();
    let n = doc["n"].as_i64().unwrap();
    assert!((5..=9).contains(&n));
    let id = doc["id"].as_str().unwrap();
    assert!(regex::Regex::new("^[A-Z]{3}-[0-9]{2}$").unwrap().is_match(id), "{id}");
    let (code, yaml, _) = r.run(&["sample", "s.json", "--format", "yaml"]);
    assert_eq!(code, 0);
    assert!(yaml.contains("id: "));
    r.write("never.json", r#"{"allOf": [{"type": "string"}, {"type": "integer"}]}"#);
    let (code, _, err) = r.run(&["sample", "never.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("could not build a valid example"), "{err}");
}
