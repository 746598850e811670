//! Identity of constants for `co_consts` (CPython's `_PyCode_ConstantKey`):
//! two constants share a slot only if they have the same type and value,
//! so `1`, `1.0` and `True` stay apart, and so do `0.0` and `-0.0`.

use crate::code::Constant;
use num_bigint::BigInt;
use std::collections::HashMap;

/// A hashable key standing for a constant's type and value.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum ConstKey {
    /// `None`.
    None,
    /// `...`.
    Ellipsis,
    /// A bool.
    Bool(bool),
    /// A small int.
    Int(i64),
    /// A big int.
    BigInt(BigInt),
    /// A float, by bits.
    Float(u64),
    /// A complex, by bits.
    Complex(u64, u64),
    /// A str.
    Str(String),
    /// A str with surrogates.
    SurrogateStr(Vec<u32>),
    /// A bytes object.
    Bytes(Vec<u8>),
    /// A tuple, by its items' keys.
    Tuple(Vec<ConstKey>),
    /// A frozenset, by its items' keys in sorted order.
    FrozenSet(Vec<ConstKey>),
    /// A code object, by value (CPython's `code_richcompare`: all but
    /// `co_qualname` and `co_filename`).
    Code(String),
}

impl ConstKey {
    /// The key of `c`.
    pub fn of(c: &Constant) -> ConstKey {
        match c {
            Constant::None => ConstKey::None,
            Constant::Ellipsis => ConstKey::Ellipsis,
            Constant::Bool(b) => ConstKey::Bool(*b),
            Constant::Int(i) => ConstKey::Int(*i),
            Constant::BigInt(b) => ConstKey::BigInt(b.clone()),
            Constant::Float(f) => ConstKey::Float(f.to_bits()),
            Constant::Complex { real, imag } => ConstKey::Complex(real.to_bits(), imag.to_bits()),
            Constant::Str(s) => ConstKey::Str(s.clone()),
            Constant::SurrogateStr(s) => ConstKey::SurrogateStr(s.clone()),
            Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
            Constant::Tuple(items) => ConstKey::Tuple(items.iter().map(ConstKey::of).collect()),
            Constant::FrozenSet(items) => {
                let mut keys: Vec<ConstKey> = items.iter().map(ConstKey::of).collect();
                keys.sort();
                ConstKey::FrozenSet(keys)
            }
            Constant::Code(code) => ConstKey::Code(code_fingerprint(code)),
        }
    }
}

/// A unit's `co_consts` being built: each distinct constant once, in order of first use.
#[derive(Clone, Debug, Default)]
pub struct ConstPool {
    items: Vec<Constant>,
    index: HashMap<ConstKey, u32>,
}

impl ConstPool {
    /// The index of `c`, adding it if it is new. A constant holding a NaN
    /// is always new: CPython's NaNs equal only themselves, and each folded
    /// NaN is a new object.
    pub fn add(&mut self, c: Constant) -> u32 {
        if has_nan(&c) {
            self.items.push(c);
            return (self.items.len() - 1) as u32;
        }
        let key = ConstKey::of(&c);
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        let i = self.items.len() as u32;
        self.items.push(c);
        self.index.insert(key, i);
        i
    }

    /// The index of a constant equal to `c`, if there is one.
    pub fn find(&self, c: &Constant) -> Option<u32> {
        self.index.get(&ConstKey::of(c)).copied()
    }

    /// The constant at `i`.
    pub fn get(&self, i: u32) -> &Constant {
        &self.items[i as usize]
    }

    /// How many constants there are.
    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Whether there is none.
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// Drops the constants from index `n` on (CPython's `trim_unused_consts`).
    pub fn truncate(&mut self, n: usize) {
        for c in self.items.drain(n..) {
            self.index.remove(&ConstKey::of(&c));
        }
    }

    /// The constants in order.
    pub fn into_vec(self) -> Vec<Constant> {
        self.items
    }
}

/// The fields CPython compares to tell two code objects apart.
fn code_fingerprint(c: &crate::code::CodeObject) -> String {
    let consts: Vec<ConstKey> = c.consts.iter().map(ConstKey::of).collect();
    format!(
        "{:?}",
        (
            &c.name,
            (
                c.argcount,
                c.posonlyargcount,
                c.kwonlyargcount,
                c.flags,
                c.firstlineno
            ),
            &c.instructions,
            consts,
            &c.names,
            c.localsplus_names(),
            &c.positions,
            &c.exception_table,
        )
    )
}

fn has_nan(c: &Constant) -> bool {
    match c {
        Constant::Float(f) => f.is_nan(),
        Constant::Complex { real, imag } => real.is_nan() || imag.is_nan(),
        Constant::Tuple(items) | Constant::FrozenSet(items) => items.iter().any(has_nan),
        _ => false,
    }
}
