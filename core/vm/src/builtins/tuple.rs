//! `tuple`: constructor and methods.

use crate::args::Args;
use crate::payload::{NativeKind, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => o.clone(),
        _ => return Err(vm.type_error("tuple.__new__(X): X is not a type object")),
    };
    if args.nkw() > 0 {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    if args.values.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.values.len() - 1
        )));
    }
    let items = match args.values.get(1) {
        Some(v) => {
            if cls.is(&vm.t.tuple)
                && matches!(v.payload(), Some(Payload::Tuple(_)))
                && !types::is_heap_type(vm.type_of(v))
            {
                return Ok(v.clone());
            }
            vm.to_vec(v)?
        }
        None => Vec::new(),
    };
    if cls.is(&vm.t.tuple) {
        return Ok(vm.new_tuple(items));
    }
    Ok(Value::Obj(crate::builtins::type_::instance_with(
        vm,
        cls,
        Payload::Tuple(crate::payload::TupleItems::from_vec(items)),
    )))
}

fn items_of(vm: &mut Vm, args: &Args) -> PyResult<Vec<Value>> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Tuple(t)) => Ok(t.to_vec()),
        _ => Err(vm.type_error("descriptor requires a 'tuple' object")),
    }
}

fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = items_of(vm, &args)?;
    let a = args.check(vm, "index", 2, 4)?;
    let len = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
    let start = match a.get(2) {
        Some(v) => norm(vm.index(v)?),
        None => 0,
    };
    let stop = match a.get(3) {
        Some(v) => norm(vm.index(v)?),
        None => items.len(),
    };
    for (i, item) in items.iter().enumerate().take(stop).skip(start) {
        if vm.eq(item, &a[1])? {
            return Ok(Value::Int(i as i64));
        }
    }
    Err(vm.value_error("tuple.index(x): x not in tuple"))
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = items_of(vm, &args)?;
    let a = args.check(vm, "count", 2, 2)?;
    let mut n = 0;
    for item in &items {
        if vm.eq(item, &a[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn getnewargs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = items_of(vm, &args)?;
    let t = vm.new_tuple(items);
    Ok(vm.new_tuple(vec![t]))
}

/// Installs `tuple`'s methods.
pub fn install(vm: &mut Vm) {
    let t = vm.t.tuple.clone();
    vm.add_methods(
        &t,
        &[
            ("__new__", tuple_new, NativeKind::StaticMethod),
            ("index", index, NativeKind::Method),
            ("count", count, NativeKind::Method),
            ("__getnewargs__", getnewargs, NativeKind::Method),
        ],
    );
    crate::builtins::slots::install_binops(vm, &t, &["__add__", "__mul__"]);
    crate::builtins::slots::install_compare(vm, &t);
    crate::builtins::slots::install_basic(vm, &t, true);
    crate::builtins::slots::install_container(vm, &t, false);
}
