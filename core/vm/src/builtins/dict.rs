//! `dict` and its views: constructor and methods.

use crate::args::Args;
use crate::object::ObjRef;
use crate::payload::{NativeKind, Payload, ViewKind};
use crate::value::Value;
use crate::{PyResult, Vm};

fn this(vm: &mut Vm, args: &Args, name: &str) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Dict(_)) => Ok(o.clone()),
        _ => Err(crate::builtins::cargs::wrong_receiver(
            vm, args, "dict", name,
        )),
    }
}

fn pairs(o: &ObjRef) -> Vec<(Value, Value)> {
    match &o.payload {
        Payload::Dict(d) => d.borrow().items(),
        _ => Vec::new(),
    }
}

impl Vm {
    /// `d.update(other)` for a mapping or an iterable of pairs.
    pub fn dict_update(&mut self, d: &Value, other: &Value) -> PyResult<()> {
        let Value::Obj(dobj) = d else {
            return Ok(());
        };
        if let Some(Payload::Dict(_)) = other.payload() {
            if !crate::types::is_heap_type(self.type_of(other))
                || self
                    .lookup_special(&self.type_of(other).clone(), "keys")
                    .is_some()
            {
                for (k, v) in pairs(other.as_obj().expect("dict")) {
                    self.dict_set(dobj, k, v)?;
                }
                return Ok(());
            }
        }
        let ty = self.type_of(other).clone();
        if self.lookup_special(&ty, "keys").is_some() {
            let keys = self.call_method(other, "keys", vec![])?;
            for k in self.to_vec(&keys)? {
                let v = self.get_item(other, &k)?;
                self.dict_set(dobj, k, v)?;
            }
            return Ok(());
        }
        let it = self.iter(other)?;
        let mut n = 0;
        while let Some(item) = self.next(&it)? {
            let pair = match self.to_vec(&item) {
                Ok(p) => p,
                Err(_) => {
                    return Err(self.type_error(format!(
                        "cannot convert dictionary update sequence element #{n} to a sequence"
                    )));
                }
            };
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{n} has length {}; 2 is required",
                    pair.len()
                )));
            }
            let mut p = pair.into_iter();
            let (k, v) = (p.next().expect("2"), p.next().expect("2"));
            self.dict_set(dobj, k, v)?;
            n += 1;
        }
        Ok(())
    }
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("dict.__new__(X): X is not a type object")),
    };
    Ok(Value::Obj(crate::builtins::type_::new_instance(vm, &cls)))
}

/// `dict(...)`/`d.update(...)`: an optional mapping or iterable of pairs,
/// then keyword arguments.
fn update_from_args(vm: &mut Vm, args: &Args, name: &str) -> PyResult<Value> {
    let d = this(vm, args, name)?;
    let pos = args.pos().to_vec();
    if pos.len() > 2 {
        let what = if name == "__init__" { "dict" } else { name };
        return Err(vm.type_error(format!(
            "{what} expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    let dv = Value::Obj(d.clone());
    if let Some(src) = pos.get(1) {
        vm.dict_update(&dv, src)?;
    }
    for (k, v) in args.kwargs() {
        let key = vm.new_str(k);
        vm.dict_set(&d, key, v.clone())?;
    }
    Ok(Value::None)
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_from_args(vm, &args, "__init__")
}

fn get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "get")?;
    let a = args.check(vm, "get", 2, 3)?;
    Ok(vm
        .dict_get(&d, &a[1])?
        .unwrap_or_else(|| a.get(2).cloned().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "setdefault")?;
    let a = args.check(vm, "setdefault", 2, 3)?;
    if let Some(v) = vm.dict_get(&d, &a[1])? {
        return Ok(v);
    }
    let dflt = a.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, a[1].clone(), dflt.clone())?;
    Ok(dflt)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "pop")?;
    let a = args.check(vm, "pop", 2, 3)?;
    match vm.dict_remove(&d, &a[1])? {
        Some(v) => Ok(v),
        None => match a.get(2) {
            Some(dflt) => Ok(dflt.clone()),
            None => Err(vm.key_error(a[1].clone())),
        },
    }
}

fn popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "popitem")?;
    let item = match &d.payload {
        Payload::Dict(t) => t.borrow_mut().pop_last(),
        _ => None,
    };
    match item {
        Some((k, v)) => Ok(vm.new_pair(k, v)),
        None => {
            let ke = vm.exc_type("KeyError");
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(crate::exceptions::new_exception(vm, &ke, vec![msg]))
        }
    }
}

fn view(vm: &mut Vm, args: Args, kind: ViewKind) -> PyResult<Value> {
    let d = this(vm, &args, "keys")?;
    let ty = match kind {
        ViewKind::Keys => vm.t.dict_keys.clone(),
        ViewKind::Values => vm.t.dict_values.clone(),
        ViewKind::Items => vm.t.dict_items.clone(),
    };
    Ok(Value::Obj(ObjRef::new(ty, Payload::DictView(d, kind))))
}

fn keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, ViewKind::Keys)
}

fn values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, ViewKind::Values)
}

fn items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view(vm, args, ViewKind::Items)
}

fn update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    update_from_args(vm, &args, "update")
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "clear")?;
    let old = match &d.payload {
        Payload::Dict(t) => t.borrow_mut().clear(),
        _ => Vec::new(),
    };
    drop(old);
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "copy")?;
    let new = match &d.payload {
        Payload::Dict(t) => t.borrow().clone(),
        _ => crate::dict::Dict::new(),
    };
    Ok(Value::Obj(ObjRef::new(
        vm.t.dict.clone(),
        Payload::Dict(Box::new(std::cell::RefCell::new(new))),
    )))
}

fn fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values[0].clone();
    let a = args.check(vm, "fromkeys", 2, 3)?;
    let value = a.get(2).cloned().unwrap_or(Value::None);
    let d = vm.call(&cls, [])?;
    let keys = vm.to_vec(&a[1])?;
    for k in keys {
        vm.set_item(&d, &k, value.clone())?;
    }
    Ok(d)
}

fn reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = this(vm, &args, "__reversed__")?;
    let n = match &d.payload {
        Payload::Dict(t) => t.borrow().slots() as isize,
        _ => 0,
    };
    let t = vm.t.dict_reversekeyiterator.clone();
    Ok(vm.new_iter(
        &t,
        crate::iter::IterState::DictReverse {
            dict: d,
            slot: n - 1,
        },
    ))
}

fn ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__ior__", 2, 2)?;
    vm.dict_update(&a[0], &a[1])?;
    Ok(a[0].clone())
}

fn view_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    vm.iter(&v)
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    Ok(Value::Int(vm.len(&v)? as i64))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    let mut items = vm.to_vec(&v)?;
    items.reverse();
    let list = vm.new_list(items);
    vm.iter(&list)
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "isdisjoint", 2, 2)?;
    for x in vm.to_vec(&a[1])? {
        if vm.contains(&a[0], &x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn proxy_setitem(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.type_error("'mappingproxy' object does not support item assignment"))
}

fn view_mapping(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::DictView(d, _)) => Ok(Value::Obj(d.clone())),
        _ => Err(vm.type_error("mapping")),
    }
}

/// Installs `dict`'s methods.
pub fn install(vm: &mut Vm) {
    let dict = vm.t.dict.clone();
    vm.add_methods(
        &dict,
        &[
            ("__new__", dict_new, NativeKind::StaticMethod),
            ("__init__", dict_init, NativeKind::Method),
            ("get", get, NativeKind::Method),
            ("setdefault", setdefault, NativeKind::Method),
            ("pop", pop, NativeKind::Method),
            ("popitem", popitem, NativeKind::Method),
            ("keys", keys, NativeKind::Method),
            ("values", values, NativeKind::Method),
            ("items", items, NativeKind::Method),
            ("update", update, NativeKind::Method),
            ("clear", clear, NativeKind::Method),
            ("copy", copy, NativeKind::Method),
            ("fromkeys", fromkeys, NativeKind::ClassMethod),
            ("__reversed__", reversed, NativeKind::Method),
            ("__ior__", ior, NativeKind::Method),
        ],
    );
    crate::builtins::slots::install_binops(vm, &dict, &["__or__"]);
    crate::builtins::slots::install_compare(vm, &dict);
    crate::builtins::slots::install_basic(vm, &dict, false);
    crate::builtins::slots::install_container(vm, &dict, true);
    for ty in [
        vm.t.dict_keys.clone(),
        vm.t.dict_values.clone(),
        vm.t.dict_items.clone(),
    ] {
        vm.add_methods(
            &ty,
            &[
                ("__iter__", view_iter, NativeKind::Method),
                ("__len__", view_len, NativeKind::Method),
                ("mapping", view_mapping, NativeKind::Method),
                ("__reversed__", view_reversed, NativeKind::Method),
                ("isdisjoint", view_isdisjoint, NativeKind::Method),
            ],
        );
    }
    // Set-like views are unhashable (collections.abc.Hashable says no).
    for ty in [vm.t.dict_keys.clone(), vm.t.dict_items.clone()] {
        vm.set_type_attr(&ty, "__hash__", Value::None);
    }
    let proxy = vm.t.mappingproxy.clone();
    vm.add_methods(
        &proxy,
        &[
            ("get", get, NativeKind::Method),
            ("keys", keys, NativeKind::Method),
            ("values", values, NativeKind::Method),
            ("items", items, NativeKind::Method),
            ("copy", copy, NativeKind::Method),
            ("__setitem__", proxy_setitem, NativeKind::Method),
            ("__delitem__", proxy_setitem, NativeKind::Method),
        ],
    );
    crate::builtins::slots::install_container(vm, &proxy, false);
    crate::builtins::slots::install_compare(vm, &proxy);
}
