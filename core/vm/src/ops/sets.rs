//! Set algebra as CPython's setobject.c does it, step for step, so that
//! the resulting tables, and so the iteration order a program prints,
//! are CPython's: which operand is copied, which one is iterated, when
//! the table is resized up front, and what is changed in place.

use crate::object::ObjRef;
use crate::ops::BinOp;
use crate::payload::Payload;
use crate::set::Set;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// The items of a set with their hashes (a copy: probing another set may
/// run Python code, which must not find this one borrowed).
pub fn items(v: &Value) -> Vec<(i64, Value)> {
    match v.payload() {
        Some(Payload::Set(s)) => s
            .borrow()
            .iter_slots()
            .map(|x| (x.hash, x.key.clone()))
            .collect(),
        _ => Vec::new(),
    }
}

/// The number of items of a set (0 for anything else).
pub fn len(v: &Value) -> usize {
    match v.payload() {
        Some(Payload::Set(s)) => s.borrow().len(),
        _ => 0,
    }
}

fn is_set(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_)))
}

fn table(s: &ObjRef) -> &RefCell<Set> {
    match &s.payload {
        Payload::Set(t) => t,
        _ => unreachable!("a set"),
    }
}

/// An empty set of class `ty`.
fn new_of(ty: &ObjRef) -> ObjRef {
    ObjRef::new(ty.clone(), Payload::Set(Box::new(RefCell::new(Set::new()))))
}

/// A copy of set `so` of class `ty` (`set_copy`).
pub fn copy(vm: &mut Vm, so: &Value, ty: &ObjRef) -> PyResult<ObjRef> {
    let result = new_of(ty);
    update(vm, &result, so)?;
    Ok(result)
}

/// Adds every item of `other` to `so` (`set_update_internal`).
pub fn update(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    if let Some(Payload::Set(src)) = other.payload() {
        // `set_merge`: an empty set takes a clean copy of the table;
        // otherwise one resize up front, then insertions in table order.
        if table(so).borrow().is_empty() {
            let copy = Set::copy_from(&src.borrow());
            *table(so).borrow_mut() = copy;
            return Ok(());
        }
        table(so).borrow_mut().reserve_for(len(other));
        for (h, x) in items(other) {
            vm.set_add_hashed(so, x, h)?;
        }
        return Ok(());
    }
    if let Some(Payload::Dict(d)) = other.payload() {
        let n = d.borrow().len();
        table(so).borrow_mut().reserve_for(n);
    }
    for x in vm.to_vec(other)? {
        vm.set_add(so, x)?;
    }
    Ok(())
}

/// `so & other` as a new set of class `ty` (`set_intersection`).
pub fn intersection(vm: &mut Vm, so: &Value, other: &Value, ty: &ObjRef) -> PyResult<ObjRef> {
    let result = new_of(ty);
    if is_set(other) {
        // Iterate the smaller; `other` when the sizes are equal.
        let (iterated, probed) = if len(other) > len(so) {
            (so, other)
        } else {
            (other, so)
        };
        let Some(probed) = probed.as_obj() else {
            return Ok(result);
        };
        for (h, x) in items(iterated) {
            if vm.set_contains_hashed(probed, &x, h)? {
                vm.set_add_hashed(&result, x, h)?;
            }
        }
        return Ok(result);
    }
    let Some(so) = so.as_obj() else {
        return Ok(result);
    };
    for x in vm.to_vec(other)? {
        let h = vm.hash(&x)?;
        if vm.set_contains_hashed(so, &x, h)? {
            vm.set_add_hashed(&result, x, h)?;
        }
    }
    Ok(result)
}

/// Removes every item of `other` from `so` (`set_difference_update_internal`).
pub fn difference_update(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    if is_set(other) {
        for (h, x) in items(other) {
            vm.set_discard_hashed(so, &x, h)?;
        }
        return Ok(());
    }
    for x in vm.to_vec(other)? {
        vm.set_discard(so, &x)?;
    }
    Ok(())
}

/// `so - other` as a new set of class `ty` (`set_difference`).
pub fn difference(vm: &mut Vm, so: &Value, other: &Value, ty: &ObjRef) -> PyResult<ObjRef> {
    let other_size = match other.payload() {
        Some(Payload::Set(s)) => s.borrow().len(),
        Some(Payload::Dict(d)) if other.as_obj().is_some_and(|o| o.ty().is(&vm.t.dict)) => {
            d.borrow().len()
        }
        _ => usize::MAX,
    };
    // Much bigger than what it may lose, or `other` is a plain iterable:
    // copy, then remove.
    if other_size == usize::MAX || len(so) / 4 > other_size {
        let result = copy(vm, so, ty)?;
        difference_update(vm, &result, other)?;
        return Ok(result);
    }
    let probed = if is_set(other) {
        other.clone()
    } else {
        vm.new_set_from(other, false)?
    };
    let result = new_of(ty);
    let Some(probed) = probed.as_obj() else {
        return Ok(result);
    };
    for (h, x) in items(so) {
        if !vm.set_contains_hashed(probed, &x, h)? {
            vm.set_add_hashed(&result, x, h)?;
        }
    }
    Ok(result)
}

/// Toggles every item of `other` in `so` (`set_symmetric_difference_update`).
pub fn symmetric_difference_update(vm: &mut Vm, so: &ObjRef, other: &Value) -> PyResult<()> {
    if other.as_obj().is_some_and(|o| o.is(so)) {
        let old = table(so).borrow_mut().clear();
        drop(old);
        return Ok(());
    }
    let other = if is_set(other) {
        other.clone()
    } else {
        vm.new_set_from(other, false)?
    };
    for (h, x) in items(&other) {
        if !vm.set_discard_hashed(so, &x, h)? {
            vm.set_add_hashed(so, x, h)?;
        }
    }
    Ok(())
}

/// `so ^ other` as a new set of class `ty`: a set made from `other`, with
/// the items of `so` toggled in it (`set_symmetric_difference`).
pub fn symmetric_difference(
    vm: &mut Vm,
    so: &Value,
    other: &Value,
    ty: &ObjRef,
) -> PyResult<ObjRef> {
    let result = new_of(ty);
    update(vm, &result, other)?;
    symmetric_difference_update(vm, &result, so)?;
    Ok(result)
}

/// `a | b`, `a & b`, `a - b`, `a ^ b` of two sets, as a new set of class `ty`.
pub fn binary(vm: &mut Vm, a: &Value, b: &Value, op: BinOp, ty: &ObjRef) -> PyResult<Value> {
    let result = match op {
        BinOp::Or => {
            let result = copy(vm, a, ty)?;
            update(vm, &result, b)?;
            result
        }
        BinOp::And => intersection(vm, a, b, ty)?,
        BinOp::Sub => difference(vm, a, b, ty)?,
        _ => symmetric_difference(vm, a, b, ty)?,
    };
    Ok(Value::Obj(result))
}

/// `a |= b`, `a &= b`, `a -= b`, `a ^= b`: `a` changed in place (for `&=`,
/// it takes the table of the intersection, as CPython swaps bodies).
pub fn in_place(vm: &mut Vm, a: &ObjRef, b: &Value, op: BinOp) -> PyResult<()> {
    match op {
        BinOp::Or => update(vm, a, b),
        BinOp::And => {
            let ty = a.ty().clone();
            let result = intersection(vm, &Value::Obj(a.clone()), b, &ty)?;
            take_table(a, &result);
            Ok(())
        }
        BinOp::Sub => difference_update(vm, a, b),
        _ => symmetric_difference_update(vm, a, b),
    }
}

/// Gives `dst` the table of `src` (CPython's `set_swap_bodies`).
pub fn take_table(dst: &ObjRef, src: &ObjRef) {
    let moved = std::mem::take(&mut *table(src).borrow_mut());
    let old = std::mem::replace(&mut *table(dst).borrow_mut(), moved);
    drop(old);
}
