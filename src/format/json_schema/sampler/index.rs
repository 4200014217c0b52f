//! URIs, JSON Pointers and the index of every resource and anchor of a schema version.

use super::*;

pub(super) const DEFAULT_BASE: &str = "json-schema:///";

/// The tokens of a JSON Pointer (`""` is the root); a leading `#` is tolerated.
pub(super) fn parse_pointer(p: &str) -> Option<Vec<String>> {
    let p = p.strip_prefix('#').unwrap_or(p);
    if p.is_empty() {
        return Some(Vec::new());
    }
    let rest = p.strip_prefix('/')?;
    Some(rest.split('/').map(unescape_token).collect())
}

/// An array position token: digits without a leading zero.
pub(super) fn array_index(t: &str) -> Option<usize> {
    if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) || (t.len() > 1 && t.starts_with('0')) {
        return None;
    }
    t.parse().ok()
}

/// `u` with characters that may not appear in a URI (spaces, non-ASCII, ...) percent-encoded,
/// so that file paths make valid URIs.
pub(super) fn encode_uri(u: &str) -> String {
    const KEEP: &str = "-._~:/?#[]@!$&'()*+,;=%";
    let mut out = String::with_capacity(u.len());
    for b in u.bytes() {
        if b.is_ascii_alphanumeric() || KEEP.as_bytes().contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// A normalized absolute URI without fragment (the key of a resource).
pub(super) fn norm_uri(u: &str) -> String {
    let u = u.split('#').next().unwrap_or("");
    if u.is_empty() {
        return DEFAULT_BASE.to_string();
    }
    let u = encode_uri(u);
    match jsonschema::uri::from_str(&u) {
        Ok(parsed) => parsed.as_str().to_string(),
        Err(_) => u,
    }
}

/// `r` resolved against `base`, normalized (fragment kept).
pub(super) fn resolve_uri(base: &str, r: &str) -> Option<String> {
    if let Some(frag) = r.strip_prefix('#') {
        return Some(format!("{base}#{frag}"));
    }
    let b = jsonschema::uri::from_str(base).ok()?;
    let resolved = jsonschema::uri::resolve_against(&b.borrow(), r).ok()?;
    Some(resolved.as_str().to_string())
}

/// Where every resource (document, embedded `$id`) and anchor of a schema version lives.
#[derive(Debug, Default)]
pub(super) struct Index {
    /// Absolute URI without fragment → (document, JSON Pointer of the resource).
    pub(super) resources: HashMap<String, (usize, String)>,
    /// `uri#anchor` → (document, JSON Pointer).
    pub(super) anchors: HashMap<String, (usize, String)>,
    /// The base URI of each document's root (its `$id` when it has one).
    pub(super) doc_bases: Vec<String>,
}

impl Index {
    pub(super) fn build(docs: &[(&str, &Value)], draft: Draft) -> Index {
        let mut index = Index::default();
        for (i, (uri, doc)) in docs.iter().enumerate() {
            let key = norm_uri(uri);
            index.resources.entry(key.clone()).or_insert((i, String::new()));
            let base = index.walk(i, doc, &key, String::new(), draft, 0);
            index.doc_bases.push(base);
        }
        index
    }

    /// Indexes `s` and its subschemas; returns the base URI in effect inside `s`.
    pub(super) fn walk(
        &mut self,
        doc: usize,
        s: &Value,
        base: &str,
        pointer: String,
        draft: Draft,
        depth: usize,
    ) -> String {
        let Some(o) = s.as_object() else {
            return base.to_string();
        };
        if depth > 256 {
            return base.to_string();
        }
        let mut base = base.to_string();
        if let Some(id) = schema_id(o, draft) {
            if let Some(anchor) = id.strip_prefix('#') {
                if !anchor.is_empty() {
                    self.anchors
                        .entry(format!("{base}#{anchor}"))
                        .or_insert((doc, pointer.clone()));
                }
            } else if let Some(resolved) = resolve_uri(&base, id) {
                let (new_base, frag) = match resolved.split_once('#') {
                    Some((b, f)) => (b.to_string(), f.to_string()),
                    None => (resolved, String::new()),
                };
                base = new_base;
                self.resources.entry(base.clone()).or_insert((doc, pointer.clone()));
                if !frag.is_empty() && !frag.starts_with('/') {
                    self.anchors
                        .entry(format!("{base}#{frag}"))
                        .or_insert((doc, pointer.clone()));
                }
            }
        }
        for kw in ["$anchor", "$dynamicAnchor"] {
            if let Some(a) = o.get(kw).and_then(Value::as_str) {
                self.anchors
                    .entry(format!("{base}#{a}"))
                    .or_insert((doc, pointer.clone()));
            }
        }
        let mut children = Vec::new();
        crate::format::json_schema::schema::for_each_raw_subschema(s, |_, suffix, child| {
            children.push((suffix, child))
        });
        for (suffix, child) in children {
            self.walk(doc, child, &base, format!("{pointer}{suffix}"), draft, depth + 1);
        }
        base
    }
}

/// The identifier keyword of a schema object: `$id`, or `id` in draft 4.
pub(super) fn schema_id(o: &Map<String, Value>, draft: Draft) -> Option<&str> {
    let id = o.get("$id").and_then(Value::as_str);
    if id.is_none() && draft == Draft::Draft4 {
        return o.get("id").and_then(Value::as_str);
    }
    id
}
