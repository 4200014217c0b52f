//! Example exchanges: for every operation, a request (path with its parameters filled in,
//! query, headers, cookies, body) and the response it documents first among its successes,
//! each value generated from its schema as that direction sees it and verified by the
//! validator (a value none could be found for is left out).
//!
//! The examples are the canonical small instances of each schema: the seed does not change
//! them.

use super::model::{Api, In, MediaType, Operation};
use crate::change::Direction;
use crate::error::Result;
use crate::format::api::example;
use serde_json::{Map, Value, json};
use std::collections::BTreeMap;

/// An example request and response for every operation of the description.
pub fn sample(api: &Api, _seed: u64) -> Result<Option<Value>> {
    let mut operations = Vec::new();
    for item in api.paths.values() {
        for op in item.operations.values() {
            operations.push(exchange(api, op));
        }
    }
    Ok(Some(json!({
        "openapi": api.version.name(),
        "operations": operations,
    })))
}

fn exchange(api: &Api, op: &Operation) -> Value {
    let g = &api.graph;
    let mut path = op.template.clone();
    let mut parts: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    for p in op.parameters.values() {
        let Some(value) = example(g, p.schema, Direction::Request) else {
            continue;
        };
        if p.location == In::Path {
            path = path.replace(&format!("{{{}}}", p.name), &plain(&value));
        } else {
            let part = match p.location {
                In::Query => "query",
                In::Header => "headers",
                _ => "cookies",
            };
            parts.entry(part).or_default().insert(p.name.clone(), value);
        }
    }
    let mut request = Map::new();
    request.insert("method".into(), Value::from(op.method.to_ascii_uppercase()));
    request.insert("path".into(), Value::from(path));
    for (part, values) in parts {
        request.insert(part.into(), Value::Object(values));
    }
    if let Some(body) = &op.request_body
        && let Some(media) = preferred(&body.content)
    {
        request.insert("content_type".into(), Value::from(media.name.clone()));
        if let Some(b) = example(g, media.schema, Direction::Request) {
            request.insert("body".into(), b);
        }
    }
    let mut out = Map::new();
    out.insert("operation".into(), Value::from(op.label()));
    if let Some(id) = &op.operation_id {
        out.insert("operationId".into(), Value::from(id.clone()));
    }
    out.insert("request".into(), Value::Object(request));
    let response = op
        .responses
        .values()
        .find(|r| r.is_success())
        .or_else(|| op.responses.values().next());
    if let Some(r) = response {
        let mut resp = Map::new();
        resp.insert("status".into(), Value::from(r.status.clone()));
        let mut headers = Map::new();
        for h in r.headers.values() {
            if let Some(v) = example(g, h.schema, Direction::Response) {
                headers.insert(h.name.clone(), v);
            }
        }
        if !headers.is_empty() {
            resp.insert("headers".into(), Value::Object(headers));
        }
        if let Some(media) = preferred(&r.content) {
            resp.insert("content_type".into(), Value::from(media.name.clone()));
            if let Some(b) = example(g, media.schema, Direction::Response) {
                resp.insert("body".into(), b);
            }
        }
        out.insert("response".into(), Value::Object(resp));
    }
    Value::Object(out)
}

/// JSON when offered, else the first media type.
fn preferred(content: &BTreeMap<String, MediaType>) -> Option<&MediaType> {
    content
        .get("application/json")
        .or_else(|| content.values().find(|m| m.name.contains("json")))
        .or_else(|| content.values().next())
}

/// A value as it appears in a URL path.
fn plain(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{MemorySource, SourceFile};

    #[test]
    fn an_exchange_per_operation_with_values_from_the_schemas() {
        let text = r#"openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /orders/{id}:
    get:
      operationId: getOrder
      parameters:
        - {name: id, in: path, required: true, schema: {type: integer, minimum: 7}}
        - {name: expand, in: query, schema: {type: boolean}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {type: object, required: [id], properties: {id: {type: integer}, secret: {type: string, writeOnly: true}}}
"#;
        let file = SourceFile::parse("api.yaml", text.to_string()).unwrap();
        let api = crate::format::openapi::model::load(&MemorySource::default(), "api.yaml", file).unwrap();
        let s = sample(&api, 1).unwrap().unwrap();
        let op = &s["operations"][0];
        assert_eq!(op["operation"], "GET /orders/{id}");
        let path = op["request"]["path"].as_str().unwrap();
        let id: i64 = path.trim_start_matches("/orders/").parse().unwrap();
        assert!(id >= 7, "{path}");
        assert!(op["request"]["query"]["expand"].is_boolean());
        assert_eq!(op["response"]["status"], "200");
        let body = &op["response"]["body"];
        assert!(body["id"].is_i64() && body.get("secret").is_none(), "{body}");
    }
}
