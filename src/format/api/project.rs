//! `readOnly` and `writeOnly` projected per direction (OpenAPI 3.0 §4.7.25, 3.1 through JSON
//! Schema's meta-data vocabulary): a `readOnly` property is only sent in responses, so it does
//! not exist in what the server reads; a `writeOnly` property only in requests, so it does not
//! exist in what the server writes. A property listed in `required` but absent from that
//! direction is not required there either.
//!
//! The projection copies only the nodes that reach such a property; everything else stays
//! shared with the unprojected graph, so a large document without `readOnly` costs one scan.

use crate::format::json_schema::schema::{Graph, Id, Node, Obj, Schema};
use crate::hash::FastMap;
use std::rc::Rc;

/// Projects the schemas of one graph for one direction, memoized.
pub struct Projector {
    /// True for what the server reads (`readOnly` properties vanish), false for what it
    /// writes (`writeOnly` ones do).
    read: bool,
    /// Nodes that reach a property the projection removes (empty: nothing to project).
    tainted: Vec<bool>,
    memo: FastMap<Id, Id>,
}

impl Projector {
    pub fn new(g: &Graph, read: bool) -> Projector {
        let hidden = |o: &Obj| if read { o.read_only } else { o.write_only };
        let n = g.nodes.len();
        let mut markers = Vec::new();
        for id in 0..n as Id {
            if let Schema::Obj(o) = &g.node(id).schema
                && o.properties.values().any(|p| g.obj(*p).is_some_and(hidden))
            {
                markers.push(id);
            }
        }
        let mut tainted = Vec::new();
        if !markers.is_empty() {
            // Every node that reaches a marker: walk the reversed edges from the markers.
            let mut parents: Vec<Vec<Id>> = vec![Vec::new(); n];
            let mut kids = Vec::new();
            for id in 0..n as Id {
                kids.clear();
                children(g, id, &mut kids);
                for &k in &kids {
                    parents[k as usize].push(id);
                }
            }
            tainted = vec![false; n];
            while let Some(id) = markers.pop() {
                if std::mem::replace(&mut tainted[id as usize], true) {
                    continue;
                }
                markers.extend(parents[id as usize].iter().copied().filter(|p| !tainted[*p as usize]));
            }
        }
        Projector {
            read,
            tainted,
            memo: FastMap::default(),
        }
    }

    /// The node standing for `id` in this direction (`id` itself when nothing below it changes).
    pub fn project(&mut self, g: &mut Graph, id: Id) -> Id {
        if !self.is_tainted(id) {
            return id;
        }
        if let Some(&p) = self.memo.get(&id) {
            return p;
        }
        // First a copy of every tainted node reachable from `id` (so cycles find their copy),
        // then their contents with children remapped: no recursion, whatever the depth.
        let mut fresh = Vec::new();
        let mut stack = vec![id];
        let mut kids = Vec::new();
        while let Some(at) = stack.pop() {
            if !self.is_tainted(at) || self.memo.contains_key(&at) {
                continue;
            }
            let origin = g.node(at).origin.clone();
            let copy = g.push(Node {
                origin,
                schema: Schema::Bool(true),
            });
            self.memo.insert(at, copy);
            fresh.push(at);
            kids.clear();
            children(g, at, &mut kids);
            stack.extend(kids.iter().copied());
        }
        for at in fresh {
            let schema = match &g.node(at).schema {
                Schema::Ref(t) => Schema::Ref(self.mapped(*t)),
                Schema::Bool(b) => Schema::Bool(*b),
                Schema::Obj(o) => Schema::Obj(Rc::new(self.projected(g, o))),
            };
            let copy = self.memo[&at];
            g.nodes[copy as usize].schema = schema;
        }
        self.memo[&id]
    }

    fn is_tainted(&self, id: Id) -> bool {
        self.tainted.get(id as usize).copied().unwrap_or(false)
    }

    fn mapped(&self, id: Id) -> Id {
        self.memo.get(&id).copied().unwrap_or(id)
    }

    fn projected(&self, g: &Graph, o: &Obj) -> Obj {
        let mut p = o.clone();
        let read = self.read;
        let hidden: Vec<String> = o
            .properties
            .iter()
            .filter(|(_, id)| {
                g.obj(**id)
                    .is_some_and(|c| if read { c.read_only } else { c.write_only })
            })
            .map(|(k, _)| k.clone())
            .collect();
        for name in &hidden {
            p.properties.remove(name);
            p.required.remove(name);
            p.dependent_required.remove(name);
        }
        let m = |id: &mut Id| *id = self.mapped(*id);
        p.properties.values_mut().for_each(m);
        p.pattern_properties.values_mut().for_each(m);
        p.dependent_schemas.values_mut().for_each(m);
        for list in [&mut p.prefix_items, &mut p.all_of, &mut p.any_of, &mut p.one_of] {
            list.iter_mut().for_each(m);
        }
        for one in [
            &mut p.additional_properties,
            &mut p.property_names,
            &mut p.unevaluated_properties,
            &mut p.items,
            &mut p.contains,
            &mut p.unevaluated_items,
            &mut p.not,
            &mut p.if_,
            &mut p.then_,
            &mut p.else_,
        ] {
            if let Some(id) = one.as_mut() {
                *id = self.mapped(*id);
            }
        }
        p
    }
}

/// The subschemas a node refers to.
fn children(g: &Graph, id: Id, out: &mut Vec<Id>) {
    match &g.node(id).schema {
        Schema::Ref(t) => out.push(*t),
        Schema::Bool(_) => {}
        Schema::Obj(o) => {
            out.extend(o.properties.values());
            out.extend(o.pattern_properties.values());
            out.extend(o.dependent_schemas.values());
            out.extend(o.prefix_items.iter());
            out.extend(o.all_of.iter());
            out.extend(o.any_of.iter());
            out.extend(o.one_of.iter());
            out.extend(
                [
                    o.additional_properties,
                    o.property_names,
                    o.unevaluated_properties,
                    o.items,
                    o.contains,
                    o.unevaluated_items,
                    o.not,
                    o.if_,
                    o.then_,
                    o.else_,
                ]
                .into_iter()
                .flatten(),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::json_schema::schema::Draft;
    use crate::format::json_schema::schema::load::{Dialect, EmbeddedLoader};
    use crate::source::{MemorySource, SourceFile};

    const DOC: &str = "components:\n  schemas:\n    Order:\n      type: object\n      required: [id, total, secret]\n      properties:\n        id: {type: string, readOnly: true}\n        total: {type: integer}\n        secret: {$ref: '#/components/schemas/Secret'}\n        lines: {type: array, items: {$ref: '#/components/schemas/Order'}}\n    Secret: {type: string, writeOnly: true}\n    Plain: {type: object, properties: {a: {type: string}}}\n";

    fn load(pointers: &[&str]) -> (Graph, Vec<Id>) {
        let source = MemorySource::default();
        let file = SourceFile::parse("api.yaml", DOC.to_string()).unwrap();
        let mut l = EmbeddedLoader::new(Some(&source), "api.yaml", file, Draft::Draft4, Dialect::OPENAPI_30);
        let ids = pointers.iter().map(|p| l.schema(0, p).unwrap()).collect();
        (l.finish(), ids)
    }

    fn names(g: &Graph, id: Id) -> (Vec<String>, Vec<String>) {
        let o = g.obj(id).unwrap();
        (
            o.properties.keys().cloned().collect(),
            o.required.iter().cloned().collect(),
        )
    }

    #[test]
    fn read_only_properties_vanish_from_requests_and_write_only_from_responses() {
        let (mut g, ids) = load(&["/components/schemas/Order"]);
        let mut request = Projector::new(&g, true);
        let r = request.project(&mut g, ids[0]);
        assert_eq!(
            names(&g, r),
            (
                vec!["lines".into(), "secret".into(), "total".into()],
                vec!["secret".into(), "total".into()]
            )
        );
        // the recursion through `lines` reaches the projected copy, not the original
        let lines = g.obj(r).unwrap().properties["lines"];
        let item = g.obj(lines).unwrap().items.unwrap();
        assert_eq!(g.resolve(item), g.resolve(r));
        let mut response = Projector::new(&g, false);
        let w = response.project(&mut g, ids[0]);
        assert_eq!(
            names(&g, w),
            (
                vec!["id".into(), "lines".into(), "total".into()],
                vec!["id".into(), "total".into()]
            )
        );
        // the original is untouched
        assert_eq!(names(&g, ids[0]).0.len(), 4);
    }

    #[test]
    fn a_schema_without_such_properties_is_not_copied() {
        let (mut g, ids) = load(&["/components/schemas/Plain", "/components/schemas/Order"]);
        let before = g.nodes.len();
        let mut p = Projector::new(&g, true);
        assert_eq!(p.project(&mut g, ids[0]), ids[0]);
        assert_eq!(g.nodes.len(), before);
    }
}
