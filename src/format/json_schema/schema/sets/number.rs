//! Numbers as sets: an interval (open or closed ends, or unbounded), optionally restricted to
//! a lattice `k·step` (the integers, a `multipleOf`, or both: their least common multiple),
//! or a finite set of values (`enum`/`const` folded with the interval). Inclusion is decided
//! on these sets, so `{type: integer, exclusiveMaximum: 10}` equals `{type: integer,
//! maximum: 9}` and `enum: [1, 2, 3]` equals the integers 1 to 3.
//!
//! Divisibility is decided on exact decimals (the shortest decimal that prints each `f64`),
//! so `multipleOf: 0.1` holds 0.3 as a validator that reads decimals would say.

use super::Incl;
use crate::format::json_schema::schema::Bound;
use serde_json::Value;

/// An exact decimal `m · 10^e`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Dec {
    m: i128,
    e: i32,
}

impl Dec {
    /// The shortest decimal that reads back as `x` (`None` for infinities and NaN).
    pub fn of(x: f64) -> Option<Dec> {
        if !x.is_finite() {
            return None;
        }
        if x == 0.0 {
            return Some(Dec { m: 0, e: 0 });
        }
        let s = format!("{x:e}");
        let (mant, exp) = s.split_once('e')?;
        let mut e: i32 = exp.parse().ok()?;
        let neg = mant.starts_with('-');
        let mant = mant.trim_start_matches('-');
        let (int, frac) = mant.split_once('.').unwrap_or((mant, ""));
        let digits = format!("{int}{frac}");
        e -= frac.len() as i32;
        let mut m: i128 = digits.parse().ok()?;
        while m != 0 && m % 10 == 0 {
            m /= 10;
            e += 1;
        }
        Some(Dec {
            m: if neg { -m } else { m },
            e,
        })
    }
    fn to_f64(self) -> f64 {
        format!("{}e{}", self.m, self.e).parse().unwrap_or(f64::NAN)
    }
    /// Whether `self` is an integer multiple of `step` (`None` when the numbers are too far
    /// apart in scale to tell).
    pub fn is_multiple_of(self, step: Dec) -> Option<bool> {
        if step.m == 0 {
            return None;
        }
        if self.m == 0 {
            return Some(true);
        }
        let d = self.e - step.e;
        let b = step.m.abs();
        if d >= 0 {
            // b | a·10^d
            let mut r = self.m.rem_euclid(b);
            for _ in 0..d.min(200) {
                r = (r * 10) % b;
                if r == 0 {
                    return Some(true);
                }
            }
            Some(r == 0)
        } else {
            // b·10^-d | a
            let mut div = b;
            for _ in 0..(-d) {
                div = match div.checked_mul(10) {
                    Some(v) => v,
                    None => return Some(false),
                };
            }
            Some(self.m % div == 0)
        }
    }
    /// The least common multiple of two positive decimals.
    fn lcm(self, other: Dec) -> Option<Dec> {
        let e = self.e.min(other.e);
        let scale = |d: Dec| -> Option<i128> {
            let mut v = d.m.abs();
            for _ in 0..(d.e - e) {
                v = v.checked_mul(10)?;
            }
            Some(v)
        };
        let (x, y) = (scale(self)?, scale(other)?);
        let g = gcd(x, y);
        let l = (x / g).checked_mul(y)?;
        let mut out = Dec { m: l, e };
        while out.m % 10 == 0 {
            out.m /= 10;
            out.e += 1;
        }
        Some(out)
    }
}

fn gcd(mut a: i128, mut b: i128) -> i128 {
    while b != 0 {
        (a, b) = (b, a % b);
    }
    a.abs().max(1)
}

/// The numbers one schema accepts.
#[derive(Debug, Clone)]
pub enum NumSet {
    /// Finitely many values, sorted.
    Finite(Vec<f64>),
    /// An interval, optionally on a lattice.
    Range {
        lo: Option<Bound>,
        hi: Option<Bound>,
        /// `k · step` for integers `k` (`None`: every number in the interval).
        step: Option<Dec>,
    },
}

impl NumSet {
    /// The numbers a schema's `type`, bounds, `multipleOf` and `enum` admit (`integer`:
    /// only integers are accepted). `None` when a number is beyond exact reasoning.
    pub fn new(
        integer: bool,
        lo: Option<Bound>,
        hi: Option<Bound>,
        multiple_of: Option<f64>,
        values: Option<&[Value]>,
    ) -> Option<NumSet> {
        let mut step = match multiple_of {
            Some(m) => Some(Dec::of(m)?),
            None => None,
        };
        if integer {
            let one = Dec { m: 1, e: 0 };
            step = Some(match step {
                Some(s) => s.lcm(one)?,
                None => one,
            });
        }
        let range = NumSet::Range { lo, hi, step };
        let set = match values {
            Some(values) => {
                let mut kept: Vec<f64> = Vec::new();
                for v in values.iter().filter_map(Value::as_f64) {
                    if range.contains(v)? {
                        kept.push(v);
                    }
                }
                kept.sort_by(f64::total_cmp);
                kept.dedup();
                NumSet::Finite(kept)
            }
            None => range,
        };
        Some(set.normalized())
    }

    /// Bounds tightened to the lattice (closed, on lattice points), and a range that holds
    /// one value or none as a finite set.
    fn normalized(self) -> NumSet {
        let NumSet::Range { lo, hi, step } = self else {
            return self;
        };
        let (lo, hi) = match step {
            Some(s) => {
                let sf = s.to_f64();
                let lo = lo.map(|b| {
                    let mut k = (b.value / sf).ceil();
                    if b.exclusive && k * sf <= b.value {
                        k += 1.0;
                    }
                    Bound {
                        value: k * sf,
                        exclusive: false,
                    }
                });
                let hi = hi.map(|b| {
                    let mut k = (b.value / sf).floor();
                    if b.exclusive && k * sf >= b.value {
                        k -= 1.0;
                    }
                    Bound {
                        value: k * sf,
                        exclusive: false,
                    }
                });
                (lo, hi)
            }
            None => (lo, hi),
        };
        if let (Some(l), Some(h)) = (lo, hi) {
            if l.value > h.value || (l.value == h.value && (l.exclusive || h.exclusive)) {
                return NumSet::Finite(Vec::new());
            }
            if l.value == h.value {
                return NumSet::Finite(vec![l.value]);
            }
        }
        NumSet::Range { lo, hi, step }
    }

    pub fn is_empty(&self) -> bool {
        matches!(self, NumSet::Finite(v) if v.is_empty())
    }

    /// Membership (`None`: divisibility could not be decided).
    pub fn contains(&self, x: f64) -> Option<bool> {
        match self {
            NumSet::Finite(v) => Some(v.binary_search_by(|y| y.total_cmp(&x)).is_ok()),
            NumSet::Range { lo, hi, step } => {
                if !x.is_finite() {
                    return Some(false);
                }
                if lo.is_some_and(|b| x < b.value || (b.exclusive && x == b.value))
                    || hi.is_some_and(|b| x > b.value || (b.exclusive && x == b.value))
                {
                    return Some(false);
                }
                match step {
                    None => Some(true),
                    Some(s) => Dec::of(x)?.is_multiple_of(*s),
                }
            }
        }
    }

    /// A few members, near the bounds and at plain values, to look for witnesses among.
    fn candidates(&self, other: &NumSet) -> Vec<f64> {
        let mut seeds = vec![0.0, 1.0, -1.0, 10.0, 100.0];
        let mut steps = vec![1.0, 0.5, 0.25, 0.1];
        for s in [self, other] {
            match s {
                NumSet::Finite(v) => seeds.extend(v.iter().take(64)),
                NumSet::Range { lo, hi, step } => {
                    seeds.extend([lo, hi].into_iter().flatten().map(|b| b.value));
                    if let Some(st) = step {
                        steps.push(st.to_f64());
                    }
                }
            }
        }
        if let (
            NumSet::Range {
                lo: Some(l),
                hi: Some(h),
                ..
            },
            _,
        ) = (self, other)
        {
            seeds.push((l.value + h.value) / 2.0);
        }
        let mut out = Vec::new();
        for s in &seeds {
            out.push(*s);
            for d in &steps {
                for k in [1.0, 2.0, 3.0, 7.0, 1000.0] {
                    out.push(s + d * k);
                    out.push(s - d * k);
                }
            }
            out.push(s.floor());
            out.push(s.ceil());
        }
        if let NumSet::Range { step: Some(st), .. } = self {
            // lattice points near every seed
            let sf = st.to_f64();
            let near: Vec<f64> = out.iter().map(|x| (x / sf).round() * sf).collect();
            out.extend(near);
        }
        out.retain(|x| x.is_finite());
        out
    }

    /// A member of `self` outside `other`, among the candidates.
    fn witness_outside(&self, other: &NumSet) -> Option<f64> {
        let mut candidates: Vec<f64> = match self {
            NumSet::Finite(v) => v.clone(),
            NumSet::Range { .. } => self.candidates(other),
        };
        candidates.sort_by(|a, b| a.abs().total_cmp(&b.abs()).then(b.total_cmp(a)));
        candidates
            .into_iter()
            .find(|&x| self.contains(x) == Some(true) && other.contains(x) == Some(false))
    }

    /// Whether every number of `self` is in `other`, with a witness when not.
    pub fn within(&self, other: &NumSet) -> Incl {
        let proof = self.decide_within(other);
        match proof {
            Incl::No(None) => Incl::No(self.witness_outside(other).map(super::number_value)),
            other => other,
        }
    }

    fn decide_within(&self, other: &NumSet) -> Incl {
        match (self, other) {
            (NumSet::Finite(v), _) => {
                for &x in v {
                    match other.contains(x) {
                        Some(true) => {}
                        Some(false) => return Incl::No(Some(super::number_value(x))),
                        None => return Incl::Unknown("a `multipleOf` too fine to decide"),
                    }
                }
                Incl::Yes
            }
            (NumSet::Range { lo, hi, step }, NumSet::Finite(values)) => {
                // a range holds infinitely many numbers unless it is a bounded lattice
                let (Some(l), Some(h), Some(s)) = (lo, hi, step) else {
                    return Incl::No(None);
                };
                let sf = s.to_f64();
                let count = ((h.value - l.value) / sf).round() + 1.0;
                if count > values.len() as f64 {
                    return Incl::No(None);
                }
                let first = (l.value / sf).round() as i64;
                for k in 0..count as i64 {
                    let x = (first + k) as f64 * sf;
                    if values.binary_search_by(|y| y.total_cmp(&x)).is_err() {
                        return Incl::No(Some(super::number_value(x)));
                    }
                }
                Incl::Yes
            }
            (
                NumSet::Range { lo, hi, step },
                NumSet::Range {
                    lo: olo,
                    hi: ohi,
                    step: ostep,
                },
            ) => {
                // the lattice: every member of ours must be a multiple of theirs
                if let Some(os) = ostep {
                    match step {
                        None => return Incl::No(None),
                        Some(s) => match Dec::is_multiple_of(*s, *os) {
                            Some(true) => {}
                            Some(false) => return Incl::No(None),
                            None => return Incl::Unknown("a `multipleOf` too fine to decide"),
                        },
                    }
                }
                let below = |ours: &Option<Bound>, theirs: &Option<Bound>| match (ours, theirs) {
                    (_, None) => true,
                    (None, Some(_)) => false,
                    (Some(a), Some(b)) => a.value > b.value || (a.value == b.value && (!b.exclusive || a.exclusive)),
                };
                let above = |ours: &Option<Bound>, theirs: &Option<Bound>| match (ours, theirs) {
                    (_, None) => true,
                    (None, Some(_)) => false,
                    (Some(a), Some(b)) => a.value < b.value || (a.value == b.value && (!b.exclusive || a.exclusive)),
                };
                if below(lo, olo) && above(hi, ohi) {
                    Incl::Yes
                } else {
                    Incl::No(None)
                }
            }
        }
    }

    /// In words, for messages: "integers from 1 to 3", "numbers > 0", "1, 2 or 3".
    pub fn describe(&self) -> String {
        match self {
            NumSet::Finite(v) if v.is_empty() => "no number".into(),
            NumSet::Finite(v) => {
                let shown: Vec<String> = v.iter().take(5).map(|x| super::number_value(*x).to_string()).collect();
                if v.len() > 5 {
                    format!("{} and {} more", shown.join(", "), v.len() - 5)
                } else {
                    shown.join(", ")
                }
            }
            NumSet::Range { lo, hi, step } => {
                let what = match step {
                    None => "numbers".to_string(),
                    Some(s) if *s == (Dec { m: 1, e: 0 }) => "integers".to_string(),
                    Some(s) => format!("multiples of {}", super::number_value(s.to_f64())),
                };
                let show = |b: &Bound, lower: bool| {
                    let op = match (lower, b.exclusive) {
                        (true, true) => ">",
                        (true, false) => "≥",
                        (false, true) => "<",
                        (false, false) => "≤",
                    };
                    format!("{op} {}", super::number_value(b.value))
                };
                match (lo, hi) {
                    (None, None) => format!("all {what}"),
                    (Some(l), None) => format!("{what} {}", show(l, true)),
                    (None, Some(h)) => format!("{what} {}", show(h, false)),
                    (Some(l), Some(h)) => format!("{what} {} and {}", show(l, true), show(h, false)),
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn b(value: f64, exclusive: bool) -> Option<Bound> {
        Some(Bound { value, exclusive })
    }

    #[test]
    fn decimals_divide_exactly() {
        let d = |x| Dec::of(x).unwrap();
        assert_eq!(d(0.3).is_multiple_of(d(0.1)), Some(true));
        assert_eq!(d(0.35).is_multiple_of(d(0.1)), Some(false));
        assert_eq!(d(12.0).is_multiple_of(d(4.0)), Some(true));
        assert_eq!(d(1e20).is_multiple_of(d(3.0)), Some(false));
        assert_eq!(d(0.5).lcm(d(1.0)), Some(d(1.0)));
        assert_eq!(d(0.4).lcm(d(1.0)), Some(d(2.0)));
    }

    #[test]
    fn integer_bounds_are_closed_integer_bounds() {
        let a = NumSet::new(true, None, b(10.0, true), None, None).unwrap();
        let c = NumSet::new(true, None, b(9.0, false), None, None).unwrap();
        assert!(matches!(a.within(&c), Incl::Yes));
        assert!(matches!(c.within(&a), Incl::Yes));
        let d = NumSet::new(true, None, b(9.5, false), None, None).unwrap();
        assert!(matches!(d.within(&a), Incl::Yes));
    }

    #[test]
    fn enums_fold_into_ranges() {
        let values = [json!(1), json!(2), json!(3)];
        let e = NumSet::new(false, None, None, None, Some(&values)).unwrap();
        let r = NumSet::new(true, b(1.0, false), b(3.0, false), None, None).unwrap();
        assert!(matches!(e.within(&r), Incl::Yes));
        assert!(matches!(r.within(&e), Incl::Yes));
        let wider = NumSet::new(true, b(1.0, false), b(4.0, false), None, None).unwrap();
        assert!(matches!(wider.within(&e), Incl::No(Some(w)) if w == json!(4)));
    }

    #[test]
    fn lattices_and_continua() {
        let ints = NumSet::new(true, None, None, None, None).unwrap();
        let nums = NumSet::new(false, None, None, None, None).unwrap();
        let evens = NumSet::new(false, None, None, Some(2.0), None).unwrap();
        assert!(matches!(ints.within(&nums), Incl::Yes));
        assert!(matches!(nums.within(&ints), Incl::No(Some(_))));
        assert!(matches!(evens.within(&ints), Incl::Yes));
        assert!(matches!(ints.within(&evens), Incl::No(Some(w)) if w.as_f64().unwrap() % 2.0 != 0.0));
    }
}
