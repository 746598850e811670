//! What crates above pvm_vm (pvm_stdlib) use to define native modules and
//! classes: functions in a module namespace, types whose instances carry
//! an [`Extension`] state, and access to that state.

use crate::object::ObjRef;
use crate::payload::{Extension, NativeFn, NativeKind, Payload};
use crate::types::{self, Layout};
use crate::value::Value;
use crate::Vm;

impl Vm {
    /// Adds native functions to a module's namespace.
    pub fn add_functions(&mut self, module: &ObjRef, funcs: &[(&'static str, NativeFn)]) {
        for &(name, f) in funcs {
            let nf = self.new_native(name, f, NativeKind::Function, None);
            self.set_attr_direct(module, name, Value::Obj(nf));
        }
    }

    /// A new class `module.name` that Python code can subclass, with
    /// `bases` (`object` when empty) and native methods. Its `__new__`
    /// (a `NativeKind::StaticMethod` taking the class first) makes
    /// instances with [`Vm::new_extension`].
    pub fn new_extension_type(
        &mut self,
        name: &str,
        module: &str,
        bases: Vec<ObjRef>,
        methods: &[(&'static str, NativeFn, NativeKind)],
    ) -> ObjRef {
        let bases = if bases.is_empty() {
            vec![self.object.clone()]
        } else {
            bases
        };
        // A heap type, as CPython makes extension types, so every special
        // method is looked up in its namespace; immutable from Python.
        let flags = types::HEAP | types::IMMUTABLE | types::BASETYPE;
        let ty = crate::vm::new_type(&self.type_, name, bases, Layout::Other, flags);
        let m = self.new_str(module);
        self.set_type_attr(&ty, "__module__", m);
        // Every class has a `__doc__` of its own (None until a module sets one).
        self.set_type_attr(&ty, "__doc__", Value::None);
        self.add_methods(&ty, methods);
        crate::builtins::type_::update_flags(self, &ty);
        ty
    }

    /// An instance of `cls` (an extension type or a Python subclass of one)
    /// holding `state`.
    pub fn new_extension(&mut self, cls: &ObjRef, state: impl Extension) -> Value {
        let payload = Payload::Extension(Box::new(state));
        Value::Obj(crate::builtins::type_::instance_with(
            self,
            cls.clone(),
            payload,
        ))
    }
}

/// The extension state of type `T` that `v` holds, if any.
pub fn state<T: 'static>(v: &Value) -> Option<&T> {
    match v.payload()? {
        Payload::Extension(e) => e.downcast::<T>(),
        _ => None,
    }
}
