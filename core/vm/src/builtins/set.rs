//! `set` and `frozenset`: constructors and methods.

use crate::args::Args;
use crate::object::ObjRef;
use crate::ops::sets;
use crate::payload::{NativeKind, Payload};
use crate::set::Set;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

impl Vm {
    /// An empty set (or frozenset).
    pub fn new_set(&self, frozen: bool) -> ObjRef {
        let ty = if frozen {
            self.t.frozenset.clone()
        } else {
            self.t.set.clone()
        };
        ObjRef::new(ty, Payload::Set(Box::new(RefCell::new(Set::new()))))
    }

    /// A set (or frozenset) of the items of an iterable, in CPython's order.
    pub fn new_set_from(&mut self, iterable: &Value, frozen: bool) -> PyResult<Value> {
        let s = self.new_set(frozen);
        self.set_fill(&s, iterable)?;
        Ok(Value::Obj(s))
    }

    /// Adds every item of an iterable (CPython's `set_update_internal`).
    pub fn set_fill(&mut self, s: &ObjRef, iterable: &Value) -> PyResult<()> {
        sets::update(self, s, iterable)
    }
}

fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Set(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(format!("descriptor '{name}' requires a 'set' object"))),
    }
}

fn result_type(vm: &Vm, o: &ObjRef) -> ObjRef {
    if crate::types::is_subtype(o.ty(), &vm.t.frozenset) {
        vm.t.frozenset.clone()
    } else {
        vm.t.set.clone()
    }
}

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("set.__new__(X): X is not a type object")),
    };
    let frozen = crate::types::is_subtype(&cls, &vm.t.frozenset);
    if frozen {
        if args.nkw() > 0 {
            return Err(vm.type_error("frozenset() takes no keyword arguments"));
        }
        let s = ObjRef::with_dict(
            cls.clone(),
            Payload::Set(Box::new(RefCell::new(Set::new()))),
            if crate::types::is_heap_type(&cls) {
                Some(vm.new_dict())
            } else {
                None
            },
        );
        if let Some(src) = args.values.get(1) {
            if cls.is(&vm.t.frozenset) && src.as_obj().is_some_and(|o| o.ty().is(&vm.t.frozenset)) {
                return Ok(src.clone());
            }
            vm.set_fill(&s, src)?;
        }
        return Ok(Value::Obj(s));
    }
    Ok(Value::Obj(crate::builtins::type_::new_instance(vm, &cls)))
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "__init__")?;
    if crate::types::is_subtype(s.ty(), &vm.t.frozenset) {
        return Ok(Value::None);
    }
    if args.nkw() > 0 {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.values.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.values.len() - 1
        )));
    }
    if let Payload::Set(d) = &s.payload {
        let old = d.borrow_mut().clear();
        drop(old);
    }
    if let Some(src) = args.values.get(1) {
        vm.set_fill(&s, src)?;
    }
    Ok(Value::None)
}

fn add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "add")?;
    let a = args.check(vm, "add", 2, 2)?;
    vm.set_add(&s, a[1].clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "discard")?;
    let a = args.check(vm, "discard", 2, 2)?;
    vm.set_discard(&s, &a[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "remove")?;
    let a = args.check(vm, "remove", 2, 2)?;
    if !vm.set_discard(&s, &a[1])? {
        return Err(vm.key_error(a[1].clone()));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "pop")?;
    let v = match &s.payload {
        Payload::Set(d) => d.borrow_mut().pop_first(),
        _ => None,
    };
    match v {
        Some(v) => Ok(v),
        None => {
            let ke = vm.exc_type("KeyError");
            let msg = vm.new_str("pop from an empty set");
            Err(crate::exceptions::new_exception(vm, &ke, vec![msg]))
        }
    }
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "clear")?;
    if let Payload::Set(d) = &s.payload {
        let old = d.borrow_mut().clear();
        drop(old);
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "copy")?;
    let ty = result_type(vm, &s);
    if ty.is(&vm.t.frozenset) && s.ty().is(&ty) {
        return Ok(Value::Obj(s));
    }
    let n = ObjRef::new(ty, Payload::Set(Box::new(RefCell::new(Set::new()))));
    vm.set_fill(&n, &Value::Obj(s))?;
    Ok(Value::Obj(n))
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "union")?;
    let ty = result_type(vm, &s);
    let result = sets::copy(vm, &args.values[0], &ty)?;
    for other in &args.values[1..] {
        sets::update(vm, &result, other)?;
    }
    Ok(Value::Obj(result))
}

/// `set_intersection_multi`: the first operand itself, then each
/// intersection in turn (a copy when there are no others).
fn intersection_multi(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    let s = this(vm, args, name)?;
    let ty = result_type(vm, &s);
    if args.values.len() == 1 {
        return sets::copy(vm, &args.values[0], &ty);
    }
    let mut result = Value::Obj(s);
    for other in &args.values[1..] {
        result = Value::Obj(sets::intersection(vm, &result, other, &ty)?);
    }
    Ok(result.as_obj().cloned().expect("a set"))
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    intersection_multi(vm, &args, "intersection").map(Value::Obj)
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "difference")?;
    let ty = result_type(vm, &s);
    let me = &args.values[0];
    let Some(first) = args.values.get(1) else {
        return sets::copy(vm, me, &ty).map(Value::Obj);
    };
    let result = sets::difference(vm, me, first, &ty)?;
    for other in &args.values[2..] {
        sets::difference_update(vm, &result, other)?;
    }
    Ok(Value::Obj(result))
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "symmetric_difference")?;
    let ty = result_type(vm, &s);
    let a = args.check(vm, "symmetric_difference", 2, 2)?;
    sets::symmetric_difference(vm, &a[0], &a[1], &ty).map(Value::Obj)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "update")?;
    for other in &args.values[1..] {
        sets::update(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "intersection_update")?;
    let result = intersection_multi(vm, &args, "intersection_update")?;
    if !result.is(&s) {
        sets::take_table(&s, &result);
    }
    Ok(Value::None)
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "difference_update")?;
    for other in &args.values[1..] {
        sets::difference_update(vm, &s, other)?;
    }
    Ok(Value::None)
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "symmetric_difference_update")?;
    let a = args.check(vm, "symmetric_difference_update", 2, 2)?;
    sets::symmetric_difference_update(vm, &s, &a[1])?;
    Ok(Value::None)
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if matches!(v.payload(), Some(Payload::Set(_))) {
        return Ok(v.clone());
    }
    vm.new_set_from(v, false)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "issubset", 2, 2)?;
    let o = as_set(vm, &a[1])?;
    vm.compare(&a[0], &o, crate::ops::CmpOp::Le)
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "issuperset", 2, 2)?;
    let o = as_set(vm, &a[1])?;
    vm.compare(&a[0], &o, crate::ops::CmpOp::Ge)
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "isdisjoint")?;
    let a = args.check(vm, "isdisjoint", 2, 2)?;
    for x in vm.to_vec(&a[1])? {
        if vm.set_contains(&s, &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

/// Installs `set` and `frozenset` methods.
pub fn install(vm: &mut Vm) {
    let common: &[(&'static str, crate::payload::NativeFn, NativeKind)] = &[
        ("__new__", set_new, NativeKind::StaticMethod),
        ("__init__", set_init, NativeKind::Method),
        ("copy", copy, NativeKind::Method),
        ("union", union, NativeKind::Method),
        ("intersection", intersection, NativeKind::Method),
        ("difference", difference, NativeKind::Method),
        (
            "symmetric_difference",
            symmetric_difference,
            NativeKind::Method,
        ),
        ("issubset", issubset, NativeKind::Method),
        ("issuperset", issuperset, NativeKind::Method),
        ("isdisjoint", isdisjoint, NativeKind::Method),
    ];
    let set = vm.t.set.clone();
    let frozen = vm.t.frozenset.clone();
    vm.add_methods(&set, common);
    vm.add_methods(&frozen, common);
    vm.add_methods(
        &set,
        &[
            ("add", add, NativeKind::Method),
            ("discard", discard, NativeKind::Method),
            ("remove", remove, NativeKind::Method),
            ("pop", pop, NativeKind::Method),
            ("clear", clear, NativeKind::Method),
            ("update", update, NativeKind::Method),
            (
                "intersection_update",
                intersection_update,
                NativeKind::Method,
            ),
            ("difference_update", difference_update, NativeKind::Method),
            (
                "symmetric_difference_update",
                symmetric_difference_update,
                NativeKind::Method,
            ),
        ],
    );
    for (ty, hashable) in [(set, false), (frozen, true)] {
        crate::builtins::slots::install_binops(
            vm,
            &ty,
            &["__or__", "__and__", "__sub__", "__xor__"],
        );
        crate::builtins::slots::install_compare(vm, &ty);
        crate::builtins::slots::install_basic(vm, &ty, hashable);
        crate::builtins::slots::install_collection(vm, &ty);
    }
}
