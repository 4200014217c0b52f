//! Fuzz-style: arbitrary bytes through the parsers, and arbitrary JSON values through load
//! and diff against a fixture schema, must never panic (errors are fine).

use proptest::prelude::*;
use schemata::format::json_schema::diff::diff;
use schemata::format::json_schema::schema::load_value;
use schemata::source::SourceFile;
use schemata::{Mode, OpenContent, Options};
use serde_json::Value;

fn json_value() -> impl Strategy<Value = Value> {
    let keyword = prop::sample::select(vec![
        "type",
        "properties",
        "required",
        "items",
        "enum",
        "const",
        "anyOf",
        "oneOf",
        "allOf",
        "not",
        "minimum",
        "maximum",
        "pattern",
        "additionalProperties",
        "$ref",
        "$defs",
        "if",
        "then",
        "else",
        "minItems",
        "format",
    ]);
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i32>().prop_map(Value::from),
        prop::sample::select(vec!["string", "object", "integer", "#", "#/$defs/a", "^a+$", "(", "x"])
            .prop_map(Value::from),
    ];
    leaf.prop_recursive(5, 64, 6, move |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::vec((keyword.clone(), inner), 0..5)
                .prop_map(|kv| Value::Object(kv.into_iter().map(|(k, v)| (k.to_string(), v)).collect())),
        ]
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn parsers_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..256), yaml in any::<bool>()) {
        let text = String::from_utf8_lossy(&bytes).into_owned();
        let _ = SourceFile::parse(if yaml { "x.yaml" } else { "x.json" }, text);
    }

    #[test]
    fn load_and_diff_never_panic(a in json_value(), b in json_value(), mode in 0u8..4, lenient in any::<bool>()) {
        let load = |v: &Value| {
            let file = SourceFile::parse("s.json", serde_json::to_string(v).ok()?).ok()?;
            load_value(file).ok()
        };
        if let (Some(mut ga), Some(mut gb)) = (load(&a), load(&b)) {
            let options = Options {
                mode: [Mode::Backward, Mode::Forward, Mode::Full, Mode::None][mode as usize],
                open_content: if lenient { OpenContent::Lenient } else { OpenContent::Strict },
                witnesses: true,
                ..Default::default()
            };
            let _ = diff(&mut ga, &mut gb, &options);
        }
    }
}
