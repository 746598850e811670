//! Native operators of the built-in containers and strings: `+`, `*`,
//! `%`, set algebra, comparisons, `len`, subscripts and `in`.

use super::{BinOp, CmpOp};
use crate::object::ObjRef;
use crate::payload::{Payload, RangeData};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;
use std::cmp::Ordering;

/// `len()` of a built-in container, if it is one.
pub fn native_len(o: &ObjRef) -> Option<usize> {
    Some(match &o.payload {
        Payload::Str(s) => s.char_len(),
        Payload::List(l) => l.borrow().len(),
        Payload::Tuple(t) => t.len(),
        Payload::Dict(d) => d.borrow().len(),
        Payload::Set(s) => s.borrow().len(),
        Payload::Bytes(b) => b.len(),
        Payload::ByteArray(b) => b.borrow().len(),
        Payload::Range(r) => usize::try_from(r.len()).unwrap_or(usize::MAX),
        Payload::DictView(d, _) => match &d.payload {
            Payload::Dict(d) => d.borrow().len(),
            _ => 0,
        },
        _ => return None,
    })
}

fn repeat_count(vm: &mut Vm, v: &Value) -> PyResult<Option<i64>> {
    match v {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(_) => {
                Err(vm.overflow_error("cannot fit 'int' into an index-sized integer"))
            }
            _ => {
                let ty = o.ty().clone();
                if vm.lookup_special(&ty, "__index__").is_some() {
                    return vm.index(v).map(Some);
                }
                Ok(None)
            }
        },
        _ => Ok(None),
    }
}

/// The repeat count of `seq * n`, or MemoryError when the result could
/// not fit in this machine's memory (`len` is in elements of `unit` bytes).
fn check_size(vm: &mut Vm, len: usize, n: i64, unit: usize) -> PyResult<usize> {
    let n = n.max(0) as usize;
    vm.check_alloc(len.saturating_mul(n), unit)?;
    Ok(n)
}

/// `a op b` for built-in sequences, sets and dicts; Null when unsupported.
pub fn native_binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let (Some(pa), pb) = (a.payload(), b.payload()) else {
        if op == BinOp::Mul {
            if let Some(pb) = b.payload() {
                if matches!(
                    pb,
                    Payload::Str(_)
                        | Payload::List(_)
                        | Payload::Tuple(_)
                        | Payload::Bytes(_)
                        | Payload::ByteArray(_)
                ) {
                    return native_binary(vm, b, a, op);
                }
            }
        }
        return Ok(Value::Null);
    };
    match (op, pa, pb) {
        (BinOp::Add, Payload::Str(x), Some(Payload::Str(y))) => {
            let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
            s.push_str(x.as_str());
            s.push_str(y.as_str());
            Ok(vm.new_str(s))
        }
        (BinOp::Add, Payload::List(x), Some(Payload::List(y))) => {
            let mut v = x.borrow().clone();
            v.extend(y.borrow().iter().cloned());
            Ok(vm.new_list(v))
        }
        (BinOp::Add, Payload::Tuple(x), Some(Payload::Tuple(y))) => {
            let mut v = x.to_vec();
            v.extend(y.iter().cloned());
            Ok(vm.new_tuple(v))
        }
        (BinOp::Add, Payload::Bytes(x), Some(Payload::Bytes(y))) => {
            let mut v = x.to_vec();
            v.extend_from_slice(y);
            Ok(vm.new_bytes(v))
        }
        (
            BinOp::Add,
            Payload::Bytes(_) | Payload::ByteArray(_),
            Some(Payload::Bytes(_) | Payload::ByteArray(_) | Payload::MemoryView(_)),
        ) => {
            let mut v = bytes_of(a).unwrap_or_default();
            v.extend(bytes_of(b).unwrap_or_default());
            Ok(if matches!(pa, Payload::ByteArray(_)) {
                Value::Obj(ObjRef::new(
                    vm.t.bytearray.clone(),
                    Payload::ByteArray(RefCell::new(v)),
                ))
            } else {
                vm.new_bytes(v)
            })
        }
        (
            BinOp::Mul,
            Payload::Str(_)
            | Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_),
            _,
        ) => {
            let Some(n) = repeat_count(vm, b)? else {
                return Ok(Value::Null);
            };
            match pa {
                Payload::Str(s) => {
                    let n = check_size(vm, s.as_str().len(), n, 1)?;
                    Ok(vm.new_str(s.as_str().repeat(n)))
                }
                Payload::List(l) => {
                    let items = l.borrow().clone();
                    let n = check_size(vm, items.len(), n, 16)?;
                    let mut out = Vec::with_capacity(items.len() * n);
                    for _ in 0..n {
                        out.extend(items.iter().cloned());
                    }
                    Ok(vm.new_list(out))
                }
                Payload::Tuple(t) => {
                    let n = check_size(vm, t.len(), n, 16)?;
                    let mut out = Vec::with_capacity(t.len() * n);
                    for _ in 0..n {
                        out.extend(t.iter().cloned());
                    }
                    Ok(vm.new_tuple(out))
                }
                Payload::Bytes(b) => {
                    let n = check_size(vm, b.len(), n, 1)?;
                    Ok(vm.new_bytes(b.repeat(n)))
                }
                Payload::ByteArray(b) => {
                    let v = b.borrow().clone();
                    let n = check_size(vm, v.len(), n, 1)?;
                    Ok(Value::Obj(ObjRef::new(
                        vm.t.bytearray.clone(),
                        Payload::ByteArray(RefCell::new(v.repeat(n))),
                    )))
                }
                _ => unreachable!(),
            }
        }
        (
            BinOp::Mul,
            _,
            Some(
                Payload::Str(_)
                | Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_),
            ),
        ) => {
            if repeat_count(vm, a)?.is_some() {
                return native_binary(vm, b, a, op);
            }
            Ok(Value::Null)
        }
        (BinOp::Mod, Payload::Str(s), _) => {
            let fmt = s.as_str().to_string();
            let r = crate::format::percent_format(vm, &fmt, b)?;
            Ok(vm.new_str(r))
        }
        (BinOp::Mod, Payload::Bytes(s), _) => {
            let fmt = s.to_vec();
            let r = crate::format::percent_format_bytes(vm, &fmt, b)?;
            Ok(vm.new_bytes(r))
        }
        (
            BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor,
            Payload::Set(_),
            Some(Payload::Set(_)),
        ) => {
            let result_ty = a.as_obj().map(|o| o.ty().clone()).expect("set");
            let result_ty = if result_ty.is(&vm.t.frozenset) {
                vm.t.frozenset.clone()
            } else {
                vm.t.set.clone()
            };
            super::sets::binary(vm, a, b, op, &result_ty)
        }
        (BinOp::Or, Payload::Dict(x), Some(Payload::Dict(_))) => {
            let copy = x.borrow().clone();
            let d = ObjRef::new(
                vm.t.dict.clone(),
                Payload::Dict(Box::new(RefCell::new(copy))),
            );
            let items: Vec<(Value, Value)> = match pb {
                Some(Payload::Dict(y)) => y.borrow().items(),
                _ => unreachable!(),
            };
            for (k, v) in items {
                vm.dict_set(&d, k, v)?;
            }
            Ok(Value::Obj(d))
        }
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Payload::DictView(_, kind), _)
            if *kind != crate::payload::ViewKind::Values =>
        {
            let sa = vm.new_set_from(a, false)?;
            let sb = vm.new_set_from(b, false)?;
            let set_ty = vm.t.set.clone();
            super::sets::binary(vm, &sa, &sb, op, &set_ty)
        }
        _ => Ok(Value::Null),
    }
}

/// In-place operators of the mutable built-ins; Null when not handled.
pub fn native_inplace(vm: &mut Vm, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let Some(pa) = a.payload() else {
        return Ok(Value::Null);
    };
    match (op, pa) {
        (BinOp::Add, Payload::List(_)) => {
            let items = vm.to_vec(b)?;
            if let Payload::List(l) = pa {
                l.borrow_mut().extend(items);
            }
            Ok(a.clone())
        }
        (BinOp::Mul, Payload::List(l)) => {
            let Some(n) = repeat_count(vm, b)? else {
                return Ok(Value::Null);
            };
            let items = l.borrow().clone();
            let n = check_size(vm, items.len(), n, 16)?;
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend(items.iter().cloned());
            }
            *l.borrow_mut() = out;
            Ok(a.clone())
        }
        (BinOp::Add, Payload::ByteArray(x)) => {
            let Some(extra) = bytes_of(b) else {
                return Ok(Value::Null);
            };
            x.borrow_mut().extend(extra);
            Ok(a.clone())
        }
        (BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor, Payload::Set(_))
            if a.as_obj().is_some_and(|o| o.ty().is(&vm.t.set)) =>
        {
            let (Some(Payload::Set(_)), Some(so)) = (b.payload(), a.as_obj()) else {
                return Ok(Value::Null);
            };
            super::sets::in_place(vm, so, b, op)?;
            Ok(a.clone())
        }
        (BinOp::Or, Payload::Dict(_)) => {
            vm.dict_update(a, b)?;
            Ok(a.clone())
        }
        _ => Ok(Value::Null),
    }
}

/// Runs `f` on the bytes of a bytes or bytearray payload (nothing for
/// other payloads).
pub(crate) fn with_bytes<R>(p: &Payload, f: impl FnOnce(&[u8]) -> R) -> R {
    match p {
        Payload::Bytes(b) => f(b),
        Payload::ByteArray(b) => f(&b.borrow()),
        _ => f(&[]),
    }
}

/// A copy of the bytes of a bytes-like value (bytes, bytearray, memoryview).
pub fn bytes_of(v: &Value) -> Option<Vec<u8>> {
    match v.payload()? {
        Payload::Bytes(b) => Some(b.to_vec()),
        Payload::ByteArray(b) => Some(b.borrow().clone()),
        Payload::MemoryView(m) if !m.released.get() => Some(m.bytes()),
        _ => None,
    }
}

/// `hash(frozenset)` (CPython's `frozenset_hash`).
pub fn frozenset_hash(_vm: &mut Vm, v: &Value) -> i64 {
    let Some(Payload::Set(s)) = v.payload() else {
        return 0;
    };
    let s = s.borrow();
    let shuffle = |h: u64| ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167);
    let mut hash: u64 = 0;
    for slot in s.iter_slots() {
        hash ^= shuffle(slot.hash as u64);
    }
    hash ^= (s.len() as u64).wrapping_add(1).wrapping_mul(1_927_868_237);
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
    let h = hash as i64;
    if h == -1 {
        590_923_713
    } else {
        h
    }
}

/// Built-in comparisons; None when the operands need special methods.
pub fn native_compare(vm: &mut Vm, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (super::num::as_num(a), super::num::as_num(b)) {
        return Ok(compare_nums(vm, x, y, op));
    }
    let (Some(pa), Some(pb)) = (a.payload(), b.payload()) else {
        // None compares by identity; other mixed pairs ask the special methods.
        if a.is_none() || b.is_none() {
            return Ok(match op {
                CmpOp::Eq => Some(a.is(b)),
                CmpOp::Ne => Some(!a.is(b)),
                _ => None,
            });
        }
        return Ok(None);
    };
    match (pa, pb) {
        (Payload::Str(x), Payload::Str(y)) => {
            Ok(Some(op.test(crate::surrogates::compare_strs(x, y))))
        }
        (Payload::Bytes(_) | Payload::ByteArray(_), Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let (x, y) = (
                bytes_of(a).unwrap_or_default(),
                bytes_of(b).unwrap_or_default(),
            );
            Ok(Some(op.test(x.cmp(&y))))
        }
        // Tuples are immutable and `a`/`b` keep them alive: no copies.
        (Payload::Tuple(x), Payload::Tuple(y)) => compare_sequences(vm, x, y, op).map(Some),
        (Payload::List(x), Payload::List(y)) => {
            let (x, y) = (x.borrow().clone(), y.borrow().clone());
            compare_sequences(vm, &x, &y, op).map(Some)
        }
        (Payload::Dict(_), Payload::Dict(_)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let eq = dicts_equal(vm, a, b)?;
            Ok(Some(if op == CmpOp::Eq { eq } else { !eq }))
        }
        (Payload::Set(_), Payload::Set(_)) => {
            let (la, lb) = (super::sets::len(a), super::sets::len(b));
            Ok(Some(match op {
                CmpOp::Eq => la == lb && subset(vm, a, b)?,
                CmpOp::Ne => !(la == lb && subset(vm, a, b)?),
                CmpOp::Le => subset(vm, a, b)?,
                CmpOp::Lt => la < lb && subset(vm, a, b)?,
                CmpOp::Ge => subset(vm, b, a)?,
                CmpOp::Gt => la > lb && subset(vm, b, a)?,
            }))
        }
        (Payload::DictView(..), _) | (_, Payload::DictView(..)) => {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                let set_like = |p: &Payload| match p {
                    Payload::DictView(_, k) => *k != crate::payload::ViewKind::Values,
                    Payload::Set(_) => true,
                    _ => false,
                };
                if !set_like(pa) || !set_like(pb) {
                    return Ok(None);
                }
                let sa = vm.new_set_from(a, false)?;
                let sb = vm.new_set_from(b, false)?;
                return native_compare(vm, &sa, &sb, op);
            }
            if let (Payload::DictView(_, k1), Payload::DictView(_, k2)) = (pa, pb) {
                if *k1 == crate::payload::ViewKind::Values
                    || *k2 == crate::payload::ViewKind::Values
                {
                    return Ok(Some(if op == CmpOp::Eq { a.is(b) } else { !a.is(b) }));
                }
            }
            if !matches!(pa, Payload::DictView(..) | Payload::Set(_))
                || !matches!(pb, Payload::DictView(..) | Payload::Set(_))
            {
                return Ok(Some(op == CmpOp::Ne));
            }
            let sa = vm.new_set_from(a, false)?;
            let sb = vm.new_set_from(b, false)?;
            native_compare(vm, &sa, &sb, op)
        }
        (Payload::BoundMethod(x), Payload::BoundMethod(y))
            if matches!(op, CmpOp::Eq | CmpOp::Ne) =>
        {
            let same = x.0.is(&y.0) && x.1.is(&y.1);
            Ok(Some(if op == CmpOp::Eq { same } else { !same }))
        }
        (Payload::Slice(x), Payload::Slice(y)) => {
            let (x, y) = (x.to_vec(), y.to_vec());
            compare_sequences(vm, &x, &y, op).map(Some)
        }
        (Payload::Range(x), Payload::Range(y)) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
            let eq = ranges_equal(x, y);
            Ok(Some(if op == CmpOp::Eq { eq } else { !eq }))
        }
        _ => Ok(None),
    }
}

fn ranges_equal(x: &RangeData, y: &RangeData) -> bool {
    let (lx, ly) = (x.len(), y.len());
    if lx != ly {
        return false;
    }
    if lx == 0 {
        return true;
    }
    if x.start != y.start {
        return false;
    }
    lx == 1 || x.step == y.step
}

fn compare_nums(vm: &mut Vm, x: super::num::Num, y: super::num::Num, op: CmpOp) -> Option<bool> {
    use super::num::Num::*;
    let ord = match (&x, &y) {
        (Small(a), Small(b)) => a.cmp(b),
        (Float(a), Float(b)) => match a.partial_cmp(b) {
            Some(o) => o,
            None => return Some(op == CmpOp::Ne),
        },
        (Complex(..), _) | (_, Complex(..)) => {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return None;
            }
            let to_c = |n: &super::num::Num| -> (f64, f64) {
                match n {
                    Small(i) => (*i as f64, 0.0),
                    Big(b) => (num_traits::ToPrimitive::to_f64(b).unwrap_or(f64::NAN), 0.0),
                    Float(f) => (*f, 0.0),
                    Complex(r, i) => (*r, *i),
                }
            };
            let eq = to_c(&x) == to_c(&y);
            return Some(if op == CmpOp::Eq { eq } else { !eq });
        }
        (Float(f), other) | (other, Float(f)) => {
            let flipped = matches!(x, Float(_));
            let i = match other {
                Small(i) => num_bigint::BigInt::from(*i),
                Big(b) => b.clone(),
                _ => unreachable!(),
            };
            let ord = match compare_float_int(*f, &i) {
                Some(o) => o,
                None => return Some(op == CmpOp::Ne),
            };
            let _ = vm;
            if flipped {
                ord
            } else {
                ord.reverse()
            }
        }
        (a, b) => {
            let to_big = |n: &super::num::Num| match n {
                Small(i) => num_bigint::BigInt::from(*i),
                Big(b) => b.clone(),
                _ => unreachable!(),
            };
            to_big(a).cmp(&to_big(b))
        }
    };
    Some(op.test(ord))
}

/// Exact comparison of a float with an int.
fn compare_float_int(f: f64, i: &num_bigint::BigInt) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        });
    }
    let fi = super::num::float_to_bigint(f.floor())?;
    match fi.cmp(i) {
        Ordering::Equal => Some(if f.fract() > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Equal
        }),
        o => Some(o),
    }
}

fn compare_sequences(vm: &mut Vm, x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
    for (p, q) in x.iter().zip(y.iter()) {
        if !vm.eq(p, q)? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => {
                    let r = vm.compare(p, q, op)?;
                    vm.truthy(&r)
                }
            };
        }
    }
    Ok(op.test(x.len().cmp(&y.len())))
}

fn dicts_equal(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let (Some(Payload::Dict(x)), Some(db)) = (a.payload(), b.as_obj()) else {
        return Ok(false);
    };
    if x.borrow().len() != native_len(db).unwrap_or(0) {
        return Ok(false);
    }
    let items: Vec<(Value, Value)> = x.borrow().items();
    for (k, v) in items {
        match vm.dict_get(db, &k)? {
            Some(w) => {
                if !vm.eq(&v, &w)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn subset(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let Some(sb) = b.as_obj() else {
        return Ok(false);
    };
    if super::sets::len(a) > super::sets::len(b) {
        return Ok(false);
    }
    for (h, x) in super::sets::items(a) {
        if !vm.set_contains_hashed(sb, &x, h)? {
            return Ok(false);
        }
    }
    Ok(true)
}

/// Normalises a sequence index; None when out of range.
pub fn norm_index(i: i64, len: usize) -> Option<usize> {
    let len = len as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        None
    } else {
        Some(j as usize)
    }
}

/// `slice.indices(len)`: start, stop, step and the number of items.
pub fn slice_indices(vm: &mut Vm, s: &[Value; 3], len: usize) -> PyResult<(i64, i64, i64, usize)> {
    let len = len as i64;
    let step = if s[2].is_none() {
        1
    } else {
        let st = slice_bound(vm, &s[2])?;
        if st == 0 {
            return Err(vm.value_error("slice step cannot be zero"));
        }
        st
    };
    let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
    let clamp = |v: i64| -> i64 {
        if v < 0 {
            (v + len).max(lower)
        } else {
            v.min(upper)
        }
    };
    let start = if s[0].is_none() {
        if step < 0 {
            upper
        } else {
            lower
        }
    } else {
        clamp(slice_bound(vm, &s[0])?)
    };
    let stop = if s[1].is_none() {
        if step < 0 {
            lower
        } else {
            upper
        }
    } else {
        clamp(slice_bound(vm, &s[1])?)
    };
    let count = if step < 0 {
        if stop < start {
            (start - stop - 1) / (-step) + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step + 1
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
}

/// Slice bounds with every `__index__` called (step first, as
/// `slice_indices` reads them), so reading them again runs no Python code.
fn resolved_bounds(vm: &mut Vm, s: &[Value; 3]) -> PyResult<[Value; 3]> {
    let mut out = s.clone();
    for i in [2, 0, 1] {
        if let Value::Obj(_) = &out[i] {
            out[i] = Value::Int(slice_bound(vm, &s[i])?);
        }
        if i == 2 && matches!(out[2], Value::Int(0)) {
            // slice_indices reports the zero step before any other bound.
            break;
        }
    }
    Ok(out)
}

fn slice_bound(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Ok(if num_traits::Signed::is_negative(b) {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }),
            _ => {
                let ty = o.ty().clone();
                if vm.lookup_special(&ty, "__index__").is_some() {
                    return vm.index(v);
                }
                Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method",
                ))
            }
        },
        _ => {
            Err(vm.type_error("slice indices must be integers or None or have an __index__ method"))
        }
    }
}

fn picked<T: Clone>(items: &[T], start: i64, step: i64, count: usize) -> Vec<T> {
    let mut out = Vec::with_capacity(count);
    let mut i = start;
    for _ in 0..count {
        out.push(items[i as usize].clone());
        i += step;
    }
    out
}

fn index_type_error(vm: &mut Vm, what: &str, key: &Value) -> crate::PyErr {
    let tn = vm.type_name(key);
    if what == "string" {
        return vm.type_error(format!("string indices must be integers, not '{tn}'"));
    }
    vm.type_error(format!(
        "{what} indices must be integers or slices, not {tn}"
    ))
}

fn seq_index(vm: &mut Vm, key: &Value, what: &str) -> PyResult<Option<i64>> {
    match key {
        Value::Int(i) => Ok(Some(*i)),
        Value::Bool(b) => Ok(Some(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Slice(_) => Ok(None),
            Payload::Int(_) => vm.index(key).map(Some),
            _ => {
                let ty = o.ty().clone();
                if vm.lookup_special(&ty, "__index__").is_some() {
                    return vm.index(key).map(Some);
                }
                Err(index_type_error(vm, what, key))
            }
        },
        _ => Err(index_type_error(vm, what, key)),
    }
}

/// `obj[key]` of a list, tuple or str and a key that `seq_index` found to
/// be a slice object.
fn slice_key(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let Some(Payload::Slice(s)) = key.payload() else {
        unreachable!("seq_index accepts ints and slices")
    };
    native_slice(vm, obj, s)
}

/// `obj[start:stop:step]` of a list, tuple or str (any subclass), the
/// bounds `s` given as a slice holds them.
pub fn native_slice(vm: &mut Vm, obj: &Value, s: &[Value; 3]) -> PyResult<Value> {
    match obj.payload() {
        Some(Payload::List(l)) => {
            // The bounds' `__index__` methods run before the length is read,
            // as in CPython: they may change the list.
            let s = resolved_bounds(vm, s)?;
            let len = l.borrow().len();
            let (start, _, step, count) = slice_indices(vm, &s, len)?;
            let items = picked(&l.borrow(), start, step, count);
            Ok(vm.new_list(items))
        }
        Some(Payload::Tuple(t)) => {
            let (start, _, step, count) = slice_indices(vm, s, t.len())?;
            if count == t.len()
                && step == 1
                && !crate::types::is_heap_type(obj.as_obj().expect("tuple").ty())
            {
                return Ok(obj.clone());
            }
            Ok(vm.new_tuple(picked(t, start, step, count)))
        }
        Some(Payload::Str(text)) => {
            let (start, _, step, count) = slice_indices(vm, s, text.char_len())?;
            if step == 1 {
                let a = text.byte_offset(start as usize);
                let b = text.byte_offset(start as usize + count);
                return Ok(vm.new_str(&text.as_str()[a..b]));
            }
            let chars: Vec<char> = text.as_str().chars().collect();
            let out: String = picked(&chars, start, step, count).into_iter().collect();
            Ok(vm.new_str(out))
        }
        _ => unreachable!("native_slice of a list, tuple or str"),
    }
}

/// `obj[key]` for built-ins; Null when the type has no native subscript.
pub fn native_get_item(vm: &mut Vm, obj: &Value, key: &Value) -> PyResult<Value> {
    let Some(p) = obj.payload() else {
        return Ok(Value::Null);
    };
    match p {
        Payload::List(l) => {
            if let Value::Int(i) = key {
                let l = l.borrow();
                return match norm_index(*i, l.len()) {
                    Some(j) => Ok(l[j].clone()),
                    None => {
                        drop(l);
                        Err(vm.index_error("list index out of range"))
                    }
                };
            }
            match seq_index(vm, key, "list")? {
                Some(i) => {
                    let l = l.borrow();
                    match norm_index(i, l.len()) {
                        Some(j) => Ok(l[j].clone()),
                        None => {
                            drop(l);
                            Err(vm.index_error("list index out of range"))
                        }
                    }
                }
                None => slice_key(vm, obj, key),
            }
        }
        Payload::Tuple(t) => match seq_index(vm, key, "tuple")? {
            Some(i) => match norm_index(i, t.len()) {
                Some(j) => Ok(t[j].clone()),
                None => Err(vm.index_error("tuple index out of range")),
            },
            None => slice_key(vm, obj, key),
        },
        Payload::Str(s) => match seq_index(vm, key, "string")? {
            Some(i) => match norm_index(i, s.char_len()) {
                Some(j) => Ok(vm.new_char(s.char_at(j))),
                None => Err(vm.index_error("string index out of range")),
            },
            None => slice_key(vm, obj, key),
        },
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let is_array = matches!(p, Payload::ByteArray(_));
            // Read in place (no copy of the whole object per subscript);
            // the index is computed first, as `__index__` may run Python.
            match seq_index(vm, key, if is_array { "bytearray" } else { "byte" })? {
                Some(i) => match with_bytes(p, |b| norm_index(i, b.len()).map(|j| b[j])) {
                    Some(byte) => Ok(Value::Int(byte as i64)),
                    None => Err(vm.index_error(if is_array {
                        "bytearray index out of range"
                    } else {
                        "index out of range"
                    })),
                },
                None => {
                    let Some(Payload::Slice(sl)) = key.payload() else {
                        unreachable!()
                    };
                    let len = with_bytes(p, <[u8]>::len);
                    let (start, _, step, count) = slice_indices(vm, sl, len)?;
                    // A bytearray resized by an `__index__` gives nothing.
                    let out = with_bytes(p, |b| {
                        if b.len() == len {
                            picked(b, start, step, count)
                        } else {
                            Vec::new()
                        }
                    });
                    Ok(if is_array {
                        Value::Obj(ObjRef::new(
                            vm.t.bytearray.clone(),
                            Payload::ByteArray(RefCell::new(out)),
                        ))
                    } else {
                        vm.new_bytes(out)
                    })
                }
            }
        }
        Payload::Range(r) => match seq_index(vm, key, "range")? {
            Some(i) => {
                let len = r.len();
                let j = if i < 0 { i as i128 + len } else { i as i128 };
                if (0..len).contains(&j) {
                    Ok(vm.int_value(r.at(j)))
                } else {
                    Err(vm.index_error("range object index out of range"))
                }
            }
            None => {
                let Some(Payload::Slice(sl)) = key.payload() else {
                    unreachable!()
                };
                let Ok(len) = usize::try_from(r.len()) else {
                    return Err(vm.not_implemented_error("slicing ranges longer than 2**64"));
                };
                let (start, stop, step, _) = slice_indices(vm, sl, len)?;
                Ok(vm.new_range(
                    r.at(start as i128),
                    r.at(stop as i128),
                    r.step * step as i128,
                ))
            }
        },
        Payload::Dict(d) => {
            let o = obj.as_obj().expect("dict");
            if let Some((text, hash)) = exact_str(key) {
                if let Some(v) = d.borrow().get_str(text, hash) {
                    return Ok(v.clone());
                }
                return Err(vm.key_error(key.clone()));
            }
            match vm.dict_get(o, key)? {
                Some(v) => Ok(v),
                None => Err(vm.key_error(key.clone())),
            }
        }
        _ => Ok(Value::Null),
    }
}

fn exact_str(v: &Value) -> Option<(&str, i64)> {
    match v {
        Value::Obj(o) if !crate::types::is_heap_type(o.ty()) => match &o.payload {
            Payload::Str(s) => Some((s.as_str(), s.hash())),
            _ => None,
        },
        _ => None,
    }
}

/// `obj[key] = value` / `del obj[key]` (value Null) for built-ins; false when not handled.
pub fn native_set_item(vm: &mut Vm, obj: &Value, key: &Value, value: &Value) -> PyResult<bool> {
    let Some(p) = obj.payload() else {
        return Ok(false);
    };
    match p {
        Payload::List(l) => {
            match seq_index(vm, key, "list")? {
                Some(i) => {
                    let len = l.borrow().len();
                    let Some(j) = norm_index(i, len) else {
                        let msg = "list assignment index out of range";
                        return Err(vm.index_error(msg));
                    };
                    if value.is_null() {
                        let old = l.borrow_mut().remove(j);
                        drop(old);
                    } else {
                        let old = std::mem::replace(&mut l.borrow_mut()[j], value.clone());
                        drop(old);
                    }
                }
                None => {
                    let Some(Payload::Slice(sl)) = key.payload() else {
                        unreachable!()
                    };
                    let len = l.borrow().len();
                    let (start, stop, step, count) = slice_indices(vm, sl, len)?;
                    if value.is_null() {
                        let mut idx: Vec<usize> = (0..count)
                            .map(|k| (start + k as i64 * step) as usize)
                            .collect();
                        idx.sort_unstable();
                        let mut list = l.borrow_mut();
                        let old: Vec<Value> = idx.iter().rev().map(|&i| list.remove(i)).collect();
                        drop(list);
                        drop(old);
                    } else {
                        let items = match vm.to_vec(value) {
                            Ok(items) => items,
                            Err(_) => return Err(vm.type_error("can only assign an iterable")),
                        };
                        if step == 1 {
                            let stop = stop.max(start);
                            let old: Vec<Value> = l
                                .borrow_mut()
                                .splice(start as usize..stop as usize, items)
                                .collect();
                            drop(old);
                        } else {
                            if items.len() != count {
                                return Err(vm.value_error(format!(
                                    "attempt to assign sequence of size {} to extended slice of size {count}",
                                    items.len()
                                )));
                            }
                            let mut list = l.borrow_mut();
                            let mut old = Vec::new();
                            for (k, v) in items.into_iter().enumerate() {
                                let i = (start + k as i64 * step) as usize;
                                old.push(std::mem::replace(&mut list[i], v));
                            }
                            drop(list);
                        }
                    }
                }
            }
            Ok(true)
        }
        Payload::Dict(_) if obj.as_obj().is_some_and(|o| o.ty().is(&vm.t.mappingproxy)) => {
            Err(vm.type_error("'mappingproxy' object does not support item assignment"))
        }
        Payload::Dict(_) => {
            let o = obj.as_obj().expect("dict");
            if value.is_null() {
                if vm.dict_remove(o, key)?.is_none() {
                    return Err(vm.key_error(key.clone()));
                }
            } else {
                vm.dict_set(o, key.clone(), value.clone())?;
            }
            Ok(true)
        }
        Payload::ByteArray(b) => {
            match seq_index(vm, key, "bytearray")? {
                Some(i) => {
                    let len = b.borrow().len();
                    let Some(j) = norm_index(i, len) else {
                        return Err(vm.index_error("bytearray index out of range"));
                    };
                    if value.is_null() {
                        b.borrow_mut().remove(j);
                    } else {
                        let v = vm.index(value)?;
                        if !(0..256).contains(&v) {
                            return Err(vm.value_error("byte must be in range(0, 256)"));
                        }
                        b.borrow_mut()[j] = v as u8;
                    }
                }
                None => {
                    let Some(Payload::Slice(sl)) = key.payload() else {
                        unreachable!()
                    };
                    let sl = sl.clone();
                    crate::builtins::bytes_methods::bytearray_set_slice(vm, b, &sl, value)?;
                }
            }
            Ok(true)
        }
        _ => Ok(false),
    }
}

/// `item in container` for built-ins; None when not handled natively.
pub fn native_contains(vm: &mut Vm, container: &Value, item: &Value) -> PyResult<Option<bool>> {
    let Some(p) = container.payload() else {
        return Ok(None);
    };
    match p {
        Payload::Str(s) => match item.as_str() {
            Some(sub) => Ok(Some(s.as_str().contains(sub))),
            None => {
                let tn = vm.type_name(item);
                Err(vm.type_error(format!(
                    "'in <string>' requires string as left operand, not {tn}"
                )))
            }
        },
        Payload::List(l) => {
            // One element at a time, re-reading the list (it may change).
            let mut i = 0;
            loop {
                let x = match l.borrow().get(i) {
                    Some(x) => x.clone(),
                    None => return Ok(Some(false)),
                };
                if vm.eq(&x, item)? {
                    return Ok(Some(true));
                }
                i += 1;
            }
        }
        Payload::Tuple(t) => {
            for x in t.iter() {
                if vm.eq(x, item)? {
                    return Ok(Some(true));
                }
            }
            Ok(Some(false))
        }
        Payload::Dict(_) => {
            let o = container.as_obj().expect("dict");
            Ok(Some(vm.dict_get(o, item)?.is_some()))
        }
        Payload::Set(_) => {
            let o = container.as_obj().expect("set");
            if let Some(Payload::Set(_)) = item.payload() {
                if vm.hash(item).is_err() {
                    let fs = vm.new_set_from(item, true)?;
                    return Ok(Some(vm.set_contains(o, &fs)?));
                }
            }
            Ok(Some(vm.set_contains(o, item)?))
        }
        Payload::Range(r) => match item {
            Value::Int(i) => {
                let r = **r;
                let len = r.len();
                if len == 0 {
                    return Ok(Some(false));
                }
                let off = *i as i128 - r.start;
                let ok = off % r.step == 0 && {
                    let k = off / r.step;
                    k >= 0 && k < len
                };
                Ok(Some(ok))
            }
            _ => Ok(None),
        },
        Payload::Bytes(_) | Payload::ByteArray(_) => {
            let hay = bytes_of(container).unwrap_or_default();
            match item {
                Value::Int(i) => {
                    if !(0..256).contains(i) {
                        return Err(vm.value_error("byte must be in range(0, 256)"));
                    }
                    Ok(Some(hay.contains(&(*i as u8))))
                }
                _ => match bytes_of(item) {
                    Some(needle) => Ok(Some(
                        needle.is_empty()
                            || hay.windows(needle.len()).any(|w| w == needle.as_slice()),
                    )),
                    None => {
                        let tn = vm.type_name(item);
                        Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
                    }
                },
            }
        }
        Payload::DictView(d, kind) => match kind {
            crate::payload::ViewKind::Keys => Ok(Some(vm.dict_get(d, item)?.is_some())),
            crate::payload::ViewKind::Items => {
                let Some(Payload::Tuple(kv)) = item.payload() else {
                    return Ok(Some(false));
                };
                if kv.len() != 2 {
                    return Ok(Some(false));
                }
                let (k, v) = (kv[0].clone(), kv[1].clone());
                match vm.dict_get(d, &k)? {
                    Some(w) => Ok(Some(vm.eq(&w, &v)?)),
                    None => Ok(Some(false)),
                }
            }
            crate::payload::ViewKind::Values => Ok(None),
        },
        _ => Ok(None),
    }
}
