//! `lint --profile P --fix`: the rewritten schema is printed and nothing is written; with
//! `--write` the file is replaced (in its own syntax) and then passes the profile.

mod common;

use common::Repo;

const TOOL: &str = r#"{
  "type": "object",
  "description": "Look up the weather",
  "properties": {
    "city": {"type": "string", "minLength": 2},
    "unit": {"enum": ["c", "f"]},
    "days": {"type": "integer", "minimum": 1, "maximum": 14}
  },
  "required": ["city"]
}
"#;

#[test]
fn fix_prints_and_write_rewrites_atomically() {
    let r = Repo::new();
    r.write("schemas/tool.json", TOOL);
    r.write(
        "schemas/tool.yaml",
        "type: object\nproperties:\n  q: {type: string, pattern: '^a'}\n",
    );
    for profile in ["openai-strict", "anthropic-tools", "gemini"] {
        let (code, out, err) = r.run(&["lint", "--profile", profile, "--fix", "schemas/tool.json"]);
        assert_eq!(code, 0, "{profile}: {out}\n{err}");
        let fixed: serde_json::Value = serde_json::from_str(&out).unwrap();
        assert!(
            err.contains("schemas/tool.json: `"),
            "{profile}: edits are listed on stderr: {err}"
        );
        assert_eq!(
            std::fs::read_to_string(r.path().join("schemas/tool.json")).unwrap(),
            TOOL
        );
        if profile == "openai-strict" {
            assert_eq!(fixed["required"], serde_json::json!(["city", "unit", "days"]));
            assert_eq!(
                fixed["properties"]["days"]["type"],
                serde_json::json!(["integer", "null"])
            );
            assert_eq!(fixed["additionalProperties"], false);
        }
    }
    // --write: the file is replaced and now passes the profile.
    let (code, _, err) = r.run(&[
        "lint",
        "--profile",
        "openai-strict",
        "--fix",
        "--write",
        "schemas/tool.json",
    ]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("wrote "), "{err}");
    let (code, out, _) = r.run(&["lint", "--profile", "openai-strict", "schemas/tool.json"]);
    assert_eq!(code, 0, "{out}");
    assert!(!out.contains("error["), "{out}");
    // YAML stays YAML.
    let (code, _, err) = r.run(&["lint", "--profile", "gemini", "--fix", "--write", "schemas/tool.yaml"]);
    assert_eq!(code, 0, "{err}");
    let yaml = std::fs::read_to_string(r.path().join("schemas/tool.yaml")).unwrap();
    assert!(
        yaml.starts_with("type: object\n") && yaml.contains("description:"),
        "{yaml}"
    );
    assert!(!r.path().join("schemas/.tool.yaml.schemata-tmp").exists());
}

#[test]
fn fix_needs_one_profile_and_one_schema_to_print() {
    let r = Repo::new();
    r.write("schemas/a.json", TOOL);
    r.write("schemas/b.json", TOOL);
    let (code, _, err) = r.run(&["lint", "--fix", "schemas/a.json"]);
    assert_eq!(code, 2);
    assert!(err.contains("exactly one --profile"), "{err}");
    let (code, _, err) = r.run(&[
        "lint",
        "--profile",
        "gemini",
        "--fix",
        "schemas/a.json",
        "schemas/b.json",
    ]);
    assert_eq!(code, 2);
    assert!(err.contains("--write"), "{err}");
    let (code, _, _) = r.run(&["lint", "--profile", "gemini", "--write", "schemas/a.json"]);
    assert_eq!(code, 2, "--write without --fix is refused");
}
