//! Content digests of normalized nodes, so the engine can skip a pair whose two sides are
//! the same schema.
//!
//! A node's digest covers everything the rules read: every field of its [`Obj`] except
//! where keywords were written (`moved`), with each subschema replaced by that
//! subschema's digest and a `$ref` standing for its target. A node that reaches a `$ref`
//! cycle has no digest (such pairs are always compared). Digests are computed on demand,
//! iteratively (a chain of thousands of `$ref`s cannot overflow the stack), once per node.
//!
//! Skipping is exact because nothing a rule decides depends on anything but the two
//! subtrees of the pair: the diff of a schema with itself is empty (a property test checks
//! that on every fixture), and equal digests mean equal subtrees. Digests are 64 bits from
//! a hasher seeded afresh in every process ([`crate::hash`]), so two different subtrees
//! collide by chance only (about one in 2^64 per comparison) and cannot be crafted to.

use crate::format::json_schema::schema::{Graph, Id, Obj, Schema};
use crate::hash::Mix;
use serde_json::Value;
use std::hash::{Hash, Hasher};

const UNKNOWN: u8 = 0;
const IN_PROGRESS: u8 = 1;
const DONE: u8 = 2;
const NONE: u8 = 3;

/// Memoized digests of one graph's nodes (kept with the graph, so a version diffed as the
/// new side and then as the old side is hashed once).
#[derive(Default, Clone)]
pub struct Digests {
    state: Vec<u8>,
    value: Vec<u64>,
}

impl Digests {
    /// The digest of node `id`, or `None` when it reaches a `$ref` cycle.
    pub fn of(&mut self, g: &Graph, id: Id) -> Option<u64> {
        if self.state.len() < g.nodes.len() {
            self.state.resize(g.nodes.len(), UNKNOWN);
            self.value.resize(g.nodes.len(), 0);
        }
        match self.state[id as usize] {
            DONE => return Some(self.value[id as usize]),
            NONE => return None,
            _ => {}
        }
        let mut stack: Vec<(Id, bool)> = vec![(id, false)];
        let mut kids = Vec::new();
        while let Some((at, post)) = stack.pop() {
            let i = at as usize;
            if !post {
                if self.state[i] != UNKNOWN {
                    continue;
                }
                self.state[i] = IN_PROGRESS;
                stack.push((at, true));
                kids.clear();
                children(g, at, &mut kids);
                for &k in &kids {
                    if self.state[k as usize] == UNKNOWN {
                        stack.push((k, false));
                    }
                }
                continue;
            }
            let digest = self.compute(g, at);
            match digest {
                Some(d) => {
                    self.state[i] = DONE;
                    self.value[i] = d;
                }
                None => self.state[i] = NONE,
            }
        }
        match self.state[id as usize] {
            DONE => Some(self.value[id as usize]),
            _ => None,
        }
    }

    /// The digest of a node whose children are all settled (or on the current path).
    fn compute(&self, g: &Graph, id: Id) -> Option<u64> {
        let child = |k: Id| -> Option<u64> {
            match self.state[k as usize] {
                DONE => Some(self.value[k as usize]),
                _ => None,
            }
        };
        match &g.node(id).schema {
            Schema::Ref(t) if *t == id => None,
            Schema::Ref(t) => child(*t),
            Schema::Bool(b) => {
                let mut h = hasher();
                (0u8, *b).hash(&mut h);
                Some(h.finish())
            }
            Schema::Obj(o) => hash_obj(o, child),
        }
    }
}

impl std::fmt::Debug for Digests {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Digests({} nodes)", self.state.len())
    }
}

fn hasher() -> Mix {
    Mix::new(0x243f_6a88_85a3_08d3)
}

/// The subschemas a node refers to.
fn children(g: &Graph, id: Id, out: &mut Vec<Id>) {
    match &g.node(id).schema {
        Schema::Ref(t) => out.push(*t),
        Schema::Bool(_) => {}
        Schema::Obj(o) => {
            out.extend(o.properties.values());
            out.extend(o.additional_properties);
            out.extend(o.pattern_properties.values());
            out.extend(o.property_names);
            out.extend(o.dependent_schemas.values());
            out.extend(o.unevaluated_properties);
            out.extend(&o.prefix_items);
            out.extend(o.items);
            out.extend(o.contains);
            out.extend(o.unevaluated_items);
            out.extend(&o.all_of);
            out.extend(&o.any_of);
            out.extend(&o.one_of);
            out.extend(o.not);
            out.extend(o.if_);
            out.extend(o.then_);
            out.extend(o.else_);
        }
    }
}

/// Hashes every field of `o` but `moved`; `child` gives a subschema's digest. The
/// destructuring has no `..`, so a new field of [`Obj`] does not compile until it is
/// hashed here (and listed in [`children`] when it holds a subschema).
fn hash_obj(o: &Obj, child: impl Fn(Id) -> Option<u64>) -> Option<u64> {
    let Obj {
        moved: _,
        types,
        enumeration,
        min_length,
        max_length,
        pattern,
        format,
        content_encoding,
        content_media_type,
        minimum,
        maximum,
        multiple_of,
        properties,
        required,
        additional_properties,
        pattern_properties,
        property_names,
        min_properties,
        max_properties,
        dependent_required,
        dependent_schemas,
        unevaluated_properties,
        prefix_items,
        items,
        contains,
        min_contains,
        max_contains,
        min_items,
        max_items,
        unique_items,
        unevaluated_items,
        all_of,
        any_of,
        one_of,
        not,
        if_,
        then_,
        else_,
        external_ref,
        dynamic_ref,
        title,
        description,
        default,
        examples,
        deprecated,
        read_only,
        write_only,
        comment,
        id,
        extensions,
    } = o;
    let mut h = hasher();
    1u8.hash(&mut h);
    let one = |h: &mut Mix, k: &Option<Id>| -> Option<()> {
        match k {
            Some(k) => (1u8, child(*k)?).hash(h),
            None => 0u8.hash(h),
        }
        Some(())
    };
    let list = |h: &mut Mix, ks: &[Id]| -> Option<()> {
        ks.len().hash(h);
        for k in ks {
            child(*k)?.hash(h);
        }
        Some(())
    };
    let map = |h: &mut Mix, m: &std::collections::BTreeMap<String, Id>| -> Option<()> {
        m.len().hash(h);
        for (name, k) in m {
            name.hash(h);
            child(*k)?.hash(h);
        }
        Some(())
    };
    let bound = |h: &mut Mix, b: &Option<crate::format::json_schema::schema::Bound>| match b {
        Some(b) => (1u8, b.value.to_bits(), b.exclusive).hash(h),
        None => 0u8.hash(h),
    };
    let values = |h: &mut Mix, vs: &Option<Vec<Value>>| match vs {
        Some(vs) => {
            (1u8, vs.len()).hash(h);
            vs.iter().for_each(|v| hash_value(v, h));
        }
        None => 0u8.hash(h),
    };
    types.hash(&mut h);
    values(&mut h, enumeration);
    (
        min_length,
        max_length,
        pattern,
        format,
        content_encoding,
        content_media_type,
    )
        .hash(&mut h);
    bound(&mut h, minimum);
    bound(&mut h, maximum);
    multiple_of.map(f64::to_bits).hash(&mut h);
    map(&mut h, properties)?;
    required.hash(&mut h);
    one(&mut h, additional_properties)?;
    map(&mut h, pattern_properties)?;
    one(&mut h, property_names)?;
    (min_properties, max_properties, dependent_required).hash(&mut h);
    map(&mut h, dependent_schemas)?;
    one(&mut h, unevaluated_properties)?;
    list(&mut h, prefix_items)?;
    one(&mut h, items)?;
    one(&mut h, contains)?;
    (min_contains, max_contains, min_items, max_items, unique_items).hash(&mut h);
    one(&mut h, unevaluated_items)?;
    list(&mut h, all_of)?;
    list(&mut h, any_of)?;
    list(&mut h, one_of)?;
    one(&mut h, not)?;
    one(&mut h, if_)?;
    one(&mut h, then_)?;
    one(&mut h, else_)?;
    (external_ref, dynamic_ref, title, description).hash(&mut h);
    match default {
        Some(v) => {
            1u8.hash(&mut h);
            hash_value(v, &mut h);
        }
        None => 0u8.hash(&mut h),
    }
    values(&mut h, examples);
    (deprecated, read_only, write_only, comment, id).hash(&mut h);
    extensions.len().hash(&mut h);
    for (k, v) in extensions {
        k.hash(&mut h);
        hash_value(v, &mut h);
    }
    Some(h.finish())
}

/// Hashes a JSON value; objects in the order written (a different order only costs a
/// comparison the engine would have made anyway).
fn hash_value(v: &Value, h: &mut Mix) {
    match v {
        Value::Null => 0u8.hash(h),
        Value::Bool(b) => (1u8, b).hash(h),
        Value::Number(n) => {
            2u8.hash(h);
            if let Some(i) = n.as_i64() {
                (0u8, i).hash(h);
            } else if let Some(u) = n.as_u64() {
                (1u8, u).hash(h);
            } else {
                (2u8, n.as_f64().map(f64::to_bits)).hash(h);
            }
        }
        Value::String(s) => (3u8, s).hash(h),
        Value::Array(a) => {
            (4u8, a.len()).hash(h);
            a.iter().for_each(|x| hash_value(x, h));
        }
        Value::Object(m) => {
            (5u8, m.len()).hash(h);
            for (k, x) in m {
                k.hash(h);
                hash_value(x, h);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceFile;

    fn graph(text: &str) -> Graph {
        let file = SourceFile::parse("s.json", text.to_string()).expect("parses");
        crate::format::json_schema::schema::load_value(file).expect("loads")
    }

    #[test]
    fn equal_content_has_equal_digests_wherever_it_is_written() {
        let a = graph(r#"{"type":"object","properties":{"a":{"type":"string","maxLength":3},"b":{"enum":[1,2]}}}"#);
        let b = graph(
            r#"{"properties":{"b":{"enum":[2,1]},"a":{"maxLength":3,"type":["string"]}},"type":"object","description":"x"}"#,
        );
        let (mut da, mut db) = (Digests::default(), Digests::default());
        let pa = a.obj(a.root).expect("object").properties["a"];
        let pb = b.obj(b.root).expect("object").properties["a"];
        assert_eq!(da.of(&a, pa), db.of(&b, pb));
        assert!(da.of(&a, pa).is_some());
        // The roots differ by a description, which the digest covers.
        assert_ne!(da.of(&a, a.root), db.of(&b, b.root));
    }

    #[test]
    fn any_difference_changes_the_digest() {
        let base = r#"{"type":"object","properties":{"a":{"type":"string"}},"required":["a"]}"#;
        let variants = [
            r#"{"type":"object","properties":{"a":{"type":"integer"}},"required":["a"]}"#,
            r#"{"type":"object","properties":{"b":{"type":"string"}},"required":["a"]}"#,
            r#"{"type":"object","properties":{"a":{"type":"string"}},"required":[]}"#,
            r#"{"type":"object","properties":{"a":{"type":"string"}},"required":["a"],"additionalProperties":false}"#,
            r#"{"type":"object","properties":{"a":{"type":"string","default":"x"}},"required":["a"]}"#,
            r#"{"type":"object","properties":{"a":{"type":"string"}},"required":["a"],"x-owner":"me"}"#,
            r#"{"type":"object","properties":{"a":{"type":"string"}},"required":["a"],"minimum":1.5}"#,
        ];
        let g = graph(base);
        let d = Digests::default().of(&g, g.root);
        for v in variants {
            let h = graph(v);
            assert_ne!(d, Digests::default().of(&h, h.root), "{v}");
        }
    }

    #[test]
    fn a_ref_stands_for_its_target_and_a_cycle_has_no_digest() {
        let a = graph(r##"{"$defs":{"s":{"type":"string"}},"properties":{"a":{"$ref":"#/$defs/s"}}}"##);
        let b = graph(r#"{"properties":{"a":{"type":"string"}}}"#);
        assert_eq!(Digests::default().of(&a, a.root), Digests::default().of(&b, b.root));
        let pa = a.obj(a.root).expect("object").properties["a"];
        let pb = b.obj(b.root).expect("object").properties["a"];
        assert_eq!(Digests::default().of(&a, pa), Digests::default().of(&b, pb));
        let tree = graph(r##"{"type":"object","properties":{"kids":{"type":"array","items":{"$ref":"#"}}}}"##);
        assert_eq!(Digests::default().of(&tree, tree.root), None);
    }

    fn changes(old: &str, new: &str) -> Vec<(String, &'static str)> {
        let (mut a, mut b) = (graph(old), graph(new));
        let options = crate::change::Options {
            witnesses: false,
            ..Default::default()
        };
        let mut out: Vec<_> = crate::format::json_schema::diff::diff(&mut a, &mut b, &options)
            .changes
            .into_iter()
            .map(|c| (c.instance_path, c.rule))
            .collect();
        out.sort();
        out
    }

    #[test]
    fn a_change_deep_among_identical_siblings_is_still_found() {
        let sibling = r#"{"type":"object","properties":{"x":{"type":"string"},"y":{"enum":[1,2]}}}"#;
        let doc = |deep: &str| {
            format!(
                r#"{{"type":"object","properties":{{"a":{sibling},"b":{sibling},"c":{{"type":"object","properties":{{"x":{{"type":"{deep}"}}}}}},"d":{sibling}}}}}"#
            )
        };
        assert_eq!(
            changes(&doc("string"), &doc("integer")),
            vec![("/c/x".to_string(), "type-changed")]
        );
        assert!(changes(&doc("string"), &doc("string")).is_empty());
    }

    #[test]
    fn a_change_inside_a_recursive_schema_is_still_found() {
        let tree = |max: u32| {
            format!(
                r##"{{"type":"object","properties":{{"name":{{"type":"string","maxLength":{max}}},"kids":{{"type":"array","items":{{"$ref":"#"}}}}}}}}"##
            )
        };
        let found = changes(&tree(10), &tree(5));
        assert!(
            found.contains(&("/name".to_string(), "max-length-decreased")),
            "{found:?}"
        );
        assert!(changes(&tree(10), &tree(10)).is_empty());
    }
}
