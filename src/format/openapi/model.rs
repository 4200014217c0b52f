//! An OpenAPI 3.0 or 3.1 description, loaded: its operations, parameters, bodies, responses,
//! security and servers as plain values with their places, and every Schema Object it
//! embeds as a node of one JSON Schema graph (shared components loaded once).
//!
//! References between API objects (`$ref` to a parameter, response, path item, security
//! scheme…) are followed inside the registry at the same revision; a URL or a file outside
//! the registry is reported, never read. What the model keeps is what the diff compares:
//! descriptions and examples of API objects are left out, except operation summaries.

use crate::error::{Error, ErrorKind, Result};
use crate::format::api::refs::follow;
use crate::format::json_schema::schema::load::{Dialect, EmbeddedLoader, pointer_get};
use crate::format::json_schema::schema::{Draft, Graph, Id};
use crate::source::{FileSource, SourceFile, escape_token};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, BTreeSet};
use std::rc::Rc;

/// The HTTP methods an OpenAPI Path Item holds operations for, in the order they are listed.
pub const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// The OpenAPI version of a description.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum SpecVersion {
    V30,
    V31,
}

impl SpecVersion {
    pub fn name(self) -> &'static str {
        match self {
            SpecVersion::V30 => "3.0",
            SpecVersion::V31 => "3.1",
        }
    }
}

/// Where an element is written: a file of the graph and a JSON Pointer in it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loc {
    pub file: u32,
    pub pointer: String,
}

impl Loc {
    fn new(file: u32, pointer: &str) -> Loc {
        Loc {
            file,
            pointer: pointer.to_string(),
        }
    }
    pub fn child(&self, token: &str) -> Loc {
        Loc {
            file: self.file,
            pointer: format!("{}/{}", self.pointer, escape_token(token)),
        }
    }
}

/// A loaded OpenAPI description.
#[derive(Debug)]
pub struct Api {
    /// Every file of the description and every Schema Object it embeds.
    pub graph: Graph,
    pub version: SpecVersion,
    /// `info.version`, as written.
    pub info_version: Option<String>,
    /// `info` without its version: title, description, contact, license, terms.
    pub info: Option<(Loc, Value)>,
    pub servers: Servers,
    /// The top-level `security`.
    pub security: Option<Security>,
    pub schemes: BTreeMap<String, SecurityScheme>,
    /// Path items by their template with parameter names left out (`/orders/{}`), so that a
    /// renamed path parameter pairs the same path.
    pub paths: BTreeMap<String, PathItem>,
    /// OpenAPI 3.1 `webhooks`: requests the API sends to its subscribers.
    pub webhooks: BTreeMap<String, PathItem>,
}

/// A list of servers, where it is written (`None` when the list is absent).
#[derive(Debug, Clone, Default)]
pub struct Servers {
    pub at: Option<Loc>,
    pub list: Vec<Server>,
}

#[derive(Debug, Clone)]
pub struct Server {
    pub at: Loc,
    pub url: String,
    pub variables: BTreeMap<String, ServerVariable>,
}

#[derive(Debug, Clone)]
pub struct ServerVariable {
    pub at: Loc,
    pub default: Option<String>,
    pub values: Option<Vec<String>>,
}

/// Security requirements: alternatives, any one of which grants access; each names schemes
/// (all of which apply) with the scopes it needs. An empty alternative (`{}`) means anonymous
/// access is allowed.
#[derive(Debug, Clone)]
pub struct Security {
    pub at: Loc,
    pub alternatives: Vec<Requirement>,
}

#[derive(Debug, Clone)]
pub struct Requirement {
    pub at: Loc,
    pub schemes: BTreeMap<String, BTreeSet<String>>,
}

impl Security {
    /// Whether a client without credentials may call.
    pub fn allows_anonymous(&self) -> bool {
        self.alternatives.is_empty() || self.alternatives.iter().any(|r| r.schemes.is_empty())
    }
}

#[derive(Debug, Clone)]
pub struct SecurityScheme {
    pub at: Loc,
    /// `apiKey`, `http`, `oauth2`, `openIdConnect`, `mutualTLS`.
    pub kind: String,
    /// apiKey: the parameter name and where it goes.
    pub name: Option<String>,
    pub location: Option<String>,
    /// http: the scheme (lowercase: `basic`, `bearer`, …).
    pub scheme: Option<String>,
    pub open_id_connect_url: Option<String>,
    /// oauth2 flows by name (`implicit`, `password`, `clientCredentials`, `authorizationCode`).
    pub flows: BTreeMap<String, Flow>,
}

#[derive(Debug, Clone)]
pub struct Flow {
    pub at: Loc,
    pub authorization_url: Option<String>,
    pub token_url: Option<String>,
    pub refresh_url: Option<String>,
    pub scopes: BTreeSet<String>,
}

#[derive(Debug, Clone)]
pub struct PathItem {
    pub at: Loc,
    /// The template as written (`/orders/{orderId}`).
    pub template: String,
    /// Operations by lowercase method.
    pub operations: BTreeMap<&'static str, Operation>,
}

#[derive(Debug, Clone)]
pub struct Operation {
    pub at: Loc,
    pub method: &'static str,
    pub template: String,
    pub operation_id: Option<String>,
    pub summary: Option<String>,
    pub description: Option<String>,
    pub tags: Vec<String>,
    pub deprecated: bool,
    /// `x-sunset`: the date after which a deprecated operation may go.
    pub sunset: Option<String>,
    /// Path-item and operation parameters together (the operation's win).
    pub parameters: BTreeMap<ParamKey, Parameter>,
    pub request_body: Option<RequestBody>,
    /// Responses by status code, range (`2XX`, uppercase) or `default`.
    pub responses: BTreeMap<String, Response>,
    /// The operation's own `security` (`None`: the top-level one applies).
    pub security: Option<Security>,
    /// Servers of the operation or its path item (`None`: the top-level ones apply).
    pub servers: Option<Servers>,
}

impl Operation {
    /// `GET /orders/{id}`.
    pub fn label(&self) -> String {
        format!("{} {}", self.method.to_ascii_uppercase(), self.template)
    }
}

/// Where a parameter goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum In {
    Path,
    Query,
    Header,
    Cookie,
}

impl In {
    pub fn name(self) -> &'static str {
        match self {
            In::Path => "path",
            In::Query => "query",
            In::Header => "header",
            In::Cookie => "cookie",
        }
    }
    fn parse(s: &str) -> Option<In> {
        Some(match s {
            "path" => In::Path,
            "query" => In::Query,
            "header" => In::Header,
            "cookie" => In::Cookie,
            _ => return None,
        })
    }
}

/// A parameter's identity: where it goes and its name (lowercase for headers, whose names
/// are case-insensitive; positional for path parameters, whose names are not on the wire).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ParamKey {
    pub location: In,
    pub name: String,
}

#[derive(Debug, Clone)]
pub struct Parameter {
    pub at: Loc,
    pub name: String,
    pub location: In,
    pub required: bool,
    pub deprecated: bool,
    /// The serialization style, with the default applied (`form` for query and cookie,
    /// `simple` for path and header).
    pub style: String,
    pub explode: bool,
    pub allow_empty_value: bool,
    pub allow_reserved: bool,
    /// The schema (or that of the one media type of `content`); a node that accepts
    /// everything when there is none.
    pub schema: Id,
    pub schema_at: Option<Loc>,
    /// The media type of `content`, when the parameter is described that way.
    pub content_type: Option<String>,
    /// The schema's `default`, as written (for optional parameters the server applies it).
    pub default: Option<Value>,
}

#[derive(Debug, Clone)]
pub struct RequestBody {
    pub at: Loc,
    pub required: bool,
    pub content: BTreeMap<String, MediaType>,
}

#[derive(Debug, Clone)]
pub struct MediaType {
    pub at: Loc,
    /// The media type as written.
    pub name: String,
    /// The schema (a node that accepts everything when the media type has none).
    pub schema: Id,
    pub has_schema: bool,
    /// `encoding` of multipart and form bodies, by property name.
    pub encoding: BTreeMap<String, Encoding>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Encoding {
    pub at: Loc,
    pub content_type: Option<String>,
    pub style: Option<String>,
    pub explode: Option<bool>,
    pub allow_reserved: bool,
}

#[derive(Debug, Clone)]
pub struct Response {
    pub at: Loc,
    pub status: String,
    pub content: BTreeMap<String, MediaType>,
    /// Headers by lowercase name.
    pub headers: BTreeMap<String, Header>,
}

impl Response {
    /// A 2xx status (or the `2XX` range).
    pub fn is_success(&self) -> bool {
        is_success(&self.status)
    }
}

/// Whether a status key is a success (2xx) code or range.
pub fn is_success(status: &str) -> bool {
    status.starts_with('2')
}

#[derive(Debug, Clone)]
pub struct Header {
    pub at: Loc,
    pub name: String,
    pub required: bool,
    pub deprecated: bool,
    /// The schema (a node that accepts everything when there is none).
    pub schema: Id,
}

/// The template of a path with parameter names left out: `/orders/{id}` → `/orders/{}`.
pub fn path_key(template: &str) -> String {
    let mut out = String::with_capacity(template.len());
    let mut depth = 0;
    for c in template.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push('{');
                }
            }
            '}' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push('}');
                }
            }
            _ if depth > 0 => {}
            _ => out.push(c),
        }
    }
    out
}

/// The names of a template's parameters, in order.
pub fn template_names(template: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = template;
    while let Some(i) = rest.find('{') {
        let Some(j) = rest[i..].find('}') else { break };
        names.push(rest[i + 1..i + j].to_string());
        rest = &rest[i + j + 1..];
    }
    names
}

/// Reads the OpenAPI version of a document's `openapi` field.
pub fn spec_version(file: &SourceFile) -> Result<SpecVersion> {
    let v = file.value.get("openapi").and_then(Value::as_str).unwrap_or("");
    if v.starts_with("3.0") {
        Ok(SpecVersion::V30)
    } else if v.starts_with("3.1") || v.starts_with("3.2") {
        Ok(SpecVersion::V31)
    } else {
        Err(Error::schema(format!("OpenAPI {v} is not a version schemata reads"))
            .at(file.location("/openapi"))
            .with_hint("schemata reads OpenAPI 3.0.x and 3.1.x; Swagger 2.0 converts with swagger2openapi"))
    }
}

/// Loads the description whose root file is `file` (at `path` of `source`).
pub fn load(source: &dyn FileSource, path: &str, file: SourceFile) -> Result<Api> {
    let version = spec_version(&file)?;
    let mut warnings = Vec::new();
    if file
        .value
        .get("openapi")
        .and_then(Value::as_str)
        .is_some_and(|v| v.starts_with("3.2"))
    {
        warnings.push(format!(
            "{}: OpenAPI 3.2 is read as 3.1 (what 3.2 adds is not compared)",
            file.name
        ));
    }
    if !file.value.is_object() {
        return Err(Error::schema("an OpenAPI description is an object").at(file.location("")));
    }
    let (draft, dialect) = match version {
        SpecVersion::V30 => (Draft::Draft4, Dialect::OPENAPI_30),
        SpecVersion::V31 => {
            let draft = match file.value.get("jsonSchemaDialect") {
                None => Draft::Draft202012,
                Some(Value::String(uri)) => Draft::from_uri(uri).ok_or_else(|| {
                    Error::schema(format!("unknown jsonSchemaDialect \"{uri}\""))
                        .at(file.location("/jsonSchemaDialect"))
                        .with_hint(
                            "schemata reads the OpenAPI base dialect and JSON Schema drafts 4, 6, 7, 2019-09 and 2020-12",
                        )
                })?,
                Some(_) => {
                    return Err(Error::schema("\"jsonSchemaDialect\" must be a URI string")
                        .at(file.location("/jsonSchemaDialect")));
                }
            };
            (draft, Dialect::OPENAPI_31)
        }
    };
    let mut b = Builder {
        l: EmbeddedLoader::new(Some(source), path, file, draft, dialect),
    };
    for w in warnings {
        b.l.warn(w);
    }
    let root = b.l.value_rc(0);
    let top = Loc::new(0, "");
    let info = root.get("info").and_then(Value::as_object).map(|m| {
        let mut m = m.clone();
        m.remove("version");
        (top.child("info"), Value::Object(m))
    });
    let info_version = root
        .get("info")
        .and_then(|i| i.get("version"))
        .and_then(Value::as_str)
        .map(str::to_string);
    let servers = b.servers(&root, &top)?.unwrap_or_default();
    let security = b.security(&root, &top)?;
    let mut schemes = BTreeMap::new();
    if let Some(m) = root
        .get("components")
        .and_then(|c| c.get("securitySchemes"))
        .and_then(Value::as_object)
    {
        let at = top.child("components").child("securitySchemes");
        for name in m.keys() {
            if let Some(s) = b.security_scheme(&at.child(name))? {
                schemes.insert(name.clone(), s);
            }
        }
    }
    let mut paths = BTreeMap::new();
    if let Some(p) = root.get("paths") {
        let m = p.as_object().ok_or_else(|| {
            b.error(
                &top.child("paths"),
                "\"paths\" must be an object mapping templates to Path Items",
            )
        })?;
        for template in m.keys() {
            if template.starts_with("x-") {
                continue;
            }
            let item = b.path_item(&top.child("paths").child(template), template)?;
            let key = path_key(template);
            if let Some(item) = item {
                if let Some(first) = paths.get(&key) {
                    let first: &PathItem = first;
                    let w = format!(
                        "{}: path {template} is the same as {} (only parameter names differ); it is left out",
                        b.l.file_path(0),
                        first.template
                    );
                    b.l.warn(w);
                    continue;
                }
                paths.insert(key, item);
            }
        }
    }
    let mut webhooks = BTreeMap::new();
    if version >= SpecVersion::V31
        && let Some(m) = root.get("webhooks").and_then(Value::as_object)
    {
        for name in m.keys() {
            if let Some(item) = b.path_item(&top.child("webhooks").child(name), name)? {
                webhooks.insert(name.clone(), item);
            }
        }
    }
    drop(root);
    Ok(Api {
        graph: b.l.finish(),
        version,
        info_version,
        info,
        servers,
        security,
        schemes,
        paths,
        webhooks,
    })
}

struct Builder<'s> {
    l: EmbeddedLoader<'s>,
}

fn as_str(m: &Map<String, Value>, k: &str) -> Option<String> {
    m.get(k).and_then(Value::as_str).map(str::to_string)
}

fn as_bool(m: &Map<String, Value>, k: &str) -> Option<bool> {
    m.get(k).and_then(Value::as_bool)
}

impl Builder<'_> {
    fn error(&self, at: &Loc, message: &str) -> Error {
        self.l
            .error_at(at.file, &at.pointer, ErrorKind::Schema, message.to_string())
    }

    /// The object at `at`, after its `$ref`s: `None` when a reference leaves the registry.
    fn object(&mut self, at: &Loc, what: &str) -> Result<Option<(Loc, Rc<Value>)>> {
        let Some((file, pointer)) = follow(&mut self.l, at.file, &at.pointer)? else {
            return Ok(None);
        };
        let doc = self.l.value_rc(file);
        let loc = Loc { file, pointer };
        match pointer_get(&doc, &loc.pointer) {
            Some(Value::Object(_)) => Ok(Some((loc, doc))),
            Some(other) => Err(self.error(
                &loc,
                &format!(
                    "{what} must be an object, found {}",
                    crate::format::json_schema::schema::load::describe_value(other)
                ),
            )),
            None => Err(self.error(&loc, &format!("{what} is missing"))),
        }
    }

    fn servers(&mut self, holder: &Value, at: &Loc) -> Result<Option<Servers>> {
        let Some(v) = holder.get("servers") else {
            return Ok(None);
        };
        let at = at.child("servers");
        let list = v
            .as_array()
            .ok_or_else(|| self.error(&at, "\"servers\" must be an array of Server Objects"))?;
        let mut out = Vec::new();
        for (i, s) in list.iter().enumerate() {
            let sat = at.child(&i.to_string());
            let m = s
                .as_object()
                .ok_or_else(|| self.error(&sat, "a server must be an object with a \"url\""))?;
            let url = as_str(m, "url").ok_or_else(|| self.error(&sat, "a server needs a \"url\" string"))?;
            let mut variables = BTreeMap::new();
            if let Some(vars) = m.get("variables").and_then(Value::as_object) {
                for (name, var) in vars {
                    let vat = sat.child("variables").child(name);
                    let default = var.get("default").and_then(Value::as_str).map(str::to_string);
                    let values = var.get("enum").and_then(Value::as_array).map(|a| {
                        a.iter()
                            .filter_map(Value::as_str)
                            .map(str::to_string)
                            .collect::<Vec<_>>()
                    });
                    variables.insert(
                        name.clone(),
                        ServerVariable {
                            at: vat,
                            default,
                            values,
                        },
                    );
                }
            }
            out.push(Server {
                at: sat,
                url: url.trim_end_matches('/').to_string(),
                variables,
            });
        }
        Ok(Some(Servers {
            at: Some(at),
            list: out,
        }))
    }

    fn security(&mut self, holder: &Value, at: &Loc) -> Result<Option<Security>> {
        let Some(v) = holder.get("security") else {
            return Ok(None);
        };
        let at = at.child("security");
        let list = v
            .as_array()
            .ok_or_else(|| self.error(&at, "\"security\" must be an array of Security Requirement Objects"))?;
        let mut alternatives = Vec::new();
        for (i, r) in list.iter().enumerate() {
            let rat = at.child(&i.to_string());
            let m = r
                .as_object()
                .ok_or_else(|| self.error(&rat, "a security requirement must be an object (scheme name → scopes)"))?;
            let mut schemes = BTreeMap::new();
            for (name, scopes) in m {
                let scopes = scopes
                    .as_array()
                    .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
                    .unwrap_or_default();
                schemes.insert(name.clone(), scopes);
            }
            alternatives.push(Requirement { at: rat, schemes });
        }
        Ok(Some(Security { at, alternatives }))
    }

    fn security_scheme(&mut self, at: &Loc) -> Result<Option<SecurityScheme>> {
        let Some((loc, doc)) = self.object(at, "a security scheme")? else {
            return Ok(None);
        };
        let m = pointer_get(&doc, &loc.pointer)
            .and_then(Value::as_object)
            .expect("checked by object()");
        let mut flows = BTreeMap::new();
        if let Some(f) = m.get("flows").and_then(Value::as_object) {
            for (name, flow) in f {
                let Some(fm) = flow.as_object() else { continue };
                flows.insert(
                    name.clone(),
                    Flow {
                        at: loc.child("flows").child(name),
                        authorization_url: as_str(fm, "authorizationUrl"),
                        token_url: as_str(fm, "tokenUrl"),
                        refresh_url: as_str(fm, "refreshUrl"),
                        scopes: fm
                            .get("scopes")
                            .and_then(Value::as_object)
                            .map(|s| s.keys().cloned().collect())
                            .unwrap_or_default(),
                    },
                );
            }
        }
        Ok(Some(SecurityScheme {
            kind: as_str(m, "type").unwrap_or_default(),
            name: as_str(m, "name"),
            location: as_str(m, "in"),
            scheme: as_str(m, "scheme").map(|s| s.to_ascii_lowercase()),
            open_id_connect_url: as_str(m, "openIdConnectUrl"),
            flows,
            at: loc,
        }))
    }

    fn path_item(&mut self, at: &Loc, template: &str) -> Result<Option<PathItem>> {
        let Some((loc, doc)) = self.object(at, "a Path Item")? else {
            return Ok(None);
        };
        let m = pointer_get(&doc, &loc.pointer)
            .and_then(Value::as_object)
            .expect("checked by object()");
        let shared = self.parameters(m, &loc)?;
        let item_servers = self.servers(pointer_get(&doc, &loc.pointer).unwrap_or(&Value::Null), &loc)?;
        let mut operations = BTreeMap::new();
        for method in METHODS {
            if m.get(method).is_none() {
                continue;
            }
            let oat = loc.child(method);
            let Some(op) = m.get(method).and_then(Value::as_object) else {
                return Err(self.error(&oat, &format!("operation \"{method}\" must be an object")));
            };
            let mut parameters = shared.clone();
            parameters.extend(self.parameters(op, &oat)?);
            let request_body = match op.get("requestBody") {
                Some(_) => self.request_body(&oat.child("requestBody"))?,
                None => None,
            };
            let mut responses = BTreeMap::new();
            if let Some(r) = op.get("responses") {
                let rm = r
                    .as_object()
                    .ok_or_else(|| self.error(&oat.child("responses"), "\"responses\" must be an object"))?;
                for status in rm.keys() {
                    if status.starts_with("x-") {
                        continue;
                    }
                    let key = if status.eq_ignore_ascii_case("default") {
                        "default".to_string()
                    } else {
                        status.to_ascii_uppercase()
                    };
                    if let Some(resp) = self.response(&oat.child("responses").child(status), &key)? {
                        responses.insert(key, resp);
                    }
                }
            }
            let op_value = Value::Object(op.clone());
            let security = self.security(&op_value, &oat)?;
            let servers = match self.servers(&op_value, &oat)? {
                Some(s) => Some(s),
                None => item_servers.clone(),
            };
            let tags = op
                .get("tags")
                .and_then(Value::as_array)
                .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
                .unwrap_or_default();
            operations.insert(
                method,
                Operation {
                    at: oat,
                    method,
                    template: template.to_string(),
                    operation_id: as_str(op, "operationId"),
                    summary: as_str(op, "summary"),
                    description: as_str(op, "description"),
                    tags,
                    deprecated: as_bool(op, "deprecated").unwrap_or(false),
                    sunset: op.get("x-sunset").map(|v| match v {
                        Value::String(s) => s.clone(),
                        other => other.to_string(),
                    }),
                    parameters,
                    request_body,
                    responses,
                    security,
                    servers,
                },
            );
        }
        Ok(Some(PathItem {
            at: loc,
            template: template.to_string(),
            operations,
        }))
    }

    fn parameters(&mut self, holder: &Map<String, Value>, at: &Loc) -> Result<BTreeMap<ParamKey, Parameter>> {
        let mut out = BTreeMap::new();
        let Some(v) = holder.get("parameters") else {
            return Ok(out);
        };
        let at = at.child("parameters");
        let list = v
            .as_array()
            .ok_or_else(|| self.error(&at, "\"parameters\" must be an array of Parameter Objects"))?;
        for i in 0..list.len() {
            if let Some(p) = self.parameter(&at.child(&i.to_string()))? {
                // Accept, Content-Type and Authorization headers are described elsewhere and
                // ignored as parameters (OpenAPI 3.x, Parameter Object).
                if p.location == In::Header
                    && matches!(
                        p.name.to_ascii_lowercase().as_str(),
                        "accept" | "content-type" | "authorization"
                    )
                {
                    continue;
                }
                let key = ParamKey {
                    location: p.location,
                    name: if p.location == In::Header {
                        p.name.to_ascii_lowercase()
                    } else {
                        p.name.clone()
                    },
                };
                out.insert(key, p);
            }
        }
        Ok(out)
    }

    fn parameter(&mut self, at: &Loc) -> Result<Option<Parameter>> {
        let Some((loc, doc)) = self.object(at, "a Parameter")? else {
            return Ok(None);
        };
        let m = pointer_get(&doc, &loc.pointer)
            .and_then(Value::as_object)
            .expect("checked by object()");
        let name = as_str(m, "name").ok_or_else(|| self.error(&loc, "a parameter needs a \"name\""))?;
        let location = m
            .get("in")
            .and_then(Value::as_str)
            .and_then(In::parse)
            .ok_or_else(|| self.error(&loc, "a parameter needs \"in\": path, query, header or cookie"))?;
        let style = as_str(m, "style").unwrap_or_else(|| {
            match location {
                In::Query | In::Cookie => "form",
                In::Path | In::Header => "simple",
            }
            .to_string()
        });
        let explode = as_bool(m, "explode").unwrap_or(style == "form");
        let (mut schema, mut schema_at, mut content_type) = (None, None, None);
        if m.contains_key("schema") {
            let sat = loc.child("schema");
            schema = Some(self.l.schema(sat.file, &sat.pointer)?);
            schema_at = Some(sat);
        } else if let Some((media, _)) = m
            .get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.iter().next())
        {
            let mat = loc.child("content").child(media);
            content_type = Some(media.to_ascii_lowercase());
            if pointer_get(&doc, &mat.pointer).and_then(|v| v.get("schema")).is_some() {
                let sat = mat.child("schema");
                schema = Some(self.l.schema(sat.file, &sat.pointer)?);
                schema_at = Some(sat);
            }
        }
        let schema = match schema {
            Some(id) => id,
            None => self.l.any(loc.file, &loc.pointer),
        };
        let default = schema_at
            .as_ref()
            .and_then(|s| pointer_get(&doc, &s.pointer))
            .and_then(|s| s.get("default"))
            .cloned();
        Ok(Some(Parameter {
            required: location == In::Path || as_bool(m, "required").unwrap_or(false),
            deprecated: as_bool(m, "deprecated").unwrap_or(false),
            style,
            explode,
            allow_empty_value: as_bool(m, "allowEmptyValue").unwrap_or(false),
            allow_reserved: as_bool(m, "allowReserved").unwrap_or(false),
            schema,
            schema_at,
            content_type,
            default,
            name,
            location,
            at: loc,
        }))
    }

    fn request_body(&mut self, at: &Loc) -> Result<Option<RequestBody>> {
        let Some((loc, doc)) = self.object(at, "a Request Body")? else {
            return Ok(None);
        };
        let m = pointer_get(&doc, &loc.pointer)
            .and_then(Value::as_object)
            .expect("checked by object()");
        let required = as_bool(m, "required").unwrap_or(false);
        let content = self.content(m, &loc)?;
        Ok(Some(RequestBody {
            at: loc,
            required,
            content,
        }))
    }

    fn content(&mut self, holder: &Map<String, Value>, at: &Loc) -> Result<BTreeMap<String, MediaType>> {
        let mut out = BTreeMap::new();
        let Some(v) = holder.get("content") else { return Ok(out) };
        let cat = at.child("content");
        let m = v
            .as_object()
            .ok_or_else(|| self.error(&cat, "\"content\" must map media types to Media Type Objects"))?;
        for (name, media) in m {
            let mat = cat.child(name);
            let Some(mm) = media.as_object() else {
                return Err(self.error(&mat, "a Media Type Object must be an object"));
            };
            let (schema, has_schema) = if mm.contains_key("schema") {
                let sat = mat.child("schema");
                (self.l.schema(sat.file, &sat.pointer)?, true)
            } else {
                (self.l.any(mat.file, &mat.pointer), false)
            };
            let mut encoding = BTreeMap::new();
            if let Some(e) = mm.get("encoding").and_then(Value::as_object) {
                for (prop, enc) in e {
                    let Some(em) = enc.as_object() else { continue };
                    encoding.insert(
                        prop.clone(),
                        Encoding {
                            at: mat.child("encoding").child(prop),
                            content_type: as_str(em, "contentType"),
                            style: as_str(em, "style"),
                            explode: as_bool(em, "explode"),
                            allow_reserved: as_bool(em, "allowReserved").unwrap_or(false),
                        },
                    );
                }
            }
            out.insert(
                name.to_ascii_lowercase(),
                MediaType {
                    at: mat,
                    name: name.clone(),
                    schema,
                    has_schema,
                    encoding,
                },
            );
        }
        Ok(out)
    }

    fn response(&mut self, at: &Loc, status: &str) -> Result<Option<Response>> {
        let Some((loc, doc)) = self.object(at, "a Response")? else {
            return Ok(None);
        };
        let m = pointer_get(&doc, &loc.pointer)
            .and_then(Value::as_object)
            .expect("checked by object()")
            .clone();
        let content = self.content(&m, &loc)?;
        let mut headers = BTreeMap::new();
        if let Some(h) = m.get("headers").and_then(Value::as_object) {
            for name in h.keys() {
                // Content-Type is described by `content` (OpenAPI 3.x, Response Object).
                if name.eq_ignore_ascii_case("content-type") {
                    continue;
                }
                if let Some(header) = self.header(&loc.child("headers").child(name), name)? {
                    headers.insert(name.to_ascii_lowercase(), header);
                }
            }
        }
        Ok(Some(Response {
            at: loc,
            status: status.to_string(),
            content,
            headers,
        }))
    }

    fn header(&mut self, at: &Loc, name: &str) -> Result<Option<Header>> {
        let Some((loc, doc)) = self.object(at, "a Header")? else {
            return Ok(None);
        };
        let m = pointer_get(&doc, &loc.pointer)
            .and_then(Value::as_object)
            .expect("checked by object()");
        let schema = if m.contains_key("schema") {
            let sat = loc.child("schema");
            Some(self.l.schema(sat.file, &sat.pointer)?)
        } else if let Some((media, mv)) = m
            .get("content")
            .and_then(Value::as_object)
            .and_then(|c| c.iter().next())
        {
            if mv.get("schema").is_some() {
                let sat = loc.child("content").child(media).child("schema");
                Some(self.l.schema(sat.file, &sat.pointer)?)
            } else {
                None
            }
        } else {
            None
        };
        let schema = match schema {
            Some(id) => id,
            None => self.l.any(loc.file, &loc.pointer),
        };
        Ok(Some(Header {
            name: name.to_string(),
            required: as_bool(m, "required").unwrap_or(false),
            deprecated: as_bool(m, "deprecated").unwrap_or(false),
            schema,
            at: loc,
        }))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::MemorySource;

    fn load_text(text: &str, others: &[(&str, &str)]) -> Result<Api> {
        let mut source = MemorySource::default();
        for (p, t) in others {
            source.files.insert(p.to_string(), t.to_string());
        }
        let file = SourceFile::parse("api.yaml", text.to_string())?;
        load(&source, "api.yaml", file)
    }

    const ORDERS: &str = r#"openapi: 3.0.3
info: {title: Orders, version: 1.2.0}
servers: [{url: "https://api.example.com/v1/"}]
security: [{oauth: [orders:read]}]
paths:
  /orders/{orderId}:
    parameters:
      - {name: orderId, in: path, required: true, schema: {type: string}}
      - $ref: '#/components/parameters/Trace'
    get:
      operationId: getOrder
      deprecated: true
      x-sunset: "2030-01-01"
      parameters:
        - {name: expand, in: query, schema: {type: boolean, default: false}}
        - {name: Accept, in: header, schema: {type: string}}
      responses:
        "200":
          $ref: 'responses.yaml#/Order'
        4xx: {description: error}
components:
  parameters:
    Trace: {name: X-Trace, in: header, schema: {type: string}}
  securitySchemes:
    oauth:
      type: oauth2
      flows: {clientCredentials: {tokenUrl: "https://auth.example.com/token", scopes: {"orders:read": read}}}
"#;
    const RESPONSES: &str = "Order:\n  description: an order\n  headers: {X-Rate: {schema: {type: integer}, required: true}}\n  content: {application/json: {schema: {$ref: 'schemas.yaml#/Order'}}}\n";
    const SCHEMAS: &str = "Order: {type: object, properties: {id: {type: string}}}\n";

    #[test]
    fn the_model_holds_what_the_diff_compares() {
        let api = load_text(ORDERS, &[("responses.yaml", RESPONSES), ("schemas.yaml", SCHEMAS)]).unwrap();
        assert_eq!(api.version, SpecVersion::V30);
        assert_eq!(api.info_version.as_deref(), Some("1.2.0"));
        assert_eq!(api.servers.list[0].url, "https://api.example.com/v1");
        let item = &api.paths["/orders/{}"];
        let op = &item.operations["get"];
        assert_eq!(op.label(), "GET /orders/{orderId}");
        assert!(op.deprecated);
        assert_eq!(op.sunset.as_deref(), Some("2030-01-01"));
        let keys: Vec<String> = op
            .parameters
            .keys()
            .map(|k| format!("{} {}", k.location.name(), k.name))
            .collect();
        assert_eq!(keys, vec!["path orderId", "query expand", "header x-trace"]);
        assert!(op.parameters.values().next().unwrap().required);
        let expand = &op.parameters[&ParamKey {
            location: In::Query,
            name: "expand".into(),
        }];
        assert_eq!((expand.style.as_str(), expand.explode), ("form", true));
        assert_eq!(expand.default, Some(Value::Bool(false)));
        let ok = &op.responses["200"];
        assert_eq!(ok.at.file, 1, "the response is read from responses.yaml");
        assert!(ok.headers["x-rate"].required);
        assert!(op.responses.contains_key("4XX"));
        let body = ok.content["application/json"].schema;
        assert!(api.graph.obj(body).unwrap().properties.contains_key("id"));
        assert_eq!(api.graph.file_paths, vec!["api.yaml", "responses.yaml", "schemas.yaml"]);
        assert_eq!(api.schemes["oauth"].flows["clientCredentials"].scopes.len(), 1);
        assert!(!api.security.as_ref().unwrap().allows_anonymous());
    }

    #[test]
    fn a_remote_reference_is_reported_not_read() {
        let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {$ref: 'https://example.com/r.yaml#/ok'}\n";
        let api = load_text(text, &[]).unwrap();
        assert!(api.paths["/a"].operations["get"].responses.is_empty());
        assert_eq!(api.graph.external_refs.len(), 1);
        assert_eq!(api.graph.external_refs[0].1, "https://example.com/r.yaml#/ok");
    }

    #[test]
    fn a_reference_outside_the_registry_is_reported() {
        let text = "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths:\n  /a: {$ref: '../../etc/paths.yaml#/a'}\n";
        let api = load_text(text, &[]).unwrap();
        assert!(api.paths.is_empty());
        assert_eq!(api.graph.external_refs.len(), 1);
    }

    #[test]
    fn broken_structure_is_an_error_with_a_place() {
        let text = "openapi: 3.0.0\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      parameters:\n        - {in: query}\n";
        let e = load_text(text, &[]).unwrap_err();
        assert!(e.message.contains("needs a \"name\""), "{e}");
        assert_eq!(e.location.as_ref().map(|l| l.line), Some(7));
        let e = load_text("openapi: 2.5.0\n", &[]).unwrap_err();
        assert!(e.message.contains("not a version schemata reads"), "{e}");
        let e = load_text("openapi: 3.0.0\npaths:\n  /a: {$ref: 'missing.yaml'}\n", &[]).unwrap_err();
        assert!(e.message.contains("does not exist"), "{e}");
    }

    #[test]
    fn path_keys_ignore_parameter_names() {
        assert_eq!(path_key("/a/{id}/b/{x}"), "/a/{}/b/{}");
        assert_eq!(template_names("/a/{id}/b/{x}"), vec!["id", "x"]);
    }
}
