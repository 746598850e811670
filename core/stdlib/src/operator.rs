//! The `_operator` module: the operators as functions, and the
//! `itemgetter`, `attrgetter` and `methodcaller` classes, with CPython's
//! argument errors and reprs. `operator` (python/operator.py) re-exports
//! them with the dunder aliases.

use crate::native::{self, kwnames_of, no_kwargs, one, positional, receiver};
use pvm_vm::args::Args;
use pvm_vm::ops::{BinOp, CmpOp};
use pvm_vm::payload::{Extension, NativeFn, NativeKind, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// Fills in the `_operator` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    vm.add_functions(module, FUNCTIONS);
    let getters: [(&'static str, &native::Methods); 3] = [
        (
            "itemgetter",
            &[
                ("__new__", itemgetter_new, NativeKind::StaticMethod),
                ("__call__", itemgetter_call, NativeKind::Method),
                ("__repr__", itemgetter_repr, NativeKind::Method),
                ("__reduce__", itemgetter_reduce, NativeKind::Method),
            ],
        ),
        (
            "attrgetter",
            &[
                ("__new__", attrgetter_new, NativeKind::StaticMethod),
                ("__call__", attrgetter_call, NativeKind::Method),
                ("__repr__", attrgetter_repr, NativeKind::Method),
                ("__reduce__", attrgetter_reduce, NativeKind::Method),
            ],
        ),
        (
            "methodcaller",
            &[
                ("__new__", methodcaller_new, NativeKind::StaticMethod),
                ("__call__", methodcaller_call, NativeKind::Method),
                ("__repr__", methodcaller_repr, NativeKind::Method),
                ("__reduce__", methodcaller_reduce, NativeKind::Method),
            ],
        ),
    ];
    for (name, methods) in getters {
        native::new_type(vm, module, name, "operator", methods, true);
    }
    Ok(())
}

/// Defines a binary operator function: `name(a, b)` is `a op b`
/// (in place when `inplace`).
macro_rules! binary_fns {
    ($($fname:ident = $qual:literal, $op:ident, $inplace:literal;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let v = positional(vm, &args, $qual, 2, 2)?;
                vm.binary_op(&v[0], &v[1], BinOp::$op, $inplace)
            }
        )*
    };
}

binary_fns! {
    add = "_operator.add", Add, false;
    and_ = "_operator.and_", And, false;
    floordiv = "_operator.floordiv", FloorDiv, false;
    lshift = "_operator.lshift", LShift, false;
    matmul = "_operator.matmul", MatMul, false;
    mul = "_operator.mul", Mul, false;
    mod_ = "_operator.mod", Mod, false;
    or_ = "_operator.or_", Or, false;
    pow = "_operator.pow", Pow, false;
    rshift = "_operator.rshift", RShift, false;
    sub = "_operator.sub", Sub, false;
    truediv = "_operator.truediv", TrueDiv, false;
    xor = "_operator.xor", Xor, false;
    iadd = "_operator.iadd", Add, true;
    iand = "_operator.iand", And, true;
    ifloordiv = "_operator.ifloordiv", FloorDiv, true;
    ilshift = "_operator.ilshift", LShift, true;
    imatmul = "_operator.imatmul", MatMul, true;
    imul = "_operator.imul", Mul, true;
    imod = "_operator.imod", Mod, true;
    ior = "_operator.ior", Or, true;
    ipow = "_operator.ipow", Pow, true;
    irshift = "_operator.irshift", RShift, true;
    isub = "_operator.isub", Sub, true;
    itruediv = "_operator.itruediv", TrueDiv, true;
    ixor = "_operator.ixor", Xor, true;
}

/// Defines a rich comparison function.
macro_rules! compare_fns {
    ($($fname:ident = $qual:literal, $op:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let v = positional(vm, &args, $qual, 2, 2)?;
                vm.compare(&v[0], &v[1], CmpOp::$op)
            }
        )*
    };
}

compare_fns! {
    lt = "_operator.lt", Lt;
    le = "_operator.le", Le;
    eq = "_operator.eq", Eq;
    ne = "_operator.ne", Ne;
    gt = "_operator.gt", Gt;
    ge = "_operator.ge", Ge;
}

/// Defines a unary operator function (`-`, `+`, `~`).
macro_rules! unary_fns {
    ($($fname:ident = $qual:literal, $sym:literal;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let v = one(vm, &args, $qual)?;
                vm.unary_op(v, $sym)
            }
        )*
    };
}

unary_fns! {
    neg = "_operator.neg", "-";
    pos = "_operator.pos", "+";
    inv = "_operator.inv", "~";
    invert = "_operator.invert", "~";
}

/// The functions of `_operator`, as (name, function).
const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("abs", abs),
    ("add", add),
    ("and_", and_),
    ("call", call),
    ("concat", concat),
    ("contains", contains),
    ("countOf", count_of),
    ("delitem", delitem),
    ("eq", eq),
    ("floordiv", floordiv),
    ("ge", ge),
    ("getitem", getitem),
    ("gt", gt),
    ("iadd", iadd),
    ("iand", iand),
    ("iconcat", iconcat),
    ("ifloordiv", ifloordiv),
    ("ilshift", ilshift),
    ("imatmul", imatmul),
    ("imod", imod),
    ("imul", imul),
    ("index", index),
    ("indexOf", index_of),
    ("inv", inv),
    ("invert", invert),
    ("ior", ior),
    ("ipow", ipow),
    ("irshift", irshift),
    ("is_", is_),
    ("is_not", is_not),
    ("isub", isub),
    ("itruediv", itruediv),
    ("ixor", ixor),
    ("le", le),
    ("length_hint", length_hint),
    ("lshift", lshift),
    ("lt", lt),
    ("matmul", matmul),
    ("mod", mod_),
    ("mul", mul),
    ("ne", ne),
    ("neg", neg),
    ("not_", not_),
    ("or_", or_),
    ("pos", pos),
    ("pow", pow),
    ("rshift", rshift),
    ("setitem", setitem),
    ("sub", sub),
    ("truediv", truediv),
    ("truth", truth),
    ("xor", xor),
    ("_compare_digest", compare_digest),
];

/// `abs(a)`: the builtin's behaviour and messages.
fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "_operator.abs")?.clone();
    let f = vm
        .builtin("abs")
        .ok_or_else(|| vm.type_error("abs is missing"))?;
    vm.call(&f, [v])
}

/// `truth(a)`: `bool(a)`.
fn truth(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "_operator.truth")?;
    Ok(Value::Bool(vm.truthy(v)?))
}

/// `not_(a)`: `not a`.
fn not_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "_operator.not_")?;
    Ok(Value::Bool(!vm.truthy(v)?))
}

/// `index(a)`: `a.__index__()`.
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one(vm, &args, "_operator.index")?;
    vm.index_value(v)
}

/// `is_(a, b)`.
fn is_(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_operator.is_", 2, 2)?;
    Ok(Value::Bool(v[0].is(&v[1])))
}

/// `is_not(a, b)`.
fn is_not(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_operator.is_not", 2, 2)?;
    Ok(Value::Bool(!v[0].is(&v[1])))
}

/// Whether `v` supports the sequence protocol for concatenation
/// (`PySequence_Check`: has `__getitem__` and is not a dict).
fn is_sequence(vm: &mut Vm, v: &Value) -> bool {
    if matches!(v.payload(), Some(Payload::Dict(_))) {
        return false;
    }
    let ty = vm.type_of(v).clone();
    vm.lookup_special(&ty, "__getitem__").is_some()
}

/// `concat(a, b)` and `iconcat(a, b)`: `a + b` for sequences only.
fn concat_with(vm: &mut Vm, args: &Args, qual: &str, inplace: bool) -> PyResult<Value> {
    let v = positional(vm, args, qual, 2, 2)?;
    if !is_sequence(vm, &v[0]) {
        let tn = vm.type_name(&v[0]);
        return Err(vm.type_error(format!("'{tn}' object can't be concatenated")));
    }
    vm.binary_op(&v[0], &v[1], BinOp::Add, inplace)
}

/// `concat(a, b)`.
fn concat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    concat_with(vm, &args, "_operator.concat", false)
}

/// `iconcat(a, b)`.
fn iconcat(vm: &mut Vm, args: Args) -> PyResult<Value> {
    concat_with(vm, &args, "_operator.iconcat", true)
}

/// `contains(a, b)`: `b in a`.
fn contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_operator.contains", 2, 2)?;
    Ok(Value::Bool(vm.contains(&v[0], &v[1])?))
}

/// Walks `seq` until `stop` says so for an item equal to (or identical
/// with) `x`; returns how many items were equal and the index reached.
fn scan_equal(
    vm: &mut Vm,
    seq: &Value,
    x: &Value,
    first_only: bool,
) -> PyResult<(i64, Option<i64>)> {
    let it = match vm.iter(seq) {
        Ok(it) => it,
        Err(e) if vm.error_is(&e, "TypeError") => {
            let tn = vm.type_name(seq);
            return Err(vm.type_error(format!("argument of type '{tn}' is not iterable")));
        }
        Err(e) => return Err(e),
    };
    let (mut count, mut i) = (0i64, 0i64);
    while let Some(item) = vm.next(&it)? {
        if item.is(x) || vm.eq(&item, x)? {
            count += 1;
            if first_only {
                return Ok((count, Some(i)));
            }
        }
        i += 1;
    }
    Ok((count, None))
}

/// `countOf(a, b)`: how many items of `a` equal `b`.
fn count_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_operator.countOf", 2, 2)?;
    Ok(Value::Int(scan_equal(vm, &v[0], &v[1], false)?.0))
}

/// `indexOf(a, b)`: the index of the first item of `a` equal to `b`.
fn index_of(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_operator.indexOf", 2, 2)?;
    match scan_equal(vm, &v[0], &v[1], true)?.1 {
        Some(i) => Ok(Value::Int(i)),
        None => Err(vm.value_error("sequence.index(x): x not in sequence")),
    }
}

/// `getitem(a, b)`: `a[b]`.
fn getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_operator.getitem", 2, 2)?;
    vm.get_item(&v[0], &v[1])
}

/// `setitem(a, b, c)`: `a[b] = c`.
fn setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_operator.setitem", 3, 3)?;
    vm.set_item(&v[0], &v[1], v[2].clone())?;
    Ok(Value::None)
}

/// `delitem(a, b)`: `del a[b]` (setting Null deletes).
fn delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_operator.delitem", 2, 2)?;
    vm.set_item(&v[0], &v[1], Value::Null)?;
    Ok(Value::None)
}

/// `length_hint(obj, default=0)`: `len(obj)`, else `obj.__length_hint__()`,
/// else `default` (PyObject_LengthHint).
fn length_hint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_operator.length_hint", 1, 2)?;
    let default = match v.get(1) {
        Some(d) => {
            if !pvm_vm::builtins::cargs::has_index(vm, d) {
                let tn = vm.type_name(d);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
            pvm_vm::builtins::cargs::ssize(vm, d)?
        }
        None => 0,
    };
    Ok(Value::Int(hint(vm, &v[0], default)?))
}

/// The length hint of `obj` (`PyObject_LengthHint`), `default` if it has none.
pub(crate) fn hint(vm: &mut Vm, obj: &Value, default: i64) -> PyResult<i64> {
    if let Some(n) = builtin_iter_hint(obj) {
        return Ok(n);
    }
    let ty = vm.type_of(obj).clone();
    if vm.lookup_special(&ty, "__len__").is_some() {
        match vm.len(obj) {
            Ok(n) => return Ok(n as i64),
            Err(e) if vm.error_is(&e, "TypeError") => {}
            Err(e) => return Err(e),
        }
    }
    let Some(f) = vm.lookup_special(&ty, "__length_hint__") else {
        return Ok(default);
    };
    let r = match vm.call(&f, [obj.clone()]) {
        Ok(r) => r,
        Err(e) if vm.error_is(&e, "TypeError") => return Ok(default),
        Err(e) => return Err(e),
    };
    if pvm_vm::ops::is_not_implemented(&r) {
        return Ok(default);
    }
    if !matches!(r, Value::Int(_) | Value::Bool(_)) && !matches!(r.payload(), Some(Payload::Int(_)))
    {
        let tn = vm.type_name(&r);
        return Err(vm.type_error(format!("__length_hint__ must be an integer, not {tn}")));
    }
    let n = pvm_vm::builtins::cargs::ssize(vm, &r)?;
    if n < 0 {
        return Err(vm.value_error("__length_hint__() should return >= 0"));
    }
    Ok(n)
}

/// What the `__length_hint__` of a built-in iterator answers: the items
/// left (the VM's iterators have no such method of their own).
fn builtin_iter_hint(obj: &Value) -> Option<i64> {
    use pvm_vm::iter::IterState;
    let Some(Payload::Iter(st)) = obj.payload() else {
        return None;
    };
    let seq_len = |o: &ObjRef| pvm_vm::ops::seq::native_len(o).unwrap_or(0) as i64;
    let st = st.borrow();
    Some(match &*st {
        IterState::List { list, index } => (seq_len(list) - *index as i64).max(0),
        IterState::ListReverse { list, index } => {
            if (*index as i64) < seq_len(list) {
                *index as i64 + 1
            } else {
                0
            }
        }
        IterState::Tuple { tuple, index } => (seq_len(tuple) - *index as i64).max(0),
        IterState::Bytes { b, index } => (seq_len(b) - *index as i64).max(0),
        IterState::Range { left, .. } => *left,
        IterState::Str { s, offset } => s.as_str_payload().map_or(0, |t| {
            t.get(*offset..).map_or(0, |r| r.chars().count() as i64)
        }),
        IterState::Dict {
            dict, len, yielded, ..
        } => {
            if seq_len(dict) as usize == *len {
                (*len - (*yielded).min(*len)) as i64
            } else {
                0
            }
        }
        IterState::Done => 0,
        _ => return None,
    })
}

/// `call(obj, /, *args, **kwargs)`: `obj(*args, **kwargs)`.
fn call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.values.len() == args.nkw() {
        return Err(vm.type_error("call expected at least 1 argument, got 0"));
    }
    let f = args.values.remove(0);
    vm.call_args(&f, args)
}

/// `_compare_digest(a, b)`: equality of two str (ASCII) or bytes-like values.
fn compare_digest(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_operator._compare_digest", 2, 2)?;
    if let (Some(a), Some(b)) = (v[0].as_str(), v[1].as_str()) {
        if !a.is_ascii() || !b.is_ascii() {
            return Err(
                vm.type_error("comparing strings with non-ASCII characters is not supported")
            );
        }
        return Ok(Value::Bool(a == b));
    }
    match (
        pvm_vm::ops::seq::bytes_of(&v[0]),
        pvm_vm::ops::seq::bytes_of(&v[1]),
    ) {
        (Some(a), Some(b)) => Ok(Value::Bool(a == b)),
        _ => {
            let (ta, tb) = (vm.type_name(&v[0]), vm.type_name(&v[1]));
            Err(vm.type_error(format!(
                "unsupported operand types(s) or combination of types: '{ta}' and '{tb}'"
            )))
        }
    }
}

// ---------------------------------------------------------------------------
// itemgetter

/// The state of an `itemgetter`: the items to fetch.
struct ItemGetter {
    items: Vec<Value>,
}

impl Extension for ItemGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.items.iter().for_each(visit);
    }
}

/// `itemgetter(item, *items)`.
fn itemgetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "itemgetter")?;
    no_kwargs(vm, &args, "itemgetter")?;
    let items: Vec<Value> = args.values[1..].to_vec();
    if items.is_empty() {
        return Err(vm.type_error("itemgetter expected 1 argument, got 0"));
    }
    Ok(vm.new_extension(&cls, ItemGetter { items }))
}

/// Checks a getter's call: exactly one positional argument, no keywords.
fn getter_arg<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a Value> {
    no_kwargs(vm, args, name)?;
    match &args.values[1..] {
        [v] => Ok(v),
        rest => Err(vm.type_error(format!("{name} expected 1 argument, got {}", rest.len()))),
    }
}

/// `itemgetter(...)(obj)`: `obj[item]`, or a tuple of them.
fn itemgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<ItemGetter>(vm, &args, "operator.itemgetter", "__call__")?;
    let obj = getter_arg(vm, &args, "itemgetter")?;
    if let [item] = me.items.as_slice() {
        return vm.get_item(obj, item);
    }
    let mut out = Vec::with_capacity(me.items.len());
    for item in &me.items {
        out.push(vm.get_item(obj, item)?);
    }
    Ok(vm.new_tuple(out))
}

/// The repr of a native class instance: `type_name(args)`, guarded
/// against recursion.
fn class_repr(
    vm: &mut Vm,
    me: &Value,
    body: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<Value> {
    let name = qualified_name(vm, me);
    let addr = me.as_obj().map_or(0, |o| o.addr());
    let s = native::repr_guard(vm, addr, &format!("{name}(...)"), |vm| {
        Ok(format!("{name}({})", body(vm)?))
    })?;
    Ok(vm.new_str(s))
}

/// `module.name` of the type of `v` (CPython's `tp_name` of a static type).
pub(crate) fn qualified_name(vm: &mut Vm, v: &Value) -> String {
    let ty = vm.type_of(v).clone();
    let module = pvm_vm::builtins::type_::module_of(vm, &ty);
    format!("{module}.{}", pvm_vm::types::name(&ty))
}

/// `repr(itemgetter(...))`.
fn itemgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<ItemGetter>(vm, &args, "operator.itemgetter", "__repr__")?;
    class_repr(vm, &args.values[0], |vm| native::join_reprs(vm, &me.items))
}

/// `itemgetter.__reduce__()`: (type, items).
fn itemgetter_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<ItemGetter>(vm, &args, "operator.itemgetter", "__reduce__")?;
    let items = vm.new_tuple(me.items.clone());
    let ty = Value::Obj(vm.type_of(&args.values[0]).clone());
    Ok(vm.new_pair(ty, items))
}

// ---------------------------------------------------------------------------
// attrgetter

/// The state of an `attrgetter`: the original names, and each split at
/// its dots into interned attribute names.
struct AttrGetter {
    names: Vec<Value>,
    paths: Vec<Vec<ObjRef>>,
}

impl Extension for AttrGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.names.iter().for_each(visit);
    }
}

/// `attrgetter(attr, *attrs)`.
fn attrgetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "attrgetter")?;
    no_kwargs(vm, &args, "attrgetter")?;
    let names: Vec<Value> = args.values[1..].to_vec();
    if names.is_empty() {
        return Err(vm.type_error("attrgetter expected 1 argument, got 0"));
    }
    let mut paths = Vec::with_capacity(names.len());
    for n in &names {
        let Some(s) = n.as_str() else {
            return Err(vm.type_error("attribute name must be a string"));
        };
        paths.push(s.split('.').map(|part| vm.intern(part)).collect());
    }
    Ok(vm.new_extension(&cls, AttrGetter { names, paths }))
}

/// `attrgetter(...)(obj)`: the attribute (following dots), or a tuple.
fn attrgetter_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<AttrGetter>(vm, &args, "operator.attrgetter", "__call__")?;
    let obj = getter_arg(vm, &args, "attrgetter")?;
    let fetch = |vm: &mut Vm, path: &[ObjRef]| -> PyResult<Value> {
        let mut v = obj.clone();
        for name in path {
            v = vm.get_attr(&v, name)?;
        }
        Ok(v)
    };
    if let [path] = me.paths.as_slice() {
        return fetch(vm, path);
    }
    let mut out = Vec::with_capacity(me.paths.len());
    for path in &me.paths {
        out.push(fetch(vm, path)?);
    }
    Ok(vm.new_tuple(out))
}

/// `repr(attrgetter(...))`.
fn attrgetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<AttrGetter>(vm, &args, "operator.attrgetter", "__repr__")?;
    class_repr(vm, &args.values[0], |vm| native::join_reprs(vm, &me.names))
}

/// `attrgetter.__reduce__()`: (type, names).
fn attrgetter_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<AttrGetter>(vm, &args, "operator.attrgetter", "__reduce__")?;
    let names = vm.new_tuple(me.names.clone());
    let ty = Value::Obj(vm.type_of(&args.values[0]).clone());
    Ok(vm.new_pair(ty, names))
}

// ---------------------------------------------------------------------------
// methodcaller

/// The state of a `methodcaller`: the method name, then the positional
/// and keyword values to pass, with the keyword names.
struct MethodCaller {
    name: ObjRef,
    values: Vec<Value>,
    kwnames: Option<ObjRef>,
}

impl Extension for MethodCaller {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        self.values.iter().for_each(visit);
    }
}

impl MethodCaller {
    /// The number of keyword values (at the end of `values`).
    fn nkw(&self) -> usize {
        match self.kwnames.as_ref().map(|t| &t.payload) {
            Some(Payload::Tuple(t)) => t.len(),
            _ => 0,
        }
    }
}

/// `methodcaller(name, /, *args, **kwargs)`.
fn methodcaller_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "methodcaller")?;
    let npos = args.values.len() - args.nkw();
    if npos < 2 {
        return Err(vm.type_error("methodcaller needs at least one argument, the method name"));
    }
    let name = match &args.values[1] {
        Value::Obj(o) if args.values[1].as_str().is_some() => {
            let s = o.as_str_payload().unwrap_or("").to_string();
            vm.intern(&s)
        }
        _ => return Err(vm.type_error("method name must be a string")),
    };
    let state = MethodCaller {
        name,
        values: args.values[2..].to_vec(),
        kwnames: kwnames_of(&args),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `methodcaller(...)(obj)`: `obj.name(*args, **kwargs)`.
fn methodcaller_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<MethodCaller>(vm, &args, "operator.methodcaller", "__call__")?;
    let obj = getter_arg(vm, &args, "methodcaller")?;
    let method = vm.get_attr(obj, &me.name)?;
    let call_args = Args {
        values: me.values.iter().cloned().collect(),
        kwnames: me.kwnames.clone(),
    };
    vm.call_args(&method, call_args)
}

/// `repr(methodcaller(...))`: the name, the arguments, then `k=v` pairs.
fn methodcaller_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<MethodCaller>(vm, &args, "operator.methodcaller", "__repr__")?;
    class_repr(vm, &args.values[0], |vm| {
        let mut parts = vec![vm.repr(&Value::Obj(me.name.clone()))?];
        let npos = me.values.len() - me.nkw();
        for v in &me.values[..npos] {
            parts.push(vm.repr(v)?);
        }
        if let Some(Payload::Tuple(names)) = me.kwnames.as_ref().map(|t| &t.payload) {
            for (k, v) in names.iter().zip(&me.values[npos..]) {
                let value = vm.repr(v)?;
                parts.push(format!("{}={value}", k.as_str().unwrap_or("")));
            }
        }
        Ok(parts.join(", "))
    })
}

/// `methodcaller.__reduce__()`: `(type, (name, *args))`; with keywords,
/// `(partial(type, name, **kwargs), args)` as CPython builds it.
fn methodcaller_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<MethodCaller>(vm, &args, "operator.methodcaller", "__reduce__")?;
    let ty = Value::Obj(vm.type_of(&args.values[0]).clone());
    let name = Value::Obj(me.name.clone());
    let npos = me.values.len() - me.nkw();
    if me.nkw() == 0 {
        let mut pos = vec![name];
        pos.extend(me.values.iter().cloned());
        let pos = vm.new_tuple(pos);
        return Ok(vm.new_pair(ty, pos));
    }
    let functools = pvm_vm::import::import_full(vm, "_functools")?;
    let partial = vm.get_attr_str(&functools, "partial")?;
    let mut values = vec![ty, name];
    values.extend(me.values[npos..].iter().cloned());
    let bound = vm.call_args(
        &partial,
        Args {
            values: values.into_iter().collect(),
            kwnames: me.kwnames.clone(),
        },
    )?;
    let pos = vm.new_tuple(me.values[..npos].to_vec());
    Ok(vm.new_pair(bound, pos))
}
