//! Special methods of the built-in types as callable attributes
//! (`int.__add__`, `list.__getitem__`, ...). The interpreter's fast paths
//! bypass them; they exist for subclasses, `super()` and explicit calls,
//! and all delegate to the same native operations.

use crate::args::Args;
use crate::ops::{BinOp, CmpOp};
use crate::payload::{NativeFn, NativeKind};
use crate::value::Value;
use crate::{PyResult, Vm};

fn ni(vm: &Vm) -> Value {
    Value::Obj(vm.not_implemented.clone())
}

fn two(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, Value)> {
    let a = args.check(vm, name, 2, 2)?;
    Ok((a[0].clone(), a[1].clone()))
}

macro_rules! binop_slots {
    ($($fwd:ident, $rev:ident, $fname:literal, $rname:literal, $op:expr;)*) => {
        $(
            fn $fwd(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(vm, &args, stringify!($fwd))?;
                let r = vm.native_binary(&a, &b, $op)?;
                Ok(if r.is_null() { ni(vm) } else { r })
            }
            fn $rev(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(vm, &args, stringify!($rev))?;
                let r = vm.native_binary(&b, &a, $op)?;
                Ok(if r.is_null() { ni(vm) } else { r })
            }
        )*
        /// `(name, reflected name, forward, reflected)` for every operator.
        const BINOPS: &[(&str, &str, NativeFn, NativeFn)] = &[
            $(($fname, $rname, $fwd, $rev),)*
        ];
    };
}

binop_slots! {
    add, radd, "__add__", "__radd__", BinOp::Add;
    sub, rsub, "__sub__", "__rsub__", BinOp::Sub;
    mul, rmul, "__mul__", "__rmul__", BinOp::Mul;
    truediv, rtruediv, "__truediv__", "__rtruediv__", BinOp::TrueDiv;
    floordiv, rfloordiv, "__floordiv__", "__rfloordiv__", BinOp::FloorDiv;
    modulo, rmodulo, "__mod__", "__rmod__", BinOp::Mod;
    pow, rpow, "__pow__", "__rpow__", BinOp::Pow;
    lshift, rlshift, "__lshift__", "__rlshift__", BinOp::LShift;
    rshift, rrshift, "__rshift__", "__rrshift__", BinOp::RShift;
    and, rand, "__and__", "__rand__", BinOp::And;
    or, ror, "__or__", "__ror__", BinOp::Or;
    xor, rxor, "__xor__", "__rxor__", BinOp::Xor;
}

macro_rules! cmp_slots {
    ($($name:ident, $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let (a, b) = two(vm, &args, stringify!($name))?;
                match crate::ops::seq::native_compare(vm, &a, &b, $op)? {
                    Some(r) => Ok(Value::Bool(r)),
                    None => Ok(ni(vm)),
                }
            }
        )*
        const CMPS: &[(&str, NativeFn)] = &[$((concat!("__", stringify!($name), "__"), $name),)*];
    };
}

cmp_slots! {
    eq, CmpOp::Eq;
    ne, CmpOp::Ne;
    lt, CmpOp::Lt;
    le, CmpOp::Le;
    gt, CmpOp::Gt;
    ge, CmpOp::Ge;
}

fn one(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let a = args.check(vm, name, 1, 1)?;
    Ok(a[0].clone())
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "__repr__")?;
    let s = crate::builtins::repr::native_repr(vm, &v)?;
    Ok(vm.new_str(s))
}

/// `int.__repr__`: the number, also for a bool (`int.__repr__(True)` is
/// "1").
fn int_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match one(vm, &args, "__repr__")? {
        Value::Bool(b) => Ok(vm.new_str(if b { "1" } else { "0" })),
        v => {
            let s = crate::builtins::repr::native_repr(vm, &v)?;
            Ok(vm.new_str(s))
        }
    }
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "__hash__")?;
    if let Some(crate::payload::Payload::Set(_)) = v.payload() {
        return Ok(Value::Int(crate::ops::seq::frozenset_hash(vm, &v)));
    }
    match crate::hashing::fast_hash_ignoring_subclass(&v) {
        Some(h) => Ok(Value::Int(h)),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!("unhashable type: '{tn}'")))
        }
    }
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "__len__")?;
    match v.as_obj().and_then(crate::ops::seq::native_len) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => Err(vm.type_error("descriptor '__len__' requires a container")),
    }
}

fn bool_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "__bool__")?;
    let r = match &v {
        Value::Obj(o) => match &o.payload {
            crate::payload::Payload::Int(b) => !num_traits::Zero::is_zero(b),
            crate::payload::Payload::Float(f) => *f != 0.0,
            crate::payload::Payload::Complex(r, i) => *r != 0.0 || *i != 0.0,
            _ => crate::ops::seq::native_len(o).is_none_or(|n| n != 0),
        },
        other => vm.truthy(other)?,
    };
    Ok(Value::Bool(r))
}

fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "__getitem__")?;
    if let Some(crate::payload::Payload::Dict(_)) = a.payload() {
        // dict subclasses: __missing__.
        let o = a.as_obj().cloned().expect("dict");
        if let Some(v) = vm.dict_get(&o, &b)? {
            return Ok(v);
        }
        let ty = o.ty().clone();
        if let Some(m) = vm.lookup_special(&ty, "__missing__") {
            return vm.call(&m, [a.clone(), b]);
        }
        return Err(vm.key_error(b));
    }
    let r = crate::ops::seq::native_get_item(vm, &a, &b)?;
    if r.is_null() {
        let tn = vm.type_name(&a);
        return Err(vm.type_error(format!("'{tn}' object is not subscriptable")));
    }
    Ok(r)
}

fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__setitem__", 3, 3)?;
    if !crate::ops::seq::native_set_item(vm, &a[0], &a[1], &a[2])? {
        let tn = vm.type_name(&a[0]);
        return Err(vm.type_error(format!("'{tn}' object does not support item assignment")));
    }
    Ok(Value::None)
}

fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "__delitem__")?;
    if !crate::ops::seq::native_set_item(vm, &a, &b, &Value::Null)? {
        let tn = vm.type_name(&a);
        return Err(vm.type_error(format!("'{tn}' object doesn't support item deletion")));
    }
    Ok(Value::None)
}

fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = two(vm, &args, "__contains__")?;
    match crate::ops::seq::native_contains(vm, &a, &b)? {
        Some(r) => Ok(Value::Bool(r)),
        None => {
            // e.g. `2.0 in range(5)`: compare item by item.
            let it = vm.native_iter(&a)?;
            while let Some(x) = vm.next(&it)? {
                if vm.eq(&x, &b)? {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
    }
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "__iter__")?;
    vm.native_iter(&v)
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "__next__")?;
    match vm.next(&v)? {
        Some(x) => Ok(x),
        None => {
            let si = vm.exc_type("StopIteration");
            Err(crate::exceptions::new_exception(vm, &si, vec![]))
        }
    }
}

fn iter_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one(vm, &args, "__iter__")
}

/// Installs the operator methods on a numeric or sequence type.
pub fn install_binops(vm: &mut Vm, ty: &crate::object::ObjRef, names: &[&str]) {
    let mut methods = Vec::new();
    for &(fwd, rev, f, r) in BINOPS {
        if names.contains(&fwd) {
            methods.push((fwd, f, NativeKind::Method));
            methods.push((rev, r, NativeKind::Method));
        }
    }
    vm.add_methods(ty, &methods);
}

/// Installs rich comparisons.
pub fn install_compare(vm: &mut Vm, ty: &crate::object::ObjRef) {
    let methods: Vec<_> = CMPS
        .iter()
        .map(|&(n, f)| (n, f, NativeKind::Method))
        .collect();
    vm.add_methods(ty, &methods);
}

/// Installs the generic `__repr__` (what `repr()` prints for the value).
pub fn install_repr(vm: &mut Vm, ty: &crate::object::ObjRef) {
    vm.add_methods(ty, &[("__repr__", repr, NativeKind::Method)]);
}

/// Installs `__repr__`, `__hash__` and `__bool__`.
pub fn install_basic(vm: &mut Vm, ty: &crate::object::ObjRef, hashable: bool) {
    let is_int = matches!(crate::types::data(ty).layout, crate::types::Layout::Int);
    let repr_fn: crate::payload::NativeFn = if is_int { int_repr } else { repr };
    vm.add_methods(ty, &[("__repr__", repr_fn, NativeKind::Method)]);
    // Only numbers define __bool__; containers are true by their length
    // (so a subclass's __len__ decides, as in CPython).
    if matches!(
        crate::types::data(ty).layout,
        crate::types::Layout::Int | crate::types::Layout::Float | crate::types::Layout::Complex
    ) {
        vm.add_methods(ty, &[("__bool__", bool_, NativeKind::Method)]);
    }
    if hashable {
        vm.add_methods(ty, &[("__hash__", hash, NativeKind::Method)]);
    } else {
        vm.set_type_attr(ty, "__hash__", Value::None);
    }
}

/// Installs `__len__`, `__contains__` and `__iter__`.
pub fn install_collection(vm: &mut Vm, ty: &crate::object::ObjRef) {
    vm.add_methods(
        ty,
        &[
            ("__len__", len, NativeKind::Method),
            ("__contains__", contains, NativeKind::Method),
            ("__iter__", iter, NativeKind::Method),
        ],
    );
}

/// Installs the sequence/mapping protocol methods.
pub fn install_container(vm: &mut Vm, ty: &crate::object::ObjRef, mutable: bool) {
    install_collection(vm, ty);
    vm.add_methods(ty, &[("__getitem__", getitem, NativeKind::Method)]);
    if mutable {
        vm.add_methods(
            ty,
            &[
                ("__setitem__", setitem, NativeKind::Method),
                ("__delitem__", delitem, NativeKind::Method),
            ],
        );
    }
}

/// Installs `__iter__` (returning self) and `__next__` on an iterator type.
pub fn install_iterator(vm: &mut Vm, ty: &crate::object::ObjRef) {
    vm.add_methods(
        ty,
        &[
            ("__iter__", iter_self, NativeKind::Method),
            ("__next__", next, NativeKind::Method),
        ],
    );
}

impl Vm {
    /// `iter()` of a built-in payload, ignoring subclass overrides.
    pub fn native_iter(&mut self, v: &Value) -> PyResult<Value> {
        use crate::iter::IterState;
        use crate::payload::Payload;
        let Value::Obj(o) = v else {
            return self.iter(v);
        };
        let (ty, st) = match &o.payload {
            Payload::List(_) => (
                self.t.list_iterator.clone(),
                IterState::List {
                    list: o.clone(),
                    index: 0,
                },
            ),
            Payload::Tuple(_) => (
                self.t.tuple_iterator.clone(),
                IterState::Tuple {
                    tuple: o.clone(),
                    index: 0,
                },
            ),
            Payload::Str(_) => (
                self.t.str_iterator.clone(),
                IterState::Str {
                    s: o.clone(),
                    offset: 0,
                },
            ),
            Payload::Dict(d) => {
                let len = d.borrow().len();
                (
                    self.t.dict_keyiterator.clone(),
                    IterState::Dict {
                        dict: o.clone(),
                        slot: 0,
                        kind: crate::payload::ViewKind::Keys,
                        len,
                        yielded: 0,
                    },
                )
            }
            Payload::Set(s) => {
                let len = s.borrow().len();
                (
                    self.t.set_iterator.clone(),
                    IterState::Set {
                        set: o.clone(),
                        slot: 0,
                        len,
                    },
                )
            }
            Payload::Bytes(_) | Payload::ByteArray(_) => (
                self.t.bytes_iterator.clone(),
                IterState::Bytes {
                    b: o.clone(),
                    index: 0,
                },
            ),
            _ => return self.iter(v),
        };
        Ok(self.new_iter(&ty, st))
    }
}
