//! range, slice, property, classmethod, staticmethod, super, and the
//! iterator types (enumerate, zip, map, filter, reversed, ...).

use crate::args::Args;
use crate::iter::IterState;
use crate::object::ObjRef;
use crate::payload::{NativeKind, Payload};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

fn drop_cls(args: &mut Args) {
    args.values.remove(0);
}

fn range_int(vm: &mut Vm, v: &Value) -> PyResult<i128> {
    match v {
        Value::Float(_) => Err(vm.type_error("'float' object cannot be interpreted as an integer")),
        _ => {
            let i = vm.index_value(v)?;
            let b = crate::ops::num::as_bigint(&i).unwrap_or_default();
            match num_traits::ToPrimitive::to_i128(&b) {
                Some(n) => Ok(n),
                None => Err(vm.not_implemented_error("ranges beyond 128-bit integers")),
            }
        }
    }
}

fn range_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    drop_cls(&mut args);
    let a = args.check(vm, "range", 1, 3)?;
    let (start, stop, step) = match a.len() {
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        1 => (0, range_int(vm, &a[0])?, 1),
        2 => (range_int(vm, &a[0])?, range_int(vm, &a[1])?, 1),
        _ => (
            range_int(vm, &a[0])?,
            range_int(vm, &a[1])?,
            range_int(vm, &a[2])?,
        ),
    };
    if step == 0 {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(vm.new_range(start, stop, step))
}

fn range_data(vm: &mut Vm, args: &Args) -> PyResult<crate::payload::RangeData> {
    match args.values.first().and_then(Value::payload) {
        Some(Payload::Range(r)) => Ok(**r),
        _ => Err(vm.type_error("descriptor requires a 'range' object")),
    }
}

fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_data(vm, &args)?;
    let v = args.values.get(1).cloned().unwrap_or(Value::None);
    if let Value::Int(i) = v {
        let off = i as i128 - r.start;
        if off % r.step == 0 {
            let k = off / r.step;
            if k >= 0 && k < r.len() {
                return Ok(vm.int_value(k));
            }
        }
    }
    let rep = vm.repr(&v)?;
    Err(vm.value_error(format!("{rep} is not in range")))
}

fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let range = args.values[0].clone();
    let v = args.values.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Int(vm.contains(&range, &v)? as i64))
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let r = range_data(vm, &args)?;
    let n = r.len();
    let last = if n == 0 {
        r.start
    } else {
        r.start + (n - 1) * r.step
    };
    let t = vm.t.range_iterator.clone();
    if !r.is_small() {
        let rev = vm.new_range(last, r.start - r.step, -r.step);
        return vm.iter(&rev);
    }
    Ok(vm.new_iter(
        &t,
        IterState::Range {
            next: last as i64,
            step: -r.step as i64,
            left: n as i64,
        },
    ))
}

fn slice_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    drop_cls(&mut args);
    let a = args.check(vm, "slice", 1, 3)?;
    Ok(match a.len() {
        1 => vm.new_slice(Value::None, a[0].clone(), Value::None),
        2 => vm.new_slice(a[0].clone(), a[1].clone(), Value::None),
        _ => vm.new_slice(a[0].clone(), a[1].clone(), a[2].clone()),
    })
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Payload::Slice(s)) = args.values.first().and_then(Value::payload) else {
        return Err(vm.type_error("descriptor requires a 'slice' object"));
    };
    let s = s.clone();
    let len = args.values.get(1).cloned().unwrap_or(Value::Int(0));
    let n = vm.index(&len)?;
    if n < 0 {
        return Err(vm.value_error("length should not be negative"));
    }
    let (start, stop, step, _) = crate::ops::seq::slice_indices(vm, &s, n as usize)?;
    Ok(vm.new_tuple(vec![Value::Int(start), Value::Int(stop), Value::Int(step)]))
}

fn property_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = args.values[0].clone();
    drop_cls(&mut args);
    let [fget, fset, fdel, doc] = args.bind(vm, "property", ["fget", "fset", "fdel", "doc"], 0)?;
    let norm = |v: Value| if v.is_null() { Value::None } else { v };
    let doc = if doc.is_null() || doc.is_none() {
        match fget.payload() {
            Some(Payload::Function(f)) => f.doc.borrow().clone(),
            _ => Value::None,
        }
    } else {
        doc
    };
    let ty = cls
        .as_obj()
        .cloned()
        .unwrap_or_else(|| vm.t.property.clone());
    let dict = if types::is_heap_type(&ty) {
        Some(vm.new_dict())
    } else {
        None
    };
    Ok(Value::Obj(ObjRef::with_dict(
        ty,
        Payload::Property(Box::new([norm(fget), norm(fset), norm(fdel), doc])),
        dict,
    )))
}

fn property_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

fn property_copy(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    let Some(Payload::Property(p)) = args.values.first().and_then(Value::payload) else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let mut parts = (**p).clone();
    parts[which] = args.values.get(1).cloned().unwrap_or(Value::None);
    let ty = args.values[0]
        .as_obj()
        .map(|o| o.ty().clone())
        .unwrap_or_else(|| vm.t.property.clone());
    Ok(Value::Obj(ObjRef::new(
        ty,
        Payload::Property(Box::new(parts)),
    )))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 0)
}

fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 1)
}

fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__get__", 2, 3)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    let ty = vm.type_of(&a[1]).clone();
    match &a[0] {
        Value::Obj(prop) => vm.property_get(prop, &a[1], &ty),
        _ => Err(vm.type_error("descriptor requires a 'property' object")),
    }
}

fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__set__", 3, 3)?;
    let Some(Payload::Property(p)) = a[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = p[1].clone();
    if f.is_none() {
        return Err(vm.attribute_error("can't set attribute"));
    }
    vm.call(&f, [a[1].clone(), a[2].clone()])?;
    Ok(Value::None)
}

fn wrapper_new(vm: &mut Vm, mut args: Args, static_: bool) -> PyResult<Value> {
    let cls = args.values[0].clone();
    drop_cls(&mut args);
    let name = if static_ {
        "staticmethod"
    } else {
        "classmethod"
    };
    let a = args.check(vm, name, 1, 1)?.to_vec();
    let ty = cls.as_obj().cloned().expect("type");
    let payload = if static_ {
        Payload::StaticMethod(a[0].clone())
    } else {
        Payload::ClassMethod(a[0].clone())
    };
    let dict = Some(vm.new_dict());
    Ok(Value::Obj(ObjRef::with_dict(ty, payload, dict)))
}

fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, false)
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, true)
}

fn wrapper_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__get__", 2, 3)?;
    let owner = match a.get(2) {
        Some(Value::Obj(t)) if matches!(t.payload, Payload::Type(_)) => t.clone(),
        _ => vm.type_of(&a[1]).clone(),
    };
    vm.descr_get(&a[0], &a[1], &owner)
}

fn staticmethod_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let me = args.values.remove(0);
    match me.payload() {
        Some(Payload::StaticMethod(f)) => {
            let f = f.clone();
            vm.call_args(&f, args)
        }
        _ => Err(vm.type_error("not a staticmethod")),
    }
}

fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "__get__", 2, 3)?;
    if a[1].is_none() {
        return Ok(a[0].clone());
    }
    Ok(vm.bound_method(a[0].clone(), a[1].clone()))
}

fn function_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let f = args.values.remove(0);
    vm.call_args(&f, args)
}

fn super_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    drop_cls(&mut args);
    let a = args.check(vm, "super", 0, 2)?;
    let (start, obj) = match a.len() {
        0 => return zero_arg_super_object(vm),
        1 => {
            return Err(vm.not_implemented_error("unbound super objects"));
        }
        _ => {
            let Value::Obj(t) = &a[0] else {
                let tn = vm.type_name(&a[0]);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
            };
            if !matches!(t.payload, Payload::Type(_)) {
                let tn = vm.type_name(&a[0]);
                return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
            }
            (t.clone(), a[1].clone())
        }
    };
    check_super_pair(vm, &start, &obj)?;
    Ok(crate::builtins::functions::new_super(vm, start, obj))
}

/// `super()` called in the top frame: the class of its `__class__` cell
/// and its first argument.
pub(crate) fn zero_arg_super_object(vm: &mut Vm) -> PyResult<Value> {
    let (start, obj) = zero_arg_super(vm)?;
    check_super_pair(vm, &start, &obj)?;
    Ok(crate::builtins::functions::new_super(vm, start, obj))
}

/// super(type, obj)'s check that `obj` is an instance or subtype of `type`.
fn check_super_pair(vm: &mut Vm, start: &ObjRef, obj: &Value) -> PyResult<()> {
    let ok = vm.is_instance(obj, start)
        || matches!(obj, Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && types::is_subtype(o, start));
    if !ok {
        return Err(vm.type_error("super(type, obj): obj must be an instance or subtype of type"));
    }
    Ok(())
}

fn zero_arg_super(vm: &mut Vm) -> PyResult<(ObjRef, Value)> {
    let Some(frame) = vm.frames.last() else {
        return Err(vm.new_error("RuntimeError", "super(): no current frame"));
    };
    let code = frame.code.clone();
    let base = frame.base;
    if code.argcount == 0 && code.flags & pvm_compiler::code::flags::VARARGS == 0 {
        return Err(vm.new_error("RuntimeError", "super(): no arguments"));
    }
    let mut first = vm.stack[base].clone();
    let inner = match first.payload() {
        Some(Payload::Cell(c))
            if code.localsplus_kinds[0] & pvm_compiler::code::localsplus::CELL != 0 =>
        {
            Some(c.borrow().clone())
        }
        _ => None,
    };
    if let Some(v) = inner {
        first = v;
    }
    if first.is_null() {
        return Err(vm.new_error("RuntimeError", "super(): arg[0] deleted"));
    }
    let idx = code
        .localsplus_names
        .iter()
        .position(|n| n.as_str_payload() == Some("__class__"));
    let Some(i) =
        idx.filter(|&i| code.localsplus_kinds[i] & pvm_compiler::code::localsplus::FREE != 0)
    else {
        return Err(vm.new_error("RuntimeError", "super(): __class__ cell not found"));
    };
    let cls = match vm.stack[base + i].payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => Value::Null,
    };
    match cls {
        Value::Obj(c) if matches!(c.payload, Payload::Type(_)) => Ok((c, first)),
        _ => Err(vm.new_error("RuntimeError", "super(): empty __class__ cell")),
    }
}

fn enumerate_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    drop_cls(&mut args);
    let [iterable, start] = args.bind(vm, "enumerate", ["iterable", "start"], 1)?;
    let it = vm.iter(&iterable)?;
    let count = if start.is_null() {
        Value::Int(0)
    } else {
        vm.index_value(&start)?
    };
    let t = vm.t.enumerate.clone();
    Ok(vm.new_iter(&t, IterState::Enumerate { it, count }))
}

fn zip_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    drop_cls(&mut args);
    let mut strict = false;
    for (k, v) in args.kwargs() {
        if k == "strict" {
            strict = vm.truthy(v)?;
        } else {
            return Err(vm.type_error(format!("zip() got an unexpected keyword argument '{k}'")));
        }
    }
    let mut its = Vec::new();
    for (i, v) in args.pos().to_vec().iter().enumerate() {
        match vm.iter(v) {
            Ok(it) => its.push(it),
            Err(e) => {
                if vm.error_is(&e, "TypeError") {
                    let tn = vm.type_name(v);
                    let _ = i;
                    return Err(vm.type_error(format!("'{tn}' object is not iterable")));
                }
                return Err(e);
            }
        }
    }
    let t = vm.t.zip.clone();
    Ok(vm.new_iter(&t, IterState::Zip { its, strict }))
}

fn map_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    drop_cls(&mut args);
    args.no_kwargs(vm, "map")?;
    let a = args.values.to_vec();
    if a.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let mut its = Vec::new();
    for v in &a[1..] {
        its.push(vm.iter(v)?);
    }
    let t = vm.t.map.clone();
    Ok(vm.new_iter(
        &t,
        IterState::Map {
            func: a[0].clone(),
            its,
        },
    ))
}

fn filter_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    drop_cls(&mut args);
    let a = args.check(vm, "filter", 2, 2)?;
    let it = vm.iter(&a[1])?;
    let t = vm.t.filter.clone();
    Ok(vm.new_iter(
        &t,
        IterState::Filter {
            func: a[0].clone(),
            it,
        },
    ))
}

fn reversed_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    drop_cls(&mut args);
    let a = args.check(vm, "reversed", 1, 1)?;
    let seq = a[0].clone();
    let ty = vm.type_of(&seq).clone();
    if let Some(f) = vm.lookup_special(&ty, "__reversed__") {
        if f.is_none() {
            let tn = vm.type_name(&seq);
            return Err(vm.type_error(format!("'{tn}' object is not reversible")));
        }
        return vm.call(&f, [seq]);
    }
    let has_getitem = vm.lookup_special(&ty, "__getitem__").is_some();
    let has_len = vm.lookup_special(&ty, "__len__").is_some();
    if !has_getitem || !has_len || matches!(seq.payload(), Some(Payload::Dict(_))) {
        let tn = vm.type_name(&seq);
        return Err(vm.type_error(format!("'{tn}' object is not reversible")));
    }
    let n = vm.len(&seq)? as i64;
    let t = vm.t.reversed.clone();
    Ok(vm.new_iter(
        &t,
        IterState::SeqReverse {
            obj: seq,
            index: n - 1,
        },
    ))
}

fn cell_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    drop_cls(&mut args);
    let v = args.values.first().cloned().unwrap_or(Value::Null);
    Ok(vm.new_cell(v))
}

fn none_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 1 {
        return Err(vm.type_error("NoneType takes no arguments"));
    }
    Ok(Value::None)
}

/// `types.MethodType(function, instance)`.
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "method", 3, 3)?;
    if !vm.is_callable(&a[1]) {
        return Err(vm.type_error("first argument must be callable"));
    }
    if a[2].is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.bound_method(a[1].clone(), a[2].clone()))
}

fn ellipsis_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.ellipsis.clone()))
}

fn not_implemented_new(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Obj(vm.not_implemented.clone()))
}

fn none_bool(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn method_get(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values.first().cloned().unwrap_or(Value::None))
}

macro_rules! number_part {
    ($($f:ident => $name:literal;)*) => {
        $(
            fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> {
                let v = args.values.first().cloned().unwrap_or(Value::None);
                Ok(crate::builtins::attrs::payload_attr(vm, &v, $name)?.unwrap_or(Value::None))
            }
        )*
    };
}

number_part! {
    part_real => "real";
    part_imag => "imag";
    part_numerator => "numerator";
    part_denominator => "denominator";
}

/// The number parts (`real`, `imag`, ...) as properties on the number
/// types, so `dir(int)` lists them as CPython's getset descriptors do.
pub fn install_number_parts(vm: &mut Vm) {
    let parts: [(&'static str, crate::payload::NativeFn); 4] = [
        ("real", part_real),
        ("imag", part_imag),
        ("numerator", part_numerator),
        ("denominator", part_denominator),
    ];
    for (ty, n) in [
        (vm.t.int.clone(), 4),
        (vm.t.float.clone(), 2),
        (vm.t.complex.clone(), 2),
    ] {
        for &(name, f) in &parts[..n] {
            let getter = vm.new_native(name, f, NativeKind::Function, Some(ty.clone()));
            let prop = ObjRef::new(
                vm.t.property.clone(),
                Payload::Property(Box::new([
                    Value::Obj(getter),
                    Value::None,
                    Value::None,
                    Value::None,
                ])),
            );
            vm.set_type_attr(&ty, name, Value::Obj(prop));
        }
    }
}

/// Installs the types of this module.
pub fn install(vm: &mut Vm) {
    let range = vm.t.range.clone();
    vm.add_methods(
        &range,
        &[
            ("__new__", range_new, NativeKind::StaticMethod),
            ("index", range_index, NativeKind::Method),
            ("count", range_count, NativeKind::Method),
            ("__reversed__", range_reversed, NativeKind::Method),
        ],
    );
    crate::builtins::slots::install_compare(vm, &range);
    crate::builtins::slots::install_basic(vm, &range, true);
    crate::builtins::slots::install_container(vm, &range, false);
    let slice = vm.t.slice.clone();
    vm.add_methods(
        &slice,
        &[
            ("__new__", slice_new, NativeKind::StaticMethod),
            ("indices", slice_indices, NativeKind::Method),
        ],
    );
    crate::builtins::slots::install_compare(vm, &slice);
    crate::builtins::slots::install_basic(vm, &slice, false);
    let property = vm.t.property.clone();
    vm.add_methods(
        &property,
        &[
            ("__new__", property_new, NativeKind::StaticMethod),
            ("__init__", property_init, NativeKind::Method),
            ("getter", property_getter, NativeKind::Method),
            ("setter", property_setter, NativeKind::Method),
            ("deleter", property_deleter, NativeKind::Method),
            ("__get__", property_get, NativeKind::Method),
            ("__set__", property_set, NativeKind::Method),
        ],
    );
    let cm = vm.t.classmethod.clone();
    vm.add_methods(
        &cm,
        &[
            ("__new__", classmethod_new, NativeKind::StaticMethod),
            ("__get__", wrapper_get, NativeKind::Method),
        ],
    );
    let sm = vm.t.staticmethod.clone();
    vm.add_methods(
        &sm,
        &[
            ("__new__", staticmethod_new, NativeKind::StaticMethod),
            ("__get__", wrapper_get, NativeKind::Method),
            ("__call__", staticmethod_call, NativeKind::Method),
        ],
    );
    for t in [property.clone(), cm.clone(), sm.clone()] {
        let td = types::data(&t);
        td.flags.set(td.flags.get() | types::BASETYPE);
    }
    let f = vm.t.function.clone();
    vm.add_methods(
        &f,
        &[
            ("__get__", function_get, NativeKind::Method),
            ("__call__", function_call, NativeKind::Method),
        ],
    );
    let m = vm.t.method.clone();
    vm.add_methods(
        &m,
        &[
            ("__call__", function_call, NativeKind::Method),
            ("__get__", method_get, NativeKind::Method),
            ("__new__", method_new, NativeKind::StaticMethod),
        ],
    );
    let bf = vm.t.builtin_function.clone();
    vm.add_methods(&bf, &[("__call__", function_call, NativeKind::Method)]);
    let sup = vm.t.super_.clone();
    vm.add_methods(&sup, &[("__new__", super_new, NativeKind::StaticMethod)]);
    let cell = vm.t.cell.clone();
    vm.add_methods(&cell, &[("__new__", cell_new, NativeKind::StaticMethod)]);
    let e = vm.t.ellipsis.clone();
    vm.add_methods(&e, &[("__new__", ellipsis_new, NativeKind::StaticMethod)]);
    let ni = vm.t.not_implemented.clone();
    vm.add_methods(
        &ni,
        &[("__new__", not_implemented_new, NativeKind::StaticMethod)],
    );
    let none = vm.t.none.clone();
    vm.add_methods(
        &none,
        &[
            ("__new__", none_new, NativeKind::StaticMethod),
            ("__bool__", none_bool, NativeKind::Method),
        ],
    );
    let constructors: [(ObjRef, crate::payload::NativeFn); 5] = [
        (vm.t.enumerate.clone(), enumerate_new),
        (vm.t.zip.clone(), zip_new),
        (vm.t.map.clone(), map_new),
        (vm.t.filter.clone(), filter_new),
        (vm.t.reversed.clone(), reversed_new),
    ];
    for (ty, f) in constructors {
        vm.add_methods(&ty, &[("__new__", f, NativeKind::StaticMethod)]);
        let td = types::data(&ty);
        td.flags.set(td.flags.get() | types::BASETYPE);
    }
    let iterators = [
        vm.t.list_iterator.clone(),
        vm.t.list_reverseiterator.clone(),
        vm.t.tuple_iterator.clone(),
        vm.t.range_iterator.clone(),
        vm.t.str_iterator.clone(),
        vm.t.str_iterator_unicode.clone(),
        vm.t.bytes_iterator.clone(),
        vm.t.bytearray_iterator.clone(),
        vm.t.dict_keyiterator.clone(),
        vm.t.dict_valueiterator.clone(),
        vm.t.dict_itemiterator.clone(),
        vm.t.dict_reversekeyiterator.clone(),
        vm.t.set_iterator.clone(),
        vm.t.seq_iterator.clone(),
        vm.t.callable_iterator.clone(),
        vm.t.enumerate.clone(),
        vm.t.zip.clone(),
        vm.t.map.clone(),
        vm.t.filter.clone(),
        vm.t.reversed.clone(),
    ];
    for ty in iterators {
        crate::builtins::slots::install_iterator(vm, &ty);
    }
}
