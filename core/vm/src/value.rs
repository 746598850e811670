//! `Value`: what a Python variable holds (DESIGN decision 4).

use crate::object::ObjRef;
use crate::payload::Payload;

/// A Python value: small immediates inline, everything else on the heap.
///
/// `repr(u64)` puts every payload at offset 8, so a `Value` is always
/// copied as two whole words (a `Bool` at offset 1 made the compiler write
/// values piecewise and stall later 16-byte loads).
#[derive(Debug, Default)]
#[repr(u64)]
pub enum Value {
    /// Internal only: an unbound local, or the NULL that `PUSH_NULL` pushes.
    #[default]
    Null,
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in `i64` (exact `int` type; bigger ones are heap ints).
    Int(i64),
    /// A float (exact `float` type).
    Float(f64),
    /// A counted pointer to a heap object.
    Obj(ObjRef),
}

impl Clone for Value {
    /// One branch and a two-word copy (the derived clone matched every
    /// variant and was often left out of line).
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            std::mem::forget(o.clone());
        }
        // SAFETY: a bitwise copy of an immediate is a valid value; for an
        // object the count was just taken for the copy.
        unsafe { std::ptr::read(self) }
    }
}

// The interpreter moves values as two machine words (interp.rs `push`/`pop`).
const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Value {
    /// The heap object, if this is one.
    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    /// The payload of a heap value.
    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// Whether this is the internal NULL.
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    /// Whether this is `None`.
    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Obj(a), Value::Obj(b)) => a.is(b),
            (Value::None, Value::None) | (Value::Null, Value::Null) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            _ => false,
        }
    }

    /// The str contents, if this is a str (or str subclass) object.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

/// Moves a value word by word (see [`move_values`]): for a value the
/// interpreter has just written, such as the result of a run.
#[inline(always)]
pub fn relay(v: Value) -> Value {
    let v = std::mem::ManuallyDrop::new(v);
    // SAFETY: `v` is moved exactly once (it is not dropped).
    unsafe { read_words(&*v) }
}

/// Reads the value at `p` as two 8-byte loads (volatile, so they are not
/// merged into one 16-byte load).
///
/// # Safety
/// `p` must point to an initialised value that the caller then treats as
/// moved out (or never drops).
#[inline(always)]
pub(crate) unsafe fn read_words(p: *const Value) -> Value {
    let p = p as *const std::mem::MaybeUninit<u64>;
    // SAFETY: the caller's promise; `Value` is two words, any valid bits.
    unsafe {
        std::mem::transmute::<[std::mem::MaybeUninit<u64>; 2], Value>([
            p.read_volatile(),
            p.add(1).read_volatile(),
        ])
    }
}

/// Writes `v` at `p` as two 8-byte stores.
///
/// # Safety
/// `p` must point to a slot whose old value was moved out or is not live.
#[inline(always)]
pub(crate) unsafe fn write_words(p: *mut Value, v: Value) {
    // SAFETY: the caller's promise; the words are the value's bytes.
    unsafe {
        let words = std::mem::transmute::<Value, [std::mem::MaybeUninit<u64>; 2]>(v);
        let p = p as *mut std::mem::MaybeUninit<u64>;
        p.write(words[0]);
        p.add(1).write(words[1]);
    }
}

/// Moves `from[start..]` to the end of `to`, word by word. The interpreter
/// writes values as two 8-byte stores; a wide copy (memcpy) reading them
/// back stalls store-to-load forwarding on every value.
pub fn move_values(from: &mut Vec<Value>, start: usize, to: &mut Vec<Value>) {
    let n = from.len() - start;
    to.reserve(n);
    // SAFETY: `from[start..]` is initialised and is moved exactly once
    // (its length is cut to `start` first); `to` has room for n more values.
    unsafe {
        // Words may hold padding, so they travel as MaybeUninit.
        let src = from.as_ptr().add(start) as *const std::mem::MaybeUninit<u64>;
        let dst = to.as_mut_ptr().add(to.len()) as *mut std::mem::MaybeUninit<u64>;
        from.set_len(start);
        for i in 0..2 * n {
            std::ptr::write(dst.add(i), std::ptr::read_volatile(src.add(i)));
        }
        to.set_len(to.len() + n);
    }
}

/// Moves `from[start..]` into a new small vector (a call's arguments).
/// One whole-value copy: the vector is itself moved on soon after, with
/// 16-byte loads, which word-by-word stores here would stall.
pub fn take_values(from: &mut Vec<Value>, start: usize) -> smallvec::SmallVec<[Value; 6]> {
    let n = from.len() - start;
    let mut to = smallvec::SmallVec::with_capacity(n);
    // SAFETY: `to` has room for n values, and its length becomes n right
    // after they are written; `from[start..]` is moved exactly once.
    unsafe {
        std::ptr::copy_nonoverlapping(from.as_ptr().add(start), to.as_mut_ptr(), n);
        from.set_len(start);
        to.set_len(n);
    }
    to
}
