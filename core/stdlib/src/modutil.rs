//! Helpers shared by the data modules (`_struct`, `binascii`, `zlib`,
//! `_hashlib`, `_json`): module-level exception classes such as
//! `struct.error`, and reading the bytes of bytes-like arguments.

use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// Creates the exception class `qualname` (e.g. "struct.error") deriving
/// from the built-in exception `base`, and stores it in `module` as
/// `attr`.
pub(crate) fn add_exception(
    vm: &mut Vm,
    module: &ObjRef,
    attr: &str,
    qualname: &str,
    base: &Value,
) -> PyResult<ObjRef> {
    let (module_name, name) = qualname.rsplit_once('.').unwrap_or(("builtins", qualname));
    let ns = vm.new_dict();
    let key = vm.new_str("__module__");
    let m = vm.new_str(module_name);
    vm.dict_set(&ns, key, m)?;
    let name = vm.new_str(name);
    let bases = vm.new_tuple(vec![base.clone()]);
    let cls = vm.call(
        &Value::Obj(vm.type_.clone()),
        vec![name, bases, Value::Obj(ns)],
    )?;
    vm.set_attr_direct(module, attr, cls.clone());
    match cls {
        Value::Obj(c) => Ok(c),
        _ => Err(vm.type_error("type() did not return a class")),
    }
}

/// An instance of the exception class `module.attr` made with `args`
/// (or the error met while importing the module or making it).
pub(crate) fn module_exception(vm: &mut Vm, module: &str, attr: &str, args: Vec<Value>) -> ObjRef {
    let made = (|| {
        let m = pvm_vm::import::import_full(vm, module)?;
        let cls = vm.get_attr_str(&m, attr)?;
        let exc = vm.call(&cls, args)?;
        vm.make_exception(exc)
    })();
    match made {
        Ok(e) | Err(e) => e,
    }
}

/// An instance of the exception class `module.attr` with message `msg`.
pub(crate) fn module_error(vm: &mut Vm, module: &str, attr: &str, msg: &str) -> ObjRef {
    let msg = vm.new_str(msg);
    module_exception(vm, module, attr, vec![msg])
}

/// The bytes of a bytes-like object (bytes, bytearray, memoryview), if
/// `v` is one.
pub(crate) fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    pvm_vm::ops::seq::bytes_of(v)
}

/// The bytes of a bytes-like argument, or "a bytes-like object is
/// required, not 'T'".
pub(crate) fn buffer_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    match bytes_like(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// Defines setters that refuse with CPython's message for read-only
/// getset attributes: `name => "type.qualname", "attr";` makes `fn name`
/// raising "attribute 'attr' of 'type.qualname' objects is not writable".
macro_rules! not_writable {
    ($($name:ident => $ty:literal, $attr:literal;)*) => {
        $(
            #[doc = concat!("Setting or deleting `", $attr, "` of `", $ty, "`.")]
            fn $name(
                vm: &mut pvm_vm::Vm,
                _args: pvm_vm::args::Args,
            ) -> pvm_vm::PyResult<pvm_vm::Value> {
                Err(vm.attribute_error(concat!(
                    "attribute '", $attr, "' of '", $ty, "' objects is not writable"
                )))
            }
        )*
    };
}
pub(crate) use not_writable;

/// `n` zero bytes, or MemoryError when they cannot be allocated.
pub(crate) fn zeroed(vm: &mut Vm, n: usize) -> PyResult<Vec<u8>> {
    let mut v = Vec::new();
    if v.try_reserve_exact(n).is_err() {
        let ty = vm.exc_type("MemoryError");
        return Err(pvm_vm::exceptions::new_exception(vm, &ty, vec![]));
    }
    v.resize(n, 0);
    Ok(v)
}
