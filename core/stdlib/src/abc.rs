//! The `_abc` module: the registries and caches behind `abc.ABCMeta`
//! (python/abc.py), native because `isinstance(x, SomeABC)` runs in inner
//! loops. Each ABC's `_abc_impl` is an `_abc_data` object holding three
//! sets of classes (virtual subclasses registered, classes known to be
//! subclasses, classes known not to be) by weak reference, keyed by
//! address: an entry counts only while its weak reference still points
//! to a live class at that address.

use crate::native::{self, positional};
use pvm_vm::args::Args;
use pvm_vm::payload::{Extension, NativeFn, NativeKind, Payload};
use pvm_vm::types;
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;

thread_local! {
    /// Bumped by every register(): negative caches older than this are
    /// stale (abc.get_cache_token()).
    static COUNTER: Cell<i64> = const { Cell::new(0) };
}

fn counter() -> i64 {
    COUNTER.with(Cell::get)
}

/// Fills in the `_abc` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    vm.add_functions(
        module,
        &[
            ("_abc_init", abc_init),
            ("_get_dump", get_dump),
            ("_reset_registry", reset_registry),
            ("_reset_caches", reset_caches),
            ("get_cache_token", get_cache_token),
        ],
    );
    // Bound like Python methods, so ABCMeta can use them as its own
    // register/__instancecheck__/__subclasscheck__ without a wrapper.
    const METHODS: &[(&str, NativeFn)] = &[
        ("_abc_register", abc_register),
        ("_abc_instancecheck", abc_instancecheck),
        ("_abc_subclasscheck", abc_subclasscheck),
    ];
    for &(name, f) in METHODS {
        let m = vm.new_native(name, f, NativeKind::Method, None);
        vm.set_attr_direct(module, name, Value::Obj(m));
    }
    native::new_type(vm, module, "_abc_data", "_abc", &[], true);
    Ok(())
}

/// A set of classes held weakly, by address.
#[derive(Default)]
struct ClassSet(RefCell<HashMap<usize, Value>>);

impl ClassSet {
    /// Whether `cls` is in the set (and alive: its address is its own).
    fn contains(&self, cls: &ObjRef) -> bool {
        let map = self.0.borrow();
        let Some(w) = map.get(&cls.addr()) else {
            return false;
        };
        match w.payload() {
            Some(Payload::WeakRef(d)) => d
                .referent
                .get()
                .is_some_and(|u| std::ptr::eq(u.as_ptr(), cls.addr() as *const _)),
            _ => false,
        }
    }

    /// Adds `cls` (a weak reference to it).
    fn add(&self, vm: &mut Vm, cls: &ObjRef) -> PyResult<()> {
        let types = match vm.weakref_types.clone() {
            Some(t) => t,
            None => {
                pvm_vm::import::import_full(vm, "_weakref")?;
                vm.weakref_types
                    .clone()
                    .ok_or_else(|| vm.type_error("weak references are unavailable"))?
            }
        };
        let w = pvm_vm::gc::weakref::new_weakref(vm, &types.reference, cls, Value::None);
        let old = self.0.borrow_mut().insert(cls.addr(), Value::Obj(w));
        drop(old);
        Ok(())
    }

    fn clear(&self) {
        let old = std::mem::take(&mut *self.0.borrow_mut());
        drop(old);
    }

    /// The live classes, in no particular order.
    fn classes(&self) -> Vec<Value> {
        self.0
            .borrow()
            .values()
            .filter_map(|w| match w.payload() {
                Some(Payload::WeakRef(d)) => pvm_vm::gc::weakref::referent(d).map(Value::Obj),
                _ => None,
            })
            .collect()
    }

    /// The weak references (what `_get_dump` reports).
    fn refs(&self) -> Vec<Value> {
        self.0.borrow().values().cloned().collect()
    }
}

/// An ABC's `_abc_impl`.
struct AbcData {
    registry: ClassSet,
    cache: ClassSet,
    negative: ClassSet,
    negative_version: Cell<i64>,
}

impl Extension for AbcData {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        for set in [&self.registry, &self.cache, &self.negative] {
            set.0.borrow().values().for_each(&mut *visit);
        }
    }
}

/// `_abc_init(cls)`: gives `cls` its `_abc_impl`.
fn abc_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_abc._abc_init", 1, 1)?;
    let module = pvm_vm::import::import_full(vm, "_abc")?;
    let Value::Obj(ty) = vm.get_attr_str(&module, "_abc_data")? else {
        return Err(vm.type_error("_abc._abc_data is missing"));
    };
    let data = AbcData {
        registry: ClassSet::default(),
        cache: ClassSet::default(),
        negative: ClassSet::default(),
        negative_version: Cell::new(counter()),
    };
    let data = vm.new_extension(&ty, data);
    let key = vm.intern("_abc_impl");
    vm.set_attr(&v[0], &key, data)?;
    take_tpflags(vm, &v[0])?;
    Ok(Value::None)
}

/// CPython's values of the collection flags in `__abc_tpflags__`.
const TPFLAGS_SEQUENCE: i64 = 1 << 5;
/// See [`TPFLAGS_SEQUENCE`].
const TPFLAGS_MAPPING: i64 = 1 << 6;

/// An ABC that declares `__abc_tpflags__` in its body (Sequence,
/// Mapping) gets the collection flag `match` reads; the entry is removed.
fn take_tpflags(vm: &mut Vm, cls: &Value) -> PyResult<()> {
    let Some(ty) = as_type(cls).cloned() else {
        return Ok(());
    };
    let key = vm.intern("__abc_tpflags__");
    let Some(value) = vm.dict_get_str_type(&ty, &key) else {
        return Ok(());
    };
    let bits = match value {
        Value::Int(i) => i,
        _ => 0,
    };
    let flag = if bits & TPFLAGS_SEQUENCE != 0 {
        types::SEQUENCE
    } else if bits & TPFLAGS_MAPPING != 0 {
        types::MAPPING
    } else {
        0
    };
    set_collection_flag(&ty, flag);
    vm.set_attr(cls, &key, Value::Null)
}

/// Sets the collection flag `flag` on a class (not on built-in or native
/// classes, which keep theirs).
fn set_collection_flag(ty: &ObjRef, flag: u32) {
    let td = types::data(ty);
    if flag == 0 || !td.has(types::HEAP) || td.has(types::IMMUTABLE) {
        return;
    }
    let cleared = td.flags.get() & !(types::SEQUENCE | types::MAPPING);
    td.flags.set(cleared | flag);
}

/// The collection flag of a class: its own, or its nearest base's.
fn collection_flag(ty: &ObjRef) -> u32 {
    let mro = types::data(ty).mro.borrow();
    mro.iter()
        .map(|t| types::data(t).flags.get() & (types::SEQUENCE | types::MAPPING))
        .find(|&f| f != 0)
        .unwrap_or(0)
}

/// The `_abc_impl` of an ABC (the object is returned to keep it alive
/// while its state is used).
fn impl_of(vm: &mut Vm, cls: &Value) -> PyResult<Value> {
    let key = vm.intern("_abc_impl");
    vm.get_attr(cls, &key)
}

/// The state of an `_abc_impl` object.
fn data<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a AbcData> {
    pvm_vm::extension::state::<AbcData>(v)
        .ok_or_else(|| vm.type_error("_abc_impl is set to a wrong type"))
}

/// The type a value is, if it is one.
fn as_type(v: &Value) -> Option<&ObjRef> {
    v.as_obj().filter(|o| matches!(o.payload, Payload::Type(_)))
}

/// `issubclass(a, b)` with the full protocol.
fn issubclass(vm: &mut Vm, a: &Value, b: &Value) -> PyResult<bool> {
    let f = vm
        .builtin("issubclass")
        .ok_or_else(|| vm.type_error("issubclass is missing"))?;
    let r = vm.call(&f, [a.clone(), b.clone()])?;
    vm.truthy(&r)
}

/// `_abc_register(cls, subclass)`: registers a virtual subclass.
fn abc_register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_abc._abc_register", 2, 2)?;
    let (cls, sub) = (&v[0], &v[1]);
    let Some(sub_type) = as_type(sub).cloned() else {
        return Err(vm.type_error("Can only register classes"));
    };
    if issubclass(vm, sub, cls)? {
        return Ok(sub.clone());
    }
    if issubclass(vm, cls, sub)? {
        return Err(vm.new_error("RuntimeError", "Refusing to create an inheritance cycle"));
    }
    let imp = impl_of(vm, cls)?;
    data(vm, &imp)?.registry.add(vm, &sub_type)?;
    COUNTER.with(|c| c.set(c.get() + 1));
    // A virtual subclass of Sequence or Mapping matches like one.
    if let Some(abc) = as_type(cls) {
        set_collection_flag(&sub_type, collection_flag(abc));
    }
    Ok(sub.clone())
}

/// Calls `cls.__subclasscheck__(sub)` (the metaclass may override it).
fn subclasscheck(vm: &mut Vm, cls: &Value, sub: &Value) -> PyResult<bool> {
    let r = vm.call_method(cls, "__subclasscheck__", vec![sub.clone()])?;
    vm.truthy(&r)
}

/// `_abc_instancecheck(cls, instance)`.
fn abc_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_abc._abc_instancecheck", 2, 2)?;
    let (cls, instance) = (&v[0], &v[1]);
    let imp = impl_of(vm, cls)?;
    let d = data(vm, &imp)?;
    let class_key = vm.intern("__class__");
    let declared = vm.get_attr(instance, &class_key)?;
    if let Some(c) = as_type(&declared) {
        if d.cache.contains(c) {
            return Ok(Value::Bool(true));
        }
    }
    let actual = Value::Obj(vm.type_of(instance).clone());
    if actual.is(&declared) {
        if let Some(c) = as_type(&declared) {
            if d.negative_version.get() == counter() && d.negative.contains(c) {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(subclasscheck(vm, cls, &declared)?));
    }
    let answer = subclasscheck(vm, cls, &declared)? || subclasscheck(vm, cls, &actual)?;
    Ok(Value::Bool(answer))
}

/// `_abc_subclasscheck(cls, subclass)`.
fn abc_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_abc._abc_subclasscheck", 2, 2)?;
    let (cls, sub) = (&v[0], &v[1]);
    let Some(sub_type) = as_type(sub).cloned() else {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    };
    let imp = impl_of(vm, cls)?;
    let d = data(vm, &imp)?;
    if d.cache.contains(&sub_type) {
        return Ok(Value::Bool(true));
    }
    if d.negative_version.get() < counter() {
        d.negative.clear();
        d.negative_version.set(counter());
    } else if d.negative.contains(&sub_type) {
        return Ok(Value::Bool(false));
    }
    let answer = vm.call_method(cls, "__subclasshook__", vec![sub.clone()])?;
    if !pvm_vm::ops::is_not_implemented(&answer) {
        let Value::Bool(yes) = answer else {
            return Err(vm.new_error(
                "AssertionError",
                "__subclasshook__ must return either False, True, or NotImplemented",
            ));
        };
        let set = if yes { &d.cache } else { &d.negative };
        set.add(vm, &sub_type)?;
        return Ok(answer);
    }
    let found = is_descendant(vm, cls, &sub_type, d)?;
    let set = if found { &d.cache } else { &d.negative };
    set.add(vm, &sub_type)?;
    Ok(Value::Bool(found))
}

/// Whether `sub` has `cls` in its MRO, or is a subclass of a class
/// registered with `cls` or of one of `cls`'s own subclasses.
fn is_descendant(vm: &mut Vm, cls: &Value, sub: &ObjRef, d: &AbcData) -> PyResult<bool> {
    if let Some(c) = as_type(cls) {
        let mro = pvm_vm::types::data(sub).mro.borrow().clone();
        if mro.iter().any(|m| m.is(c)) {
            return Ok(true);
        }
    }
    let sub_value = Value::Obj(sub.clone());
    for registered in d.registry.classes() {
        if issubclass(vm, &sub_value, &registered)? {
            return Ok(true);
        }
    }
    let subclasses = vm.call_method(cls, "__subclasses__", vec![])?;
    for s in vm.to_vec(&subclasses)? {
        if issubclass(vm, &sub_value, &s)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `_get_dump(cls)`: (registry, cache, negative cache, negative version),
/// the first three as sets of weak references.
fn get_dump(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_abc._get_dump", 1, 1)?;
    let imp = impl_of(vm, &v[0])?;
    let d = data(vm, &imp)?;
    let set_type = Value::Obj(vm.t.set.clone());
    let mut parts = Vec::new();
    for set in [&d.registry, &d.cache, &d.negative] {
        let list = vm.new_list(set.refs());
        parts.push(vm.call(&set_type, [list])?);
    }
    parts.push(Value::Int(d.negative_version.get()));
    Ok(vm.new_tuple(parts))
}

/// `_reset_registry(cls)`: forgets the registered virtual subclasses.
fn reset_registry(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_abc._reset_registry", 1, 1)?;
    let imp = impl_of(vm, &v[0])?;
    data(vm, &imp)?.registry.clear();
    Ok(Value::None)
}

/// `_reset_caches(cls)`: forgets both caches.
fn reset_caches(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_abc._reset_caches", 1, 1)?;
    let imp = impl_of(vm, &v[0])?;
    let d = data(vm, &imp)?;
    d.cache.clear();
    d.negative.clear();
    Ok(Value::None)
}

/// `get_cache_token()`: changes whenever a class is registered.
fn get_cache_token(vm: &mut Vm, args: Args) -> PyResult<Value> {
    positional(vm, &args, "_abc.get_cache_token", 0, 0)?;
    Ok(Value::Int(counter()))
}
