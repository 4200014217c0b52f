//! Set algebra for scalar values: what a schema object accepts among nulls, booleans,
//! numbers and strings, as sets on which inclusion and equality are decided exactly
//! (numbers in [`number`], strings in [`string`] with `pattern`s as automata in
//! [`pattern`]). The diff engine compares these sets instead of keywords, so two spellings
//! of one set are no change, and a change that only widens is not reported as narrowing.
//!
//! A view is built only for an object whose scalar values are decided by its own keywords
//! (no `allOf`/`anyOf`/`oneOf`/`not`/`if` or unresolved reference left after
//! normalization, and no `format`/`content*` difference to weigh): anything else keeps the
//! keyword rules' conservative answers.

pub mod number;
pub mod pattern;
pub mod string;

use super::{Obj, Types};
use number::NumSet;
use serde_json::Value;
use std::rc::Rc;
use string::StrSet;

/// Whether one set is within another.
#[derive(Debug, Clone)]
pub enum Incl {
    Yes,
    /// No, with a member of the first set outside the second when one was found.
    No(Option<Value>),
    /// Not decided, and why.
    Unknown(&'static str),
}

/// A number as JSON: integral values without a fraction.
pub fn number_value(x: f64) -> Value {
    if x.fract() == 0.0 && x.abs() < 9.0e15 {
        Value::from(x as i64)
    } else {
        serde_json::Number::from_f64(x).map_or(Value::Null, Value::Number)
    }
}

/// The scalar kinds a view decides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Null,
    Boolean,
    Number,
    String,
}

impl Kind {
    pub const ALL: [Kind; 4] = [Kind::Null, Kind::Boolean, Kind::Number, Kind::String];
    pub fn types(self) -> Types {
        match self {
            Kind::Null => Types::NULL,
            Kind::Boolean => Types::BOOLEAN,
            Kind::Number => Types::NUMBER.union(Types::INTEGER),
            Kind::String => Types::STRING,
        }
    }
    pub fn plural(self) -> &'static str {
        match self {
            Kind::Null => "nulls",
            Kind::Boolean => "booleans",
            Kind::Number => "numbers",
            Kind::String => "strings",
        }
    }
}

/// What an object accepts among scalars (`None` for a kind the view cannot decide).
#[derive(Debug, Clone)]
pub struct Scalars {
    pub null: bool,
    /// (accepts true, accepts false)
    pub boolean: (bool, bool),
    pub number: Option<NumSet>,
    pub string: Option<StrSet>,
}

impl Scalars {
    /// The view of an object, or `None` when applicators leave its scalars to other schemas.
    pub fn of(o: &Obj, patterns: &mut pattern::Cache) -> Option<Scalars> {
        if o.has_applicators() {
            return None;
        }
        let types = o.types.unwrap_or(Types::ALL).canonical();
        let values = o.enumeration.as_deref();
        let null = types.contains(Types::NULL) && values.is_none_or(|v| v.contains(&Value::Null));
        let boolean = if types.contains(Types::BOOLEAN) {
            match values {
                None => (true, true),
                Some(v) => (v.contains(&Value::Bool(true)), v.contains(&Value::Bool(false))),
            }
        } else {
            (false, false)
        };
        let number = if types.intersects(Types::INTEGER) {
            let integer = !types.contains(Types::NUMBER);
            let numbers: Option<Vec<Value>> = values.map(|v| v.iter().filter(|x| x.is_number()).cloned().collect());
            NumSet::new(integer, o.minimum, o.maximum, o.multiple_of, numbers.as_deref())
        } else {
            Some(NumSet::Finite(Vec::new()))
        };
        let string = if types.contains(Types::STRING) {
            let compiled: Vec<Rc<pattern::Compiled>> = o.pattern.iter().map(|p| patterns.get(p)).collect();
            let strings: Option<Vec<&str>> = values.map(|v| v.iter().filter_map(Value::as_str).collect());
            StrSet::new(o.min_length, o.max_length, compiled, strings)
        } else {
            Some(StrSet::Finite(Vec::new()))
        };
        Some(Scalars {
            null,
            boolean,
            number,
            string,
        })
    }

    /// Whether this side's `kind` values are all accepted by `other`'s.
    pub fn within(&self, other: &Scalars, kind: Kind) -> Incl {
        match kind {
            Kind::Null => {
                if self.null && !other.null {
                    Incl::No(Some(Value::Null))
                } else {
                    Incl::Yes
                }
            }
            Kind::Boolean => {
                if self.boolean.0 && !other.boolean.0 {
                    Incl::No(Some(Value::Bool(true)))
                } else if self.boolean.1 && !other.boolean.1 {
                    Incl::No(Some(Value::Bool(false)))
                } else {
                    Incl::Yes
                }
            }
            Kind::Number => match (&self.number, &other.number) {
                (Some(a), Some(b)) => a.within(b),
                _ => Incl::Unknown("a number beyond exact reasoning"),
            },
            Kind::String => match (&self.string, &other.string) {
                (Some(a), Some(b)) => a.within(b),
                _ => Incl::Unknown("a pattern that is not a regular language"),
            },
        }
    }

    /// Whether this side accepts no value of `kind`.
    pub fn lacks(&self, kind: Kind) -> bool {
        match kind {
            Kind::Null => !self.null,
            Kind::Boolean => self.boolean == (false, false),
            Kind::Number => self.number.as_ref().is_some_and(NumSet::is_empty),
            Kind::String => self.string.as_ref().is_some_and(StrSet::is_empty),
        }
    }

    /// The set of `kind`, in words.
    pub fn describe(&self, kind: Kind) -> String {
        match kind {
            Kind::Null => if self.null { "null" } else { "no null" }.into(),
            Kind::Boolean => match self.boolean {
                (true, true) => "true and false".into(),
                (true, false) => "true".into(),
                (false, true) => "false".into(),
                (false, false) => "no boolean".into(),
            },
            Kind::Number => self.number.as_ref().map_or("numbers".into(), NumSet::describe),
            Kind::String => self.string.as_ref().map_or("strings".into(), StrSet::describe),
        }
    }
}
