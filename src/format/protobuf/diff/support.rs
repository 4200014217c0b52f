//! What several rules share: a field's cardinality and type as the levels see them, the
//! scalar types each encoding can exchange, and the classifiers that pick, for one change,
//! the one rule that reports it at the level in force.

use super::Cx;
use crate::format::protobuf::Level;
use prost_reflect::{FieldDescriptor, Kind, MessageDescriptor};

/// How many values a field holds, and whether its presence is tracked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Card {
    /// proto3 singular scalar without `optional`: absent means the zero value.
    Implicit,
    /// proto2 `optional`, proto3 `optional`, oneof members, message fields.
    Explicit,
    Required,
    Repeated,
    Map,
}

impl Card {
    pub fn of(f: &FieldDescriptor) -> Card {
        if f.is_map() {
            Card::Map
        } else if f.is_list() {
            Card::Repeated
        } else if f.is_required() {
            Card::Required
        } else if f.supports_presence() {
            Card::Explicit
        } else {
            Card::Implicit
        }
    }
    pub fn describe(self) -> &'static str {
        match self {
            Card::Implicit => "singular (implicit presence)",
            Card::Explicit => "optional (explicit presence)",
            Card::Required => "required",
            Card::Repeated => "repeated",
            Card::Map => "map",
        }
    }
    fn singular(self) -> bool {
        matches!(self, Card::Implicit | Card::Explicit | Card::Required)
    }
}

/// The element kind of a field: a map's value kind, else its own.
pub fn value_kind(f: &FieldDescriptor) -> Kind {
    match f.kind() {
        Kind::Message(m) if f.is_map() => m.map_entry_value_field().kind(),
        k => k,
    }
}

/// A kind as written in a `.proto` file.
pub fn kind_name(k: &Kind) -> String {
    match k {
        Kind::Double => "double".into(),
        Kind::Float => "float".into(),
        Kind::Int32 => "int32".into(),
        Kind::Int64 => "int64".into(),
        Kind::Uint32 => "uint32".into(),
        Kind::Uint64 => "uint64".into(),
        Kind::Sint32 => "sint32".into(),
        Kind::Sint64 => "sint64".into(),
        Kind::Fixed32 => "fixed32".into(),
        Kind::Fixed64 => "fixed64".into(),
        Kind::Sfixed32 => "sfixed32".into(),
        Kind::Sfixed64 => "sfixed64".into(),
        Kind::Bool => "bool".into(),
        Kind::String => "string".into(),
        Kind::Bytes => "bytes".into(),
        Kind::Message(m) => m.full_name().into(),
        Kind::Enum(e) => e.full_name().into(),
    }
}

/// A field's type as written (`map<string, int32>`, `acme.v1.Money`, `int64`).
pub fn type_name(f: &FieldDescriptor) -> String {
    match f.kind() {
        Kind::Message(m) if f.is_map() => format!(
            "map<{}, {}>",
            kind_name(&m.map_entry_key_field().kind()),
            kind_name(&m.map_entry_value_field().kind())
        ),
        k => kind_name(&k),
    }
}

/// Scalars that share a varint, zigzag, 32-bit or 64-bit encoding, as buf's wire table
/// groups them (string → bytes is one-way, handled by the caller).
fn wire_group(k: &Kind) -> Option<u8> {
    Some(match k {
        Kind::Int32 | Kind::Uint32 | Kind::Int64 | Kind::Uint64 | Kind::Bool => 1,
        Kind::Sint32 | Kind::Sint64 => 2,
        Kind::Fixed32 | Kind::Sfixed32 => 3,
        Kind::Fixed64 | Kind::Sfixed64 => 4,
        _ => return None,
    })
}

/// Scalars the JSON mapping writes alike (buf's wire_json table).
fn json_group(k: &Kind) -> Option<u8> {
    Some(match k {
        Kind::Int32 | Kind::Uint32 => 1,
        Kind::Int64 | Kind::Uint64 => 2,
        Kind::Fixed32 | Kind::Sfixed32 => 3,
        Kind::Fixed64 | Kind::Sfixed64 => 4,
        _ => return None,
    })
}

/// Scalars Confluent's Schema Registry lets a field change between (enums count as varints).
fn confluent_group(k: &Kind) -> Option<u8> {
    Some(match k {
        Kind::String | Kind::Bytes => 0,
        Kind::Int32 | Kind::Uint32 | Kind::Int64 | Kind::Uint64 | Kind::Bool | Kind::Enum(_) => 1,
        Kind::Sint32 | Kind::Sint64 => 2,
        Kind::Fixed32 | Kind::Sfixed32 => 3,
        Kind::Fixed64 | Kind::Sfixed64 => 4,
        _ => return None,
    })
}

/// A type's name without its package (`outer.Inner` for `acme.v1.outer.Inner`).
fn local_name<'n>(full: &'n str, package: &str) -> &'n str {
    if package.is_empty() {
        full
    } else {
        full.strip_prefix(package)
            .and_then(|r| r.strip_prefix('.'))
            .unwrap_or(full)
    }
}

/// Whether two named types (messages or enums) are the same type at the level in force:
/// types of the two root files by their name inside the package (a package change is its
/// own rule); other types by full name, except under `confluent`, which ignores packages.
pub fn same_named_type(
    cx: &Cx,
    old: &str,
    old_package: &str,
    old_in_root: bool,
    new: &str,
    new_package: &str,
    new_in_root: bool,
) -> bool {
    if (old_in_root && new_in_root) || cx.level == Level::Confluent {
        local_name(old, old_package) == local_name(new, new_package)
    } else {
        old == new
    }
}

/// How a field's element type changed, per encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TypeDelta {
    /// The binary encoding still reads the same bytes (buf's wire rules).
    pub wire_ok: bool,
    /// The JSON mapping still reads the same documents (buf's wire_json rules).
    pub json_ok: bool,
    /// Confluent's rules accept it.
    pub confluent_ok: bool,
}

/// How two element kinds differ, per encoding (`None`: the same type).
pub fn kinds_delta(cx: &Cx, o: &Kind, n: &Kind) -> Option<TypeDelta> {
    let named = |k: &Kind, new: bool| -> Option<(String, String, bool)> {
        let (full, file) = match k {
            Kind::Message(m) => (m.full_name().to_string(), m.parent_file()),
            Kind::Enum(e) => (e.full_name().to_string(), e.parent_file()),
            _ => return None,
        };
        Some((full, file.package_name().to_string(), cx.in_root(new, &file)))
    };
    match (o, n) {
        (Kind::Message(_), Kind::Message(_)) | (Kind::Enum(_), Kind::Enum(_)) => {
            let (on, op, or) = named(o, false)?;
            let (nn, np, nr) = named(n, true)?;
            let roots = or && nr;
            let same_full = if roots {
                local_name(&on, &op) == local_name(&nn, &np)
            } else {
                on == nn
            };
            let same_local = local_name(&on, &op) == local_name(&nn, &np);
            if same_full {
                return None;
            }
            let wire_ok = match (o, n) {
                // buf: enums with the same short name whose values only grew.
                (Kind::Enum(a), Kind::Enum(b)) => {
                    a.name() == b.name()
                        && a.values()
                            .all(|v| b.get_value(v.number()).is_some_and(|w| w.name() == v.name()))
                }
                _ => false,
            };
            Some(TypeDelta {
                wire_ok,
                json_ok: wire_ok,
                confluent_ok: same_local,
            })
        }
        _ if std::mem::discriminant(o) == std::mem::discriminant(n) => None,
        _ => {
            let wire_ok = (matches!(o, Kind::String) && matches!(n, Kind::Bytes))
                || wire_group(o).is_some_and(|g| wire_group(n) == Some(g));
            let json_ok = json_group(o).is_some_and(|g| json_group(n) == Some(g));
            let confluent_ok = confluent_group(o).is_some_and(|g| confluent_group(n) == Some(g));
            Some(TypeDelta {
                wire_ok,
                json_ok,
                confluent_ok,
            })
        }
    }
}

/// How two paired fields' types differ (`None`: the same type). Maps compare their key and
/// value types; a field that becomes a map, or stops being one, changes cardinality instead.
pub fn type_delta(cx: &Cx, o: &FieldDescriptor, n: &FieldDescriptor) -> Option<TypeDelta> {
    if o.is_map() != n.is_map() {
        return None;
    }
    if o.is_map() {
        let (Kind::Message(a), Kind::Message(b)) = (o.kind(), n.kind()) else {
            return None;
        };
        let key = kinds_delta(cx, &a.map_entry_key_field().kind(), &b.map_entry_key_field().kind());
        let value = kinds_delta(cx, &a.map_entry_value_field().kind(), &b.map_entry_value_field().kind());
        return match (key, value) {
            (None, None) => None,
            (Some(d), None) | (None, Some(d)) => Some(d),
            (Some(a), Some(b)) => Some(TypeDelta {
                wire_ok: a.wire_ok && b.wire_ok,
                json_ok: a.json_ok && b.json_ok,
                confluent_ok: a.confluent_ok && b.confluent_ok,
            }),
        };
    }
    kinds_delta(cx, &o.kind(), &n.kind())
}

/// The one rule that reports a type change at the level in force.
pub fn type_rule(cx: &Cx, o: &FieldDescriptor, n: &FieldDescriptor) -> Option<&'static str> {
    let d = type_delta(cx, o, n)?;
    Some(match cx.level {
        Level::File | Level::Package => "field-type-changed",
        Level::Wire if !d.wire_ok => "field-wire-type-changed",
        Level::WireJson if !d.wire_ok => "field-wire-type-changed",
        Level::WireJson if !d.json_ok => "field-json-type-changed",
        Level::Confluent if !d.confluent_ok => "field-kind-changed",
        _ => "field-type-changed",
    })
}

/// Whether a kind is written as a varint or fixed-width number (packed when repeated).
fn numeric(k: &Kind) -> bool {
    !matches!(k, Kind::String | Kind::Bytes | Kind::Message(_))
}

/// The one rule that reports a cardinality change at the level in force.
pub fn cardinality_rule(cx: &Cx, o: &FieldDescriptor, n: &FieldDescriptor) -> Option<&'static str> {
    let (a, b) = (Card::of(o), Card::of(n));
    if a == b {
        return None;
    }
    if a == Card::Required || b == Card::Required {
        return Some("field-required-changed");
    }
    let presence_only = matches!(
        (a, b),
        (Card::Implicit, Card::Explicit) | (Card::Explicit, Card::Implicit)
    );
    let lists = matches!((a, b), (Card::Repeated, Card::Map) | (Card::Map, Card::Repeated));
    Some(match cx.level {
        Level::File | Level::Package => "field-cardinality-changed",
        Level::Wire if presence_only || lists => "field-cardinality-changed",
        Level::WireJson if presence_only => "field-cardinality-changed",
        Level::WireJson if lists => "field-json-cardinality-changed",
        Level::Wire | Level::WireJson => "field-wire-cardinality-changed",
        Level::Confluent if a.singular() != b.singular() && numeric(&value_kind(o)) && numeric(&value_kind(n)) => {
            "numeric-field-cardinality-changed"
        }
        Level::Confluent => "field-cardinality-changed",
    })
}

/// Whether a message reserves a field number.
pub fn reserves_number(m: &MessageDescriptor, number: u32) -> bool {
    m.reserved_ranges().any(|r| r.contains(&number))
}

/// Whether a message reserves a field name.
pub fn reserves_name(m: &MessageDescriptor, name: &str) -> bool {
    m.reserved_names().any(|n| n == name)
}

/// The oneof (not a proto3 `optional`'s synthetic one) a field belongs to.
pub fn real_oneof(f: &FieldDescriptor) -> Option<String> {
    f.containing_oneof()
        .filter(|o| !o.is_synthetic())
        .map(|o| o.name().to_string())
}

/// "field "x" (3) on message "pkg.M"", buf's way of naming a field.
pub fn field_label(f: &FieldDescriptor) -> String {
    format!(
        "field \"{}\" ({}) on message \"{}\"",
        f.name(),
        f.number(),
        f.parent_message().full_name()
    )
}
