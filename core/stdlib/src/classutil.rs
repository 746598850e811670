//! The `_classutil` module: lets a standard-library module written in
//! Python (`datetime`) give its classes the traits of CPython's C types.

use pvm_vm::args::Args;
use pvm_vm::payload::{NativeFn, Payload};
use pvm_vm::types;
use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// Fills in the `_classutil` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    let funcs: &[(&str, NativeFn)] = &[("make_static", make_static)];
    vm.add_functions(module, funcs);
    Ok(())
}

/// `make_static(cls)`: the class becomes immutable (its attributes can no
/// longer be set or deleted) and messages name it "module.name", as
/// CPython names the types of its C modules. Subclasses are unaffected.
fn make_static(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let vals = args.check(vm, "make_static", 1, 1)?;
    let cls = vals[0].clone();
    match &cls {
        Value::Obj(o) if matches!(o.payload, Payload::Type(_)) && types::is_heap_type(o) => {
            let td = types::data(o);
            td.flags.set(td.flags.get() | types::IMMUTABLE);
            Ok(cls)
        }
        _ => Err(vm.type_error("make_static() argument must be a class")),
    }
}
