//! The `builtins` namespace, the built-in types' methods, and `sys`.

pub mod attrs;
pub mod bytes;
pub mod bytes_methods;
pub mod cargs;
pub mod codecs;
pub mod dict;
pub mod functions;
pub mod list;
pub mod memoryview;
pub mod misc;
pub mod numbers;
pub mod repr;
pub mod set;
pub mod slots;
pub mod str;
pub mod str_methods;
pub mod sys;
pub mod tuple;
pub mod type_;
pub mod unicode_data;

use crate::value::Value;
use crate::Vm;

/// Fills the builtins namespace and installs every built-in type's methods.
pub fn install(vm: &mut Vm) {
    type_::install(vm);
    let types = [
        ("object", vm.object.clone()),
        ("type", vm.type_.clone()),
        ("int", vm.t.int.clone()),
        ("bool", vm.t.bool.clone()),
        ("float", vm.t.float.clone()),
        ("complex", vm.t.complex.clone()),
        ("str", vm.t.str.clone()),
        ("bytes", vm.t.bytes.clone()),
        ("bytearray", vm.t.bytearray.clone()),
        ("list", vm.t.list.clone()),
        ("tuple", vm.t.tuple.clone()),
        ("dict", vm.t.dict.clone()),
        ("set", vm.t.set.clone()),
        ("frozenset", vm.t.frozenset.clone()),
        ("range", vm.t.range.clone()),
        ("slice", vm.t.slice.clone()),
        ("property", vm.t.property.clone()),
        ("classmethod", vm.t.classmethod.clone()),
        ("staticmethod", vm.t.staticmethod.clone()),
        ("super", vm.t.super_.clone()),
        ("enumerate", vm.t.enumerate.clone()),
        ("zip", vm.t.zip.clone()),
        ("map", vm.t.map.clone()),
        ("filter", vm.t.filter.clone()),
        ("reversed", vm.t.reversed.clone()),
        ("memoryview", vm.t.memoryview.clone()),
    ];
    for (name, ty) in types {
        set_builtin(vm, name, Value::Obj(ty));
    }
    let excs: Vec<(&'static str, crate::object::ObjRef)> =
        vm.exceptions.iter().map(|(k, v)| (*k, v.clone())).collect();
    for (name, ty) in excs {
        set_builtin(vm, name, Value::Obj(ty));
    }
    let os_error = vm.exceptions["OSError"].clone();
    set_builtin(vm, "EnvironmentError", Value::Obj(os_error.clone()));
    set_builtin(vm, "IOError", Value::Obj(os_error));
    for &(name, func) in functions::FUNCTIONS {
        let f = vm.new_native(name, func, crate::payload::NativeKind::Function, None);
        match name {
            "len" => vm.builtin_len = Value::Obj(f.clone()),
            "isinstance" => vm.builtin_isinstance = Value::Obj(f.clone()),
            _ => {}
        }
        set_builtin(vm, name, Value::Obj(f));
    }
    let e = Value::Obj(vm.ellipsis.clone());
    set_builtin(vm, "Ellipsis", e);
    let ni = Value::Obj(vm.not_implemented.clone());
    set_builtin(vm, "NotImplemented", ni);
    set_builtin(vm, "__debug__", Value::Bool(true));
    let n = vm.new_str("builtins");
    set_builtin(vm, "__name__", n);
    numbers::install(vm);
    self::str::install(vm);
    list::install(vm);
    tuple::install(vm);
    dict::install(vm);
    set::install(vm);
    bytes::install(vm);
    misc::install(vm);
    crate::generator::install(vm);
    functions::install_aliases(vm);
    memoryview::install(vm);
    crate::import::install_module_type(vm);
    misc::install_number_parts(vm);
    sys::install(vm);
}

/// Sets a name in the builtins namespace.
pub fn set_builtin(vm: &mut Vm, name: &str, v: Value) {
    let key = vm.intern(name);
    let b = vm.builtins.clone();
    vm.dict_set_str(&b, key, v);
}

/// An attribute of the `sys` module.
pub fn sys_attr(vm: &mut Vm, name: &str) -> Option<Value> {
    let modules = vm.modules.clone();
    let key = vm.intern("sys");
    let sys = vm.dict_get_str(&modules, &key)?;
    let d = sys.as_obj()?.dict.borrow().clone()?;
    let k = vm.intern(name);
    vm.dict_get_str(&d, &k)
}

impl Vm {
    /// The `builtins` module object.
    pub fn builtins_module(&mut self) -> Value {
        let modules = self.modules.clone();
        let key = self.intern("builtins");
        self.dict_get_str(&modules, &key).unwrap_or(Value::None)
    }
}
