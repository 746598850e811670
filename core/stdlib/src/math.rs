//! The `math` module.

use pvm_vm::{ObjRef, PyResult, Vm};

/// Fills in the `math` module.
pub fn init(_vm: &mut Vm, _module: &ObjRef) -> PyResult<()> {
    Ok(())
}
