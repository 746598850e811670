//! Identity of constants for `co_consts` (CPython's `_PyCode_ConstantKey`):
//! two constants share a slot only if they have the same type and value,
//! so `1`, `1.0` and `True` stay apart, and so do `0.0` and `-0.0`; code
//! objects are the same constant when everything but their qualified name
//! and file name is equal (`code_richcompare`).

use crate::code::{CodeObject, Constant};
use crate::fxhash::{FxHashMap, FxHasher};
use std::hash::{Hash, Hasher};

/// A hash consistent with [`same_constant`].
pub fn key_hash(c: &Constant) -> u64 {
    let mut h = FxHasher::default();
    hash_into(c, &mut h);
    h.finish()
}

fn hash_into(c: &Constant, h: &mut FxHasher) {
    std::mem::discriminant(c).hash(h);
    match c {
        Constant::None | Constant::Ellipsis => {}
        Constant::Bool(b) => b.hash(h),
        Constant::Int(i) => i.hash(h),
        Constant::BigInt(b) => b.hash(h),
        Constant::Float(f) => f.to_bits().hash(h),
        Constant::Complex { real, imag } => {
            real.to_bits().hash(h);
            imag.to_bits().hash(h);
        }
        Constant::Str(s) => s.hash(h),
        Constant::SurrogateStr(s) => s.hash(h),
        Constant::Bytes(b) => b.hash(h),
        Constant::Tuple(items) => {
            items.len().hash(h);
            for i in items {
                hash_into(i, h);
            }
        }
        // Order-independent: only the size.
        Constant::FrozenSet(items) => items.len().hash(h),
        Constant::Code(code) => {
            code.name.hash(h);
            code.firstlineno.hash(h);
            code.instructions.len().hash(h);
        }
    }
}

/// Whether two constants are one constant of `co_consts`.
pub fn same_constant(a: &Constant, b: &Constant) -> bool {
    use Constant::*;
    match (a, b) {
        (None, None) | (Ellipsis, Ellipsis) => true,
        (Bool(x), Bool(y)) => x == y,
        (Int(x), Int(y)) => x == y,
        (BigInt(x), BigInt(y)) => x == y,
        (Float(x), Float(y)) => x.to_bits() == y.to_bits(),
        (Complex { real: a, imag: b }, Complex { real: c, imag: d }) => {
            a.to_bits() == c.to_bits() && b.to_bits() == d.to_bits()
        }
        (Str(x), Str(y)) => x == y,
        (SurrogateStr(x), SurrogateStr(y)) => x == y,
        (Bytes(x), Bytes(y)) => x == y,
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| same_constant(p, q))
        }
        (FrozenSet(x), FrozenSet(y)) => {
            x.len() == y.len() && x.iter().all(|p| y.iter().any(|q| same_constant(p, q)))
        }
        (Code(x), Code(y)) => std::sync::Arc::ptr_eq(x, y) || same_code(x, y),
        _ => false,
    }
}

/// `code_richcompare`: all fields but `co_qualname` and `co_filename`.
fn same_code(a: &CodeObject, b: &CodeObject) -> bool {
    a.name == b.name
        && a.argcount == b.argcount
        && a.posonlyargcount == b.posonlyargcount
        && a.kwonlyargcount == b.kwonlyargcount
        && a.flags == b.flags
        && a.firstlineno == b.firstlineno
        && a.instructions == b.instructions
        && a.consts.len() == b.consts.len()
        && a.consts
            .iter()
            .zip(&b.consts)
            .all(|(p, q)| same_constant(p, q))
        && a.names == b.names
        && a.localsplus_names() == b.localsplus_names()
        && a.positions == b.positions
        && a.exception_table == b.exception_table
}

fn has_nan(c: &Constant) -> bool {
    match c {
        Constant::Float(f) => f.is_nan(),
        Constant::Complex { real, imag } => real.is_nan() || imag.is_nan(),
        Constant::Tuple(items) | Constant::FrozenSet(items) => items.iter().any(has_nan),
        _ => false,
    }
}

/// A unit's `co_consts` being built: each distinct constant once, in order of first use.
#[derive(Clone, Debug, Default)]
pub struct ConstPool {
    items: Vec<Constant>,
    /// Hash to the first index with it.
    index: FxHashMap<u64, u32>,
    /// Further indices whose hash was taken.
    collisions: Vec<(u64, u32)>,
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
        let h = key_hash(&c);
        if let Some(i) = self.find_hashed(h, &c) {
            return i;
        }
        let i = self.items.len() as u32;
        self.items.push(c);
        match self.index.entry(h) {
            std::collections::hash_map::Entry::Occupied(_) => self.collisions.push((h, i)),
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(i);
            }
        }
        i
    }

    fn find_hashed(&self, h: u64, c: &Constant) -> Option<u32> {
        let &first = self.index.get(&h)?;
        if same_constant(&self.items[first as usize], c) {
            return Some(first);
        }
        self.collisions
            .iter()
            .find(|&&(ch, i)| ch == h && same_constant(&self.items[i as usize], c))
            .map(|&(_, i)| i)
    }

    /// The index of a constant equal to `c`, if there is one.
    pub fn find(&self, c: &Constant) -> Option<u32> {
        if has_nan(c) {
            return None;
        }
        self.find_hashed(key_hash(c), c)
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
        self.items.truncate(n);
        self.index.retain(|_, i| (*i as usize) < n);
        self.collisions.retain(|&(_, i)| (i as usize) < n);
    }

    /// The constants in order.
    pub fn into_vec(self) -> Vec<Constant> {
        self.items
    }
}
