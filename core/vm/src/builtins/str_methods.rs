//! The rest of `str`'s method set: case mapping, padding, partitioning,
//! line splitting and translation.

use crate::object::ObjRef;
use crate::Vm;

/// Installs the methods of this module on `str`.
pub fn install(vm: &mut Vm, s: &ObjRef) {
    let _ = (vm, s);
}
