//! Hashing and equality of built-in values without running Python code,
//! which the dict and set tables use; `None` means "ask Python".

use crate::payload::Payload;
use crate::types::is_heap_type;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::ToPrimitive;

/// CPython's `_PyHASH_MODULUS` (2**61 - 1).
const MODULUS: i64 = (1 << 61) - 1;

/// `hash()` of an i64.
#[inline]
pub fn hash_i64(i: i64) -> i64 {
    let h = if i >= 0 {
        i % MODULUS
    } else {
        -((i.unsigned_abs() % MODULUS as u64) as i64)
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash()` of an i128.
pub fn hash_i128(i: i128) -> i64 {
    match i64::try_from(i) {
        Ok(v) => hash_i64(v),
        Err(_) => hash_bigint(&BigInt::from(i)),
    }
}

/// `hash()` of a float (nan hashes to 0 here: CPython uses its address).
pub fn hash_f64(f: f64) -> i64 {
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return hash_i64(f as i64);
    }
    pvm_compiler::pyhash::hash_float(f).unwrap_or(0)
}

/// `hash()` of a big int.
pub fn hash_bigint(b: &BigInt) -> i64 {
    match b.to_i64() {
        Some(i) => hash_i64(i),
        None => pvm_compiler::pyhash::hash_int(b),
    }
}

/// `hash()` of an object that hashes by identity.
pub fn hash_addr(addr: usize) -> i64 {
    let h = (addr >> 4) | (addr << (usize::BITS - 4));
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of a built-in value, or None when Python's `__hash__` decides
/// (or the value is unhashable).
pub fn fast_hash(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(hash_i64(*i)),
        Value::Bool(b) => Some(*b as i64),
        Value::Float(f) => Some(hash_f64(*f)),
        Value::None => Some(hash_addr(0x5F_4E4F_4E45)),
        Value::Null => None,
        Value::Obj(o) => {
            if is_heap_type(o.ty()) {
                return None;
            }
            payload_hash(o)
        }
    }
}

/// The built-in hash of a value's payload, even for subclass instances.
pub fn fast_hash_ignoring_subclass(v: &Value) -> Option<i64> {
    match v {
        Value::Obj(o) => payload_hash(o),
        other => fast_hash(other),
    }
}

fn payload_hash(o: &crate::object::ObjRef) -> Option<i64> {
    {
        {
            match &o.payload {
                Payload::Str(s) => Some(s.hash()),
                Payload::Int(b) => Some(hash_bigint(b)),
                Payload::Float(f) => Some(hash_f64(*f)),
                Payload::Bytes(b) => Some(pvm_compiler::pyhash::hash_bytes(b)),
                Payload::Tuple(items) => {
                    let mut hashes = smallvec::SmallVec::<[i64; 8]>::new();
                    for item in items.iter() {
                        hashes.push(fast_hash(item)?);
                    }
                    Some(pvm_compiler::pyhash::combine_tuple_hashes(&hashes))
                }
                Payload::Complex(re, im) => {
                    let r = hash_f64(*re) as u64;
                    let i = hash_f64(*im) as u64;
                    let h = r.wrapping_add(1_000_003u64.wrapping_mul(i)) as i64;
                    Some(if h == -1 { -2 } else { h })
                }
                Payload::Range(r) => {
                    let len = r.len();
                    let none = hash_addr(0x5F_4E4F_4E45);
                    let parts = match len {
                        0 => [hash_i64(0), none, none],
                        1 => [hash_i64(1), hash_i128(r.start), none],
                        _ => [hash_i128(len), hash_i128(r.start), hash_i128(r.step)],
                    };
                    Some(pvm_compiler::pyhash::combine_tuple_hashes(&parts))
                }
                Payload::List(_)
                | Payload::Dict(_)
                | Payload::Set(_)
                | Payload::ByteArray(_)
                | Payload::Slice(_)
                | Payload::DictView(..) => None,
                _ => Some(hash_addr(o.addr())),
            }
        }
    }
}

/// A number as a comparable form, for built-in numeric equality.
enum Num<'a> {
    Int(i64),
    Big(&'a BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(v: &Value) -> Option<Num<'_>> {
    match v {
        Value::Int(i) => Some(Num::Int(*i)),
        Value::Bool(b) => Some(Num::Int(*b as i64)),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(Num::Big(b)),
            Payload::Float(f) => Some(Num::Float(*f)),
            Payload::Complex(r, i) => Some(Num::Complex(*r, *i)),
            _ => None,
        },
        _ => None,
    }
}

/// Exact equality of an int and a float (no rounding through f64).
pub fn int_eq_float(i: &BigInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    crate::ops::num::float_to_bigint(f).is_some_and(|b| &b == i)
}

fn num_eq(a: Num<'_>, b: Num<'_>) -> bool {
    use Num::*;
    match (a, b) {
        (Int(x), Int(y)) => x == y,
        (Int(_), Big(_)) | (Big(_), Int(_)) => false,
        (Big(x), Big(y)) => x == y,
        (Float(x), Float(y)) => x == y,
        (Int(x), Float(y)) | (Float(y), Int(x)) => int_eq_float(&BigInt::from(x), y),
        (Big(x), Float(y)) | (Float(y), Big(x)) => int_eq_float(x, y),
        (Complex(r, i), Complex(r2, i2)) => r == r2 && i == i2,
        (Complex(r, i), other) | (other, Complex(r, i)) => i == 0.0 && num_eq(Float(r), other),
    }
}

/// `a == b` for built-in values, or None when Python code decides.
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    // Immediate floats have no identity: nan never equals itself here.
    if let (Value::Float(x), Value::Float(y)) = (a, b) {
        return Some(x == y);
    }
    if a.is(b) {
        return Some(true);
    }
    let heap = |v: &Value| v.as_obj().is_some_and(|o| is_heap_type(o.ty()));
    if heap(a) || heap(b) {
        return None;
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Some(num_eq(x, y));
    }
    match (a, b) {
        (Value::Obj(x), Value::Obj(y)) => match (&x.payload, &y.payload) {
            (Payload::Str(s), Payload::Str(t)) => Some(s.as_str() == t.as_str()),
            (Payload::Bytes(s), Payload::Bytes(t)) => Some(s == t),
            (Payload::Tuple(s), Payload::Tuple(t)) => {
                if s.len() != t.len() {
                    return Some(false);
                }
                for (p, q) in s.iter().zip(t.iter()) {
                    if !fast_eq(p, q)? {
                        return Some(false);
                    }
                }
                Some(true)
            }
            (Payload::Set(_), Payload::Set(_))
            | (Payload::List(_), Payload::List(_))
            | (Payload::Dict(_), Payload::Dict(_))
            | (Payload::ByteArray(_), _)
            | (_, Payload::ByteArray(_))
            | (Payload::DictView(..), _)
            | (_, Payload::DictView(..))
            | (Payload::Slice(_), Payload::Slice(_))
            | (Payload::Range(_), Payload::Range(_))
            | (Payload::BoundMethod(_), Payload::BoundMethod(_))
            | (Payload::Native(_), Payload::Native(_)) => None,
            _ => Some(false),
        },
        _ => Some(false),
    }
}

/// Whether `v` is a str equal to `name` (attribute names are plain strs).
#[inline]
pub fn is_exact_str_eq(v: &Value, name: &str) -> bool {
    match v {
        Value::Obj(o) => match &o.payload {
            // The same text in memory (the key object itself was passed):
            // no byte comparison.
            Payload::Str(s) => std::ptr::eq(s.as_str(), name) || s.as_str() == name,
            _ => false,
        },
        _ => false,
    }
}
