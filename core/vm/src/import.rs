//! The import statement. Native modules (`sys`, `builtins`) come from
//! `sys.modules`; importing Python files arrives with the module system
//! (issue 6), until then other names raise ModuleNotFoundError.

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};

/// `IMPORT_NAME`: the module (the top package unless `fromlist` is given).
pub fn import_name(vm: &mut Vm, name: &ObjRef, fromlist: &Value, level: &Value) -> PyResult<Value> {
    let n = name.as_str_payload().unwrap_or("").to_string();
    if matches!(level, Value::Int(l) if *l > 0) {
        return Err(vm.new_error(
            "ImportError",
            "attempted relative import with no known parent package",
        ));
    }
    let top = n.split('.').next().unwrap_or("").to_string();
    let modules = vm.modules.clone();
    let key = vm.intern(&n);
    match vm.dict_get_str(&modules, &key) {
        Some(m) => {
            if fromlist.is_none()
                || matches!(fromlist.payload(), Some(Payload::Tuple(t)) if t.is_empty())
            {
                let tkey = vm.intern(&top);
                return Ok(vm.dict_get_str(&modules, &tkey).unwrap_or(m));
            }
            Ok(m)
        }
        None => {
            let e = vm.new_error("ModuleNotFoundError", format!("No module named '{n}'"));
            vm.set_attr_direct(&e, "name", Value::Obj(key));
            Err(e)
        }
    }
}

/// `IMPORT_FROM`: an attribute of the module.
pub fn import_from(vm: &mut Vm, module: &Value, name: &ObjRef) -> PyResult<Value> {
    match vm.get_attr_opt(module, name)? {
        Some(v) => Ok(v),
        None => {
            let mname = match module.payload() {
                Some(Payload::Module(m)) => m.to_string(),
                _ => "?".into(),
            };
            let n = name.as_str_payload().unwrap_or("?");
            Err(vm.new_error(
                "ImportError",
                format!("cannot import name '{n}' from '{mname}' (unknown location)"),
            ))
        }
    }
}

/// `IMPORT_STAR`: copies the module's public names into `locals`.
pub fn import_star(vm: &mut Vm, module: &Value, locals: &Value) -> PyResult<()> {
    let Value::Obj(m) = module else {
        return Ok(());
    };
    let Some(dict) = m.dict.borrow().clone() else {
        return Ok(());
    };
    let items: Vec<(Value, Value)> = match &dict.payload {
        Payload::Dict(d) => d.borrow().items(),
        _ => Vec::new(),
    };
    for (k, v) in items {
        if k.as_str().is_some_and(|s| !s.starts_with('_')) {
            vm.set_item(locals, &k, v)?;
        }
    }
    Ok(())
}

/// Creates a module object with a fresh namespace.
pub fn new_module(vm: &mut Vm, name: &str) -> ObjRef {
    let dict = vm.new_dict();
    let m = ObjRef::with_dict(
        vm.t.module.clone(),
        Payload::Module(name.into()),
        Some(dict.clone()),
    );
    let k = vm.intern("__name__");
    let v = vm.new_str(name);
    vm.dict_set_str(&dict, k, v);
    let modules = vm.modules.clone();
    let key = vm.intern(name);
    vm.dict_set_str(&modules, key, Value::Obj(m.clone()));
    m
}

/// An attribute bag (frame stand-ins for `tb_frame`, `gi_frame`).
pub fn new_detached_namespace(vm: &mut Vm) -> ObjRef {
    let dict = vm.new_dict();
    ObjRef::with_dict(
        vm.t.module.clone(),
        Payload::Module("frame".into()),
        Some(dict),
    )
}
