//! The registry's own change rules: kinds of change that concern a schema file as a whole,
//! whatever its format (`Rule::format` is `None`). `format::all_rules` lists them after every
//! format's catalogue; `format::diff` reports them.

use crate::change::{Effect, Rule};

/// The two versions of a schema file are of different formats.
pub static SCHEMA_FORMAT_CHANGED: Rule = Rule {
    id: "schema-format-changed",
    format: None,
    effect: Effect::Reshapes,
    summary: "The schema file changed format (e.g. from JSON Schema to OpenAPI).",
    docs: " The schema file changed format (e.g. from JSON Schema to OpenAPI).

 ## Why it matters

 The two versions describe their documents in different languages, so schemata does not
 compare them element by element: every consumer of the file has to read it anew, and
 tooling built for the old format (code generators, validators) no longer applies. The
 change is reported once, as reshaping, and the new format's history starts here.

 ## Example

 Old (`schemas/orders.yaml`, a JSON Schema):

 ```yaml
 type: object
 properties: {id: {type: string}}
 ```

 New (the same path, now an OpenAPI description):

 ```yaml
 openapi: 3.1.0
 info: {title: Orders, version: 1.0.0}
 paths: {}
 ```
",
    keywords: &[],
    direction: None,
    area: "schema",
    content_model: false,
    hint: Some(
        "publish the new format under a new path (or name) beside the old file, and retire the old one once its consumers moved",
    ),
};

/// Every registry rule, in catalogue order.
pub static ALL: &[&Rule] = &[&SCHEMA_FORMAT_CHANGED];
