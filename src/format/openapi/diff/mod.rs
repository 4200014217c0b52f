//! The OpenAPI diff: two loaded descriptions in, classified changes out.
//!
//! Three layers, as for JSON Schema: the walker here pairs the elements of the two versions
//! once (paths by template with parameter names aside, operations by method, parameters by
//! location and name — path parameters by position —, responses by status or by the range
//! that covers it, media types, headers, security schemes by name); each file of [`rules`]
//! decides about one kind of change at one kind of pair ([`rule::Check`]); and the embedded
//! schemas of paired positions go through the JSON Schema engine with their direction
//! ([`crate::format::api::diff_uses`]): parameters and request bodies as read by the server,
//! responses and their headers as written by it (webhooks the other way round).
//!
//! The effect of a native change is the API's: `narrows` when something old clients relied
//! on no longer holds (an operation gone, a parameter now required, a response they expected
//! no longer sent), `widens` when the API offers more than before, `reshapes` both.

pub mod rule;
pub mod rules;

use crate::change::{Change, DiffReport, Direction, Options, Place};
use crate::format::api::{SchemaUse, diff_uses};
use crate::format::openapi::model::{
    Api, Header, In, Loc, MediaType, Operation, ParamKey, Parameter, PathItem, Response, Security, Servers,
    template_names,
};
use rule::{Check, OpenApiRule};
use std::collections::BTreeMap;

/// The two versions of one element.
pub struct Both<'a, T> {
    pub old: &'a T,
    pub new: &'a T,
}

/// An operation present in both versions, with its elements paired.
pub struct OpPair<'a> {
    pub old: &'a Operation,
    pub new: &'a Operation,
    /// `GET /orders/{id}` (the new template).
    pub label: String,
    /// Parameters paired (path parameters by position); one side `None` when added or removed.
    pub parameters: Vec<(Option<&'a Parameter>, Option<&'a Parameter>)>,
    /// Responses paired by status, or with the range that covers a status on the other side.
    pub responses: Vec<(&'a Response, &'a Response)>,
    /// Responses the new version added, and those it removed (no status or range covers them).
    pub added_responses: Vec<&'a Response>,
    pub removed_responses: Vec<&'a Response>,
    /// The security that applies: the operation's own, else the top-level one.
    pub old_security: Option<&'a Security>,
    pub new_security: Option<&'a Security>,
}

/// What the rules see and report through.
pub struct Cx<'a> {
    pub old: &'a Api,
    pub new: &'a Api,
    /// Today, as days since 1970-01-01 (`SCHEMATA_TODAY=YYYY-MM-DD` sets it), for `x-sunset`.
    pub today: i64,
    changes: Vec<Change>,
}

impl Cx<'_> {
    /// Reports a change of `rule`, at `old` and/or `new`; `at` is its place in the API's words
    /// (`DELETE /orders/{id}`, `GET /orders query limit`), the change's instance path.
    pub fn emit(
        &mut self,
        rule: &'static OpenApiRule,
        old: Option<&Loc>,
        new: Option<&Loc>,
        at: String,
        message: String,
    ) {
        self.changes.push(Change {
            rule: rule.id,
            effect: rule.effect,
            breaking: false,
            instance_path: at,
            old: old.map(|l| place(self.old, l)),
            new: new.map(|l| place(self.new, l)),
            message,
            witness: None,
            content_model: false,
        });
    }
}

/// The file:line:column of a place of a description.
pub fn place(api: &Api, loc: &Loc) -> Place {
    let file = &api.graph.files[loc.file as usize];
    let pos = file.nearest_position(&loc.pointer);
    Place {
        file: file.name.clone(),
        pointer: loc.pointer.clone(),
        line: pos.line,
        column: pos.column,
    }
}

/// Today as days since 1970-01-01: `SCHEMATA_TODAY` (`YYYY-MM-DD`) when set, else the clock.
pub fn today() -> i64 {
    std::env::var("SCHEMATA_TODAY")
        .ok()
        .and_then(|d| crate::registry::config::parse_date(&d))
        .unwrap_or_else(crate::registry::gate::today)
}

/// Compares two versions of a description.
pub fn diff(old: &mut Api, new: &mut Api, options: &Options) -> DiffReport {
    let (changes, uses) = {
        let mut cx = Cx {
            old,
            new,
            today: today(),
            changes: Vec::new(),
        };
        let mut uses = Vec::new();
        walk(&mut cx, &mut uses);
        (cx.changes, uses)
    };
    let mut changes = changes;
    // A changed parameter default is reported once, by the native rule that says what it means
    // for requests, not again as the schema's `default-changed` annotation.
    let defaults: Vec<String> = changes
        .iter()
        .filter(|c| c.rule == rules::optional_parameter_default_changed::RULE.id)
        .map(|c| c.instance_path.clone())
        .collect();
    changes.extend(
        diff_uses(&mut old.graph, &mut new.graph, &uses, options, true)
            .into_iter()
            .filter(|c| !(c.rule == "default-changed" && defaults.contains(&c.instance_path))),
    );
    let mut external_refs = Vec::new();
    let mut warnings = Vec::new();
    for g in [&old.graph, &new.graph] {
        for (origin, _) in &g.external_refs {
            let p = crate::format::json_schema::diff::engine::place(g, origin);
            if !external_refs.contains(&p) {
                external_refs.push(p);
            }
        }
        for w in &g.warnings {
            if !warnings.contains(w) {
                warnings.push(w.clone());
            }
        }
    }
    DiffReport::from_changes(changes, options, external_refs, warnings)
}

fn rules_of(kind: fn(&Check) -> bool) -> impl Iterator<Item = &'static OpenApiRule> {
    rules::ALL.iter().copied().filter(move |r| kind(&r.check))
}

/// Pairs the two descriptions and runs every rule at every pair; collects the schema uses.
fn walk(cx: &mut Cx, uses: &mut Vec<SchemaUse>) {
    for r in rules::ALL {
        if let Check::Document(f) = r.check {
            f(cx);
        }
    }
    let (old, new) = (cx.old, cx.new);
    for (name, n) in &new.schemes {
        if let Some(o) = old.schemes.get(name) {
            let both = Both { old: o, new: n };
            for r in rules::ALL {
                if let Check::SecurityScheme(f) = r.check {
                    f(cx, name, &both);
                }
            }
        }
    }
    for (key, n) in &new.paths {
        let Some(o) = old.paths.get(key) else { continue };
        let both = Both { old: o, new: n };
        for r in rules::ALL {
            if let Check::Path(f) = r.check {
                f(cx, &both);
            }
        }
        for (method, nop) in &n.operations {
            let Some(oop) = o.operations.get(method) else { continue };
            let pair = pair_operation(old, new, oop, nop);
            operation(cx, &pair, uses, false);
        }
    }
    for (name, n) in &new.webhooks {
        let Some(o) = old.webhooks.get(name) else { continue };
        for (method, nop) in &n.operations {
            let Some(oop) = o.operations.get(method) else { continue };
            let mut pair = pair_operation(old, new, oop, nop);
            pair.label = format!("webhook `{name}` {}", method.to_ascii_uppercase());
            operation(cx, &pair, uses, true);
        }
    }
}

/// The rules and schema uses of one operation pair. A webhook's request is sent by the API
/// and its response read by it, so its schemas go the other way, and the native rules (which
/// speak of clients calling the API) are not run on it.
fn operation(cx: &mut Cx, pair: &OpPair, uses: &mut Vec<SchemaUse>, webhook: bool) {
    let (request, response) = if webhook {
        (Direction::Response, Direction::Request)
    } else {
        (Direction::Request, Direction::Response)
    };
    if !webhook {
        for r in rules_of(|c| matches!(c, Check::Operation(_))) {
            if let Check::Operation(f) = r.check {
                f(cx, pair);
            }
        }
    }
    let actor = format!("`{}`", pair.label);
    for (o, n) in &pair.parameters {
        let (Some(o), Some(n)) = (o, n) else { continue };
        let both = Both { old: *o, new: *n };
        if !webhook {
            for r in rules::ALL {
                if let Check::Parameter(f) = r.check {
                    f(cx, pair, &both);
                }
            }
        }
        let what = format!("{} parameter `{}`", n.location.name(), n.name);
        uses.push(SchemaUse {
            old: o.schema,
            new: n.schema,
            direction: request,
            place: format!("`{}` {what}", pair.label),
            instance_prefix: format!("{} {} {}", pair.label, n.location.name(), n.name),
            actor: actor.clone(),
            what: format!("this value of {what}"),
        });
    }
    if let (Some(ob), Some(nb)) = (&pair.old.request_body, &pair.new.request_body) {
        let both = Both { old: ob, new: nb };
        if !webhook {
            for r in rules::ALL {
                if let Check::RequestBody(f) = r.check {
                    f(cx, pair, &both);
                }
            }
        }
        for (media, nm) in &nb.content {
            let Some(om) = ob.content.get(media) else { continue };
            if !webhook {
                let mboth = Both { old: om, new: nm };
                for r in rules::ALL {
                    if let Check::RequestMediaType(f) = r.check {
                        f(cx, pair, &mboth);
                    }
                }
            }
            uses.push(body_use(pair, om, nm, request, "request", &actor));
        }
    }
    for (o, n) in &pair.responses {
        let both = Both { old: *o, new: *n };
        if !webhook {
            for r in rules::ALL {
                if let Check::Response(f) = r.check {
                    f(cx, pair, &both);
                }
            }
        }
        for (media, nm) in &n.content {
            let Some(om) = o.content.get(media) else { continue };
            uses.push(body_use(pair, om, nm, response, &n.status, &actor));
        }
        for (name, nh) in &n.headers {
            let Some(oh) = o.headers.get(name) else { continue };
            if !webhook {
                let hboth = Both { old: oh, new: nh };
                for r in rules::ALL {
                    if let Check::Header(f) = r.check {
                        f(cx, pair, &both, &hboth);
                    }
                }
            }
            uses.push(header_use(pair, &n.status, oh, nh, response, &actor));
        }
    }
}

fn body_use(pair: &OpPair, o: &MediaType, n: &MediaType, direction: Direction, part: &str, actor: &str) -> SchemaUse {
    let (place, what) = if part == "request" {
        (
            format!("`{}` request body ({})", pair.label, n.name),
            format!("this body ({})", n.name),
        )
    } else {
        (
            format!("`{}` response {part} ({})", pair.label, n.name),
            format!("this {part} body ({})", n.name),
        )
    };
    SchemaUse {
        old: o.schema,
        new: n.schema,
        direction,
        place,
        instance_prefix: format!("{} {part} {}", pair.label, n.name),
        actor: actor.to_string(),
        what,
    }
}

fn header_use(pair: &OpPair, status: &str, o: &Header, n: &Header, direction: Direction, actor: &str) -> SchemaUse {
    SchemaUse {
        old: o.schema,
        new: n.schema,
        direction,
        place: format!("`{}` response {status} header `{}`", pair.label, n.name),
        instance_prefix: format!("{} {status} header {}", pair.label, n.name),
        actor: actor.to_string(),
        what: format!("this value of header `{}` ({status})", n.name),
    }
}

/// Pairs the elements of an operation present in both versions.
fn pair_operation<'a>(old: &'a Api, new: &'a Api, o: &'a Operation, n: &'a Operation) -> OpPair<'a> {
    // Path parameters pair by their position in the template (their names are not on the wire).
    let (on, nn) = (template_names(&o.template), template_names(&n.template));
    let renamed: BTreeMap<&str, &str> = on.iter().zip(&nn).map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let old_key = |k: &ParamKey| -> ParamKey {
        match (k.location, renamed.get(k.name.as_str())) {
            (In::Path, Some(n)) => ParamKey {
                location: In::Path,
                name: (*n).to_string(),
            },
            _ => k.clone(),
        }
    };
    let old_params: BTreeMap<ParamKey, &Parameter> = o.parameters.iter().map(|(k, p)| (old_key(k), p)).collect();
    let mut parameters: Vec<(Option<&Parameter>, Option<&Parameter>)> = Vec::new();
    for (k, p) in &n.parameters {
        parameters.push((old_params.get(k).copied(), Some(p)));
    }
    for (k, p) in &old_params {
        if !n.parameters.contains_key(k) {
            parameters.push((Some(*p), None));
        }
    }
    // Responses: by status; else a code with the range that covers it on the other side.
    let range = |s: &str| {
        let c = s.chars().next().unwrap_or('x');
        format!("{c}XX")
    };
    let mut responses = Vec::new();
    let (mut added, mut removed) = (Vec::new(), Vec::new());
    for (status, nr) in &n.responses {
        if let Some(or) = o.responses.get(status) {
            responses.push((or, nr));
        } else if let Some(or) = o.responses.get(&range(status)).filter(|_| status.len() == 3) {
            responses.push((or, nr));
        } else {
            added.push(nr);
        }
    }
    for (status, or) in &o.responses {
        if n.responses.contains_key(status) {
            continue;
        }
        if let Some(nr) = n.responses.get(&range(status)).filter(|_| status.len() == 3) {
            if !responses
                .iter()
                .any(|(a, b)| std::ptr::eq(*a, or) && std::ptr::eq(*b, nr))
            {
                responses.push((or, nr));
            }
        } else if !(status.ends_with("XX") && n.responses.keys().any(|s| s.len() == 3 && range(s) == *status)) {
            removed.push(or);
        }
    }
    OpPair {
        old: o,
        new: n,
        label: n.label(),
        parameters,
        responses,
        added_responses: added,
        removed_responses: removed,
        old_security: o.security.as_ref().or(old.security.as_ref()),
        new_security: n.security.as_ref().or(new.security.as_ref()),
    }
}

/// Helpers the rules share.
pub mod support {
    use super::*;

    /// How an operation left the API, by the deprecation policy: announced with
    /// `deprecated: true` and past its `x-sunset` date (if any), or not.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub enum Removal {
        /// Deprecated first, and its sunset (if any) has passed.
        Sanctioned,
        /// Never marked deprecated.
        NotDeprecated,
        /// Deprecated, but its `x-sunset` date has not come yet.
        BeforeSunset,
    }

    /// How removing `op` stands against the deprecation policy on day `today`.
    pub fn removal(op: &Operation, today: i64) -> Removal {
        if !op.deprecated {
            return Removal::NotDeprecated;
        }
        match op.sunset.as_deref().and_then(crate::registry::config::parse_date) {
            Some(date) if date > today => Removal::BeforeSunset,
            _ => Removal::Sanctioned,
        }
    }

    /// How a path's removal stands: the worst of its operations'.
    pub fn path_removal(item: &PathItem, today: i64) -> Removal {
        let all: Vec<Removal> = item.operations.values().map(|op| removal(op, today)).collect();
        if all.contains(&Removal::NotDeprecated) {
            Removal::NotDeprecated
        } else if all.contains(&Removal::BeforeSunset) {
            Removal::BeforeSunset
        } else {
            Removal::Sanctioned
        }
    }

    /// The methods of a path item, as `GET, POST`.
    pub fn methods(item: &PathItem) -> String {
        let m: Vec<String> = item.operations.keys().map(|m| m.to_ascii_uppercase()).collect();
        if m.is_empty() {
            "no operation".to_string()
        } else {
            m.join(", ")
        }
    }

    /// Operations only one side has, for paths both have: (old, new) with one side `None`.
    pub fn unpaired_operations<'a>(
        o: &'a PathItem,
        n: &'a PathItem,
    ) -> impl Iterator<Item = (Option<&'a Operation>, Option<&'a Operation>)> {
        let added = n
            .operations
            .iter()
            .filter(|(m, _)| !o.operations.contains_key(*m))
            .map(|(_, op)| (None, Some(op)));
        let removed = o
            .operations
            .iter()
            .filter(|(m, _)| !n.operations.contains_key(*m))
            .map(|(_, op)| (Some(op), None));
        added.chain(removed)
    }

    /// The first letter in upper case.
    pub fn capitalize(s: &str) -> String {
        let mut c = s.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        }
    }

    /// "status 202", "the 4XX range", "a default response".
    pub fn describe_status(status: &str) -> String {
        if status == "default" {
            "a default response".to_string()
        } else if status.ends_with("XX") {
            format!("the {status} range")
        } else {
            format!("status {status}")
        }
    }

    /// `GET /orders query limit`.
    pub fn param_at(pair: &OpPair, p: &Parameter) -> String {
        format!("{} {} {}", pair.label, p.location.name(), p.name)
    }

    /// "query parameter `limit`".
    pub fn param_name(p: &Parameter) -> String {
        format!("{} parameter `{}`", p.location.name(), p.name)
    }

    /// Security alternatives paired by the set of schemes they name.
    pub fn pair_alternatives<'a>(
        o: &'a Security,
        n: &'a Security,
    ) -> (
        Vec<(
            &'a crate::format::openapi::model::Requirement,
            &'a crate::format::openapi::model::Requirement,
        )>,
        Vec<&'a crate::format::openapi::model::Requirement>,
        Vec<&'a crate::format::openapi::model::Requirement>,
    ) {
        let key = |r: &crate::format::openapi::model::Requirement| r.schemes.keys().cloned().collect::<Vec<_>>();
        let mut paired = Vec::new();
        let mut added = Vec::new();
        for nr in &n.alternatives {
            match o.alternatives.iter().find(|or| key(or) == key(nr)) {
                Some(or) => paired.push((or, nr)),
                None => added.push(nr),
            }
        }
        let removed = o
            .alternatives
            .iter()
            .filter(|or| !n.alternatives.iter().any(|nr| key(nr) == key(or)))
            .collect();
        (paired, added, removed)
    }

    /// "`oauth` (orders:read)" for a requirement.
    pub fn describe_requirement(r: &crate::format::openapi::model::Requirement) -> String {
        if r.schemes.is_empty() {
            return "anonymous access".to_string();
        }
        r.schemes
            .iter()
            .map(|(s, scopes)| {
                if scopes.is_empty() {
                    format!("`{s}`")
                } else {
                    format!("`{s}` ({})", scopes.iter().cloned().collect::<Vec<_>>().join(", "))
                }
            })
            .collect::<Vec<_>>()
            .join(" + ")
    }

    /// Effective security to compare: the top-level `security` once (for every operation that
    /// inherits it), and each operation present in both versions that sets its own in either.
    pub struct SecurityPair<'a> {
        /// Who the change concerns, in a sentence: "`GET /orders`", or "Operations that use
        /// the top-level security".
        pub whom: String,
        /// The change's instance path: `security`, `GET /orders security`.
        pub at: String,
        pub old: Option<&'a Security>,
        pub new: Option<&'a Security>,
        /// Where to point when a side has no `security` (the operation, or the document).
        pub old_loc: Loc,
        pub new_loc: Loc,
    }

    impl SecurityPair<'_> {
        pub fn old_at(&self) -> &Loc {
            self.old.map_or(&self.old_loc, |s| &s.at)
        }
        pub fn new_at(&self) -> &Loc {
            self.new.map_or(&self.new_loc, |s| &s.at)
        }
    }

    pub fn security_pairs<'a>(old: &'a Api, new: &'a Api) -> Vec<SecurityPair<'a>> {
        let top = Loc {
            file: 0,
            pointer: String::new(),
        };
        let mut out = vec![SecurityPair {
            whom: "Operations that use the top-level security".into(),
            at: "security".into(),
            old: old.security.as_ref(),
            new: new.security.as_ref(),
            old_loc: top.clone(),
            new_loc: top,
        }];
        for (o, n) in operation_pairs(old, new) {
            if o.security.is_none() && n.security.is_none() {
                continue;
            }
            out.push(SecurityPair {
                whom: format!("`{}`", n.label()),
                at: format!("{} security", n.label()),
                old: o.security.as_ref().or(old.security.as_ref()),
                new: n.security.as_ref().or(new.security.as_ref()),
                old_loc: o.at.clone(),
                new_loc: n.at.clone(),
            });
        }
        out
    }

    /// Server lists to compare: the top-level one, and each operation present in both versions
    /// whose servers (its own or its path's) either version sets.
    pub struct ServersPair<'a> {
        /// " for `GET /orders`", or empty for the top level.
        pub whom: String,
        pub old: &'a Servers,
        pub new: &'a Servers,
    }

    pub fn server_pairs<'a>(old: &'a Api, new: &'a Api) -> Vec<ServersPair<'a>> {
        let mut out = vec![ServersPair {
            whom: String::new(),
            old: &old.servers,
            new: &new.servers,
        }];
        for (o, n) in operation_pairs(old, new) {
            if o.servers.is_none() && n.servers.is_none() {
                continue;
            }
            out.push(ServersPair {
                whom: format!(" for `{}`", n.label()),
                old: o.servers.as_ref().unwrap_or(&old.servers),
                new: n.servers.as_ref().unwrap_or(&new.servers),
            });
        }
        out
    }

    /// Every operation present in both versions (paths paired by template), old first.
    pub fn operation_pairs<'a>(old: &'a Api, new: &'a Api) -> Vec<(&'a Operation, &'a Operation)> {
        let mut out = Vec::new();
        for (key, n) in &new.paths {
            let Some(o) = old.paths.get(key) else { continue };
            for (m, nop) in &n.operations {
                if let Some(oop) = o.operations.get(m) {
                    out.push((oop, nop));
                }
            }
        }
        out
    }

    /// The servers of a list by URL.
    pub fn by_url(s: &Servers) -> BTreeMap<&str, &crate::format::openapi::model::Server> {
        s.list.iter().map(|x| (x.url.as_str(), x)).collect()
    }
}
