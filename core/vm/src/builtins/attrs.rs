//! Attributes that built-in payloads expose (CPython's getset and member
//! descriptors): `__class__`, `__dict__`, function and code attributes,
//! exception state, number parts, range and slice fields, ...

use crate::object::ObjRef;
use crate::payload::{GenKind, Payload};
use crate::types::{self, data as tdata};
use crate::value::Value;
use crate::{PyResult, Vm};

fn instance_dict(vm: &mut Vm, o: &ObjRef) -> Option<Value> {
    // Instances of __slots__ classes keep slot values in a hidden dict.
    let is_module = matches!(o.payload, Payload::Module(_));
    if !tdata(o.ty()).has(types::INSTANCE_DICT)
        && !is_module
        && !matches!(o.payload, Payload::Function(_))
    {
        return None;
    }
    let has = o.dict.borrow().is_some();
    if !has {
        *o.dict.borrow_mut() = Some(vm.new_dict());
    }
    o.dict.borrow().clone().map(Value::Obj)
}

/// A payload attribute of `obj`, if it has one named `name`.
pub fn payload_attr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    if name == "__class__" {
        return Ok(Some(Value::Obj(vm.type_of(obj).clone())));
    }
    let Value::Obj(o) = obj else {
        return Ok(match (obj, name) {
            (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(Value::Int(int_of(obj))),
            (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            _ => None,
        });
    };
    if name == "__dict__" {
        if let Payload::Type(_) = &o.payload {
            return Ok(None);
        }
        return Ok(instance_dict(vm, o));
    }
    Ok(match (&o.payload, name) {
        (Payload::Function(f), _) => match name {
            "__name__" => Some(f.name.borrow().clone()),
            "__qualname__" => Some(f.qualname.borrow().clone()),
            "__defaults__" => Some(f.defaults.borrow().clone()),
            "__kwdefaults__" => Some(f.kwdefaults.borrow().clone()),
            "__code__" => Some(Value::Obj(f.code_obj.clone())),
            "__module__" => Some(f.module.borrow().clone()),
            "__globals__" => Some(Value::Obj(f.globals.clone())),
            "__doc__" => Some(f.doc.borrow().clone()),
            "__closure__" => Some(match &f.closure {
                Some(cells) => vm.new_tuple(cells.iter().map(|c| Value::Obj(c.clone())).collect()),
                None => Value::None,
            }),
            "__annotations__" => {
                let cur = f.annotations.borrow().clone();
                Some(if cur.is_null() || cur.is_none() {
                    let d = Value::Obj(vm.new_dict());
                    *f.annotations.borrow_mut() = d.clone();
                    d
                } else {
                    cur
                })
            }
            "__builtins__" => Some(Value::Obj(vm.builtins.clone())),
            _ => None,
        },
        (Payload::BoundMethod(b), _) => match name {
            "__self__" => Some(b.1.clone()),
            "__func__" => Some(b.0.clone()),
            "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                let f = b.0.clone();
                return vm.get_attr_str(&f, name).map(Some);
            }
            _ => None,
        },
        (Payload::Native(n), _) => match name {
            "__name__" => Some(vm.new_str(n.name)),
            "__qualname__" => Some(match &n.owner {
                Some(t) => vm.new_str(format!("{}.{}", types::name(t), n.name)),
                None => vm.new_str(n.name),
            }),
            "__self__" => Some(if n.receiver.is_null() {
                Value::None
            } else {
                n.receiver.clone()
            }),
            "__doc__" => Some(Value::None),
            "__module__" => Some(if n.owner.is_none() {
                vm.new_str("builtins")
            } else {
                Value::None
            }),
            "__text_signature__" => Some(Value::None),
            _ => None,
        },
        (Payload::Exception(d), _) => match name {
            "args" => Some(d.borrow().args.clone()),
            "__traceback__" => Some(d.borrow().traceback.clone()),
            "__cause__" => Some(d.borrow().cause.clone()),
            "__context__" => Some(d.borrow().context.clone()),
            "__suppress_context__" => Some(Value::Bool(d.borrow().suppress_context)),
            _ => None,
        },
        (Payload::MemoryView(m), _) => return crate::builtins::memoryview::attr(vm, m, name),
        (Payload::Traceback(t), _) => match name {
            "tb_next" => Some(t.next.clone().map_or(Value::None, Value::Obj)),
            "tb_lineno" => Some(
                t.code
                    .line_of(t.lasti)
                    .map_or(Value::None, |l| Value::Int(l as i64)),
            ),
            "tb_lasti" => Some(Value::Int(
                t.code.offsets.get(t.lasti).copied().unwrap_or(0) as i64 * 2,
            )),
            "tb_frame" => Some(crate::frame_object::of_traceback(vm, t)?),
            _ => None,
        },
        (Payload::Code(c), _) => {
            let src = &c.source;
            let strs = |vm: &mut Vm, v: &[pvm_compiler::code::Name]| {
                let items = v.iter().map(|s| vm.new_str(s.as_str())).collect();
                vm.new_tuple(items)
            };
            match name {
                "co_name" => Some(Value::Obj(c.name.clone())),
                "co_qualname" => Some(Value::Obj(c.qualname.clone())),
                "co_filename" => Some(vm.new_str(src.filename.as_str())),
                "co_firstlineno" => Some(Value::Int(src.firstlineno as i64)),
                "co_argcount" => Some(Value::Int(src.argcount as i64)),
                "co_posonlyargcount" => Some(Value::Int(src.posonlyargcount as i64)),
                "co_kwonlyargcount" => Some(Value::Int(src.kwonlyargcount as i64)),
                "co_nlocals" => Some(Value::Int(src.nlocals as i64)),
                "co_stacksize" => Some(Value::Int(src.stacksize as i64)),
                "co_flags" => Some(Value::Int(src.flags as i64)),
                "co_varnames" => Some(strs(vm, &src.varnames)),
                "co_cellvars" => Some(strs(vm, &src.cellvars)),
                "co_freevars" => Some(strs(vm, &src.freevars)),
                "co_names" => Some(strs(vm, &src.names)),
                "co_consts" => Some(vm.new_tuple(c.consts.clone())),
                _ => None,
            }
        }
        (Payload::Int(b), "real" | "numerator") => Some(vm.new_int_big(b.clone())),
        (Payload::Int(_), "imag") => Some(Value::Int(0)),
        (Payload::Int(_), "denominator") => Some(Value::Int(1)),
        (Payload::Float(f), "real") => Some(Value::Float(*f)),
        (Payload::Float(_), "imag") => Some(Value::Float(0.0)),
        (Payload::Complex(r, _), "real") => Some(Value::Float(*r)),
        (Payload::Complex(_, i), "imag") => Some(Value::Float(*i)),
        (Payload::Range(r), "start") => Some(vm.int_value(r.start)),
        (Payload::Range(r), "stop") => Some(vm.int_value(r.stop)),
        (Payload::Range(r), "step") => Some(vm.int_value(r.step)),
        (Payload::Slice(s), "start") => Some(s[0].clone()),
        (Payload::Slice(s), "stop") => Some(s[1].clone()),
        (Payload::Slice(s), "step") => Some(s[2].clone()),
        (Payload::Property(p), "fget") => Some(none_if_null(&p[0])),
        (Payload::Property(p), "fset") => Some(none_if_null(&p[1])),
        (Payload::Property(p), "fdel") => Some(none_if_null(&p[2])),
        (Payload::Property(p), "__doc__") => Some(none_if_null(&p[3])),
        (Payload::ClassMethod(f) | Payload::StaticMethod(f), "__func__" | "__wrapped__") => {
            Some(f.clone())
        }
        (Payload::Property(p), "__isabstractmethod__") => {
            // A subclass's own class attribute wins (abc.abstractproperty).
            let ty = o.ty().clone();
            if vm.lookup_special(&ty, "__isabstractmethod__").is_some() {
                return Ok(None);
            }
            // Abstract when any of its accessors is (property_get___isabstractmethod__).
            let key = vm.intern("__isabstractmethod__");
            for f in p[..3].iter().filter(|f| !f.is_null() && !f.is_none()) {
                if let Some(flag) = vm.get_attr_opt(f, &key)? {
                    if vm.truthy(&flag)? {
                        return Ok(Some(Value::Bool(true)));
                    }
                }
            }
            Some(Value::Bool(false))
        }
        (Payload::ClassMethod(f) | Payload::StaticMethod(f), "__isabstractmethod__") => {
            let key = vm.intern("__isabstractmethod__");
            return vm.get_attr_opt(f, &key);
        }
        (Payload::Cell(c), "cell_contents") => {
            let v = c.borrow().clone();
            if v.is_null() {
                return Err(vm.value_error("Cell is empty"));
            }
            Some(v)
        }
        (Payload::Generator(g), _) => {
            let g = g.borrow();
            let prefix = match g.kind {
                GenKind::Generator => "gi_",
                GenKind::Coroutine => "cr_",
                GenKind::AsyncGenerator => "ag_",
            };
            match name {
                "__name__" => Some(g.name.clone()),
                "__qualname__" => Some(g.qualname.clone()),
                _ if name.starts_with(prefix) => match &name[3..] {
                    "running" => Some(Value::Bool(g.running)),
                    "suspended" => Some(Value::Bool(g.frame.is_some() && g.started && !g.running)),
                    "code" => Some(Value::Obj(ObjRef::new(
                        vm.t.code.clone(),
                        Payload::Code(g.code.clone()),
                    ))),
                    "frame" => Some(match g.frame.as_ref() {
                        Some(frame) => {
                            let parts = crate::frame_object::Parts {
                                code: frame.code.clone(),
                                lasti: frame.lasti,
                                globals: frame.globals.clone(),
                                builtins: frame.builtins.clone(),
                            };
                            let values = g.frame.values.clone();
                            drop(g);
                            crate::frame_object::of_suspended(vm, parts, &values)?
                        }
                        // Running: its frame is among the live ones.
                        None if g.running => {
                            drop(g);
                            let me = obj.as_obj();
                            let running = vm.frames.iter().rposition(|f| {
                                f.generator
                                    .as_ref()
                                    .is_some_and(|x| me.is_some_and(|m| x.is(m)))
                            });
                            match running {
                                Some(i) => crate::frame_object::live(vm, i)?,
                                None => Value::None,
                            }
                        }
                        None => Value::None,
                    }),
                    "yieldfrom" | "await" => Some(Value::None),
                    _ => None,
                },
                _ => None,
            }
        }
        (Payload::Super(s), _) => return super_attr(vm, &s.0, &s.1, name),
        (Payload::Module(m), "__name__") => {
            let key = vm.intern("__name__");
            let d = o.dict.borrow().clone();
            match d.and_then(|d| vm.dict_get_str(&d, &key)) {
                Some(v) => Some(v),
                None => Some(vm.new_str(&**m)),
            }
        }
        _ => None,
    })
}

fn none_if_null(v: &Value) -> Value {
    if v.is_null() {
        Value::None
    } else {
        v.clone()
    }
}

fn int_of(v: &Value) -> i64 {
    match v {
        Value::Int(i) => *i,
        Value::Bool(b) => *b as i64,
        _ => 0,
    }
}

/// `super().name` for a method call: the Python function `name` names
/// after `start` in the MRO of the instance's class, and the instance,
/// with no bound method made. None when the general lookup must run (a
/// type as the object, a descriptor, an attribute of `super` itself).
pub(crate) fn super_method(sup: &ObjRef, name: &ObjRef) -> Option<(Value, Value)> {
    let Payload::Super(pair) = &sup.payload else {
        return None;
    };
    let (start, obj) = &**pair;
    let Value::Obj(o) = obj else {
        return None;
    };
    let n = name.as_str_payload()?;
    // The names `super_attr` answers from the super object itself.
    let own = matches!(
        n,
        "__class__" | "__thisclass__" | "__self__" | "__self_class__"
    );
    if own || matches!(o.payload, Payload::Type(_)) {
        return None;
    }
    let v = lookup_after(start, o.ty(), n, crate::vm::key_hash(name))?;
    match v.payload() {
        Some(Payload::Function(_)) => Some((v, obj.clone())),
        _ => None,
    }
}

/// `name` in the namespaces of the classes after `start` in `obj_type`'s
/// MRO (what a super object finds, before descriptors); `hash` is the
/// name's str hash.
fn lookup_after(start: &ObjRef, obj_type: &ObjRef, name: &str, hash: i64) -> Option<Value> {
    let mro = tdata(obj_type).mro.borrow();
    let pos = mro.iter().position(|t| t.is(start))?;
    mro[pos + 1..]
        .iter()
        .find_map(|t| tdata(t).dict.borrow().get_str(name, hash).cloned())
}

/// Attribute lookup through a `super` object.
fn super_attr(vm: &mut Vm, start: &ObjRef, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match name {
        "__class__" => return Ok(None),
        "__thisclass__" => return Ok(Some(Value::Obj(start.clone()))),
        "__self__" => return Ok(Some(obj.clone())),
        "__self_class__" => {
            return Ok(Some(match obj {
                Value::Obj(o) if matches!(o.payload, Payload::Type(_)) => obj.clone(),
                _ => Value::Obj(vm.type_of(obj).clone()),
            }))
        }
        _ => {}
    }
    let obj_type = match obj {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && types::is_subtype(o, start) => {
            o.clone()
        }
        _ => vm.type_of(obj).clone(),
    };
    let hash = crate::str::hash_text(name, name.is_ascii());
    let Some(v) = lookup_after(start, &obj_type, name, hash) else {
        return Ok(None);
    };
    let inst_is_type = matches!(obj, Value::Obj(o) if o.is(&obj_type));
    Ok(Some(match v.payload() {
        Some(Payload::Function(_)) if inst_is_type => v,
        Some(Payload::Native(n))
            if inst_is_type && n.kind == crate::payload::NativeKind::Method =>
        {
            v
        }
        _ => {
            let inst = if inst_is_type {
                Value::None
            } else {
                obj.clone()
            };
            if inst.is_none() {
                match v.payload() {
                    Some(Payload::ClassMethod(f)) => vm.bound_method(f.clone(), obj.clone()),
                    Some(Payload::StaticMethod(f)) => f.clone(),
                    Some(Payload::Native(n))
                        if n.kind == crate::payload::NativeKind::ClassMethod =>
                    {
                        vm.descr_get(&v, obj, &obj_type)?
                    }
                    _ => v,
                }
            } else {
                vm.descr_get(&v, &inst, &obj_type)?
            }
        }
    }))
}

/// Attributes every type object has.
pub fn type_attr(vm: &mut Vm, ty: &ObjRef, name: &str) -> PyResult<Option<Value>> {
    let td = tdata(ty);
    Ok(match name {
        "__name__" => Some(vm.new_str(td.name.borrow().as_str())),
        "__qualname__" => Some(vm.new_str(td.qualname.borrow().as_str())),
        "__mro__" => {
            let items = td
                .mro
                .borrow()
                .iter()
                .map(|t| Value::Obj(t.clone()))
                .collect();
            Some(vm.new_tuple(items))
        }
        "__bases__" => {
            let items = td
                .bases
                .borrow()
                .iter()
                .map(|t| Value::Obj(t.clone()))
                .collect();
            Some(vm.new_tuple(items))
        }
        "__base__" => Some(
            td.bases
                .borrow()
                .first()
                .cloned()
                .map_or(Value::None, Value::Obj),
        ),
        "__dict__" => {
            let copy = td.dict.borrow().clone();
            Some(Value::Obj(ObjRef::new(
                vm.t.mappingproxy.clone(),
                Payload::Dict(Box::new(std::cell::RefCell::new(copy))),
            )))
        }
        "__module__" if !td.has(types::HEAP) => Some(vm.new_str("builtins")),
        "__doc__" if !td.has(types::HEAP) => Some(Value::None),
        "__class__" => Some(Value::Obj(ty.ty().clone())),
        _ => None,
    })
}

/// Sets a payload attribute; false when `name` is not one.
pub fn set_payload_attr(vm: &mut Vm, o: &ObjRef, name: &str, value: &Value) -> PyResult<bool> {
    match (&o.payload, name) {
        (Payload::Function(f), _) => {
            let slot = match name {
                "__name__" => &f.name,
                "__qualname__" => &f.qualname,
                "__defaults__" => &f.defaults,
                "__kwdefaults__" => &f.kwdefaults,
                "__doc__" => &f.doc,
                "__annotations__" => &f.annotations,
                "__module__" => &f.module,
                _ => return Ok(false),
            };
            let v = if value.is_null() {
                Value::None
            } else {
                value.clone()
            };
            let bad = match name {
                "__defaults__" => !v.is_none() && !matches!(v.payload(), Some(Payload::Tuple(_))),
                "__kwdefaults__" => !v.is_none() && !matches!(v.payload(), Some(Payload::Dict(_))),
                "__name__" | "__qualname__" => v.as_str().is_none(),
                _ => false,
            };
            if bad {
                let what = match name {
                    "__defaults__" => "__defaults__ must be set to a tuple object".to_string(),
                    "__kwdefaults__" => "__kwdefaults__ must be set to a dict object".to_string(),
                    _ => format!("{name} must be set to a string object"),
                };
                return Err(vm.type_error(what));
            }
            if name == "__defaults__" {
                f.positional
                    .set(crate::payload::Function::positional_range(&f.code, &v));
            }
            *slot.borrow_mut() = v;
            Ok(true)
        }
        (Payload::Exception(d), _) => {
            let mut d = d.borrow_mut();
            match name {
                "args" => {
                    drop(d);
                    let items = vm.to_vec(value)?;
                    let t = vm.new_tuple(items);
                    if let Payload::Exception(d) = &o.payload {
                        d.borrow_mut().args = t;
                    }
                }
                "__traceback__" => d.traceback = value.clone(),
                "__cause__" => {
                    d.cause = value.clone();
                    d.suppress_context = true;
                }
                "__context__" => d.context = value.clone(),
                "__suppress_context__" => d.suppress_context = matches!(value, Value::Bool(true)),
                _ => return Ok(false),
            }
            Ok(true)
        }
        (_, "__class__") => Err(vm.not_implemented_error("assigning __class__")),
        (_, "__dict__") => match value.payload() {
            Some(Payload::Dict(_)) => {
                *o.dict.borrow_mut() = value.as_obj().cloned();
                Ok(true)
            }
            _ => {
                let tn = vm.type_name(value);
                Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{tn}'"
                )))
            }
        },
        _ => Ok(false),
    }
}
