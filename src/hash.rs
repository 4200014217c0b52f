//! A fast hasher for the maps on hot paths (loader memos, engine visit sets) and for
//! content digests.
//!
//! It is built on the folded 128-bit multiply that wyhash and foldhash use: each input word
//! is mixed into the state with one full-width multiplication, so every input bit reaches
//! every output bit. The state starts from a seed drawn once per process from the standard
//! library's random keys, so inputs cannot be crafted to collide (which would turn a map
//! into a slow list, or make two different subschemas look alike to the engine).

use std::hash::{BuildHasher, Hasher};
use std::sync::OnceLock;

/// The per-process seed.
fn seed() -> u64 {
    static SEED: OnceLock<u64> = OnceLock::new();
    *SEED.get_or_init(|| std::collections::hash_map::RandomState::new().hash_one(0x5eed_u64))
}

/// The hasher (see the module documentation).
#[derive(Clone)]
pub struct Mix(u64);

impl Mix {
    /// A hasher whose state starts from the process seed mixed with `salt`.
    pub fn new(salt: u64) -> Mix {
        let mut m = Mix(seed());
        m.word(salt);
        m
    }
    #[inline]
    fn word(&mut self, w: u64) {
        let x = u128::from(self.0 ^ w) * 0x9e37_79b9_7f4a_7c15_u128;
        self.0 = ((x >> 64) as u64 ^ x as u64).wrapping_add(0xa076_1d64_78bd_642f);
    }
}

impl Hasher for Mix {
    #[inline]
    fn finish(&self) -> u64 {
        let x = u128::from(self.0 ^ 0xe703_7ed1_a0b4_28db) * 0x8ebc_6af0_9c88_c6e3_u128;
        (x >> 64) as u64 ^ x as u64
    }
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.word(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut last = [0u8; 8];
            last[..rest.len()].copy_from_slice(rest);
            self.word(u64::from_le_bytes(last));
        }
        self.word(bytes.len() as u64);
    }
    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.word(u64::from(i) | 0x100);
    }
    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.word(u64::from(i));
    }
    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.word(i);
    }
    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.word(i as u64);
    }
    #[inline]
    fn write_i64(&mut self, i: i64) {
        self.word(i as u64);
    }
}

/// Builds [`Mix`] hashers for `HashMap`/`HashSet`.
#[derive(Clone, Copy, Default)]
pub struct Fast;

impl BuildHasher for Fast {
    type Hasher = Mix;
    #[inline]
    fn build_hasher(&self) -> Mix {
        Mix(seed())
    }
}

pub type FastMap<K, V> = std::collections::HashMap<K, V, Fast>;
pub type FastSet<K> = std::collections::HashSet<K, Fast>;

/// A JSON value compared and hashed as JSON Schema compares instances: numbers by
/// mathematical value (`1` equals `1.0`), objects whatever their key order. Sets of values
/// (`enum`, duplicates) are built with it in linear time instead of comparing all pairs.
#[derive(Clone, Copy, Debug)]
pub struct JsonKey<'a>(pub &'a serde_json::Value);

impl PartialEq for JsonKey<'_> {
    fn eq(&self, other: &Self) -> bool {
        json_eq(self.0, other.0)
    }
}

impl Eq for JsonKey<'_> {}

impl std::hash::Hash for JsonKey<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(json_hash(self.0));
    }
}

/// JSON Schema equality of two instances.
pub fn json_eq(a: &serde_json::Value, b: &serde_json::Value) -> bool {
    use serde_json::Value;
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => match (x.as_i64(), y.as_i64(), x.as_u64(), y.as_u64()) {
            (Some(i), Some(j), _, _) => i == j,
            (_, _, Some(i), Some(j)) => i == j,
            _ if (x.is_f64() || y.is_f64()) => x.as_f64() == y.as_f64(),
            _ => false,
        },
        (Value::Array(x), Value::Array(y)) => x.len() == y.len() && x.iter().zip(y).all(|(a, b)| json_eq(a, b)),
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| json_eq(v, w)))
        }
        _ => a == b,
    }
}

/// A hash consistent with [`json_eq`]: numbers hash by their `f64` value, object entries
/// combine without regard to order.
pub fn json_hash(v: &serde_json::Value) -> u64 {
    use serde_json::Value;
    let mut h = Mix::new(0x6a73_6f6e);
    match v {
        Value::Null => h.write_u8(0),
        Value::Bool(b) => h.write_u8(1 + u8::from(*b)),
        Value::Number(n) => {
            let x = n.as_f64().unwrap_or(0.0);
            // -0.0 == 0.0
            h.write_u8(3);
            h.write_u64(if x == 0.0 { 0 } else { x.to_bits() });
        }
        Value::String(s) => {
            h.write_u8(4);
            h.write(s.as_bytes());
        }
        Value::Array(a) => {
            h.write_u8(5);
            for x in a {
                h.write_u64(json_hash(x));
            }
            h.write_usize(a.len());
        }
        Value::Object(o) => {
            h.write_u8(6);
            let mut sum = 0u64;
            for (k, x) in o {
                let mut e = Mix::new(7);
                e.write(k.as_bytes());
                e.write_u64(json_hash(x));
                sum = sum.wrapping_add(e.finish());
            }
            h.write_u64(sum);
            h.write_usize(o.len());
        }
    }
    h.finish()
}

/// The set of values of a list, for membership tests in constant time.
pub fn json_set(values: &[serde_json::Value]) -> FastSet<JsonKey<'_>> {
    let mut set = FastSet::with_capacity_and_hasher(values.len(), Fast);
    set.extend(values.iter().map(JsonKey));
    set
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::hash::Hash;

    fn h(v: impl Hash) -> u64 {
        Fast.hash_one(&v)
    }

    #[test]
    fn equal_inputs_hash_equal_and_small_differences_spread() {
        assert_eq!(h("properties/a"), h("properties/a"));
        let base = h((1u32, "x"));
        for other in [h((2u32, "x")), h((1u32, "y")), h((1u32, "x\0"))] {
            assert_ne!(base, other);
            // A one-bit change in the input flips about half of the output bits.
            let flipped = (base ^ other).count_ones();
            assert!((12..=52).contains(&flipped), "{flipped} bits differ");
        }
    }

    #[test]
    fn a_map_with_it_works_as_a_map() {
        let mut m: FastMap<(u32, String), u32> = FastMap::default();
        for i in 0..1000u32 {
            m.insert((i % 7, format!("/properties/p{i}")), i);
        }
        assert_eq!(m.len(), 1000);
        assert_eq!(m.get(&(3, "/properties/p500".to_string())), Some(&500));
    }

    #[test]
    fn json_keys_compare_as_json_schema_does() {
        use serde_json::json;
        let same = [
            (json!(1), json!(1.0)),
            (
                json!({"a": 1, "b": [2, {"c": 3}]}),
                json!({"b": [2.0, {"c": 3}], "a": 1}),
            ),
            (json!(-0.0), json!(0)),
        ];
        for (a, b) in &same {
            assert_eq!(JsonKey(a), JsonKey(b), "{a} vs {b}");
            assert_eq!(json_hash(a), json_hash(b), "{a} vs {b}");
        }
        let different = [
            (json!(1), json!("1")),
            (json!([1, 2]), json!([2, 1])),
            (json!({"a": 1}), json!({"a": 1, "b": 1})),
            (json!(9007199254740993u64), json!(9007199254740992u64)),
            (json!(null), json!(false)),
        ];
        for (a, b) in &different {
            assert_ne!(JsonKey(a), JsonKey(b), "{a} vs {b}");
        }
        let values = vec![json!("x"), json!(2), json!({"k": [1]})];
        let set = json_set(&values);
        assert!(set.contains(&JsonKey(&json!(2.0))));
        assert!(!set.contains(&JsonKey(&json!("y"))));
    }
}
