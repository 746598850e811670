//! `set` and `frozenset`: constructors and methods.

use crate::args::Args;
use crate::object::ObjRef;
use crate::ops::BinOp;
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
        if let Some(Payload::Set(src)) = iterable.payload() {
            let empty = matches!(&s.payload, Payload::Set(d) if d.borrow().is_empty());
            if empty {
                let copy = Set::copy_from(&src.borrow());
                if let Payload::Set(d) = &s.payload {
                    *d.borrow_mut() = copy;
                }
                return Ok(());
            }
        }
        if let Some(Payload::Dict(d)) = iterable.payload() {
            let n = d.borrow().len();
            if let Payload::Set(dst) = &s.payload {
                dst.borrow_mut().reserve_for(n);
            }
        }
        let items = self.to_vec(iterable)?;
        for x in items {
            self.set_add(s, x)?;
        }
        Ok(())
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
    let a = args.take_checked(vm, "add", 2, 2)?;
    vm.set_add(&s, a[1].clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "discard")?;
    let a = args.take_checked(vm, "discard", 2, 2)?;
    vm.set_discard(&s, &a[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "remove")?;
    let a = args.take_checked(vm, "remove", 2, 2)?;
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

fn multi(vm: &mut Vm, args: Args, op: BinOp, name: &str) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let ty = result_type(vm, &s);
    let mut acc = {
        let n = ObjRef::new(ty.clone(), Payload::Set(Box::new(RefCell::new(Set::new()))));
        vm.set_fill(&n, &Value::Obj(s.clone()))?;
        Value::Obj(n)
    };
    for other in args.values[1..].iter().cloned() {
        let o = if matches!(other.payload(), Some(Payload::Set(_))) {
            other
        } else {
            vm.new_set_from(&other, false)?
        };
        acc = crate::ops::seq::set_algebra(vm, &acc, &o, op, ty.clone())?;
    }
    Ok(acc)
}

fn union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::Or, "union")
}

fn intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::And, "intersection")
}

fn difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::Sub, "difference")
}

fn symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    multi(vm, args, BinOp::Xor, "symmetric_difference")
}

fn in_place(vm: &mut Vm, args: Args, op: BinOp, name: &str) -> PyResult<Value> {
    let s = this(vm, &args, name)?;
    let r = multi(vm, args, op, name)?;
    if let (Payload::Set(dst), Some(Payload::Set(src))) = (&s.payload, r.payload()) {
        let new = src.borrow().clone();
        *dst.borrow_mut() = new;
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "update")?;
    for other in &args.values[1..] {
        vm.set_fill(&s, other)?;
    }
    Ok(Value::None)
}

fn intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, BinOp::And, "intersection_update")
}

fn difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, BinOp::Sub, "difference_update")
}

fn symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    in_place(vm, args, BinOp::Xor, "symmetric_difference_update")
}

fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if matches!(v.payload(), Some(Payload::Set(_))) {
        return Ok(v.clone());
    }
    vm.new_set_from(v, false)
}

fn issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.take_checked(vm, "issubset", 2, 2)?;
    let o = as_set(vm, &a[1])?;
    vm.compare(&a[0], &o, crate::ops::CmpOp::Le)
}

fn issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.take_checked(vm, "issuperset", 2, 2)?;
    let o = as_set(vm, &a[1])?;
    vm.compare(&a[0], &o, crate::ops::CmpOp::Ge)
}

fn isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = this(vm, &args, "isdisjoint")?;
    let a = args.take_checked(vm, "isdisjoint", 2, 2)?;
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
