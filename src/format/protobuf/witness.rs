//! Witnesses: a message that OLD writes and NEW misreads or rejects, shown in the text format,
//! as wire bytes (hex) and as its JSON mapping. Each is checked before it is printed: the
//! message is built and encoded with OLD's descriptor, decoded (or, for the JSON encoding,
//! parsed) with NEW's, and the witness is kept only when NEW fails or reads other values.

use crate::change::{Side, Witness};
use prost::Message as _;
use prost_reflect::ReflectMessage as _;
use prost_reflect::{DynamicMessage, FieldDescriptor, Kind, MapKey, MessageDescriptor, Value};
use std::collections::HashMap;

/// Which encoding a witness should show the break in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Binary,
    Json,
    /// The binary encoding if it separates the versions, else JSON.
    Either,
}

/// Candidate values for a field's element kind, the likeliest to be misread first.
fn candidates(kind: &Kind, depth: usize) -> Vec<Value> {
    match kind {
        Kind::Int32 => vec![Value::I32(-1), Value::I32(2), Value::I32(1)],
        Kind::Sint32 | Kind::Sfixed32 => vec![Value::I32(-1), Value::I32(2)],
        Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => {
            vec![Value::I64(-1), Value::I64(5_000_000_000), Value::I64(2)]
        }
        Kind::Uint32 | Kind::Fixed32 => vec![Value::U32(4_000_000_000), Value::U32(2)],
        Kind::Uint64 | Kind::Fixed64 => vec![Value::U64(10_000_000_000_000_000_000), Value::U64(2)],
        Kind::Bool => vec![Value::Bool(true)],
        Kind::Float => vec![Value::F32(1.5)],
        Kind::Double => vec![Value::F64(1.5)],
        Kind::String => vec![Value::String("not base64!".into()), Value::String("a".into())],
        Kind::Bytes => vec![
            Value::Bytes(vec![0xff, 0xfe].into()),
            Value::Bytes(b"ok".to_vec().into()),
        ],
        Kind::Enum(e) => {
            let mut values: Vec<i32> = e.values().map(|v| v.number()).filter(|n| *n != 0).collect();
            values.sort_by_key(|n| std::cmp::Reverse(*n));
            values.truncate(2);
            if values.is_empty() {
                values.push(0);
            }
            values.into_iter().map(Value::EnumNumber).collect()
        }
        Kind::Message(m) => vec![Value::Message(filled(m, depth + 1))],
    }
}

/// A message with its first few fields set (to show that a nested message changed).
fn filled(m: &MessageDescriptor, depth: usize) -> DynamicMessage {
    let mut msg = DynamicMessage::new(m.clone());
    if depth > 3 {
        return msg;
    }
    let mut oneofs_set = std::collections::HashSet::new();
    for f in m.fields() {
        if let Some(o) = f.containing_oneof()
            && !oneofs_set.insert(o.name().to_string())
        {
            continue;
        }
        if let Some(v) = value_for(&f, 0, depth) {
            let _ = msg.try_set_field(&f, v);
        }
    }
    msg
}

/// The `i`th candidate value for a field (lists and maps hold one element).
fn value_for(f: &FieldDescriptor, i: usize, depth: usize) -> Option<Value> {
    if f.is_map() {
        let Kind::Message(entry) = f.kind() else { return None };
        let key = match entry.map_entry_key_field().kind() {
            Kind::Bool => MapKey::Bool(true),
            Kind::Int32 | Kind::Sint32 | Kind::Sfixed32 => MapKey::I32(1),
            Kind::Int64 | Kind::Sint64 | Kind::Sfixed64 => MapKey::I64(1),
            Kind::Uint32 | Kind::Fixed32 => MapKey::U32(1),
            Kind::Uint64 | Kind::Fixed64 => MapKey::U64(1),
            _ => MapKey::String("k".into()),
        };
        let value = candidates(&entry.map_entry_value_field().kind(), depth)
            .into_iter()
            .nth(i)?;
        return Some(Value::Map(HashMap::from([(key, value)])));
    }
    let v = candidates(&f.kind(), depth).into_iter().nth(i)?;
    Some(if f.is_list() { Value::List(vec![v]) } else { v })
}

/// Required fields set, so that OLD accepts the message.
fn with_required(m: &MessageDescriptor) -> DynamicMessage {
    let mut msg = DynamicMessage::new(m.clone());
    for f in m.fields().filter(|f| f.is_required()) {
        if let Some(v) = value_for(&f, 0, 1) {
            let _ = msg.try_set_field(&f, v);
        }
    }
    msg
}

/// A value in a form that compares across the two versions' descriptors: numbers as
/// numbers (enums and bools too), strings as their bytes, messages by field number.
fn canon(v: &Value) -> serde_json::Value {
    use serde_json::json;
    match v {
        Value::Bool(b) => json!(i64::from(*b).to_string()),
        Value::I32(n) => json!(n.to_string()),
        Value::I64(n) => json!(n.to_string()),
        Value::U32(n) => json!(n.to_string()),
        Value::U64(n) => json!(n.to_string()),
        Value::F32(n) => json!(f64::from(*n).to_string()),
        Value::F64(n) => json!(n.to_string()),
        Value::String(s) => json!(hex(s.as_bytes())),
        Value::Bytes(b) => json!(hex(b)),
        Value::EnumNumber(n) => json!(n.to_string()),
        Value::Message(m) => {
            let mut fields: Vec<(u32, serde_json::Value)> = m.fields().map(|(f, v)| (f.number(), canon(v))).collect();
            fields.sort_by_key(|(n, _)| *n);
            json!(fields)
        }
        Value::List(items) => serde_json::Value::Array(items.iter().map(canon).collect()),
        Value::Map(map) => {
            let mut entries: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}={}", canon(&Value::from(k.clone())), canon(v)))
                .collect();
            entries.sort();
            json!(entries)
        }
    }
}

/// A value as the text format writes it.
fn show(v: &Value) -> String {
    match v {
        Value::Bool(b) => b.to_string(),
        Value::I32(n) => n.to_string(),
        Value::I64(n) => n.to_string(),
        Value::U32(n) => n.to_string(),
        Value::U64(n) => n.to_string(),
        Value::F32(n) => n.to_string(),
        Value::F64(n) => n.to_string(),
        Value::String(s) => format!("{s:?}"),
        Value::Bytes(b) => format!("bytes {}", hex(b)),
        Value::EnumNumber(n) => n.to_string(),
        Value::Message(m) => format!("{{{}}}", m.to_text_format()),
        Value::List(items) => format!("[{}]", items.iter().map(show).collect::<Vec<_>>().join(", ")),
        Value::Map(m) => format!("a map of {} entries", m.len()),
    }
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The JSON mapping of a message.
pub fn to_json(msg: &DynamicMessage) -> Option<serde_json::Value> {
    msg.serialize_with_options(
        serde_json::value::Serializer,
        &prost_reflect::SerializeOptions::new().skip_default_fields(true),
    )
    .ok()
}

/// What NEW made of an OLD message, in one clause, when that differs from what OLD wrote.
fn misread_binary(written: &DynamicMessage, new: &MessageDescriptor, watch: &[u32]) -> Option<String> {
    let bytes = written.encode_to_vec();
    let read = match DynamicMessage::decode(new.clone(), bytes.as_slice()) {
        Ok(m) => m,
        Err(e) => return Some(format!("NEW cannot decode it ({e})")),
    };
    for f in new.fields().filter(|f| f.is_required()) {
        if !read.has_field(&f) {
            return Some(format!("NEW rejects it: required field \"{}\" is missing", f.name()));
        }
    }
    for &number in watch {
        let Some(old_field) = written.descriptor().get_field(number) else {
            continue;
        };
        let before = written.get_field(&old_field);
        match new.get_field(number) {
            None => {
                return Some(format!(
                    "NEW has no field {number}: it drops \"{}\" into its unknown fields",
                    old_field.name()
                ));
            }
            Some(nf) => {
                if let Some(o) = nf.containing_oneof().filter(|o| !o.is_synthetic())
                    && written.has_field(&old_field)
                    && !read.has_field(&nf)
                {
                    let set: Vec<String> = o
                        .fields()
                        .filter(|f| read.has_field(f))
                        .map(|f| format!("\"{}\"", f.name()))
                        .collect();
                    return Some(if set.is_empty() {
                        format!("NEW finds oneof \"{}\" unset and loses \"{}\"", o.name(), nf.name())
                    } else {
                        format!(
                            "NEW keeps only {} of oneof \"{}\" and loses \"{}\"",
                            set.join(", "),
                            o.name(),
                            nf.name()
                        )
                    });
                }
                let after = read.get_field(&nf);
                if canon(&before) != canon(&after) {
                    return Some(format!(
                        "NEW reads \"{}\" as {} where OLD wrote {}",
                        nf.name(),
                        show(&after),
                        show(&before)
                    ));
                }
            }
        }
    }
    None
}

/// What NEW's JSON parser makes of OLD's JSON form, when it fails or reads other values.
fn misread_json(
    json: &serde_json::Value,
    written: &DynamicMessage,
    new: &MessageDescriptor,
    watch: &[u32],
) -> Option<String> {
    let read = match DynamicMessage::deserialize(new.clone(), json.clone()) {
        Ok(m) => m,
        Err(e) => return Some(format!("NEW rejects its JSON form ({e})")),
    };
    for &number in watch {
        let Some(old_field) = written.descriptor().get_field(number) else {
            continue;
        };
        let Some(nf) = new.get_field(number) else { continue };
        if canon(&written.get_field(&old_field)) != canon(&read.get_field(&nf)) {
            return Some(format!(
                "NEW reads the JSON field \"{}\" as another value",
                old_field.json_name()
            ));
        }
    }
    None
}

/// Checks a message OLD writes against NEW, and makes the witness when NEW misreads it.
pub fn check(written: DynamicMessage, new: &MessageDescriptor, watch: &[u32], encoding: Encoding) -> Option<Witness> {
    let bytes = written.encode_to_vec();
    let json = to_json(&written)?;
    let verdict = match encoding {
        Encoding::Binary => misread_binary(&written, new, watch),
        Encoding::Json => misread_json(&json, &written, new, watch),
        Encoding::Either => misread_binary(&written, new, watch).or_else(|| misread_json(&json, &written, new, watch)),
    }?;
    let text = written.to_text_format();
    Some(Witness {
        accepted_by: Side::Old,
        document: json,
        description: Some(format!(
            "OLD writes this {} message; {verdict}",
            written.descriptor().full_name()
        )),
        text: Some(if text.is_empty() {
            "# (empty message)".into()
        } else {
            text
        }),
        encoded: Some(hex(&bytes)),
    })
}

/// A witness for a field OLD has: an OLD message with the field set, tried with each
/// candidate value until NEW misreads one.
pub fn field(old_field: &FieldDescriptor, new_message: &MessageDescriptor, encoding: Encoding) -> Option<Witness> {
    let old_message = old_field.parent_message();
    for i in 0..4 {
        let Some(v) = value_for(old_field, i, 1) else { break };
        let mut msg = with_required(old_message);
        if msg.try_set_field(old_field, v).is_err() {
            continue;
        }
        if let Some(w) = check(msg, new_message, &[old_field.number()], encoding) {
            return Some(w);
        }
    }
    None
}

/// A witness with several fields set at once (fields NEW put into one oneof).
pub fn fields_together(old_fields: &[FieldDescriptor], new_message: &MessageDescriptor) -> Option<Witness> {
    let first = old_fields.first()?;
    let mut msg = with_required(first.parent_message());
    for f in old_fields {
        msg.try_set_field(f, value_for(f, 0, 1)?).ok()?;
    }
    let numbers: Vec<u32> = old_fields.iter().map(FieldDescriptor::number).collect();
    check(msg, new_message, &numbers, Encoding::Binary)
}

/// A witness for a message OLD accepts as it is (NEW added a required field or changed a
/// default): OLD's required fields set, nothing else.
pub fn bare(old_message: &MessageDescriptor, new_message: &MessageDescriptor, watch: &[u32]) -> Option<Witness> {
    let msg = with_required(old_message);
    check(msg, new_message, watch, Encoding::Binary)
}

/// A witness for an enum value: a message of OLD's root file with a field of that enum set to
/// the value, checked against the same message in NEW.
pub fn enum_value(
    old_pool: &prost_reflect::DescriptorPool,
    new_pool: &prost_reflect::DescriptorPool,
    enum_name: &str,
    number: i32,
    encoding: Encoding,
) -> Option<Witness> {
    for m in old_pool.all_messages().filter(|m| !m.is_map_entry()) {
        for f in m.fields() {
            let matches = matches!(&f.kind(), Kind::Enum(e) if e.full_name() == enum_name) && !f.is_map();
            if !matches {
                continue;
            }
            let Some(new_message) = new_pool.get_message_by_name(m.full_name()) else {
                continue;
            };
            let mut msg = with_required(&m);
            let v = Value::EnumNumber(number);
            let v = if f.is_list() { Value::List(vec![v]) } else { v };
            if msg.try_set_field(&f, v).is_err() {
                continue;
            }
            if let Some(w) = check(msg, &new_message, &[f.number()], encoding) {
                return Some(w);
            }
        }
    }
    None
}
