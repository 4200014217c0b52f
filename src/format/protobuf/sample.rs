//! A valid example message, in its JSON mapping: the root file's first message (or, for a
//! file of services only, the first rpc's request), with every field set to a value drawn
//! from the seed. Oneofs get one member, repeated fields and maps one or two entries, and
//! nesting stops at a small depth (recursive messages stay finite).

use super::ProtoDoc;
use prost_reflect::{DynamicMessage, Kind, MapKey, MessageDescriptor, Value};
use std::collections::{HashMap, HashSet};

/// A small deterministic generator (SplitMix64), so that a seed always gives one sample.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 { 0 } else { self.next() % n }
    }
}

const WORDS: [&str; 8] = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel"];

fn scalar(kind: &Kind, rng: &mut Rng, depth: usize) -> Value {
    let small = rng.below(1000);
    match kind {
        Kind::Double => Value::F64(small as f64 / 8.0),
        Kind::Float => Value::F32(small as f32 / 8.0),
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => Value::I32(small as i32),
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => Value::I64(small as i64),
        Kind::Uint32 | Kind::Fixed32 => Value::U32(small as u32),
        Kind::Uint64 | Kind::Fixed64 => Value::U64(small),
        Kind::Bool => Value::Bool(!small.is_multiple_of(2)),
        Kind::String => Value::String(format!("{}-{small}", WORDS[rng.below(WORDS.len() as u64) as usize])),
        Kind::Bytes => Value::Bytes(WORDS[rng.below(WORDS.len() as u64) as usize].as_bytes().to_vec().into()),
        Kind::Enum(e) => {
            let values: Vec<i32> = e.values().map(|v| v.number()).collect();
            Value::EnumNumber(
                values
                    .get(rng.below(values.len() as u64) as usize)
                    .copied()
                    .unwrap_or(0),
            )
        }
        Kind::Message(m) => Value::Message(message(m, rng, depth + 1)),
    }
}

fn map_key(kind: &Kind, rng: &mut Rng) -> MapKey {
    let n = rng.below(100);
    match kind {
        Kind::Bool => MapKey::Bool(n.is_multiple_of(2)),
        Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => MapKey::I32(n as i32),
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => MapKey::I64(n as i64),
        Kind::Uint32 | Kind::Fixed32 => MapKey::U32(n as u32),
        Kind::Uint64 | Kind::Fixed64 => MapKey::U64(n),
        _ => MapKey::String(format!("{}-{n}", WORDS[(n % 8) as usize])),
    }
}

fn message(m: &MessageDescriptor, rng: &mut Rng, depth: usize) -> DynamicMessage {
    let mut msg = DynamicMessage::new(m.clone());
    if depth > 4 {
        return msg;
    }
    let mut oneofs_done = HashSet::new();
    for f in m.fields() {
        if let Some(o) = f.containing_oneof().filter(|o| !o.is_synthetic())
            && !oneofs_done.insert(o.name().to_string())
        {
            continue;
        }
        // Deep messages are left out below the top levels unless required.
        if matches!(f.kind(), Kind::Message(_)) && depth > 2 && !f.is_required() {
            continue;
        }
        let value = if f.is_map() {
            let Kind::Message(entry) = f.kind() else { continue };
            let mut map = HashMap::new();
            for _ in 0..=rng.below(2) {
                let key = map_key(&entry.map_entry_key_field().kind(), rng);
                map.insert(key, scalar(&entry.map_entry_value_field().kind(), rng, depth));
            }
            Value::Map(map)
        } else if f.is_list() {
            Value::List((0..=rng.below(2)).map(|_| scalar(&f.kind(), rng, depth)).collect())
        } else {
            scalar(&f.kind(), rng, depth)
        };
        let _ = msg.try_set_field(&f, value);
    }
    msg
}

/// A sample of the schema's main message, as its JSON mapping.
pub fn sample(doc: &ProtoDoc, seed: u64) -> Option<serde_json::Value> {
    let target = doc
        .root
        .messages()
        .next()
        .or_else(|| doc.root.services().find_map(|s| s.methods().next().map(|m| m.input())))?;
    let mut rng = Rng(seed);
    let msg = message(&target, &mut rng, 0);
    super::witness::to_json(&msg)
}
