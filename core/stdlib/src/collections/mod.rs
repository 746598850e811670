//! The `_collections` module: `deque` and its iterators (deque.rs),
//! `_count_elements` (Counter's counting loop) and `_tuplegetter` (the
//! field descriptors of namedtuple classes). The rest of collections is
//! python/collections/__init__.py.

mod deque;

use crate::native::{self, positional, receiver};
use pvm_vm::args::Args;
use pvm_vm::payload::{Extension, NativeKind, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::RefCell;

/// Fills in the `_collections` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    deque::init(vm, module);
    vm.add_functions(
        module,
        &[
            ("_count_elements", count_elements),
            ("_caller_module", caller_module),
        ],
    );
    let methods: &native::Methods = &[
        ("__new__", tuplegetter_new, NativeKind::StaticMethod),
        ("__get__", tuplegetter_get, NativeKind::Method),
        ("__set__", tuplegetter_set, NativeKind::Method),
        ("__delete__", tuplegetter_delete, NativeKind::Method),
        ("__reduce__", tuplegetter_reduce, NativeKind::Method),
        ("__repr__", tuplegetter_repr, NativeKind::Method),
    ];
    let ty = native::new_type(vm, module, "_tuplegetter", "_collections", methods, true);
    native::add_property(vm, &ty, "__doc__", tuplegetter_doc, tuplegetter_set_doc);
    Ok(())
}

/// Whether `ty` (a dict subclass) still uses dict's own `name` method.
fn uses_dict_method(vm: &mut Vm, ty: &ObjRef, name: &'static str) -> bool {
    let dict = vm.t.dict.clone();
    match (vm.lookup_special(ty, name), vm.lookup_special(&dict, name)) {
        (Some(a), Some(b)) => a.is(&b),
        _ => false,
    }
}

/// `_count_elements(mapping, iterable)`: `mapping[x] = mapping.get(x, 0) + 1`
/// for each item, straight on the table when the mapping is a dict
/// whose `get` and `__setitem__` are dict's.
fn count_elements(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = positional(vm, &args, "_collections._count_elements", 2, 2)?;
    let (mapping, iterable) = (v[0].clone(), v[1].clone());
    let it = vm.iter(&iterable)?;
    let ty = vm.type_of(&mapping).clone();
    let direct = match &mapping {
        Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) => {
            (uses_dict_method(vm, &ty, "get") && uses_dict_method(vm, &ty, "__setitem__"))
                .then(|| d.clone())
        }
        _ => None,
    };
    if let Some(d) = direct {
        while let Some(item) = vm.next(&it)? {
            let old = vm.dict_get(&d, &item)?.unwrap_or(Value::Int(0));
            let new = vm.binary_op(&old, &Value::Int(1), pvm_vm::ops::BinOp::Add, false)?;
            vm.dict_set(&d, item, new)?;
        }
        return Ok(Value::None);
    }
    let get = vm.get_attr_str(&mapping, "get")?;
    while let Some(item) = vm.next(&it)? {
        let old = vm.call(&get, [item.clone(), Value::Int(0)])?;
        let new = vm.binary_op(&old, &Value::Int(1), pvm_vm::ops::BinOp::Add, false)?;
        vm.set_item(&mapping, &item, new)?;
    }
    Ok(Value::None)
}

/// `_caller_module()`: the `__name__` of the module whose code called the
/// Python function that calls this (what CPython's namedtuple reads with
/// `sys._getframe(1).f_globals`); None when there is no such frame.
fn caller_module(vm: &mut Vm, args: Args) -> PyResult<Value> {
    positional(vm, &args, "_collections._caller_module", 0, 0)?;
    let n = vm.frames.len();
    let Some(frame) = n.checked_sub(2).and_then(|i| vm.frames.get(i)) else {
        return Ok(Value::None);
    };
    let globals = frame.globals.clone();
    let key = vm.intern("__name__");
    Ok(vm.dict_get_str(&globals, &key).unwrap_or(Value::None))
}

/// A `_tuplegetter`: the index of a namedtuple field, and its doc.
struct TupleGetter {
    index: usize,
    doc: RefCell<Value>,
}

impl Extension for TupleGetter {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.doc.borrow());
    }
}

/// `_tuplegetter(index, doc)`.
fn tuplegetter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "_tuplegetter")?;
    native::no_kwargs(vm, &args, "_tuplegetter")?;
    let rest = &args.values[1..];
    if rest.len() != 2 {
        return Err(vm.type_error(format!(
            "_tuplegetter expected 2 arguments, got {}",
            rest.len()
        )));
    }
    let index = pvm_vm::builtins::cargs::ssize(vm, &rest[0])?;
    let index = usize::try_from(index).unwrap_or(usize::MAX);
    let doc = RefCell::new(rest[1].clone());
    Ok(vm.new_extension(&cls, TupleGetter { index, doc }))
}

/// The getter state of `args.values[0]`.
fn getter<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a TupleGetter> {
    receiver::<TupleGetter>(vm, args, "_collections._tuplegetter", method)
}

/// `field.__get__(obj, type)`: `obj[index]`, or the descriptor itself on
/// the class.
fn tuplegetter_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = getter(vm, &args, "__get__")?;
    let obj = args.values.get(1).cloned().unwrap_or(Value::None);
    if obj.is_none() {
        return Ok(args.values[0].clone());
    }
    match obj.payload() {
        Some(Payload::Tuple(items)) => match items.get(me.index) {
            Some(v) => Ok(v.clone()),
            None => Err(vm.index_error("tuple index out of range")),
        },
        _ => {
            let tn = vm.type_name(&obj);
            Err(vm.type_error(format!(
                "descriptor for index '{}' for tuple subclasses doesn't apply to '{tn}' object",
                me.index
            )))
        }
    }
}

/// `field.__set__(obj, value)`: fields are read-only.
fn tuplegetter_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    getter(vm, &args, "__set__")?;
    Err(vm.attribute_error("can't set attribute"))
}

/// `field.__delete__(obj)`: fields cannot be deleted.
fn tuplegetter_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    getter(vm, &args, "__delete__")?;
    Err(vm.attribute_error("can't delete attribute"))
}

/// `field.__doc__`.
fn tuplegetter_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let doc = getter(vm, &args, "__doc__")?.doc.borrow().clone();
    Ok(doc)
}

/// `field.__doc__ = doc` (namedtuple users document their fields so);
/// deleting leaves None.
fn tuplegetter_set_doc(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = getter(vm, &args, "__doc__")?;
    let doc = match args.values.get(1) {
        Some(v) if !v.is_null() => v.clone(),
        _ => Value::None,
    };
    let old = me.doc.replace(doc);
    drop(old);
    Ok(Value::None)
}

/// `field.__reduce__()`: `(type, (index, doc))`.
fn tuplegetter_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = getter(vm, &args, "__reduce__")?;
    let ty = Value::Obj(vm.type_of(&args.values[0]).clone());
    let doc = me.doc.borrow().clone();
    let parts = vm.new_pair(Value::Int(me.index as i64), doc);
    Ok(vm.new_pair(ty, parts))
}

/// `repr(field)`: `_tuplegetter(index, doc)`.
fn tuplegetter_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = getter(vm, &args, "__repr__")?;
    let doc = me.doc.borrow().clone();
    let doc = vm.repr(&doc)?;
    Ok(vm.new_str(format!("_tuplegetter({}, {doc})", me.index)))
}
