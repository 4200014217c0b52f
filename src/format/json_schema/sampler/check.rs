//! A best-effort checker the generator uses to choose among candidates (verification
//! proper is done by compiled validators, see [`super::verify`]).

use super::*;

impl<'a> Sampler<'a> {
    /// Whether `v` satisfies the schema `p` as far as this checker knows (unknown keywords,
    /// `format`, `unevaluated*` and unresolvable `$ref`s pass).
    pub(super) fn check(&mut self, p: &Part<'a>, v: &Value, depth: usize) -> bool {
        if depth > MAX_DEPTH || self.budget == 0 {
            return true;
        }
        // A schema re-entered for the same value (a `$ref` cycle) holds there.
        let key = (p.s as *const Value as usize, v as *const Value as usize);
        if self.checking.contains(&key) {
            return true;
        }
        self.checking.push(key);
        let ok = self.check_inner(p, v, depth);
        self.checking.pop();
        ok
    }

    pub(super) fn check_inner(&mut self, p: &Part<'a>, v: &Value, depth: usize) -> bool {
        self.budget -= 1;
        let o = match p.s {
            Value::Bool(b) => return *b,
            Value::Object(o) => o,
            _ => return true,
        };
        let p = self.rebase(p.clone());
        if let Some(r) = o.get("$ref").and_then(Value::as_str) {
            if let Some(t) = self.resolve_ref(&p.base, r)
                && !self.check(&t, v, depth + 1)
            {
                return false;
            }
            if self.legacy_ref {
                return true;
            }
        }
        for kw in ["$dynamicRef", "$recursiveRef"] {
            if let Some(r) = o.get(kw).and_then(Value::as_str)
                && let Some(t) = self.resolve_ref(&p.base, r)
                && !self.check(&t, v, depth + 1)
            {
                return false;
            }
        }
        if let Some(t) = o.get("type")
            && !type_matches(t, v)
        {
            return false;
        }
        if let Some(c) = o.get("const")
            && !json_eq(c, v)
        {
            return false;
        }
        if let Some(Value::Array(e)) = o.get("enum")
            && !e.iter().any(|x| json_eq(x, v))
        {
            return false;
        }
        let ok = match v {
            Value::Number(n) => check_number(o, n.as_f64().unwrap_or(0.0)),
            Value::String(s) => self.check_string(o, s),
            Value::Object(m) => self.check_object(&p, o, m, v, depth),
            Value::Array(a) => self.check_array(&p, o, a, depth),
            _ => true,
        };
        if !ok {
            return false;
        }
        if let Some(Value::Array(all)) = o.get("allOf") {
            for s in all {
                let sp = self.sub(&p, s);
                if !self.check(&sp, v, depth + 1) {
                    return false;
                }
            }
        }
        if let Some(Value::Array(any)) = o.get("anyOf") {
            let mut found = false;
            for s in any {
                let sp = self.sub(&p, s);
                if self.check(&sp, v, depth + 1) {
                    found = true;
                    break;
                }
            }
            if !found {
                return false;
            }
        }
        if let Some(Value::Array(one)) = o.get("oneOf") {
            let mut count = 0;
            for s in one {
                let sp = self.sub(&p, s);
                if self.check(&sp, v, depth + 1) {
                    count += 1;
                    if count > 1 {
                        break;
                    }
                }
            }
            if count != 1 {
                return false;
            }
        }
        if let Some(n) = o.get("not") {
            let sp = self.sub(&p, n);
            if self.check(&sp, v, depth + 1) {
                return false;
            }
        }
        if let Some(cond) = o.get("if") {
            let cp = self.sub(&p, cond);
            let branch = if self.check(&cp, v, depth + 1) {
                o.get("then")
            } else {
                o.get("else")
            };
            if let Some(b) = branch {
                let bp = self.sub(&p, b);
                if !self.check(&bp, v, depth + 1) {
                    return false;
                }
            }
        }
        true
    }

    pub(super) fn check_string(&mut self, o: &Map<String, Value>, s: &str) -> bool {
        let n = s.chars().count() as u64;
        if let Some(min) = o.get("minLength").and_then(as_count)
            && n < min
        {
            return false;
        }
        if let Some(max) = o.get("maxLength").and_then(as_count)
            && n > max
        {
            return false;
        }
        if let Some(pat) = o.get("pattern").and_then(Value::as_str)
            && self.re_match(pat, s) == Some(false)
        {
            return false;
        }
        true
    }

    pub(super) fn check_object(
        &mut self,
        p: &Part<'a>,
        o: &'a Map<String, Value>,
        m: &Map<String, Value>,
        whole: &Value,
        depth: usize,
    ) -> bool {
        for (k, val) in m {
            let mut matched = false;
            if let Some(s) = o.get("properties").and_then(|ps| ps.get(k)) {
                matched = true;
                let sp = self.sub(p, s);
                if !self.check(&sp, val, depth + 1) {
                    return false;
                }
            }
            if let Some(Value::Object(pp)) = o.get("patternProperties") {
                for (pat, s) in pp {
                    if self.re_match(pat, k) == Some(true) {
                        matched = true;
                        let sp = self.sub(p, s);
                        if !self.check(&sp, val, depth + 1) {
                            return false;
                        }
                    }
                }
            }
            if !matched && let Some(ap) = o.get("additionalProperties") {
                let sp = self.sub(p, ap);
                if !self.check(&sp, val, depth + 1) {
                    return false;
                }
            }
            if let Some(pn) = o.get("propertyNames") {
                let sp = self.sub(p, pn);
                if !self.check(&sp, &Value::String(k.clone()), depth + 1) {
                    return false;
                }
            }
        }
        if let Some(Value::Array(req)) = o.get("required")
            && req.iter().filter_map(Value::as_str).any(|k| !m.contains_key(k))
        {
            return false;
        }
        let n = m.len() as u64;
        if let Some(min) = o.get("minProperties").and_then(as_count)
            && n < min
        {
            return false;
        }
        if let Some(max) = o.get("maxProperties").and_then(as_count)
            && n > max
        {
            return false;
        }
        for kw in ["dependentRequired", "dependentSchemas", "dependencies"] {
            let Some(Value::Object(deps)) = o.get(kw) else {
                continue;
            };
            for (k, dep) in deps {
                if !m.contains_key(k) {
                    continue;
                }
                match dep {
                    Value::Array(names) => {
                        if names.iter().filter_map(Value::as_str).any(|d| !m.contains_key(d)) {
                            return false;
                        }
                    }
                    s => {
                        let sp = self.sub(p, s);
                        if !self.check(&sp, whole, depth + 1) {
                            return false;
                        }
                    }
                }
            }
        }
        true
    }

    pub(super) fn check_array(&mut self, p: &Part<'a>, o: &'a Map<String, Value>, a: &[Value], depth: usize) -> bool {
        let (prefix, rest): (&[Value], Option<&'a Value>) = match (o.get("prefixItems"), o.get("items")) {
            (Some(Value::Array(pre)), items) => (pre.as_slice(), items),
            (_, Some(Value::Array(pre))) => (pre.as_slice(), o.get("additionalItems")),
            (_, items) => (&[], items),
        };
        for (i, x) in a.iter().enumerate() {
            let s = match prefix.get(i) {
                Some(s) => Some(s),
                None => rest,
            };
            if let Some(s) = s {
                let sp = self.sub(p, s);
                if !self.check(&sp, x, depth + 1) {
                    return false;
                }
            }
        }
        let n = a.len() as u64;
        if let Some(min) = o.get("minItems").and_then(as_count)
            && n < min
        {
            return false;
        }
        if let Some(max) = o.get("maxItems").and_then(as_count)
            && n > max
        {
            return false;
        }
        if o.get("uniqueItems") == Some(&Value::Bool(true)) {
            for i in 0..a.len() {
                for j in i + 1..a.len() {
                    if json_eq(&a[i], &a[j]) {
                        return false;
                    }
                }
            }
        }
        if let Some(c) = o.get("contains") {
            let min = o.get("minContains").and_then(as_count).unwrap_or(1);
            let max = o.get("maxContains").and_then(as_count);
            let cp = self.sub(p, c);
            let mut count = 0u64;
            for x in a {
                if self.check(&cp, x, depth + 1) {
                    count += 1;
                }
            }
            if count < min || max.is_some_and(|m| count > m) {
                return false;
            }
        }
        true
    }
}
