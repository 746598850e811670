//! The `_functools` module: `reduce`, `partial`, and `cmp_to_key` with
//! its `functools.KeyWrapper` objects: native because they sit in inner
//! loops (a sort's comparisons, callbacks). The rest of functools is
//! python/functools.py.

use crate::native::{self, receiver};
use pvm_vm::args::{count_message, Args};
use pvm_vm::ops::CmpOp;
use pvm_vm::payload::{Extension, NativeFn, NativeKind, Payload};
use pvm_vm::types;
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// Fills in the `_functools` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    vm.add_functions(module, &[("reduce", reduce), ("cmp_to_key", cmp_to_key)]);
    let methods: &[(&'static str, NativeFn, NativeKind)] = &[
        ("__call__", key_call, NativeKind::Method),
        ("__lt__", key_lt, NativeKind::Method),
        ("__le__", key_le, NativeKind::Method),
        ("__eq__", key_eq, NativeKind::Method),
        ("__ne__", key_ne, NativeKind::Method),
        ("__gt__", key_gt, NativeKind::Method),
        ("__ge__", key_ge, NativeKind::Method),
    ];
    let ty = native::new_type(vm, module, "KeyWrapper", "functools", methods, true);
    vm.set_type_attr(&ty, "__hash__", Value::None);
    native::add_getters(vm, &ty, &[("obj", key_obj)]);
    let methods: &[(&'static str, NativeFn, NativeKind)] = &[
        ("__new__", partial_new, NativeKind::StaticMethod),
        ("__call__", partial_call, NativeKind::Method),
        ("__repr__", partial_repr, NativeKind::Method),
        ("__reduce__", partial_reduce, NativeKind::Method),
        ("__setstate__", partial_setstate, NativeKind::Method),
        ("__class_getitem__", class_getitem, NativeKind::ClassMethod),
    ];
    let ty = native::new_type(vm, module, "partial", "functools", methods, false);
    let lru = native::new_type(
        vm,
        module,
        "_lru_cache_wrapper",
        "functools",
        LRU_METHODS,
        false,
    );
    // update_wrapper sets __name__, __doc__, __wrapped__... on wrappers.
    let td = types::data(&lru);
    td.flags.set(td.flags.get() | types::INSTANCE_DICT);
    // Instances carry a __dict__ (update_wrapper sets attributes on them).
    let td = types::data(&ty);
    td.flags.set(td.flags.get() | types::INSTANCE_DICT);
    let doc = vm.new_str(
        "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n",
    );
    vm.set_type_attr(&ty, "__doc__", doc);
    native::add_getters(
        vm,
        &ty,
        &[
            ("func", partial_func),
            ("args", partial_args),
            ("keywords", partial_keywords),
        ],
    );
    Ok(())
}

/// `reduce(function, iterable[, initial])`.
fn reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    native::no_kwargs(vm, &args, "reduce")?;
    let n = args.values.len();
    if !(2..=3).contains(&n) {
        return Err(vm.type_error(count_message("reduce", 2, 3, n)));
    }
    let func = args.values[0].clone();
    let it = match vm.iter(&args.values[1]) {
        Ok(it) => it,
        Err(e) if vm.error_is(&e, "TypeError") => {
            return Err(vm.type_error("reduce() arg 2 must support iteration"))
        }
        Err(e) => return Err(e),
    };
    let mut acc = args.values.get(2).cloned();
    while let Some(item) = vm.next(&it)? {
        acc = Some(match acc {
            None => item,
            Some(a) => vm.call(&func, [a, item])?,
        });
    }
    acc.ok_or_else(|| vm.type_error("reduce() of empty iterable with no initial value"))
}

/// A `KeyWrapper`: the comparison function, and the wrapped object
/// (Null for the factory `cmp_to_key` returns).
struct KeyWrapper {
    cmp: Value,
    obj: Value,
}

impl Extension for KeyWrapper {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.cmp);
        visit(&self.obj);
    }
}

/// `cmp_to_key(mycmp)`: a callable turning objects into sortable keys.
fn cmp_to_key(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [cmp] = native::keywords(vm, &args, "cmp_to_key", ["mycmp"], 0, 1)?;
    // The class lives in the module (already imported, so this is a lookup).
    let module = pvm_vm::import::import_full(vm, "_functools")?;
    let Value::Obj(ty) = vm.get_attr_str(&module, "KeyWrapper")? else {
        return Err(vm.type_error("functools.KeyWrapper is missing"));
    };
    Ok(vm.new_extension(
        &ty,
        KeyWrapper {
            cmp,
            obj: Value::Null,
        },
    ))
}

/// `K(obj)`: a key wrapping `obj`.
fn key_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<KeyWrapper>(vm, &args, "functools.KeyWrapper", "__call__")?;
    let [obj] = pvm_vm::builtins::cargs::keywords(vm, &args, "K", ["obj"], 0, 1)?;
    let ty = vm.type_of(&args.values[0]).clone();
    let cmp = me.cmp.clone();
    Ok(vm.new_extension(&ty, KeyWrapper { cmp, obj }))
}

/// `K.obj`.
fn key_obj(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = receiver::<KeyWrapper>(vm, &args, "functools.KeyWrapper", "obj")?;
    if me.obj.is_null() {
        return Err(vm.attribute_error("obj"));
    }
    Ok(me.obj.clone())
}

/// Compares two keys: `cmp(a, b) op 0`.
fn key_compare(vm: &mut Vm, args: &Args, op: CmpOp) -> PyResult<Value> {
    let me = receiver::<KeyWrapper>(vm, args, "functools.KeyWrapper", op.dunder())?;
    let other = pvm_vm::builtins::cargs::wrapper_one(vm, args, op.dunder())?;
    let Some(them) = pvm_vm::extension::state::<KeyWrapper>(&other) else {
        return Err(vm.type_error("other argument must be K instance"));
    };
    if me.obj.is_null() || them.obj.is_null() {
        return Err(vm.attribute_error("object"));
    }
    let r = vm.call(&me.cmp, [me.obj.clone(), them.obj.clone()])?;
    vm.compare(&r, &Value::Int(0), op)
}

/// Defines the six comparison methods of KeyWrapper.
macro_rules! key_compares {
    ($($fname:ident = $op:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                key_compare(vm, &args, CmpOp::$op)
            }
        )*
    };
}

key_compares! {
    key_lt = Lt;
    key_le = Le;
    key_eq = Eq;
    key_ne = Ne;
    key_gt = Gt;
    key_ge = Ge;
}

/// A `partial`: the function, the positional arguments (a tuple) and the
/// keyword arguments (a dict); `__setstate__` replaces them.
struct Partial(RefCell<PartialData>);

/// What a [`Partial`] holds.
struct PartialData {
    func: Value,
    args: Value,
    kw: Value,
}

impl Extension for Partial {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        let d = self.0.borrow();
        visit(&d.func);
        visit(&d.args);
        visit(&d.kw);
    }
}

/// The items of a tuple value.
fn tuple_items(v: &Value) -> Vec<Value> {
    match v.payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// The (key, value) pairs of a dict value.
fn dict_items(v: &Value) -> Vec<(Value, Value)> {
    match v.payload() {
        Some(Payload::Dict(d)) => d.borrow().items(),
        _ => Vec::new(),
    }
}

/// A new dict value holding `pairs`.
fn new_dict_of(vm: &mut Vm, pairs: Vec<(Value, Value)>) -> PyResult<Value> {
    let d = vm.new_dict();
    for (k, v) in pairs {
        vm.dict_set(&d, k, v)?;
    }
    Ok(Value::Obj(d))
}

/// Whether `func` is a partial that `partial(func, ...)` may flatten: one
/// called by partial's own `__call__`, with no instance attributes.
fn flattenable(vm: &mut Vm, func: &Value) -> bool {
    let Value::Obj(o) = func else {
        return false;
    };
    if pvm_vm::extension::state::<Partial>(func).is_none() {
        return false;
    }
    let own_call = match vm.lookup_special(&o.ty().clone(), "__call__") {
        Some(Value::Obj(f)) => match &f.payload {
            Payload::Native(n) => n.func as usize == partial_call as NativeFn as usize,
            _ => false,
        },
        _ => false,
    };
    let no_attrs = match &*o.dict.borrow() {
        Some(d) => pvm_vm::ops::seq::native_len(d) == Some(0),
        None => true,
    };
    own_call && no_attrs
}

/// `partial(func, /, *args, **keywords)`.
fn partial_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "partial")?;
    let pos = args.pos();
    if pos.len() < 2 {
        return Err(vm.type_error("type 'partial' takes at least one argument"));
    }
    let mut func = pos[1].clone();
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let mut items = Vec::new();
    let mut kw = Vec::new();
    if flattenable(vm, &func) {
        if let Some(p) = pvm_vm::extension::state::<Partial>(&func) {
            let d = p.0.borrow();
            items = tuple_items(&d.args);
            kw = dict_items(&d.kw);
            let inner = d.func.clone();
            drop(d);
            func = inner;
        }
    }
    items.extend(pos[2..].iter().cloned());
    let args_tuple = vm.new_tuple(items);
    let kw_dict = new_dict_of(vm, kw)?;
    if let Value::Obj(d) = &kw_dict {
        for (k, v) in args.kwargs() {
            let key = vm.new_str(k);
            vm.dict_set(d, key, v.clone())?;
        }
    }
    let state = Partial(RefCell::new(PartialData {
        func,
        args: args_tuple,
        kw: kw_dict,
    }));
    Ok(vm.new_extension(&cls, state))
}

/// The partial state of `args.values[0]`.
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a Partial> {
    receiver::<Partial>(vm, args, "functools.partial", method)
}

/// `partial(...)(*args, **kwargs)`: the stored arguments first, call
/// keywords overriding stored ones.
fn partial_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__call__")?;
    let (func, stored, stored_kw) = {
        let d = me.0.borrow();
        (d.func.clone(), tuple_items(&d.args), dict_items(&d.kw))
    };
    let mut values: Vec<Value> = stored;
    values.extend(args.pos()[1..].iter().cloned());
    if stored_kw.is_empty() {
        values.extend(
            args.values[args.values.len() - args.nkw()..]
                .iter()
                .cloned(),
        );
        let call = Args {
            values: values.into_iter().collect(),
            kwnames: native::kwnames_of(&args),
        };
        return vm.call_args(&func, call);
    }
    let mut names: Vec<Value> = Vec::new();
    let mut kw_values: Vec<Value> = Vec::new();
    for (k, v) in stored_kw {
        if k.as_str().is_none() {
            return Err(vm.type_error("keywords must be strings"));
        }
        names.push(k);
        kw_values.push(v);
    }
    for (k, v) in args.kwargs() {
        match names.iter().position(|n| n.as_str() == Some(k)) {
            Some(i) => kw_values[i] = v.clone(),
            None => {
                names.push(vm.new_str(k));
                kw_values.push(v.clone());
            }
        }
    }
    values.extend(kw_values);
    let Value::Obj(kwnames) = vm.new_tuple(names) else {
        return Err(vm.type_error("keywords must be strings"));
    };
    vm.call_args(
        &func,
        Args {
            values: values.into_iter().collect(),
            kwnames: Some(kwnames),
        },
    )
}

/// `repr(partial)`: `functools.partial(func, arg, ..., key=value, ...)`.
fn partial_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__repr__")?;
    let (func, items, kw) = {
        let d = me.0.borrow();
        (d.func.clone(), tuple_items(&d.args), dict_items(&d.kw))
    };
    let name = vm.type_name(&args.values[0]);
    let addr = args.values[0].as_obj().map_or(0, |o| o.addr());
    let s = native::repr_guard(vm, addr, "...", |vm| {
        let mut parts = vec![vm.repr(&func)?];
        for a in &items {
            parts.push(vm.repr(a)?);
        }
        for (k, v) in &kw {
            let key = vm.str(k)?;
            let value = vm.repr(v)?;
            parts.push(format!("{key}={value}"));
        }
        Ok(format!("{name}({})", parts.join(", ")))
    })?;
    Ok(vm.new_str(s))
}

/// The instance dict of `v` as a value (None when empty or absent).
fn instance_dict_or_none(v: &Value) -> Value {
    match v.as_obj().and_then(|o| o.dict.borrow().clone()) {
        Some(d) if pvm_vm::ops::seq::native_len(&d) != Some(0) => Value::Obj(d),
        _ => Value::None,
    }
}

/// `partial.__reduce__()`: `(type, (func,), (func, args, kw, dict))`.
fn partial_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__reduce__")?;
    let d = me.0.borrow();
    let (func, pargs, kw) = (d.func.clone(), d.args.clone(), d.kw.clone());
    drop(d);
    let ty = Value::Obj(vm.type_of(&args.values[0]).clone());
    let dict = instance_dict_or_none(&args.values[0]);
    let first = vm.new_tuple(vec![func.clone()]);
    let state = vm.new_tuple(vec![func, pargs, kw, dict]);
    Ok(vm.new_tuple(vec![ty, first, state]))
}

/// `partial.__setstate__((func, args, kw, dict))`.
fn partial_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__setstate__")?;
    let state = pvm_vm::builtins::cargs::one(vm, &args, "partial.__setstate__")?;
    let is_dict = |v: &Value| matches!(v.payload(), Some(Payload::Dict(_)));
    let parts = match state.payload() {
        Some(Payload::Tuple(parts)) => &parts[..],
        _ => &[],
    };
    let valid = match parts {
        [func, fargs, kw, _] => {
            vm.is_callable(func)
                && matches!(fargs.payload(), Some(Payload::Tuple(_)))
                && (kw.is_none() || is_dict(kw))
        }
        _ => false,
    };
    let [func, fargs, kw, dict] = parts else {
        return Err(vm.type_error("invalid partial state"));
    };
    if !valid {
        return Err(vm.type_error("invalid partial state"));
    }
    let fargs = vm.new_tuple(tuple_items(fargs));
    let kw = new_dict_of(vm, dict_items(kw))?;
    if let Some(o) = args.values[0].as_obj() {
        let new_dict = match dict {
            Value::Obj(d) => Some(d.clone()),
            _ => Some(vm.new_dict()),
        };
        let old = std::mem::replace(&mut *o.dict.borrow_mut(), new_dict);
        drop(old);
    }
    let old = std::mem::replace(
        &mut *me.0.borrow_mut(),
        PartialData {
            func: func.clone(),
            args: fargs,
            kw,
        },
    );
    drop(old);
    Ok(Value::None)
}

/// `partial[...]`: a generic alias.
fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let item = pvm_vm::builtins::cargs::one(vm, &args, "partial.__class_getitem__")?;
    pvm_vm::builtins::functions::generic_alias(vm, args.values[0].clone(), item)
}

/// Defines the read-only attributes of partial objects.
macro_rules! partial_getters {
    ($($fname:ident = $field:ident;)*) => {
        $(
            fn $fname(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let me = this(vm, &args, stringify!($field))?;
                let v = me.0.borrow().$field.clone();
                Ok(v)
            }
        )*
    };
}

partial_getters! {
    partial_func = func;
    partial_args = args;
    partial_keywords = kw;
}

/// An `_lru_cache_wrapper`: the function, the cache (a dict kept in
/// recency order: a hit moves its key to the end, the first key is the
/// least recently used), the bound (None: unbounded), whether argument
/// types are part of the key, the statistics, the CacheInfo class, and
/// the marker between positional and keyword arguments in keys.
struct LruCache {
    func: Value,
    cache: Value,
    maxsize: Option<usize>,
    typed: bool,
    hits: Cell<i64>,
    misses: Cell<i64>,
    info_type: Value,
    kwd_mark: Value,
}

impl Extension for LruCache {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.func);
        visit(&self.cache);
        visit(&self.info_type);
        visit(&self.kwd_mark);
    }
}

/// The methods of `_lru_cache_wrapper`.
const LRU_METHODS: &native::Methods = &[
    ("__new__", lru_new, NativeKind::StaticMethod),
    ("__call__", lru_call, NativeKind::Method),
    ("__get__", lru_get, NativeKind::Method),
    ("cache_info", lru_info, NativeKind::Method),
    ("cache_clear", lru_clear, NativeKind::Method),
    ("__copy__", lru_self, NativeKind::Method),
    ("__deepcopy__", lru_self, NativeKind::Method),
    ("__reduce__", lru_reduce, NativeKind::Method),
];

/// `_lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)`.
fn lru_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "_lru_cache_wrapper")?;
    let [func, maxsize, typed, info_type] = pvm_vm::builtins::cargs::keywords(
        vm,
        &args,
        "_lru_cache_wrapper",
        ["user_function", "maxsize", "typed", "cache_info_type"],
        0,
        4,
    )?;
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    let maxsize = if maxsize.is_none() {
        None
    } else if pvm_vm::builtins::cargs::has_index(vm, &maxsize) {
        Some(pvm_vm::builtins::cargs::ssize(vm, &maxsize)?.max(0) as usize)
    } else {
        return Err(vm.type_error("maxsize should be integer or None"));
    };
    let typed = vm.truthy(&typed)?;
    let object = Value::Obj(vm.object.clone());
    let kwd_mark = vm.call(&object, [])?;
    let state = LruCache {
        func,
        cache: Value::Obj(vm.new_dict()),
        maxsize,
        typed,
        hits: Cell::new(0),
        misses: Cell::new(0),
        info_type,
        kwd_mark,
    };
    Ok(vm.new_extension(&cls, state))
}

impl LruCache {
    /// The cache dict (always one: the constructor makes it).
    fn table(&self) -> Option<&ObjRef> {
        self.cache.as_obj()
    }
}

/// The wrapper state of `args.values[0]`.
fn lru<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a LruCache> {
    receiver::<LruCache>(vm, args, "functools._lru_cache_wrapper", method)
}

/// The cache key of a call: a lone int or str argument itself, the
/// positional tuple without keywords, else the arguments, the marker,
/// the keyword pairs, then (typed) the types of all values.
fn make_key(vm: &mut Vm, me: &LruCache, args: &Args) -> Value {
    let pos = &args.pos()[1..];
    let kwargs = args.kwargs();
    if !me.typed && kwargs.is_empty() {
        if let [only] = pos {
            let exact_scalar = matches!(only, Value::Int(_))
                || matches!(only.as_obj(), Some(o) if !pvm_vm::types::is_heap_type(o.ty())
                    && matches!(o.payload, Payload::Str(_) | Payload::Int(_)));
            if exact_scalar {
                return only.clone();
            }
        }
        return vm.new_tuple(pos.to_vec());
    }
    let mut key: Vec<Value> = pos.to_vec();
    if !kwargs.is_empty() {
        key.push(me.kwd_mark.clone());
        for (k, v) in &kwargs {
            key.push(vm.new_str(*k));
            key.push((*v).clone());
        }
    }
    if me.typed {
        for v in pos {
            key.push(Value::Obj(vm.type_of(v).clone()));
        }
        for (_, v) in &kwargs {
            key.push(Value::Obj(vm.type_of(v).clone()));
        }
    }
    vm.new_tuple(key)
}

/// Calls the wrapped function with the call's arguments (self dropped).
fn call_user(vm: &mut Vm, me: &LruCache, args: &Args) -> PyResult<Value> {
    let call = Args {
        values: args.values[1..].iter().cloned().collect(),
        kwnames: native::kwnames_of(args),
    };
    vm.call_args(&me.func, call)
}

/// `wrapper(*args, **kwargs)`: the cached result, or the function's.
fn lru_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = lru(vm, &args, "__call__")?;
    if me.maxsize == Some(0) {
        me.misses.set(me.misses.get() + 1);
        return call_user(vm, me, &args);
    }
    let Some(table) = me.table() else {
        return call_user(vm, me, &args);
    };
    let key = make_key(vm, me, &args);
    if let Some(v) = vm.dict_get(table, &key)? {
        me.hits.set(me.hits.get() + 1);
        if me.maxsize.is_some() {
            // Most recently used: to the end of the order.
            vm.dict_remove(table, &key)?;
            vm.dict_set(table, key, v.clone())?;
        }
        return Ok(v);
    }
    me.misses.set(me.misses.get() + 1);
    let result = call_user(vm, me, &args)?;
    if let Some(max) = me.maxsize {
        // A recursive call may have cached this key meanwhile: keep that.
        if vm.dict_get(table, &key)?.is_some() {
            return Ok(result);
        }
        let oldest = match &table.payload {
            Payload::Dict(d) if d.borrow().len() >= max => {
                d.borrow().iter().next().map(|e| e.key.clone())
            }
            _ => None,
        };
        if let Some(old) = oldest {
            vm.dict_remove(table, &old)?;
        }
    }
    vm.dict_set(table, key, result.clone())?;
    Ok(result)
}

/// `wrapper.__get__(obj, type)`: a bound method for an instance.
fn lru_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    lru(vm, &args, "__get__")?;
    let me = args.values[0].clone();
    match args.values.get(1) {
        Some(obj) if !obj.is_none() => Ok(vm.bound_method(me, obj.clone())),
        _ => Ok(me),
    }
}

/// `wrapper.cache_info()`: CacheInfo(hits, misses, maxsize, currsize).
fn lru_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = lru(vm, &args, "cache_info")?;
    pvm_vm::builtins::cargs::noargs(vm, &args, ("_lru_cache_wrapper", "cache_info"))?;
    let size = me
        .table()
        .and_then(pvm_vm::ops::seq::native_len)
        .unwrap_or(0) as i64;
    let maxsize = me.maxsize.map_or(Value::None, |m| Value::Int(m as i64));
    let fields = vec![
        Value::Int(me.hits.get()),
        Value::Int(me.misses.get()),
        maxsize,
        Value::Int(size),
    ];
    vm.call(&me.info_type, fields)
}

/// `wrapper.cache_clear()`: empties the cache and the statistics.
fn lru_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = lru(vm, &args, "cache_clear")?;
    pvm_vm::builtins::cargs::noargs(vm, &args, ("_lru_cache_wrapper", "cache_clear"))?;
    me.hits.set(0);
    me.misses.set(0);
    if let Some(Payload::Dict(d)) = me.cache.payload() {
        let old = d.borrow_mut().clear();
        drop(old);
    }
    Ok(Value::None)
}

/// `copy.copy(wrapper)` and `copy.deepcopy(wrapper)`: the wrapper itself.
fn lru_self(vm: &mut Vm, args: Args) -> PyResult<Value> {
    lru(vm, &args, "__copy__")?;
    Ok(args.values[0].clone())
}

/// `wrapper.__reduce__()`: its qualified name (pickled as a global).
fn lru_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    lru(vm, &args, "__reduce__")?;
    vm.get_attr_str(&args.values[0], "__qualname__")
}
