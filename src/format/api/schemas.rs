//! Embedded schemas compared with a direction: the JSON Schema engine's findings, with the
//! effect flipped for what the server writes and witnesses that speak the API's language.

use super::project::Projector;
use crate::change::{Change, Direction, Effect, Options, Side, Witness};
use crate::format::json_schema::diff::engine::{RootFinding, run_roots};
use crate::format::json_schema::schema::export::{to_document, to_document_without};
use crate::format::json_schema::schema::{Graph, Id};
use crate::format::json_schema::witness::{SchemaDocs, WitnessBuilder};
use serde_json::Value;
use std::collections::HashMap;

/// At most this many witnesses are built per diff (breaking changes first), as for JSON Schema.
const WITNESS_BUDGET: usize = 64;

/// One position of an API description that holds a schema in both versions, and how to speak
/// of it.
#[derive(Debug, Clone)]
pub struct SchemaUse {
    /// The schema's node in the old graph, and in the new one.
    pub old: Id,
    pub new: Id,
    /// Who reads the data there: [`Direction::is_read`] for what the server (application)
    /// reads, else it writes it.
    pub direction: Direction,
    /// The position in the API's words, put before each change's message:
    /// "`POST /orders` request body (application/json)".
    pub place: String,
    /// Put before each change's instance path (with a space): "POST /orders request application/json".
    pub instance_prefix: String,
    /// Who sends or answers the data, in witness sentences: "`POST /orders`".
    pub actor: String,
    /// What the witness document is, in witness sentences: "this body", "this value of query
    /// parameter `limit`".
    pub what: String,
}

/// The effect of an embedded schema's change on the API: as is for what the server reads,
/// flipped for what it writes (a response that widens breaks old clients, like a request that
/// narrows).
pub fn effect_for(direction: Direction, effect: Effect) -> Effect {
    if direction.is_read() { effect } else { effect.flip() }
}

/// The witness sentence for a document that the `accepted_by` version of the schema accepts
/// and the other rejects.
pub fn describe_witness(direction: Direction, actor: &str, what: &str, accepted_by: Side) -> String {
    match (direction, accepted_by) {
        (Direction::Request, Side::Old) => format!("{actor} with {what} was accepted and is now rejected"),
        (Direction::Request, Side::New) => format!("{actor} with {what} was rejected and is now accepted"),
        (Direction::Response, Side::New) => format!("{actor} may now answer {what}, which old clients reject"),
        (Direction::Response, Side::Old) => {
            format!("{actor} could answer {what}, which clients built for the new version reject")
        }
        (Direction::Receive, Side::Old) => format!("{actor}: {what} was accepted and is now rejected"),
        (Direction::Receive, Side::New) => format!("{actor}: {what} was rejected and is now accepted"),
        (Direction::Send, Side::New) => format!("{actor} may now send {what}, which old subscribers reject"),
        (Direction::Send, Side::Old) => {
            format!("{actor} could send {what}, which subscribers built for the new version reject")
        }
    }
}

/// Compares the schemas of every use, in one engine pass per direction (see the module
/// documentation of `crate::format::api`). With `project`, `readOnly` properties are left out
/// of what the server reads and `writeOnly` ones out of what it writes. Returns the changes
/// with their API effect, messages prefixed with the use's place, instance paths with its
/// prefix, and (with `options.witnesses`) verified witnesses; `breaking` is decided by the
/// caller's [`DiffReport::from_changes`](crate::change::DiffReport::from_changes).
pub fn diff_uses(
    old: &mut Graph,
    new: &mut Graph,
    uses: &[SchemaUse],
    options: &Options,
    project: bool,
) -> Vec<Change> {
    let mut found: Vec<(usize, RootFinding)> = Vec::new();
    // The projected roots of each use, kept for its witnesses.
    let mut roots: Vec<(Id, Id)> = uses.iter().map(|u| (u.old, u.new)).collect();
    for read in [true, false] {
        let members: Vec<usize> = (0..uses.len())
            .filter(|&i| uses[i].direction.is_read() == read)
            .collect();
        if members.is_empty() {
            continue;
        }
        if project {
            let (mut po, mut pn) = (Projector::new(old, read), Projector::new(new, read));
            for &i in &members {
                roots[i] = (po.project(old, uses[i].old), pn.project(new, uses[i].new));
            }
        }
        let pairs: Vec<(Id, Id)> = members.iter().map(|&i| roots[i]).collect();
        for (k, findings) in run_roots(old, new, &pairs).into_iter().enumerate() {
            found.extend(findings.into_iter().map(|f| (members[k], f)));
        }
    }
    for (i, f) in &mut found {
        let u = &uses[*i];
        let c = &mut f.change;
        c.effect = effect_for(u.direction, c.effect);
        c.instance_path = if c.instance_path.is_empty() {
            u.instance_prefix.clone()
        } else {
            format!("{} {}", u.instance_prefix, c.instance_path)
        };
        c.message = format!("{}: {}", u.place, c.message);
    }
    if options.witnesses {
        let mut order: Vec<usize> = (0..found.len()).filter(|&k| found[k].1.witness.is_some()).collect();
        order.sort_by_key(|&k| !options.mode.breaks(found[k].1.change.effect));
        let mut builders: HashMap<usize, Option<WitnessBuilder>> = HashMap::new();
        for k in order.into_iter().take(WITNESS_BUDGET) {
            let i = found[k].0;
            let Some(builder) = builders
                .entry(i)
                .or_insert_with(|| witness_builder(old, new, roots[i]))
                .as_mut()
            else {
                continue;
            };
            let (local, side, at) = found[k].1.witness.clone().expect("filtered above");
            let at = if at.is_empty() {
                relative_path(&found[k].1.change.instance_path, &uses[i].instance_prefix)
            } else {
                at
            };
            let built = if local.as_str() == Some(crate::format::json_schema::diff::rules::support::ABSENT) {
                builder.build_without(&at, side)
            } else {
                builder.build(&at, &local, side)
            };
            if let Some(document) = built {
                let u = &uses[i];
                found[k].1.change.witness = Some(Witness {
                    accepted_by: side,
                    document,
                    description: Some(describe_witness(u.direction, &u.actor, &u.what, side)),
                    text: None,
                    encoded: None,
                });
            }
        }
    }
    found.into_iter().map(|(_, f)| f.change).collect()
}

/// The instance path of a change without the use's prefix.
fn relative_path(instance_path: &str, prefix: &str) -> String {
    instance_path
        .strip_prefix(prefix)
        .map(|rest| rest.trim_start().to_string())
        .unwrap_or_default()
}

/// A witness builder over the two (projected, normalized) schemas of a use; `None` when one
/// of them cannot be written as a standalone document.
fn witness_builder(old: &Graph, new: &Graph, (o, n): (Id, Id)) -> Option<WitnessBuilder> {
    let docs = |g: &Graph, id: Id| {
        to_document(g, id).map(|root| SchemaDocs {
            root_uri: "file:///embedded.json".into(),
            root,
            others: Vec::new(),
        })
    };
    Some(WitnessBuilder::new(docs(old, o)?, docs(new, n)?))
}

/// A valid example of the schema at `id` as seen in `direction` (`readOnly` properties left
/// out of what the server reads, `writeOnly` ones out of what it writes), verified by the
/// validator; `None` when none was found or the schema cannot be written standalone.
pub fn example(g: &Graph, id: Id, direction: Direction) -> Option<Value> {
    let read = direction.is_read();
    let root = to_document_without(g, id, &|o| if read { o.read_only } else { o.write_only })?;
    let docs = SchemaDocs {
        root_uri: "file:///example.json".into(),
        root,
        others: Vec::new(),
    };
    let mut builder = WitnessBuilder::new(docs.clone(), docs);
    let sample = builder.sample_of(Side::Old)?;
    (builder.accepts(Side::Old, &sample) == Some(true)).then_some(sample)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::json_schema::schema::Draft;
    use crate::format::json_schema::schema::load::{Dialect, EmbeddedLoader};
    use crate::source::{MemorySource, SourceFile};

    fn load(text: &str, pointers: &[&str]) -> (Graph, Vec<Id>) {
        let source = MemorySource::default();
        let file = SourceFile::parse("api.yaml", text.to_string()).unwrap();
        let mut l = EmbeddedLoader::new(Some(&source), "api.yaml", file, Draft::Draft4, Dialect::OPENAPI_30);
        let ids = pointers.iter().map(|p| l.schema(0, p).unwrap()).collect();
        (l.finish(), ids)
    }

    fn use_of(old: Id, new: Id, direction: Direction) -> SchemaUse {
        SchemaUse {
            old,
            new,
            direction,
            place: "here".into(),
            instance_prefix: "X".into(),
            actor: "`POST /x`".into(),
            what: "this body".into(),
        }
    }

    const OLD: &str = "components:\n  schemas:\n    Order: {type: object, properties: {total: {type: integer}, id: {type: string, readOnly: true}}}\n";
    const NEW: &str = "components:\n  schemas:\n    Order: {type: object, required: [total], properties: {total: {type: integer}, id: {type: integer, readOnly: true}}}\n";

    #[test]
    fn a_narrowing_breaks_a_request_and_is_flipped_for_a_response() {
        let (mut old, o) = load(OLD, &["/components/schemas/Order"]);
        let (mut new, n) = load(NEW, &["/components/schemas/Order"]);
        let uses = [
            use_of(o[0], n[0], Direction::Request),
            use_of(o[0], n[0], Direction::Response),
        ];
        let changes = diff_uses(&mut old, &mut new, &uses, &Options::default(), true);
        let required: Vec<&Change> = changes.iter().filter(|c| c.rule == "required-added").collect();
        assert_eq!(required.len(), 2, "{changes:#?}");
        assert_eq!(required[0].effect, Effect::Narrows);
        assert_eq!(required[1].effect, Effect::Widens);
        assert_eq!(required[0].instance_path, "X");
        assert!(required[0].message.starts_with("here: "));
        // the readOnly `id` changed type, which only the response sees
        let typed: Vec<&Change> = changes.iter().filter(|c| c.rule == "type-changed").collect();
        assert_eq!(typed.len(), 1, "{changes:#?}");
        assert_eq!(typed[0].effect, Effect::Reshapes);
        // the request witness is a body without `total`, verified, in HTTP words
        let w = required[0].witness.as_ref().expect("a witness");
        assert_eq!(w.accepted_by, Side::Old);
        assert!(w.document.is_object() && w.document.get("total").is_none(), "{w:?}");
        assert_eq!(
            w.description.as_deref(),
            Some("`POST /x` with this body was accepted and is now rejected")
        );
    }

    #[test]
    fn a_shared_node_pair_is_reported_once_per_direction() {
        let (mut old, o) = load(OLD, &["/components/schemas/Order"]);
        let (mut new, n) = load(NEW, &["/components/schemas/Order"]);
        let uses = [
            use_of(o[0], n[0], Direction::Request),
            use_of(o[0], n[0], Direction::Request),
        ];
        let changes = diff_uses(&mut old, &mut new, &uses, &Options::default(), false);
        assert_eq!(changes.iter().filter(|c| c.rule == "required-added").count(), 1);
    }

    #[test]
    fn an_example_leaves_out_what_the_direction_does_not_carry() {
        let (g, ids) = load(NEW, &["/components/schemas/Order"]);
        let request = example(&g, ids[0], Direction::Request).unwrap();
        assert!(
            request.get("total").is_some() && request.get("id").is_none(),
            "{request}"
        );
    }

    #[test]
    fn witness_sentences_follow_the_direction() {
        assert_eq!(
            describe_witness(Direction::Response, "`GET /a`", "this body", Side::New),
            "`GET /a` may now answer this body, which old clients reject"
        );
        assert_eq!(
            describe_witness(Direction::Send, "`orders`", "this message", Side::New),
            "`orders` may now send this message, which old subscribers reject"
        );
    }
}
