//! The `gc` module and the native part of `weakref` (`_weakref`: the
//! reference and proxy types, getweakrefcount, getweakrefs).

use super::collect::{
    self, DEBUG_COLLECTABLE, DEBUG_LEAK, DEBUG_SAVEALL, DEBUG_STATS, DEBUG_UNCOLLECTABLE,
};
use super::heap::{self, FROZEN, GENERATIONS};
use super::trace::Trace;
use crate::args::Args;
use crate::object::{ObjRef, FINALIZED, TRACKED};
use crate::payload::{NativeKind, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};

/// The weak reference types (`weakref.ref`, `ProxyType`, `CallableProxyType`).
pub struct WeakrefTypes {
    /// `weakref.ref` (`weakref.ReferenceType`).
    pub reference: ObjRef,
    /// `weakref.ProxyType`.
    pub proxy: ObjRef,
    /// `weakref.CallableProxyType`.
    pub callable_proxy: ObjRef,
}

/// Registers `gc` and `_weakref` with the import system and makes the
/// lists `gc.garbage` and `gc.callbacks`.
pub fn install(vm: &mut Vm) {
    use crate::import::ModuleDef;
    vm.imports.defs.insert("gc", ModuleDef::Native(init_gc));
    vm.imports
        .defs
        .insert("_weakref", ModuleDef::Native(init_weakref));
    let garbage = vm.new_list(Vec::new());
    let callbacks = vm.new_list(Vec::new());
    vm.gc.garbage = garbage.as_obj().cloned();
    vm.gc.callbacks = callbacks.as_obj().cloned();
    let reference = vm.new_extension_type(
        "ReferenceType",
        "weakref",
        vec![],
        &[
            ("__new__", ref_new, NativeKind::StaticMethod),
            ("__init__", ref_init, NativeKind::Method),
            ("__call__", ref_call, NativeKind::Method),
            ("__hash__", ref_hash, NativeKind::Method),
            ("__eq__", ref_eq, NativeKind::Method),
            ("__ne__", ref_ne, NativeKind::Method),
            ("__repr__", ref_repr, NativeKind::Method),
            ("__class_getitem__", class_getitem, NativeKind::ClassMethod),
        ],
    );
    let callback = vm.new_native("__callback__", ref_callback, NativeKind::Function, None);
    let prop = Value::Obj(ObjRef::new(
        vm.t.property.clone(),
        Payload::Property(Box::new([
            Value::Obj(callback),
            Value::None,
            Value::None,
            Value::None,
        ])),
    ));
    vm.set_type_attr(&reference, "__callback__", prop);
    let proxy_methods: &[(&'static str, crate::payload::NativeFn, NativeKind)] = &[
        ("__getattr__", proxy_getattr, NativeKind::Method),
        ("__setattr__", proxy_setattr, NativeKind::Method),
        ("__repr__", proxy_repr, NativeKind::Method),
        ("__str__", proxy_str, NativeKind::Method),
        ("__bool__", proxy_bool, NativeKind::Method),
        ("__len__", proxy_len, NativeKind::Method),
        ("__iter__", proxy_iter, NativeKind::Method),
        ("__getitem__", proxy_getitem, NativeKind::Method),
        ("__contains__", proxy_contains, NativeKind::Method),
        ("__eq__", proxy_eq, NativeKind::Method),
    ];
    let proxy = vm.new_extension_type("ProxyType", "weakref", vec![], proxy_methods);
    let callable_proxy =
        vm.new_extension_type("CallableProxyType", "weakref", vec![], proxy_methods);
    vm.add_methods(
        &callable_proxy,
        &[("__call__", proxy_call, NativeKind::Method)],
    );
    for t in [&proxy, &callable_proxy] {
        vm.set_type_attr(t, "__hash__", Value::None);
        crate::builtins::type_::update_flags(vm, t);
    }
    vm.weakref_types = Some(std::rc::Rc::new(WeakrefTypes {
        reference,
        proxy,
        callable_proxy,
    }));
}

fn init_gc(vm: &mut Vm, m: &ObjRef) -> PyResult<()> {
    vm.add_functions(
        m,
        &[
            ("collect", gc_collect),
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("get_count", gc_get_count),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_set_threshold),
            ("get_stats", gc_get_stats),
            ("get_objects", gc_get_objects),
            ("get_referrers", gc_get_referrers),
            ("get_referents", gc_get_referents),
            ("is_tracked", gc_is_tracked),
            ("is_finalized", gc_is_finalized),
            ("freeze", gc_freeze),
            ("unfreeze", gc_unfreeze),
            ("get_freeze_count", gc_get_freeze_count),
            ("set_debug", gc_set_debug),
            ("get_debug", gc_get_debug),
        ],
    );
    for (name, v) in [
        ("DEBUG_STATS", DEBUG_STATS),
        ("DEBUG_COLLECTABLE", DEBUG_COLLECTABLE),
        ("DEBUG_UNCOLLECTABLE", DEBUG_UNCOLLECTABLE),
        ("DEBUG_SAVEALL", DEBUG_SAVEALL),
        ("DEBUG_LEAK", DEBUG_LEAK),
    ] {
        vm.set_attr_direct(m, name, Value::Int(v as i64));
    }
    for (name, list) in [
        ("garbage", vm.gc.garbage.clone()),
        ("callbacks", vm.gc.callbacks.clone()),
    ] {
        if let Some(l) = list {
            vm.set_attr_direct(m, name, Value::Obj(l));
        }
    }
    Ok(())
}

fn gc_collect(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [generation] = args.bind(vm, "collect", ["generation"], 0)?;
    let g = match generation {
        Value::Null => 2,
        Value::Int(g) if (0..GENERATIONS as i64).contains(&g) => g as usize,
        Value::Int(_) => return Err(vm.new_error("ValueError", "invalid generation")),
        other => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    // Queued finalizers run first, as CPython has run them before collect() is called.
    vm.run_pending_work();
    Ok(Value::Int(collect::collect(vm, g) as i64))
}

fn gc_enable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    heap::with(|h| h.enabled = true);
    Ok(Value::None)
}

fn gc_disable(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    heap::with(|h| h.enabled = false);
    Ok(Value::None)
}

fn gc_isenabled(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(heap::with(|h| h.enabled)))
}

fn int_tuple(vm: &mut Vm, values: [usize; GENERATIONS]) -> Value {
    vm.new_tuple(values.iter().map(|&v| Value::Int(v as i64)).collect())
}

fn gc_get_count(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let c = heap::with(|h| h.count);
    Ok(int_tuple(vm, c))
}

fn gc_get_threshold(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let t = heap::with(|h| h.threshold);
    Ok(int_tuple(vm, t))
}

fn gc_set_threshold(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "set_threshold", 1, 3)?;
    let mut t = heap::with(|h| h.threshold);
    for (i, v) in a.iter().enumerate() {
        let n = vm.index(v)?;
        t[i] = n.max(0) as usize;
    }
    heap::with(|h| h.threshold = t);
    Ok(Value::None)
}

fn gc_get_stats(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let gens = vm.gc.generations;
    let mut out = Vec::new();
    for g in gens {
        let d = vm.new_dict();
        for (k, v) in [
            ("collections", g.collections),
            ("collected", g.collected),
            ("uncollectable", g.uncollectable),
        ] {
            let key = vm.intern(k);
            vm.dict_set_str(&d, key, Value::Int(v as i64));
        }
        out.push(Value::Obj(d));
    }
    Ok(vm.new_list(out))
}

fn gc_get_objects(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [generation] = args.bind(vm, "get_objects", ["generation"], 0)?;
    let lists: Vec<usize> = match generation {
        Value::Null | Value::None => (0..GENERATIONS).collect(),
        Value::Int(g) if g >= GENERATIONS as i64 => {
            return Err(vm.new_error(
                "ValueError",
                format!("generation parameter must be less than the number of available generations ({GENERATIONS})"),
            ))
        }
        Value::Int(g) if g < 0 => {
            return Err(vm.new_error("ValueError", "generation parameter cannot be negative"))
        }
        Value::Int(g) => vec![g as usize],
        other => {
            let tn = vm.type_name(&other);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    let objs: Vec<Value> = lists
        .into_iter()
        .flat_map(heap::objects_in)
        .map(Value::Obj)
        .collect();
    Ok(vm.new_list(objs))
}

/// What `obj` refers to, as `gc.get_referents` shows it: CPython's
/// traversal order (lists and tuples backwards), immediate values too,
/// and an instance's attribute values rather than its dict (3.11 keeps
/// them inline).
fn referents(obj: &ObjRef) -> Vec<Value> {
    let mut out = Vec::new();
    let heap_instance = crate::types::is_heap_type(obj.ty());
    if heap_instance {
        out.push(Value::Obj(obj.ty().clone()));
    }
    if let Some(d) = obj.dict.borrow().as_ref() {
        match (&d.payload, heap_instance) {
            (Payload::Dict(d), true) => out.extend(d.borrow().iter().map(|e| e.value.clone())),
            _ => out.push(Value::Obj(d.clone())),
        }
    }
    match &obj.payload {
        Payload::List(items) => out.extend(items.borrow().iter().rev().cloned()),
        Payload::Tuple(items) => out.extend(items.iter().rev().cloned()),
        Payload::Dict(d) => {
            // CPython's str-keyed tables report only their values.
            let d = d.borrow();
            let str_keys = d.iter().all(|e| e.key.as_str().is_some());
            for e in d.iter() {
                if !str_keys {
                    out.push(e.key.clone());
                }
                out.push(e.value.clone());
            }
        }
        Payload::Set(s) => out.extend(s.borrow().iter().cloned()),
        other => other.trace(&mut |r| out.push(Value::Obj(r.clone()))),
    }
    out
}

/// Whether CPython would report `v` as tracked: it leaves empty tuples
/// and dicts of atomic keys and values untracked.
fn tracked_as_cpython(v: &Value) -> bool {
    let Value::Obj(o) = v else {
        return false;
    };
    let atomic = |v: &Value| match v {
        Value::Obj(o) => o.flags() & TRACKED == 0,
        _ => true,
    };
    o.flags() & TRACKED != 0
        && match &o.payload {
            Payload::Tuple(items) => !items.is_empty(),
            Payload::Dict(d) if o.dict.borrow().is_none() => d
                .borrow()
                .iter()
                .any(|e| !atomic(&e.key) || !atomic(&e.value)),
            _ => true,
        }
}

fn gc_get_referents(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "get_referents")?;
    let mut out = Vec::new();
    for v in args.pos() {
        if let Value::Obj(o) = v {
            if o.flags() & TRACKED != 0 {
                out.extend(referents(o));
            }
        }
    }
    Ok(vm.new_list(out))
}

fn gc_get_referrers(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "get_referrers")?;
    let targets: Vec<ObjRef> = args
        .pos()
        .iter()
        .filter_map(|v| v.as_obj().cloned())
        .collect();
    let mut out = Vec::new();
    for g in 0..GENERATIONS {
        for o in heap::objects_in(g) {
            let mut hit = false;
            let obj: &crate::object::Object = &o;
            obj.trace(&mut |r| hit |= targets.iter().any(|t| t.is(r)));
            if hit {
                out.push(Value::Obj(o));
            }
        }
    }
    Ok(vm.new_list(out))
}

fn one_object(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    Ok(args.check(vm, name, 1, 1)?[0].clone())
}

fn gc_is_tracked(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_object(vm, args, "is_tracked")?;
    Ok(Value::Bool(tracked_as_cpython(&v)))
}

fn gc_is_finalized(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = one_object(vm, args, "is_finalized")?;
    Ok(Value::Bool(
        v.as_obj().is_some_and(|o| o.flags() & FINALIZED != 0),
    ))
}

fn gc_freeze(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    move_all(&[0, 1, 2], FROZEN);
    heap::with(|h| h.count = [0; GENERATIONS]);
    Ok(Value::None)
}

fn gc_unfreeze(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    move_all(&[FROZEN], 2);
    Ok(Value::None)
}

/// Moves every object of the lists `from` to list `to`.
fn move_all(from: &[usize], to: usize) {
    heap::with(|h| {
        for &f in from {
            let objs = std::mem::take(&mut h.lists[f]);
            for p in objs {
                heap::place(h, p, to);
            }
        }
    });
}

fn gc_get_freeze_count(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(heap::with(|h| h.lists[FROZEN].len()) as i64))
}

fn gc_set_debug(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "set_debug", 1, 1)?;
    let flags = vm.index(&a[0])?;
    vm.gc.debug = flags as u32;
    Ok(Value::None)
}

fn gc_get_debug(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.gc.debug as i64))
}

// ---- _weakref ----

fn init_weakref(vm: &mut Vm, m: &ObjRef) -> PyResult<()> {
    let types = vm.weakref_types.clone().expect("weakref types");
    vm.set_attr_direct(m, "ref", Value::Obj(types.reference.clone()));
    vm.set_attr_direct(m, "ReferenceType", Value::Obj(types.reference.clone()));
    vm.set_attr_direct(m, "ProxyType", Value::Obj(types.proxy.clone()));
    vm.set_attr_direct(
        m,
        "CallableProxyType",
        Value::Obj(types.callable_proxy.clone()),
    );
    vm.add_functions(
        m,
        &[
            ("proxy", proxy_new),
            ("getweakrefcount", getweakrefcount),
            ("getweakrefs", getweakrefs),
        ],
    );
    Ok(())
}

/// Whether weak references to `o` may be made (CPython: instances of
/// classes, functions, types, sets, generators, methods, modules, code).
fn weakrefable(o: &ObjRef) -> bool {
    crate::types::is_heap_type(o.ty())
        || matches!(
            o.payload,
            Payload::Type(_)
                | Payload::Function(_)
                | Payload::Set(_)
                | Payload::Generator(_)
                | Payload::BoundMethod(_)
                | Payload::Module(_)
                | Payload::Code(_)
        )
}

fn check_target(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if weakrefable(o) => Ok(o.clone()),
        other => {
            let tn = vm.type_name(other);
            Err(vm.type_error(format!("cannot create weak reference to '{tn}' object")))
        }
    }
}

fn ref_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "ref")?;
    let a = args.pos();
    let cls = a.first().and_then(|c| c.as_obj().cloned());
    let (Some(cls), Some(target)) = (cls, a.get(1)) else {
        let n = a.len().saturating_sub(1);
        return Err(vm.type_error(format!("__new__ expected at least 1 argument, got {n}")));
    };
    if a.len() > 3 {
        return Err(vm.type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            a.len() - 1
        )));
    }
    let target = check_target(vm, target)?;
    let callback = a.get(2).cloned().unwrap_or(Value::None);
    let types = vm.weakref_types.clone().expect("weakref types");
    // A plain reference without a callback is shared, as in CPython.
    if callback.is_none() && cls.is(&types.reference) {
        for w in super::weakref::referrers(&target) {
            if w.ty().is(&types.reference) {
                if let Payload::WeakRef(d) = &w.payload {
                    if d.callback.borrow().is_none() {
                        return Ok(Value::Obj(w));
                    }
                }
            }
        }
    }
    Ok(Value::Obj(super::weakref::new_weakref(
        vm, &cls, &target, callback,
    )))
}

fn ref_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn weak_data(v: &Value) -> Option<&crate::payload::WeakRefData> {
    match v.payload()? {
        Payload::WeakRef(d) => Some(d),
        _ => None,
    }
}

/// The referent of the weak reference that is the receiver, or None.
fn target_of(args: &Args) -> Option<ObjRef> {
    weak_data(args.values.first()?).and_then(super::weakref::referent)
}

fn ref_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(vm.type_error(format!(
            "weakref() takes exactly 0 arguments ({} given)",
            args.values.len() - 1
        )));
    }
    Ok(target_of(&args).map_or(Value::None, Value::Obj))
}

fn ref_callback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = vm;
    Ok(args
        .values
        .first()
        .and_then(weak_data)
        .map_or(Value::None, |d| d.callback.borrow().clone()))
}

fn ref_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(d) = args.values.first().and_then(weak_data) else {
        return Ok(Value::Int(0));
    };
    if let Some(h) = d.hash.get() {
        return Ok(Value::Int(h));
    }
    let Some(t) = super::weakref::referent(d) else {
        return Err(vm.type_error("weak object has gone away"));
    };
    let h = vm.hash(&Value::Obj(t))?;
    d.hash.set(Some(h));
    Ok(Value::Int(h))
}

fn ref_compare(vm: &mut Vm, args: &Args) -> PyResult<Option<bool>> {
    let (a, b) = (
        &args.values[0],
        args.values.get(1).cloned().unwrap_or(Value::None),
    );
    let (Some(da), Some(db)) = (weak_data(a), weak_data(&b)) else {
        return Ok(None);
    };
    match (super::weakref::referent(da), super::weakref::referent(db)) {
        (Some(x), Some(y)) => Ok(Some(vm.eq(&Value::Obj(x), &Value::Obj(y))?)),
        _ => Ok(Some(a.is(&b))),
    }
}

fn ref_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match ref_compare(vm, &args)? {
        Some(b) => Value::Bool(b),
        None => Value::Obj(vm.not_implemented.clone()),
    })
}

fn ref_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(match ref_compare(vm, &args)? {
        Some(b) => Value::Bool(!b),
        None => Value::Obj(vm.not_implemented.clone()),
    })
}

fn ref_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.values[0];
    let addr = me.as_obj().map_or(0, |o| o.addr());
    let text = match target_of(&args) {
        None => format!("<weakref at {addr:#x}; dead>"),
        Some(t) => {
            let tv = Value::Obj(t.clone());
            let tn = qualified_name(vm, t.ty());
            let key = vm.intern("__name__");
            let name = vm
                .get_attr_opt(&tv, &key)
                .ok()
                .flatten()
                .and_then(|n| n.as_str().map(|s| format!(" ({s})")))
                .unwrap_or_default();
            format!("<weakref at {addr:#x}; to '{tn}' at {:#x}{name}>", t.addr())
        }
    };
    Ok(vm.new_str(text))
}

/// `module.qualname` of a type (just the qualname for builtins).
fn qualified_name(vm: &mut Vm, ty: &ObjRef) -> String {
    let module = crate::builtins::type_::module_of(vm, ty);
    let qual = crate::types::data(ty).qualname.borrow().clone();
    if module == "builtins" {
        qual
    } else {
        format!("{module}.{qual}")
    }
}

fn class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__class_getitem__", 2, 2)?;
    crate::builtins::functions::generic_alias(vm, a[0].clone(), a[1].clone())
}

fn proxy_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "proxy", 1, 2)?;
    let target = check_target(vm, &a[0])?;
    let callback = a.get(1).cloned().unwrap_or(Value::None);
    let types = vm.weakref_types.clone().expect("weakref types");
    let ty = if vm.is_callable(&a[0]) {
        &types.callable_proxy
    } else {
        &types.proxy
    };
    Ok(Value::Obj(super::weakref::new_weakref(
        vm, ty, &target, callback,
    )))
}

/// The live referent of a proxy, or ReferenceError.
fn proxied(vm: &mut Vm, args: &Args) -> PyResult<Value> {
    match target_of(args) {
        Some(t) => Ok(Value::Obj(t)),
        None => Err(vm.new_error(
            "ReferenceError",
            "weakly-referenced object no longer exists",
        )),
    }
}

fn proxy_getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = proxied(vm, &args)?;
    let name = args.values.get(1).and_then(|n| n.as_obj().cloned());
    let Some(name) = name else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.get_attr(&t, &name)
}

fn proxy_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = proxied(vm, &args)?;
    let a = args.values;
    let Some(name) = a.get(1).and_then(|n| n.as_obj().cloned()) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.set_attr(&t, &name, a.get(2).cloned().unwrap_or(Value::None))?;
    Ok(Value::None)
}

fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = &args.values[0];
    let addr = me.as_obj().map_or(0, |o| o.addr());
    let text = match target_of(&args) {
        Some(t) => {
            let tn = qualified_name(vm, t.ty());
            format!("<weakproxy at {addr:#x}; to '{tn}' at {:#x}>", t.addr())
        }
        None => format!("<weakproxy at {addr:#x}; dead>"),
    };
    Ok(vm.new_str(text))
}

macro_rules! proxy_forward {
    ($($name:ident => |$vm:ident, $t:ident, $rest:ident| $body:expr;)*) => {
        $(
            fn $name($vm: &mut Vm, args: Args) -> PyResult<Value> {
                let $t = proxied($vm, &args)?;
                let $rest: Vec<Value> = args.values[1..].to_vec();
                $body
            }
        )*
    };
}

proxy_forward! {
    proxy_str => |vm, t, _rest| { let s = vm.str(&t)?; Ok(vm.new_str(s)) };
    proxy_bool => |vm, t, _rest| Ok(Value::Bool(vm.truthy(&t)?));
    proxy_len => |vm, t, _rest| Ok(Value::Int(vm.len(&t)? as i64));
    proxy_iter => |vm, t, _rest| vm.iter(&t);
    proxy_getitem => |vm, t, rest| vm.get_item(&t, rest.first().unwrap_or(&Value::None));
    proxy_contains => |vm, t, rest| Ok(Value::Bool(vm.contains(&t, rest.first().unwrap_or(&Value::None))?));
    proxy_eq => |vm, t, rest| {
        let other = rest.first().cloned().unwrap_or(Value::None);
        vm.compare(&t, &other, crate::ops::CmpOp::Eq)
    };
}

fn proxy_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let t = proxied(vm, &args)?;
    args.values.remove(0);
    vm.call_args(&t, args)
}

fn getweakrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "getweakrefcount", 1, 1)?;
    let n = a[0]
        .as_obj()
        .map_or(0, |o| super::weakref::referrers(o).len());
    Ok(Value::Int(n as i64))
}

fn getweakrefs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "getweakrefs", 1, 1)?;
    let refs: Vec<Value> = a[0]
        .as_obj()
        .map(|o| {
            super::weakref::referrers(o)
                .into_iter()
                .map(Value::Obj)
                .collect()
        })
        .unwrap_or_default();
    Ok(vm.new_list(refs))
}
