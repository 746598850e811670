//! `type` and `object`: calling a class, creating classes (`__build_class__`,
//! `type.__new__`), their special methods, and `super`.

use crate::args::Args;
use crate::object::ObjRef;
use crate::payload::{NativeKind, Payload};
use crate::types::{self, data as tdata, Layout, TypeData};
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::{Cell, RefCell};

/// `type.__call__(cls, *args, **kwargs)`.
pub fn type_call(vm: &mut Vm, cls: &ObjRef, mut args: Args) -> PyResult<Value> {
    if cls.is(&vm.type_) && args.values.len() == 1 && args.nkw() == 0 {
        return Ok(Value::Obj(vm.type_of(&args.values[0]).clone()));
    }
    let new = vm
        .lookup_special(cls, "__new__")
        .expect("object defines __new__");
    let new = static_target(new);
    // An exception class keeping BaseException's __new__ and __init__:
    // the exception is made once, its args set once.
    if new.is(&vm.exception_new) && args.nkw() == 0 {
        let init = vm.lookup_special(cls, "__init__");
        if init.is_some_and(|i| i.is(&vm.exception_init)) {
            let rest = std::mem::take(&mut args.values).into_vec();
            return Ok(Value::Obj(crate::exceptions::construct(vm, cls, rest)));
        }
    }
    // The common case: a class with object.__new__ and a Python __init__.
    if new.is(&vm.object_new) && types::is_heap_type(cls) && !tdata(cls).has(types::ABSTRACT) {
        if let Some(init) = vm.lookup_special(cls, "__init__") {
            if matches!(init.payload(), Some(Payload::Function(_))) {
                let obj = Value::Obj(new_instance(vm, cls));
                args.prepend(obj.clone());
                let r = vm.call_args(&init, args)?;
                if !r.is_none() {
                    let tn = vm.type_name(&r);
                    return Err(vm.type_error(format!("__init__() should return None, not '{tn}'")));
                }
                return Ok(obj);
            }
        }
    }
    // object.__init__ does nothing once __new__ accepted the arguments.
    let init = vm.lookup_special(cls, "__init__");
    let object_init = vm.object_init.clone();
    let needs_init = !cls.is(&vm.type_) && init.as_ref().is_some_and(|i| !i.is(&object_init));
    let mut new_args = if needs_init {
        Args {
            values: args.values.clone(),
            kwnames: args.kwnames.clone(),
        }
    } else {
        Args {
            values: std::mem::take(&mut args.values),
            kwnames: args.kwnames.clone(),
        }
    };
    new_args.prepend(Value::Obj(cls.clone()));
    let obj = vm.call_args(&new, new_args)?;
    if !needs_init || !types::is_subtype(vm.type_of(&obj), cls) {
        return Ok(obj);
    }
    let oty = vm.type_of(&obj).clone();
    let init = if oty.is(cls) {
        init
    } else {
        vm.lookup_special(&oty, "__init__")
    };
    if let Some(init) = init {
        let mut init_args = args;
        init_args.prepend(obj.clone());
        let r = vm.call_args(&init, init_args)?;
        if !r.is_none() {
            let tn = vm.type_name(&r);
            return Err(vm.type_error(format!("__init__() should return None, not '{tn}'")));
        }
    }
    Ok(obj)
}

/// What a staticmethod wraps (a class's `__new__` as found on it);
/// anything else as it is.
pub(crate) fn static_target(v: Value) -> Value {
    match v.payload() {
        Some(Payload::StaticMethod(f)) => f.clone(),
        _ => v,
    }
}

fn first_type(vm: &mut Vm, args: &Args, what: &str) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => Ok(o.clone()),
        Some(v) => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what}(X): X is not a type object ({tn})")))
        }
        None => Err(vm.type_error(format!("{what}(): not enough arguments"))),
    }
}

/// The built-in base whose layout instances of `cls` carry.
pub fn solid_layout(cls: &ObjRef) -> Layout {
    for t in tdata(cls).mro.borrow().iter() {
        let l = tdata(t).layout;
        if l != Layout::Object {
            return l;
        }
    }
    Layout::Object
}

/// `object.__new__(cls, *args)`.
fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = first_type(vm, &args, "object.__new__")?;
    if args.values.len() > 1 || args.nkw() > 0 {
        let init_is_object = crate::call::uses_object_slot(vm, &cls, "__init__");
        let new_is_object = crate::call::uses_object_slot(vm, &cls, "__new__");
        if init_is_object || !new_is_object {
            let msg = if init_is_object && new_is_object {
                format!("{}() takes no arguments", types::name(&cls))
            } else {
                "object.__new__() takes exactly one argument (the type to instantiate)".to_string()
            };
            return Err(vm.type_error(msg));
        }
    }
    if tdata(&cls).has(types::ABSTRACT) {
        return Err(abstract_error(vm, &cls));
    }
    if !tdata(&cls).has(types::HEAP) && !cls.is(&vm.object) {
        let n = types::name(&cls);
        return Err(vm.type_error(format!(
            "object.__new__({n}) is not safe, use {n}.__new__()"
        )));
    }
    Ok(Value::Obj(new_instance(vm, &cls)))
}

/// CPython's error for instantiating a class with abstract methods: their
/// names sorted and joined (a sort that fails raises its own error).
fn abstract_error(vm: &mut Vm, cls: &ObjRef) -> ObjRef {
    let key = vm.intern("__abstractmethods__");
    let methods = vm.dict_get_str_type(cls, &key).unwrap_or(Value::None);
    let names = match vm.to_vec(&methods) {
        Ok(v) => v,
        Err(e) => return e,
    };
    let list = vm.new_list(names);
    if let Err(e) = vm.call_method(&list, "sort", vec![]) {
        return e;
    }
    let names = match list.payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        _ => Vec::new(),
    };
    let mut joined = Vec::with_capacity(names.len());
    for n in &names {
        match vm.str(n) {
            Ok(s) => joined.push(s),
            Err(e) => return e,
        }
    }
    let plural = if names.len() > 1 { "s" } else { "" };
    vm.type_error(format!(
        "Can't instantiate abstract class {} with abstract method{plural} {}",
        types::name(cls),
        joined.join(", ")
    ))
}

/// A fresh instance of `cls` with the empty payload of its layout.
pub fn new_instance(vm: &mut Vm, cls: &ObjRef) -> ObjRef {
    let payload = match solid_layout(cls) {
        Layout::Object => match types::slot_count(cls) {
            0 => Payload::Object,
            n => Payload::Slots(RefCell::new(vec![Value::Null; n].into_boxed_slice())),
        },
        Layout::List => Payload::List(RefCell::new(Vec::new())),
        Layout::Dict => Payload::Dict(Box::new(RefCell::new(crate::dict::Dict::new()))),
        Layout::Set => Payload::Set(Box::new(RefCell::new(crate::set::Set::new()))),
        Layout::ByteArray => Payload::ByteArray(RefCell::new(Vec::new())),
        _ => Payload::Object,
    };
    instance_with(vm, cls.clone(), payload)
}

/// An instance of `cls` holding `payload`, with an instance dict when the
/// class gives its instances one (subclasses of the built-in types).
pub fn instance_with(vm: &mut Vm, cls: ObjRef, payload: Payload) -> ObjRef {
    let dict = if tdata(&cls).has(types::INSTANCE_DICT) {
        Some(vm.new_dict())
    } else {
        None
    };
    ObjRef::with_dict(cls, payload, dict)
}

fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 1 || args.nkw() > 0 {
        let ty = vm.type_of(&args.values[0]).clone();
        let init_is_object = crate::call::uses_object_slot(vm, &ty, "__init__");
        let new_is_object = crate::call::uses_object_slot(vm, &ty, "__new__");
        if !init_is_object || new_is_object {
            let msg = if init_is_object {
                format!("{}() takes no arguments", types::name(&ty))
            } else {
                "object.__init__() takes exactly one argument (the instance to initialize)"
                    .to_string()
            };
            return Err(vm.type_error(msg));
        }
    }
    Ok(Value::None)
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.values[0];
    let ty = vm.type_of(v).clone();
    let module = module_of(vm, &ty);
    let qual = tdata(&ty).qualname.borrow().clone();
    let addr = v.as_obj().map_or(0, |o| o.addr());
    let name = if module == "builtins" {
        qual
    } else {
        format!("{module}.{qual}")
    };
    Ok(vm.new_str(format!("<{name} object at {addr:#x}>")))
}

/// The `__module__` of a type.
pub fn module_of(vm: &mut Vm, ty: &ObjRef) -> String {
    let key = vm.intern("__module__");
    if !tdata(ty).has(types::HEAP) {
        // A built-in type outside builtins (types.UnionType) says so in
        // its own namespace; the others are builtins whatever they inherit.
        return match vm.dict_get_str_type(ty, &key) {
            Some(v) if v.as_str().is_some() => v.as_str().unwrap_or_default().to_string(),
            _ => "builtins".into(),
        };
    }
    match vm.dict_get_str_type(ty, &key) {
        Some(v) => v.as_str().unwrap_or("builtins").to_string(),
        None => "builtins".into(),
    }
}

fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    let ty = vm.type_of(&v).clone();
    let f = vm.lookup_special(&ty, "__repr__").expect("repr");
    vm.call(&f, [v])
}

fn object_eq(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() == 2 && args.values[0].is(&args.values[1]) {
        return Ok(Value::Bool(true));
    }
    Ok(Value::Obj(_vm.not_implemented.clone()))
}

fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (a, b) = (args.values[0].clone(), args.values[1].clone());
    let ty = vm.type_of(&a).clone();
    let eq = vm.lookup_special(&ty, "__eq__").expect("eq");
    let r = vm.call(&eq, [a, b])?;
    if crate::ops::is_not_implemented(&r) {
        return Ok(r);
    }
    let t = vm.truthy(&r)?;
    Ok(Value::Bool(!t))
}

fn object_not_implemented(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.not_implemented.clone()))
}

fn object_hash(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = &args.values[0];
    Ok(Value::Int(crate::hashing::hash_addr(
        v.as_obj().map_or(0, |o| o.addr()),
    )))
}

fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    let spec = args.values.get(1).cloned().unwrap_or(Value::None);
    if spec.as_str().is_some_and(|s| !s.is_empty()) {
        let tn = vm.type_name(&v);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    vm.str_value(&v)
}

fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__getattribute__", 2, 2)?;
    let Value::Obj(name) = &a[1] else {
        let tn = vm.type_name(&a[1]);
        return Err(vm.type_error(format!("attribute name must be string, not '{tn}'")));
    };
    let ty = vm.type_of(&a[0]).clone();
    match vm.generic_get_attr(&a[0], name, &ty)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&a[0], name)),
    }
}

fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__setattr__", 3, 3)?;
    let Value::Obj(name) = &a[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.generic_set_attr(&a[0], name, a[2].clone())?;
    Ok(Value::None)
}

fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__delattr__", 2, 2)?;
    let Value::Obj(name) = &a[1] else {
        return Err(vm.type_error("attribute name must be string"));
    };
    vm.generic_set_attr(&a[0], name, Value::Null)?;
    Ok(Value::None)
}

fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.nkw() > 0 {
        let cls = args.values.first().and_then(|c| c.as_obj().cloned());
        let name = cls.map(|c| types::name(&c)).unwrap_or_default();
        return Err(vm.type_error(format!(
            "{name}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(Value::None)
}

fn object_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    let names = crate::builtins::functions::dir_names(vm, &v)?;
    Ok(vm.new_list(names))
}

fn object_class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // `list[int]` and friends: a printable alias object.
    let cls = args.values[0].clone();
    let item = args.values.get(1).cloned().unwrap_or(Value::None);
    crate::builtins::functions::generic_alias(vm, cls, item)
}

fn object_reduce_ex(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.not_implemented_error("pickling"))
}

fn object_sizeof(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = vm;
    let _ = args;
    Ok(Value::Int(
        std::mem::size_of::<crate::object::Object>() as i64
    ))
}

/// `type.__new__(meta, name, bases, ns, **kwargs)`: creates a class.
fn type_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let meta = first_type(vm, &args, "type.__new__")?;
    let pos = args.pos().to_vec();
    if pos.len() == 2 {
        return Ok(Value::Obj(vm.type_of(&pos[1]).clone()));
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let Some(name) = pos[1].as_str().map(str::to_string) else {
        let tn = vm.type_name(&pos[1]);
        return Err(vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
    };
    let bases: Vec<ObjRef> = match pos[2].payload() {
        Some(Payload::Tuple(t)) => {
            let mut out = Vec::new();
            for b in t.iter() {
                match b {
                    Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => out.push(o.clone()),
                    _ => {
                        return Err(vm.type_error(
                            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                        ))
                    }
                }
            }
            out
        }
        _ => {
            let tn = vm.type_name(&pos[2]);
            return Err(vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}")));
        }
    };
    let Some(Payload::Dict(ns)) = pos[3].payload() else {
        let tn = vm.type_name(&pos[3]);
        return Err(vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}")));
    };
    let ns_items: Vec<(Value, Value)> = ns.borrow().items();
    let kwargs: Vec<(String, Value)> = args
        .kwargs()
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let cls = create_class(vm, &meta, &name, bases, ns_items)?;
    // __set_name__, then __init_subclass__ of the parent.
    let items: Vec<(Value, Value)> = tdata(&cls).dict.borrow().items();
    for (k, v) in items {
        let vty = vm.type_of(&v).clone();
        if types::is_heap_type(&vty) {
            if let Some(f) = vm.lookup_special(&vty, "__set_name__") {
                if let Err(e) = vm.call(&f, [v.clone(), Value::Obj(cls.clone()), k.clone()]) {
                    return Err(set_name_error(vm, e, &vty, &k, &cls));
                }
            }
        }
    }
    let sup = crate::builtins::functions::new_super(vm, cls.clone(), Value::Obj(cls.clone()));
    let init_sub = vm.get_attr_str(&sup, "__init_subclass__")?;
    let kw_names: Vec<Value> = kwargs.iter().map(|(k, _)| vm.new_str(k.as_str())).collect();
    let mut values: smallvec::SmallVec<[Value; 6]> = smallvec::SmallVec::new();
    for (_, v) in &kwargs {
        values.push(v.clone());
    }
    let kwnames = if kw_names.is_empty() {
        None
    } else {
        vm.new_tuple(kw_names).as_obj().cloned()
    };
    vm.call_args(&init_sub, Args { values, kwnames })?;
    Ok(Value::Obj(cls))
}

/// CPython 3.11's RuntimeError for a failed `__set_name__`, caused by
/// the original error.
fn set_name_error(vm: &mut Vm, cause: ObjRef, vty: &ObjRef, key: &Value, cls: &ObjRef) -> ObjRef {
    let key_repr = match vm.repr(key) {
        Ok(r) => r,
        Err(e) => return e,
    };
    let err = vm.new_error(
        "RuntimeError",
        format!(
            "Error calling __set_name__ on '{}' instance {key_repr} in '{}'",
            types::name(vty),
            types::name(cls)
        ),
    );
    if let Payload::Exception(data) = &err.payload {
        let mut data = data.borrow_mut();
        data.cause = Value::Obj(cause.clone());
        data.context = Value::Obj(cause);
        data.suppress_context = true;
    }
    err
}

/// The class whose slots make `ty`'s instance layout: `ty`, or the base
/// it inherits all its slots from.
fn slot_owner(ty: &ObjRef) -> ObjRef {
    let n = types::slot_count(ty);
    let mut owner = ty.clone();
    loop {
        let next = tdata(&owner)
            .bases
            .borrow()
            .iter()
            .find(|b| types::slot_count(b) == n)
            .cloned();
        match next {
            Some(b) => owner = b,
            None => return owner,
        }
    }
}

/// Builds a class object from its parts (no `__set_name__`/`__init_subclass__`).
pub fn create_class(
    vm: &mut Vm,
    meta: &ObjRef,
    name: &str,
    mut bases: Vec<ObjRef>,
    ns: Vec<(Value, Value)>,
) -> PyResult<ObjRef> {
    if bases.is_empty() {
        bases.push(vm.object.clone());
    }
    for (i, b) in bases.iter().enumerate() {
        if bases[..i].iter().any(|x| x.is(b)) {
            let bn = types::name(b);
            return Err(vm.type_error(format!("duplicate base class {bn}")));
        }
    }
    for b in &bases {
        if !tdata(b).has(types::BASETYPE) {
            let bn = vm.tp_name(b);
            return Err(vm.type_error(format!("type '{bn}' is not an acceptable base type")));
        }
    }
    // Instances may carry only one built-in layout.
    let mut layout = Layout::Object;
    for b in &bases {
        let l = solid_layout(b);
        if l != Layout::Object {
            if layout != Layout::Object && layout != l {
                return Err(vm.type_error("multiple bases have instance lay-out conflict"));
            }
            layout = l;
        }
    }
    // Slot members are numbered after the base's; two bases that both
    // carry slots cannot share one layout, unless their slots come from
    // the same class (CPython's solid base: subclasses adding no slots
    // keep their base's layout).
    let slotted: Vec<&ObjRef> = bases.iter().filter(|b| types::slot_count(b) > 0).collect();
    let solid: Vec<ObjRef> = slotted.iter().map(|b| slot_owner(b)).collect();
    if solid.len() > 1
        && !solid.iter().all(|b| {
            solid
                .iter()
                .all(|c| types::is_subtype(b, c) || types::is_subtype(c, b))
        })
    {
        return Err(vm.type_error("multiple bases have instance lay-out conflict"));
    }
    let mut next_slot = slotted
        .iter()
        .map(|b| types::slot_count(b))
        .max()
        .unwrap_or(0);
    let mut slots: Option<Vec<String>> = None;
    let mut qualname = name.to_string();
    let mut has_module = false;
    let mut dict = crate::dict::Dict::new();
    let mut cell: Option<Value> = None;
    for (k, v) in ns {
        let key = k.as_str().unwrap_or("").to_string();
        match key.as_str() {
            "__qualname__" => {
                match v.as_str() {
                    Some(q) => qualname = q.to_string(),
                    None => {
                        let tn = vm.type_name(&v);
                        return Err(
                            vm.type_error(format!("type __qualname__ must be a str, not {tn}"))
                        );
                    }
                }
                continue;
            }
            "__classcell__" => {
                cell = Some(v);
                continue;
            }
            "__module__" => has_module = true,
            "__slots__" => {
                let names = match v.as_str() {
                    Some(s) => vec![s.to_string()],
                    None => vm
                        .to_vec(&v)?
                        .iter()
                        .map(|x| x.as_str().unwrap_or("").to_string())
                        .collect(),
                };
                slots = Some(names);
            }
            _ => {}
        }
        let v = match (key.as_str(), v.payload()) {
            ("__new__", Some(Payload::Function(_))) => Value::Obj(ObjRef::new(
                vm.t.staticmethod.clone(),
                Payload::StaticMethod(v.clone()),
            )),
            ("__init_subclass__" | "__class_getitem__", Some(Payload::Function(_))) => Value::Obj(
                ObjRef::new(vm.t.classmethod.clone(), Payload::ClassMethod(v.clone())),
            ),
            _ => v,
        };
        let hash = vm.hash(&k)?;
        let probe = dict.probe(hash, &k, &Default::default());
        match probe {
            crate::dict::Probe::Found(i) => {
                dict.replace_value(i, v);
            }
            _ => dict.insert_new(hash, k, v),
        }
    }
    let has = |d: &crate::dict::Dict, vm: &mut Vm, n: &str| {
        let key = vm.intern(n);
        d.get_str(n, crate::vm::key_hash(&key)).is_some()
    };
    if has(&dict, vm, "__eq__") && !has(&dict, vm, "__hash__") {
        let key = vm.intern("__hash__");
        let hash = crate::vm::key_hash(&key);
        dict.insert_new(hash, Value::Obj(key), Value::None);
    }
    if !has_module {
        // type(name, bases, ns) takes __module__ from the caller's globals.
        let key = vm.intern("__name__");
        let module = vm
            .frames
            .last()
            .map(|f| f.globals.clone())
            .and_then(|g| vm.dict_get_str(&g, &key));
        if let Some(m) = module {
            let mkey = vm.intern("__module__");
            let hash = crate::vm::key_hash(&mkey);
            dict.insert_new(hash, Value::Obj(mkey), m);
        }
    }
    // Each slot gets a member descriptor with its index in instances (a
    // class with a built-in base keeps slot values in a hidden dict).
    for slot in slots.iter().flatten() {
        if slot == "__dict__" || slot == "__weakref__" {
            continue;
        }
        if has(&dict, vm, slot) {
            return Err(vm.value_error(format!(
                "'{slot}' in __slots__ conflicts with class variable"
            )));
        }
        let key = vm.intern(slot);
        let member = ObjRef::with_dict(
            vm.t.member_descriptor.clone(),
            Payload::Member(next_slot),
            Some(vm.new_dict()),
        );
        next_slot += 1;
        vm.set_attr_direct(&member, "__name__", Value::Obj(key.clone()));
        let qual = vm.new_str(name);
        vm.set_attr_direct(&member, "__qualname_owner__", qual);
        let hash = crate::vm::key_hash(&key);
        dict.insert_new(hash, Value::Obj(key), Value::Obj(member));
    }
    // After the slots: a slot may be named `__doc__`.
    if !has(&dict, vm, "__doc__") {
        let key = vm.intern("__doc__");
        let hash = crate::vm::key_hash(&key);
        dict.insert_new(hash, Value::Obj(key), Value::None);
    }
    let base_has_dict = bases.iter().any(|b| tdata(b).has(types::INSTANCE_DICT));
    let wants_dict = match &slots {
        None => true,
        Some(s) => s.iter().any(|n| n == "__dict__") || base_has_dict,
    };
    let mut flags = types::HEAP | types::BASETYPE;
    if wants_dict && layout != Layout::Exception || base_has_dict || layout == Layout::Exception {
        flags |= types::INSTANCE_DICT;
    }
    if bases.iter().any(|b| tdata(b).has(types::EXCEPTION)) {
        flags |= types::EXCEPTION;
    }
    let ty = ObjRef::new(
        meta.clone(),
        Payload::Type(Box::new(TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(qualname),
            bases: RefCell::new(bases.clone()),
            mro: RefCell::new(Vec::new()),
            dict: RefCell::new(dict),
            layout: Layout::Object,
            flags: Cell::new(flags),
            slots,
            cache: Default::default(),
            subclasses: Default::default(),
            // Fresh: a site cache keyed by the address of a class since
            // freed must not match a new class allocated there.
            version: Cell::new(crate::types::next_version()),
        })),
    );
    let mro = match types::c3_mro(&ty, &bases) {
        Ok(m) => m,
        Err(msg) => return Err(vm.type_error(msg)),
    };
    *tdata(&ty).mro.borrow_mut() = mro;
    for b in &bases {
        tdata(b)
            .subclasses
            .borrow_mut()
            .push(crate::object::Uncounted::new(&ty));
    }
    update_flags(vm, &ty);
    if let Some(Value::Obj(c)) = cell {
        if let Payload::Cell(c) = &c.payload {
            *c.borrow_mut() = Value::Obj(ty.clone());
        }
    }
    Ok(ty)
}

/// Recomputes the flags that depend on special methods in the MRO.
pub fn update_flags(vm: &mut Vm, ty: &ObjRef) {
    let td = tdata(ty);
    let mut flags = td.flags.get()
        & !(types::HAS_DEL
            | types::HAS_GETATTR
            | types::CUSTOM_GETATTRIBUTE
            | types::CUSTOM_SETATTR);
    // Custom: defined in Python, or natively by an extension type (not by `object`).
    let is_python = |v: &Option<Value>| match v.as_ref().and_then(|v| v.payload()) {
        Some(Payload::Native(n)) => n.owner.as_ref().is_some_and(types::is_heap_type),
        Some(_) => true,
        None => false,
    };
    if vm.lookup_special(ty, "__del__").is_some() {
        flags |= types::HAS_DEL;
    }
    if vm.lookup_special(ty, "__getattr__").is_some() {
        flags |= types::HAS_GETATTR;
    }
    if is_python(&vm.lookup_special(ty, "__getattribute__")) {
        flags |= types::CUSTOM_GETATTRIBUTE;
    }
    if is_python(&vm.lookup_special(ty, "__setattr__"))
        || is_python(&vm.lookup_special(ty, "__delattr__"))
    {
        flags |= types::CUSTOM_SETATTR;
    }
    td.flags.set(flags);
}

/// `setattr(cls, name, value)` on a heap type.
pub fn set_type_attr(vm: &mut Vm, ty: &ObjRef, name: &ObjRef, value: Value) -> PyResult<()> {
    let n = name.as_str_payload().unwrap_or("");
    // Data descriptors on the metatype (e.g. a metaclass property).
    let meta = ty.ty().clone();
    if types::is_heap_type(&meta) {
        let key = vm.intern(n);
        if let Some(d) = types::lookup_interned(&meta, &key) {
            if let Some(Payload::Property(p)) = d.payload() {
                let f = if value.is_null() {
                    p[2].clone()
                } else {
                    p[1].clone()
                };
                let mut args = vec![Value::Obj(ty.clone())];
                if !value.is_null() {
                    args.push(value);
                }
                vm.call(&f, args)?;
                return Ok(());
            }
        }
    }
    if n == "__name__" || n == "__qualname__" {
        let Some(s) = value.as_str() else {
            let tn = vm.type_name(&value);
            let cn = types::name(ty);
            return Err(vm.type_error(format!("can only assign string to {cn}.{n}, not '{tn}'")));
        };
        if n == "__name__" {
            *tdata(ty).name.borrow_mut() = s.to_string();
        } else {
            *tdata(ty).qualname.borrow_mut() = s.to_string();
        }
        return Ok(());
    }
    if n == "__abstractmethods__" {
        // Stored as given; the flag caches its truth for object.__new__.
        let is_abstract = !value.is_null() && vm.truthy(&value)?;
        let td = tdata(ty);
        if is_abstract {
            td.flags.set(td.flags.get() | types::ABSTRACT);
        } else {
            td.flags.set(td.flags.get() & !types::ABSTRACT);
        }
    }
    let key = Value::Obj(name.clone());
    let hash = vm.hash(&key)?;
    // A plain value replaced by a plain value leaves every attribute site
    // valid (see `types::forget_value`).
    let plain = |v: &Value| match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None => true,
        Value::Obj(o) => {
            matches!(
                o.payload,
                Payload::Str(_) | Payload::Int(_) | Payload::Tuple(_) | Payload::Bytes(_)
            ) && !types::is_heap_type(o.ty())
        }
        _ => false,
    };
    let new_is_plain = plain(&value) && !n.starts_with("__");
    {
        let mut d = tdata(ty).dict.borrow_mut();
        let probe = d.probe(hash, &key, &Default::default());
        let old = match (probe, value.is_null()) {
            (crate::dict::Probe::Found(i), true) => Some(d.remove_at(i).1),
            (crate::dict::Probe::Found(i), false) => Some(d.replace_value(i, value)),
            (_, true) => {
                drop(d);
                let tn = types::name(ty);
                return Err(
                    vm.attribute_error(format!("type object '{tn}' has no attribute '{n}'"))
                );
            }
            (_, false) => {
                d.insert_new(hash, key, value);
                None
            }
        };
        drop(d);
        let rebound = new_is_plain && old.as_ref().is_some_and(plain);
        drop(old);
        if rebound {
            types::forget_value(ty, n);
            return Ok(());
        }
    }
    types::invalidate_name(ty, n);
    if n.starts_with("__") {
        update_flags(vm, ty);
    }
    Ok(())
}

fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn type_call_native(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = first_type(vm, &args, "type.__call__")?;
    args.values.remove(0);
    type_call(vm, &cls, args)
}

fn type_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = first_type(vm, &args, "type.__repr__")?;
    let module = module_of(vm, &cls);
    let q = tdata(&cls).qualname.borrow().clone();
    Ok(vm.new_str(if module == "builtins" {
        format!("<class '{q}'>")
    } else {
        format!("<class '{module}.{q}'>")
    }))
}

fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = first_type(vm, &args, "type.mro")?;
    let mro: Vec<Value> = tdata(&cls)
        .mro
        .borrow()
        .iter()
        .map(|t| Value::Obj(t.clone()))
        .collect();
    Ok(vm.new_list(mro))
}

fn type_instancecheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = first_type(vm, &args, "type.__instancecheck__")?;
    let v = args.values.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Bool(vm.is_instance(&v, &cls)))
}

fn type_subclasscheck(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = first_type(vm, &args, "type.__subclasscheck__")?;
    match args.values.get(1) {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => {
            Ok(Value::Bool(types::is_subtype(o, &cls)))
        }
        _ => Err(vm.type_error("issubclass() arg 1 must be a class")),
    }
}

fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = first_type(vm, &args, "type.__subclasses__")?;
    let subs: Vec<Value> = tdata(&cls)
        .subclasses
        .borrow()
        .iter()
        .map(|t| Value::Obj(t.upgrade()))
        .collect();
    Ok(vm.new_list(subs))
}

fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__or__", 2, 2)?;
    crate::builtins::functions::make_union(vm, &a[0], &a[1])
}

fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__ror__", 2, 2)?;
    crate::builtins::functions::make_union(vm, &a[1], &a[0])
}

fn type_prepare(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.new_dict()))
}

fn type_dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    object_dir(vm, args)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`.
fn build_class(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos().to_vec();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = pos[1].clone();
    let bases_in: Vec<Value> = pos[2..].to_vec();
    // PEP 560: __mro_entries__.
    let mut bases: Vec<Value> = Vec::new();
    let mut replaced = false;
    for b in &bases_in {
        if !matches!(b.payload(), Some(Payload::Type(_))) {
            // An attribute of the object itself counts (typing.NamedTuple is
            // a function with one), as in CPython.
            let key = vm.intern("__mro_entries__");
            if let Some(f) = vm.get_attr_opt(b, &key)? {
                let t = vm.new_tuple(bases_in.clone());
                let r = vm.call(&f, [t])?;
                bases.extend(vm.to_vec(&r)?);
                replaced = true;
                continue;
            }
        }
        bases.push(b.clone());
    }
    let mut meta: Option<Value> = None;
    let mut kw_names = Vec::new();
    let mut kw_values: smallvec::SmallVec<[Value; 6]> = smallvec::SmallVec::new();
    for (k, v) in args.kwargs() {
        if k == "metaclass" {
            meta = Some(v.clone());
        } else {
            kw_names.push(vm.new_str(k));
            kw_values.push(v.clone());
        }
    }
    let is_class = |v: &Value| matches!(v.payload(), Some(Payload::Type(_)));
    let mut meta = match meta {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.type_of(b).clone()),
            None => Value::Obj(vm.type_.clone()),
        },
    };
    if is_class(&meta) {
        // The most derived metaclass of the bases.
        for b in &bases {
            let bt = vm.type_of(b).clone();
            let Value::Obj(m) = &meta else { unreachable!() };
            if types::is_subtype(m, &bt) {
                continue;
            }
            if types::is_subtype(&bt, m) {
                meta = Value::Obj(bt);
                continue;
            }
            return Err(vm.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
            ));
        }
    }
    let bases_tuple = vm.new_tuple(bases.clone());
    let kwnames = if kw_names.is_empty() {
        None
    } else {
        vm.new_tuple(kw_names.clone()).as_obj().cloned()
    };
    let ns = match vm.get_attr_str(&meta, "__prepare__") {
        Ok(prep) => {
            let mut values: smallvec::SmallVec<[Value; 6]> =
                smallvec::smallvec![name.clone(), bases_tuple.clone()];
            values.extend(kw_values.iter().cloned());
            vm.call_args(
                &prep,
                Args {
                    values,
                    kwnames: kwnames.clone(),
                },
            )?
        }
        Err(_) => Value::Obj(vm.new_dict()),
    };
    // Run the body with `ns` as its locals.
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let (code, globals) = (f.code.clone(), f.globals.clone());
    let cell = crate::run::run_body(vm, code, globals, ns.clone(), func.as_obj().cloned())?;
    if replaced {
        // What the class statement named (typing.Generic reads its parameters there).
        let orig = vm.new_tuple(bases_in);
        let key = vm.new_str("__orig_bases__");
        vm.set_item(&ns, &key, orig)?;
    }
    let mut values: smallvec::SmallVec<[Value; 6]> =
        smallvec::smallvec![name, bases_tuple, ns.clone()];
    values.extend(kw_values);
    let cls = vm.call_args(&meta, Args { values, kwnames })?;
    if let (Value::Obj(c), Value::Obj(cls_obj)) = (&cell, &cls) {
        if let Payload::Cell(c) = &c.payload {
            let cur = c.borrow().clone();
            if cur.is_null() {
                *c.borrow_mut() = Value::Obj(cls_obj.clone());
            }
        }
    }
    Ok(cls)
}

/// Installs `object` and `type` methods and `__build_class__`.
pub fn install(vm: &mut Vm) {
    let object = vm.object.clone();
    let _ = &object;
    vm.add_methods(
        &object,
        &[
            ("__new__", object_new, NativeKind::StaticMethod),
            ("__init__", object_init, NativeKind::Method),
            ("__repr__", object_repr, NativeKind::Method),
            ("__str__", object_str, NativeKind::Method),
            ("__eq__", object_eq, NativeKind::Method),
            ("__ne__", object_ne, NativeKind::Method),
            ("__lt__", object_not_implemented, NativeKind::Method),
            ("__le__", object_not_implemented, NativeKind::Method),
            ("__gt__", object_not_implemented, NativeKind::Method),
            ("__ge__", object_not_implemented, NativeKind::Method),
            ("__hash__", object_hash, NativeKind::Method),
            ("__format__", object_format, NativeKind::Method),
            ("__getattribute__", object_getattribute, NativeKind::Method),
            ("__setattr__", object_setattr, NativeKind::Method),
            ("__delattr__", object_delattr, NativeKind::Method),
            (
                "__init_subclass__",
                object_init_subclass,
                NativeKind::ClassMethod,
            ),
            ("__dir__", object_dir, NativeKind::Method),
            // ABCMeta asks every class; object has no opinion.
            (
                "__subclasshook__",
                object_not_implemented,
                NativeKind::ClassMethod,
            ),
            ("__reduce_ex__", object_reduce_ex, NativeKind::Method),
            ("__sizeof__", object_sizeof, NativeKind::Method),
        ],
    );
    vm.object_init = vm
        .lookup_special(&object, "__init__")
        .unwrap_or(Value::Null);
    vm.object_new = vm
        .lookup_special(&object, "__new__")
        .map_or(Value::Null, static_target);
    let type_ = vm.type_.clone();
    vm.add_methods(
        &type_,
        &[
            ("__new__", type_new, NativeKind::StaticMethod),
            ("__init__", type_init, NativeKind::Method),
            ("__call__", type_call_native, NativeKind::Method),
            ("__repr__", type_repr, NativeKind::Method),
            ("mro", type_mro, NativeKind::Method),
            ("__instancecheck__", type_instancecheck, NativeKind::Method),
            ("__subclasscheck__", type_subclasscheck, NativeKind::Method),
            ("__subclasses__", type_subclasses, NativeKind::Method),
            ("__or__", type_or, NativeKind::Method),
            ("__ror__", type_ror, NativeKind::Method),
            ("__prepare__", type_prepare, NativeKind::ClassMethod),
            ("__dir__", type_dir, NativeKind::Method),
        ],
    );
    for ty in [
        vm.t.list.clone(),
        vm.t.dict.clone(),
        vm.t.tuple.clone(),
        vm.t.set.clone(),
        vm.t.frozenset.clone(),
        vm.t.type_of_type(),
    ] {
        vm.add_methods(
            &ty,
            &[(
                "__class_getitem__",
                object_class_getitem,
                NativeKind::ClassMethod,
            )],
        );
    }
    let f = vm.new_native("__build_class__", build_class, NativeKind::Function, None);
    let key = vm.intern("__build_class__");
    let b = vm.builtins.clone();
    vm.dict_set_str(&b, key, Value::Obj(f));
}

impl crate::vm::Types {
    /// `type`'s own entry for generic aliases (`type[int]`).
    pub fn type_of_type(&self) -> ObjRef {
        self.list.ty().clone()
    }
}

impl Vm {
    /// Looks a name up in one type's own namespace.
    pub fn dict_get_str_type(&mut self, ty: &ObjRef, name: &ObjRef) -> Option<Value> {
        let n = name.as_str_payload()?;
        tdata(ty)
            .dict
            .borrow()
            .get_str(n, crate::vm::key_hash(name))
            .cloned()
    }
}
