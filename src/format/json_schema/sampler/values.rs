//! Small value helpers of the generator: types, numbers, bounds, formats, variants.

use super::*;

pub(super) fn as_count(v: &Value) -> Option<u64> {
    v.as_u64()
        .or_else(|| v.as_f64().filter(|f| *f >= 0.0 && f.fract() == 0.0).map(|f| f as u64))
}

pub(super) fn is_integer(v: &Value) -> bool {
    match v {
        Value::Number(n) => n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0),
        _ => false,
    }
}

pub(super) fn type_matches(t: &Value, v: &Value) -> bool {
    let one = |name: &str| match name {
        "null" => v.is_null(),
        "boolean" => v.is_boolean(),
        "object" => v.is_object(),
        "array" => v.is_array(),
        "string" => v.is_string(),
        "number" => v.is_number(),
        "integer" => is_integer(v),
        _ => true,
    };
    match t {
        Value::String(s) => one(s),
        Value::Array(a) => a.iter().filter_map(Value::as_str).any(one),
        _ => true,
    }
}

/// JSON equality, with `1` equal to `1.0`.
pub(super) fn json_eq(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            if let (Some(x), Some(y)) = (x.as_i64(), y.as_i64()) {
                x == y
            } else if let (Some(x), Some(y)) = (x.as_u64(), y.as_u64()) {
                x == y
            } else {
                x.as_f64() == y.as_f64()
            }
        }
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

pub(super) fn is_multiple(x: f64, m: f64) -> bool {
    if m <= 0.0 || !m.is_finite() {
        return true;
    }
    if x.fract() == 0.0 && m.fract() == 0.0 {
        return x % m == 0.0;
    }
    let q = x / m;
    (q - q.round()).abs() < 1e-9 * q.abs().max(1.0)
}

/// Numeric bounds of a schema object: (lower, upper), each (value, exclusive).
pub(super) type Bound = Option<(f64, bool)>;

pub(super) fn bounds(o: &Map<String, Value>) -> (Bound, Bound) {
    let mut lo: Bound = None;
    let mut hi: Bound = None;
    let tighten_lo = |lo: &mut Bound, v: f64, excl: bool| {
        if lo.is_none_or(|(c, e)| v > c || (v == c && excl && !e)) {
            *lo = Some((v, excl));
        }
    };
    let tighten_hi = |hi: &mut Bound, v: f64, excl: bool| {
        if hi.is_none_or(|(c, e)| v < c || (v == c && excl && !e)) {
            *hi = Some((v, excl));
        }
    };
    let bool_min = o.get("exclusiveMinimum").and_then(Value::as_bool) == Some(true);
    let bool_max = o.get("exclusiveMaximum").and_then(Value::as_bool) == Some(true);
    if let Some(m) = o.get("minimum").and_then(Value::as_f64) {
        tighten_lo(&mut lo, m, bool_min);
    }
    if let Some(m) = o.get("exclusiveMinimum").and_then(Value::as_f64) {
        tighten_lo(&mut lo, m, true);
    }
    if let Some(m) = o.get("maximum").and_then(Value::as_f64) {
        tighten_hi(&mut hi, m, bool_max);
    }
    if let Some(m) = o.get("exclusiveMaximum").and_then(Value::as_f64) {
        tighten_hi(&mut hi, m, true);
    }
    (lo, hi)
}

pub(super) fn check_number(o: &Map<String, Value>, x: f64) -> bool {
    let (lo, hi) = bounds(o);
    if let Some((m, excl)) = lo
        && (x < m || (excl && x == m))
    {
        return false;
    }
    if let Some((m, excl)) = hi
        && (x > m || (excl && x == m))
    {
        return false;
    }
    if let Some(m) = o.get("multipleOf").and_then(Value::as_f64)
        && !is_multiple(x, m)
    {
        return false;
    }
    true
}

pub(super) fn num_value(x: f64) -> Option<Value> {
    if !x.is_finite() {
        return None;
    }
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        return Some(Value::from(x as i64));
    }
    serde_json::Number::from_f64(x).map(Value::Number)
}

pub(super) fn gcd(a: u64, b: u64) -> u64 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// Candidate numbers for a conjunction, in order of preference (not all valid).
pub(super) fn number_candidates(flat: &[Part<'_>], integer: bool) -> Vec<Value> {
    let mut lo: Bound = None;
    let mut hi: Bound = None;
    let mut mults: Vec<f64> = Vec::new();
    for p in flat {
        let Some(o) = p.s.as_object() else { continue };
        let (l, h) = bounds(o);
        if let Some((v, e)) = l
            && lo.is_none_or(|(c, ce)| v > c || (v == c && e && !ce))
        {
            lo = Some((v, e));
        }
        if let Some((v, e)) = h
            && hi.is_none_or(|(c, ce)| v < c || (v == c && e && !ce))
        {
            hi = Some((v, e));
        }
        if let Some(m) = o.get("multipleOf").and_then(Value::as_f64)
            && m > 0.0
            && m.is_finite()
        {
            mults.push(m);
        }
    }
    let step = if mults.is_empty() {
        None
    } else if mults.iter().all(|m| m.fract() == 0.0 && *m < 1e12) {
        let mut l: u64 = 1;
        for m in &mults {
            let m = *m as u64;
            l = l / gcd(l, m) * m;
            if l > 1 << 50 {
                break;
            }
        }
        Some(l as f64)
    } else {
        Some(mults[0])
    };
    let mut raw: Vec<f64> = vec![0.0];
    // The smallest admissible value at or above the lower bound.
    if let Some((v, excl)) = lo {
        let mut x = match step {
            Some(m) => {
                let mut x = (v / m).ceil() * m;
                if excl && x <= v {
                    x += m;
                }
                x
            }
            None if integer => {
                if excl {
                    v.floor() + 1.0
                } else {
                    v.ceil()
                }
            }
            None => {
                if excl {
                    match hi {
                        Some((h, _)) if h - v <= 1.0 => (v + h) / 2.0,
                        _ => v.floor() + 1.0,
                    }
                } else {
                    v
                }
            }
        };
        if integer && let Some(m) = step {
            for _ in 0..16 {
                if x.fract() == 0.0 {
                    break;
                }
                x += m;
            }
        }
        raw.push(x);
    }
    if let Some((v, excl)) = hi {
        let x = match step {
            Some(m) => {
                let mut x = (v / m).floor() * m;
                if excl && x >= v {
                    x -= m;
                }
                x
            }
            None if integer => {
                if excl {
                    v.ceil() - 1.0
                } else {
                    v.floor()
                }
            }
            None => {
                if excl {
                    match lo {
                        Some((l, _)) if v - l <= 1.0 => (v + l) / 2.0,
                        _ => v.ceil() - 1.0,
                    }
                } else {
                    v
                }
            }
        };
        raw.push(x);
    }
    if let (Some((l, _)), Some((h, _))) = (lo, hi) {
        let mid = (l + h) / 2.0;
        raw.push(if integer { mid.round() } else { mid });
    }
    if let Some(m) = step {
        raw.push(m);
    }
    raw.push(1.0);
    if !integer {
        raw.push(0.5);
        // Fractional values just inside the bounds (for `not: {type: integer}` and the like).
        if let Some((v, _)) = lo {
            raw.push(v.floor() + 0.5);
            raw.push(v.floor() + 1.5);
        }
        if let Some((v, _)) = hi {
            raw.push(v.ceil() - 0.5);
        }
    }
    let mut out: Vec<Value> = Vec::new();
    for x in raw {
        if integer && x.fract() != 0.0 {
            continue;
        }
        if let Some(v) = num_value(x)
            && !out.contains(&v)
        {
            out.push(v);
        }
    }
    out
}

/// A simple value of a JSON type.
pub(super) fn simple_of_type(name: &str) -> Value {
    match name {
        "object" => Value::Object(Map::new()),
        "string" => Value::String(String::new()),
        "integer" => json!(0),
        "number" => json!(0.5),
        "boolean" => Value::Bool(false),
        "array" => Value::Array(Vec::new()),
        _ => Value::Null,
    }
}

/// `n` in bijective base 26 over `a`..`z` (`0` → `a`, `26` → `aa`).
pub(super) fn letters(mut n: usize) -> String {
    let mut out = Vec::new();
    loop {
        out.push(b'a' + (n % 26) as u8);
        if n < 26 {
            break;
        }
        n = n / 26 - 1;
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Simple variations of a value (used to keep array items unique); `salt` shifts them so
/// that successive calls reach new values.
pub(super) fn variants(v: &Value, salt: usize) -> Vec<Value> {
    match v {
        Value::Number(n) => {
            let x = n.as_f64().unwrap_or(0.0);
            (1..=8)
                .map(|i| (i + salt) as f64)
                .flat_map(|d| [x + d, x - d])
                .filter_map(num_value)
                .collect()
        }
        Value::String(s) => {
            let n = s.chars().count();
            let mut out: Vec<Value> = Vec::new();
            for i in 0..8 {
                let tag = letters(salt + i + 1);
                out.push(Value::String(format!("{s}{tag}")));
                if n > tag.len() {
                    let head: String = s.chars().take(n - tag.len()).collect();
                    out.push(Value::String(format!("{head}{tag}")));
                } else if n > 0 {
                    out.push(Value::String(
                        tag.chars().rev().take(n).collect::<String>().chars().rev().collect(),
                    ));
                }
                out.push(Value::String(format!("{s}{}", salt + i + 1)));
            }
            out
        }
        Value::Bool(b) => vec![Value::Bool(!b)],
        Value::Object(m) => {
            let mut out = Vec::new();
            if let Some((k, first)) = m.iter().next() {
                for w in variants(first, salt) {
                    let mut m2 = m.clone();
                    m2.insert(k.clone(), w);
                    out.push(Value::Object(m2));
                }
            }
            out
        }
        Value::Array(a) => {
            let mut out = Vec::new();
            if let Some(first) = a.first() {
                for w in variants(first, salt) {
                    let mut a2 = a.clone();
                    a2[0] = w;
                    out.push(Value::Array(a2));
                }
            }
            out
        }
        Value::Null => vec![json!(false), json!(true), json!(0), json!(1), json!(""), json!("a")],
    }
}

/// A valid value for common `format`s.
pub(super) fn format_sample(format: &str) -> Option<&'static str> {
    Some(match format {
        "date-time" => "2000-01-01T00:00:00Z",
        "date" => "2000-01-01",
        "time" => "00:00:00Z",
        "email" | "idn-email" => "user@example.com",
        "uri" | "iri" | "uri-reference" | "iri-reference" => "https://example.com/",
        "uri-template" => "https://example.com/{id}",
        "uuid" => "00000000-0000-4000-8000-000000000000",
        "ipv4" => "192.0.2.1",
        "ipv6" => "2001:db8::1",
        "hostname" | "idn-hostname" => "example.com",
        "duration" => "P1D",
        "json-pointer" => "/a",
        "relative-json-pointer" => "0",
        "regex" => "^a$",
        _ => return None,
    })
}
