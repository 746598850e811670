//! The `_random` module: the Mersenne Twister behind `random` (python/random.py).

use pvm_vm::{ObjRef, PyResult, Vm};

/// Fills in the `_random` module.
pub fn init(_vm: &mut Vm, _module: &ObjRef) -> PyResult<()> {
    Ok(())
}
