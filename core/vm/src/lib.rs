#![warn(missing_docs)]
//! The PVM: the virtual machine that runs the compiler's code objects.
//!
//! Values are a small enum with immediate ints, floats, bools and None and
//! counted pointers to heap objects ([`value`], [`object`]); heap objects
//! carry their type and a [`payload`] enum, so the interpreter dispatches
//! with `match`. Frames live on the VM's own stack ([`frame`]), so a
//! Python-to-Python call never recurses on the Rust stack ([`interp`]).
//! The object protocol is in [`ops`] and [`attr`]; the built-in types and
//! functions are in [`builtins`]; [`run`] runs programs as `python3` does.

pub mod args;
pub mod atexit;
pub mod attr;
pub mod attr_cache;
pub mod builtins;
pub mod call;
pub mod code;
pub mod dict;
pub mod exceptions;
pub mod extension;
mod fast_tier;
pub mod format;
pub mod frame;
pub mod frame_object;
pub mod gc;
pub mod generator;
pub mod hashing;
pub mod import;
pub mod interp;
pub mod io;
pub mod iter;
pub mod matching;
pub mod object;
pub mod ops;
pub mod payload;
pub mod run;
pub mod set;
pub mod str;
pub mod surrogates;
pub mod tables;
pub mod traceback;
pub mod types;
pub mod value;
pub mod vm;

pub use object::ObjRef;
pub use value::Value;
pub use vm::Vm;

/// An exception object being raised.
pub type PyErr = ObjRef;

/// The result of an operation that may raise.
pub type PyResult<T = Value> = Result<T, PyErr>;

#[cfg(test)]
mod size_tests {
    /// Every heap object pays for the largest payload: keep big ones boxed.
    #[test]
    fn objects_stay_small() {
        assert!(std::mem::size_of::<crate::payload::Payload>() <= 40);
        assert!(std::mem::size_of::<crate::object::Object>() <= 80);
    }
}
