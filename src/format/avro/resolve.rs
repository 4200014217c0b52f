//! Avro's schema resolution between a writer's and a reader's schema, as the
//! specification's "Schema Resolution" section and Java's `SchemaCompatibility` (which
//! Confluent Schema Registry runs) decide it: whether a reader can read every datum a writer
//! may write, and every reason it cannot, each with its path.
//!
//! The diff engine pairs OLD and NEW elements and lets each rule decide; this checker is the
//! referee behind it: a union branch is live only when no other branch would read the data,
//! and an incompatibility no rule claimed is reported as `avro-unclassified-change`.
//! Logical types are ignored here, as Java does; the decimal and logical-type rules of the
//! diff are stricter (docs/formats/avro.md says why).

use super::model::{AvroDoc, Kind, NodeId};
use std::collections::HashMap;

/// Whether a value written as `writer` can be read as `reader` by promotion (int to long,
/// float or double; long to float or double; float to double; string and bytes either way).
pub fn promotes(writer: &Kind, reader: &Kind) -> bool {
    matches!(
        (writer, reader),
        (Kind::Int, Kind::Long | Kind::Float | Kind::Double)
            | (Kind::Long, Kind::Float | Kind::Double)
            | (Kind::Float, Kind::Double)
            | (Kind::String, Kind::Bytes)
            | (Kind::Bytes, Kind::String)
    )
}

/// Whether two kinds are the same type for resolution (records with errors).
pub fn same_type(a: &Kind, b: &Kind) -> bool {
    std::mem::discriminant(a) == std::mem::discriminant(b)
}

/// One reason a reader cannot read a writer's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where in the datum (JSON Pointer of Avro's JSON encoding; `*` for any element).
    pub path: String,
    pub message: String,
    /// The reader's node where the problem shows.
    pub reader: NodeId,
    pub writer: NodeId,
}

/// Decides resolution from one document (the writer's) to another (the reader's).
pub struct Checker<'a> {
    pub writer: &'a AvroDoc,
    pub reader: &'a AvroDoc,
    memo: HashMap<(NodeId, NodeId), bool>,
}

impl<'a> Checker<'a> {
    pub fn new(writer: &'a AvroDoc, reader: &'a AvroDoc) -> Checker<'a> {
        Checker {
            writer,
            reader,
            memo: HashMap::new(),
        }
    }

    /// The reader's name matches the writer's: the same unqualified name, or one of the
    /// reader's aliases is the writer's full name.
    pub fn names_match(&self, w: NodeId, r: NodeId) -> bool {
        match (self.writer.kind(w).name(), self.reader.kind(r).name()) {
            (Some(wn), Some(rn)) => wn.name == rn.name || rn.aliases.contains(&wn.full),
            _ => true,
        }
    }

    /// The writer field a reader field reads: by name, else by the reader field's aliases.
    pub fn writer_field(writer: &super::model::Record, reader_field: &super::model::Field) -> Option<usize> {
        writer
            .fields
            .iter()
            .position(|f| f.name == reader_field.name)
            .or_else(|| {
                reader_field
                    .aliases
                    .iter()
                    .find_map(|a| writer.fields.iter().position(|f| &f.name == a))
            })
    }

    /// Whether every datum written as `w` can be read as `r`. A pair met again while it is
    /// being decided (a recursive type) counts as readable, as in Java.
    pub fn can_read(&mut self, w: NodeId, r: NodeId) -> bool {
        if let Some(&known) = self.memo.get(&(w, r)) {
            return known;
        }
        self.memo.insert((w, r), true);
        let result = self.decide(w, r);
        self.memo.insert((w, r), result);
        result
    }

    fn decide(&mut self, w: NodeId, r: NodeId) -> bool {
        let (wd, rd) = (self.writer, self.reader);
        match (wd.kind(w), rd.kind(r)) {
            (Kind::Union(wb), _) => wb.clone().into_iter().all(|b| self.can_read(b, r)),
            (_, Kind::Union(rb)) => rb.clone().into_iter().any(|b| self.can_read(w, b)),
            (Kind::Array(wi), Kind::Array(ri)) => self.can_read(*wi, *ri),
            (Kind::Map(wv), Kind::Map(rv)) => self.can_read(*wv, *rv),
            (Kind::Fixed(wf), Kind::Fixed(rf)) => self.names_match(w, r) && wf.size == rf.size,
            (Kind::Enum(we), Kind::Enum(re)) => {
                self.names_match(w, r) && (re.default.is_some() || we.symbols.iter().all(|s| re.symbols.contains(s)))
            }
            (Kind::Record(wr), Kind::Record(rr)) => {
                if !self.names_match(w, r) {
                    return false;
                }
                let (wr, rr) = (wr.clone(), rr.clone());
                rr.fields.iter().all(|rf| match Self::writer_field(&wr, rf) {
                    Some(i) => self.can_read(wr.fields[i].ty, rf.ty),
                    None => rf.usable_default(),
                })
            }
            (a, b) => (a.is_primitive() && same_type(a, b)) || promotes(a, b),
        }
    }

    /// Every reason the reader cannot read the writer's data, each with its path.
    pub fn problems(&mut self, w: NodeId, r: NodeId) -> Vec<Problem> {
        let mut out = Vec::new();
        let mut visiting = std::collections::HashSet::new();
        self.collect(w, r, String::new(), &mut out, &mut visiting);
        out
    }

    fn collect(
        &mut self,
        w: NodeId,
        r: NodeId,
        path: String,
        out: &mut Vec<Problem>,
        visiting: &mut std::collections::HashSet<(NodeId, NodeId)>,
    ) {
        if !visiting.insert((w, r)) || out.len() > 10_000 {
            return;
        }
        let (wd, rd) = (self.writer, self.reader);
        let mut problem = |message: String, path: &str| {
            out.push(Problem {
                path: path.to_string(),
                message,
                reader: r,
                writer: w,
            })
        };
        match (wd.kind(w), rd.kind(r)) {
            (Kind::Union(wb), _) => {
                for b in wb.clone() {
                    let at = format!("{path}/{}", wd.label(b));
                    if !self.can_read(b, r) {
                        match rd.kind(r) {
                            Kind::Union(_) => {
                                // The closest reader branch explains why, else the branch is missing.
                                match self.closest_branch(b, r) {
                                    Some(rb) => self.collect(b, rb, at, out, visiting),
                                    None => out.push(Problem {
                                        path: at,
                                        message: format!("the reader's union has no branch for {}", wd.describe(b)),
                                        reader: r,
                                        writer: b,
                                    }),
                                }
                            }
                            _ => self.collect(b, r, path.clone(), out, visiting),
                        }
                    }
                }
            }
            (_, Kind::Union(_)) => {
                if !self.can_read(w, r) {
                    match self.closest_branch(w, r) {
                        Some(rb) => self.collect(w, rb, path, out, visiting),
                        None => problem(
                            format!(
                                "the reader's union {} has no branch for {}",
                                rd.describe(r),
                                wd.describe(w)
                            ),
                            &path,
                        ),
                    }
                }
            }
            (Kind::Array(wi), Kind::Array(ri)) => {
                let (wi, ri) = (*wi, *ri);
                self.collect(wi, ri, format!("{path}/*"), out, visiting)
            }
            (Kind::Map(wv), Kind::Map(rv)) => {
                let (wv, rv) = (*wv, *rv);
                self.collect(wv, rv, format!("{path}/*"), out, visiting)
            }
            (Kind::Fixed(wf), Kind::Fixed(rf)) => {
                if !self.names_match(w, r) {
                    problem(name_mismatch(wd, w, rd, r), &path);
                }
                if wf.size != rf.size {
                    problem(format!("fixed size {} is read as size {}", wf.size, rf.size), &path);
                }
            }
            (Kind::Enum(we), Kind::Enum(re)) => {
                if !self.names_match(w, r) {
                    problem(name_mismatch(wd, w, rd, r), &path);
                }
                let missing: Vec<&String> = we.symbols.iter().filter(|s| !re.symbols.contains(s)).collect();
                if re.default.is_none() && !missing.is_empty() {
                    problem(
                        format!(
                            "the reader's enum {} lacks the symbols {}",
                            re.name.full,
                            missing.iter().map(|s| s.as_str()).collect::<Vec<_>>().join(", ")
                        ),
                        &path,
                    );
                }
            }
            (Kind::Record(wr), Kind::Record(rr)) => {
                if !self.names_match(w, r) {
                    problem(name_mismatch(wd, w, rd, r), &path);
                }
                let (wr, rr) = (wr.clone(), rr.clone());
                for rf in &rr.fields {
                    let at = format!("{path}/{}", crate::source::escape_token(&rf.name));
                    match Self::writer_field(&wr, rf) {
                        Some(i) => self.collect(wr.fields[i].ty, rf.ty, at, out, visiting),
                        None if rf.usable_default() => {}
                        None => out.push(Problem {
                            path: at,
                            message: format!(
                                "the reader's field \"{}\" of {} is missing from the writer's data and has no {}default",
                                rf.name,
                                rr.name.full,
                                if rf.default.is_some() { "valid " } else { "" }
                            ),
                            reader: rf.ty,
                            writer: w,
                        }),
                    }
                }
            }
            (a, b) => {
                if !((a.is_primitive() && same_type(a, b)) || promotes(a, b)) {
                    problem(format!("{} is read as {}", wd.describe(w), rd.describe(r)), &path);
                }
            }
        }
        visiting.remove(&(w, r));
    }

    /// The reader union's branch of the writer's type (the same kind, and the same name for
    /// named types), whose incompatibility explains the failure.
    fn closest_branch(&mut self, w: NodeId, r: NodeId) -> Option<NodeId> {
        let Kind::Union(rb) = self.reader.kind(r) else {
            return None;
        };
        let wk = self.writer.kind(w);
        rb.iter().copied().find(|&b| {
            let bk = self.reader.kind(b);
            same_type(wk, bk) && (wk.name().is_none() || self.names_match(w, b))
        })
    }
}

fn name_mismatch(wd: &AvroDoc, w: NodeId, rd: &AvroDoc, r: NodeId) -> String {
    let wn = wd.kind(w).name().map(|n| n.full.clone()).unwrap_or_default();
    let rn = rd.kind(r).name().map(|n| n.full.clone()).unwrap_or_default();
    format!("{wn} is read as {rn}: the names differ and the reader has no alias {wn}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::avro::model::load_value;
    use crate::source::SourceFile;

    fn doc(s: &str) -> AvroDoc {
        load_value(SourceFile::parse("t.avsc", s.to_string()).unwrap()).unwrap()
    }

    fn reads(w: &str, r: &str) -> bool {
        let (w, r) = (doc(w), doc(r));
        Checker::new(&w, &r).can_read(w.root, r.root)
    }

    #[test]
    fn promotions_and_unions_follow_the_specification() {
        assert!(reads(r#""int""#, r#""long""#));
        assert!(!reads(r#""long""#, r#""int""#));
        assert!(reads(r#""string""#, r#""bytes""#) && reads(r#""bytes""#, r#""string""#));
        assert!(reads(r#""string""#, r#"["null","string"]"#));
        assert!(!reads(r#"["null","string"]"#, r#""string""#));
        assert!(reads(r#"["int","string"]"#, r#"["string","long"]"#));
    }

    #[test]
    fn records_read_by_name_alias_and_default_and_every_problem_is_listed() {
        let w = r#"{"type":"record","name":"R","fields":[{"name":"a","type":"int"},{"name":"b","type":"string"}]}"#;
        let r = r#"{"type":"record","name":"R","fields":[{"name":"x","aliases":["a"],"type":"long"},{"name":"b","type":"int"},{"name":"c","type":"int"}]}"#;
        let (wd, rd) = (doc(w), doc(r));
        let mut c = Checker::new(&wd, &rd);
        assert!(!c.can_read(wd.root, rd.root));
        let paths: Vec<String> = c.problems(wd.root, rd.root).into_iter().map(|p| p.path).collect();
        assert_eq!(paths, ["/b", "/c"]);
    }

    #[test]
    fn recursion_terminates() {
        let s = r#"{"type":"record","name":"L","fields":[{"name":"next","type":["null","L"]}]}"#;
        assert!(reads(s, s));
    }
}
