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
}
