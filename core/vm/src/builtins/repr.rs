//! `repr()` of built-in objects, exactly as CPython prints them.

use crate::payload::{GenKind, NativeKind, Payload, ViewKind};
use crate::types;
use crate::value::Value;
use crate::{PyResult, Vm};

thread_local! {
    static IN_PROGRESS: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Runs `f` unless `addr` is already being printed (then returns `recursive`).
fn guarded(
    vm: &mut Vm,
    addr: usize,
    recursive: &str,
    f: impl FnOnce(&mut Vm) -> PyResult<String>,
) -> PyResult<String> {
    if IN_PROGRESS.with(|p| p.borrow().contains(&addr)) {
        return Ok(recursive.to_string());
    }
    IN_PROGRESS.with(|p| p.borrow_mut().push(addr));
    let r = f(vm);
    IN_PROGRESS.with(|p| p.borrow_mut().retain(|a| *a != addr));
    r
}

fn join_reprs(vm: &mut Vm, items: &[Value]) -> PyResult<String> {
    let mut out = String::new();
    for (i, v) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&vm.repr(v)?);
    }
    Ok(out)
}

/// `repr()` of a str: lone surrogates' stand-ins print as the surrogates'
/// escapes (`'\ud800'`), as CPython prints the surrogates themselves.
pub fn repr_str(s: &str) -> String {
    if !crate::surrogates::contains(s) {
        return pvm_syntax::pyrepr::repr_str(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    pvm_syntax::pyrepr::write_repr_code_points(&mut out, &crate::surrogates::code_points(s));
    out
}

/// `repr()` of a value whose type is built in.
pub fn native_repr(vm: &mut Vm, v: &Value) -> PyResult<String> {
    let Value::Obj(o) = v else {
        return vm.repr(v);
    };
    let addr = o.addr();
    if o.ty().is(&vm.t.union) || o.ty().is(&vm.t.generic_alias) {
        return crate::builtins::functions::alias_repr(vm, o);
    }
    if o.ty().is(&vm.t.member_descriptor) {
        let name = crate::attr::get_dict_attr(vm, o, "__name__").unwrap_or(Value::None);
        let owner = crate::attr::get_dict_attr(vm, o, "__qualname_owner__").unwrap_or(Value::None);
        return Ok(format!(
            "<member '{}' of '{}' objects>",
            name.as_str().unwrap_or("?"),
            owner.as_str().unwrap_or("?")
        ));
    }
    if o.ty().is(&vm.t.mappingproxy) {
        let Payload::Dict(d) = &o.payload else {
            return Ok("mappingproxy()".into());
        };
        let copy = d.borrow().clone();
        let plain = Value::Obj(crate::object::ObjRef::new(
            vm.t.dict.clone(),
            Payload::Dict(Box::new(std::cell::RefCell::new(copy))),
        ));
        return Ok(format!("mappingproxy({})", vm.repr(&plain)?));
    }
    Ok(match &o.payload {
        Payload::Str(s) => repr_str(s.as_str()),
        Payload::Int(b) => crate::format::int_to_decimal(vm, b)?,
        Payload::Float(f) => pvm_syntax::pyrepr::repr_float(*f),
        Payload::Complex(r, i) => complex_repr(*r, *i),
        Payload::Bytes(b) => pvm_syntax::pyrepr::repr_bytes(b),
        Payload::ByteArray(b) => {
            format!("bytearray({})", pvm_syntax::pyrepr::repr_bytes(&b.borrow()))
        }
        Payload::MemoryView(m) => crate::builtins::memoryview::repr(m, addr),
        Payload::List(l) => {
            let items = l.borrow().clone();
            guarded(vm, addr, "[...]", |vm| {
                Ok(format!("[{}]", join_reprs(vm, &items)?))
            })?
        }
        Payload::Tuple(t) => {
            let items = t.to_vec();
            guarded(vm, addr, "(...)", |vm| {
                let inner = join_reprs(vm, &items)?;
                Ok(if items.len() == 1 {
                    format!("({inner},)")
                } else {
                    format!("({inner})")
                })
            })?
        }
        Payload::Dict(d) => {
            let items: Vec<(Value, Value)> = d.borrow().items();
            guarded(vm, addr, "{...}", |vm| {
                let mut out = String::from("{");
                for (i, (k, v)) in items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&vm.repr(k)?);
                    out.push_str(": ");
                    out.push_str(&vm.repr(v)?);
                }
                out.push('}');
                Ok(out)
            })?
        }
        Payload::Set(s) => {
            let items: Vec<Value> = s.borrow().iter().cloned().collect();
            let name = types::name(o.ty());
            guarded(vm, addr, &format!("{name}(...)"), |vm| {
                if items.is_empty() {
                    return Ok(format!("{name}()"));
                }
                let inner = join_reprs(vm, &items)?;
                Ok(if o.ty().is(&vm.t.set) {
                    format!("{{{inner}}}")
                } else {
                    format!("{name}({{{inner}}})")
                })
            })?
        }
        Payload::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Payload::Slice(s) => {
            let (a, b, c) = (s[0].clone(), s[1].clone(), s[2].clone());
            format!(
                "slice({}, {}, {})",
                vm.repr(&a)?,
                vm.repr(&b)?,
                vm.repr(&c)?
            )
        }
        Payload::Type(_) => {
            let f = vm
                .lookup_special(&vm.type_.clone(), "__repr__")
                .expect("type repr");
            let r = vm.call(&f, [v.clone()])?;
            r.as_str().unwrap_or("").to_string()
        }
        Payload::Function(f) => format!(
            "<function {} at {addr:#x}>",
            f.qualname.borrow().as_str().unwrap_or("?")
        ),
        Payload::Native(n) => match (&n.owner, n.kind, n.receiver.is_null()) {
            (Some(t), NativeKind::Method, true) => {
                format!("<method '{}' of '{}' objects>", n.name, types::name(t))
            }
            (Some(_), _, false) => {
                let recv = n.receiver.clone();
                if let Some(Payload::Type(_)) = recv.payload() {
                    format!(
                        "<built-in method {} of type object at {:#x}>",
                        n.name,
                        recv.as_obj().map_or(0, |o| o.addr())
                    )
                } else {
                    let tn = vm.type_name(&recv);
                    format!(
                        "<built-in method {} of {tn} object at {:#x}>",
                        n.name,
                        recv.as_obj().map_or(0, |o| o.addr())
                    )
                }
            }
            _ => format!("<built-in function {}>", n.name),
        },
        Payload::BoundMethod(b) => {
            let (f, s) = (b.0.clone(), b.1.clone());
            let qual = match f.payload() {
                Some(Payload::Function(func)) => {
                    func.qualname.borrow().as_str().unwrap_or("?").to_string()
                }
                _ => vm
                    .get_attr_str(&f, "__qualname__")
                    .ok()
                    .and_then(|q| q.as_str().map(str::to_string))
                    .unwrap_or_default(),
            };
            format!("<bound method {qual} of {}>", vm.repr(&s)?)
        }
        Payload::Cell(c) => {
            let inner = c.borrow().clone();
            if inner.is_null() {
                format!("<cell at {addr:#x}: empty>")
            } else {
                let tn = vm.type_name(&inner);
                format!(
                    "<cell at {addr:#x}: {tn} object at {:#x}>",
                    inner.as_obj().map_or(0, |o| o.addr())
                )
            }
        }
        Payload::Code(c) => format!(
            "<code object {} at {addr:#x}, file \"{}\", line {}>",
            c.name.as_str_payload().unwrap_or("?"),
            c.filename(),
            c.source.firstlineno
        ),
        Payload::Module(_) => crate::import::module_repr(vm, v.as_obj().expect("module")),
        Payload::NotImplemented => "NotImplemented".into(),
        Payload::Ellipsis => "Ellipsis".into(),
        Payload::Generator(g) => {
            let g = g.borrow();
            let kind = match g.kind {
                GenKind::Generator => "generator",
                GenKind::Coroutine => "coroutine",
                GenKind::AsyncGenerator => "async_generator",
            };
            format!(
                "<{kind} object {} at {addr:#x}>",
                g.qualname.as_str().unwrap_or("?")
            )
        }
        Payload::DictView(d, kind) => {
            let name = match kind {
                ViewKind::Keys => "dict_keys",
                ViewKind::Values => "dict_values",
                ViewKind::Items => "dict_items",
            };
            let items: Vec<Value> = match &d.payload {
                Payload::Dict(t) => t
                    .borrow()
                    .iter()
                    .map(|e| match kind {
                        ViewKind::Keys => e.key.clone(),
                        ViewKind::Values => e.value.clone(),
                        ViewKind::Items => Value::Null,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let items: Vec<Value> = if *kind == ViewKind::Items {
                let pairs: Vec<(Value, Value)> = match &d.payload {
                    Payload::Dict(t) => t.borrow().items(),
                    _ => Vec::new(),
                };
                pairs.into_iter().map(|(k, v)| vm.new_pair(k, v)).collect()
            } else {
                items
            };
            guarded(vm, addr, "...", |vm| {
                Ok(format!("{name}([{}])", join_reprs(vm, &items)?))
            })?
        }
        Payload::Property(_) => format!("<property object at {addr:#x}>"),
        Payload::ClassMethod(f) => format!("<classmethod({})>", vm.repr(&f.clone())?),
        Payload::StaticMethod(f) => format!("<staticmethod({})>", vm.repr(&f.clone())?),
        Payload::Super(s) => {
            let (t, obj) = (s.0.clone(), s.1.clone());
            let tn = vm.type_name(&obj);
            format!("<super: <class '{}'>, <{tn} object>>", types::name(&t))
        }
        Payload::Stream(k) => match k {
            crate::payload::StreamKind::Stdout => {
                "<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>".into()
            }
            crate::payload::StreamKind::Stderr => {
                "<_io.TextIOWrapper name='<stderr>' mode='w' encoding='utf-8'>".into()
            }
            crate::payload::StreamKind::Stdin => {
                "<_io.TextIOWrapper name='<stdin>' mode='r' encoding='utf-8'>".into()
            }
        },
        Payload::Exception(_) => {
            let ty = o.ty().clone();
            let f = vm.lookup_special(&ty, "__repr__").expect("repr");
            let r = vm.call(&f, [v.clone()])?;
            r.as_str().unwrap_or("").to_string()
        }
        _ => {
            let tn = vm.type_name(v);
            let module = crate::builtins::type_::module_of(vm, &o.ty().clone());
            if module == "builtins" {
                format!("<{tn} object at {addr:#x}>")
            } else {
                format!("<{module}.{tn} object at {addr:#x}>")
            }
        }
    })
}

/// `repr(complex)`.
pub fn complex_repr(r: f64, i: f64) -> String {
    let fmt = |x: f64| -> String {
        let s = pvm_syntax::pyrepr::repr_float(x);
        s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
    };
    if r == 0.0 && r.is_sign_positive() {
        return format!("{}j", fmt(i));
    }
    // CPython never shows the sign of a NaN.
    let sign = if i.is_sign_negative() && !i.is_nan() {
        "-"
    } else {
        "+"
    };
    format!("({}{sign}{}j)", fmt(r), fmt(i.abs()))
}
