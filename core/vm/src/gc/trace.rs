//! What each object refers to, for the cycle collector. Every field of
//! every payload is named in one place below: structs are traced by
//! destructuring them completely (`trace_fields!`), and `Payload` by an
//! exhaustive match, so adding a field or a variant without deciding how
//! it is traced does not compile.
//!
//! Only counted references may be visited. References held through an
//! `Rc` (code objects, shared by many functions) are not: the collector
//! then sees them as references from outside, which keeps their targets
//! alive (safe) instead of freeing something still in use (unsafe).

use crate::dict::Dict;
use crate::frame::{Frame, SavedFrame};
use crate::iter::IterState;
use crate::object::{ObjRef, Object};
use crate::payload::{
    AsyncGenStep, ExcData, Function, Generator, NativeFunction, Payload, Traceback,
};
use crate::set::Set;
use crate::types::TypeData;
use crate::value::Value;
use std::cell::RefCell;

/// Calls the visitor on every object reference held.
pub trait Trace {
    /// Visits each counted reference once.
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F);
}

impl Trace for ObjRef {
    #[inline]
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        visit(self)
    }
}

impl Trace for Value {
    #[inline]
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        if let Value::Obj(o) = self {
            visit(o)
        }
    }
}

impl<T: Trace> Trace for Option<T> {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        if let Some(t) = self {
            t.trace(visit)
        }
    }
}

impl<T: Trace + ?Sized> Trace for Box<T> {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        (**self).trace(visit)
    }
}

impl<T: Trace> Trace for [T] {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        for t in self {
            t.trace(visit)
        }
    }
}

impl<T: Trace> Trace for Vec<T> {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        self.as_slice().trace(visit)
    }
}

impl<T: Trace, const N: usize> Trace for [T; N] {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        self.as_slice().trace(visit)
    }
}

impl<A: Trace, B: Trace> Trace for (A, B) {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        self.0.trace(visit);
        self.1.trace(visit);
    }
}

impl<T: Trace> Trace for RefCell<T> {
    /// A cell borrowed mutably right now belongs to native code that holds
    /// the object (so it is reachable anyway): it is skipped.
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        if let Ok(t) = self.try_borrow() {
            t.trace(visit)
        }
    }
}

impl Trace for Dict {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        for e in self.iter() {
            e.key.trace(visit);
            e.value.trace(visit);
        }
    }
}

impl Trace for Set {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        for k in self.iter() {
            k.trace(visit);
        }
    }
}

/// Implements [`Trace`] for a struct by destructuring every field: the
/// listed ones are traced, the `skip` ones hold no counted references.
macro_rules! trace_fields {
    ($ty:ident { $($field:ident),* $(,)? } skip { $($skip:ident),* $(,)? }) => {
        impl Trace for $ty {
            fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
                let $ty { $($field,)* $($skip: _,)* } = self;
                $( $field.trace(visit); )*
            }
        }
    };
}

trace_fields!(Function {
    globals, name, qualname, defaults, kwdefaults, closure, annotations, doc, module, code_obj,
} skip { code, positional });
trace_fields!(NativeFunction { receiver, owner } skip { name, func, kind });
trace_fields!(ExcData { args, traceback, cause, context } skip { suppress_context });
trace_fields!(Traceback { next, frame_values, globals, locals } skip { code, lasti, base });
trace_fields!(Generator {
    frame, name, qualname, exc_state,
} skip { kind, running, started, code, closing });
impl Trace for SavedFrame {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        if let Some(frame) = self.as_ref() {
            frame.trace(visit);
        }
        self.values.trace(visit);
    }
}

trace_fields!(Frame {
    globals, builtins, locals, func, kwnames, generator,
} skip { code, ip, lasti, base, floor, entry, init });
trace_fields!(AsyncGenStep { gen, first } skip { throw, close, started, done });
trace_fields!(TypeData {
    bases, mro, dict, cache,
} skip { name, qualname, layout, flags, slots, subclasses, version });

impl Trace for crate::types::LookupCache {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        self.for_each(|name, value| {
            name.trace(visit);
            value.trace(visit);
        })
    }
}

impl Trace for IterState {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        match self {
            IterState::List { list: o, .. }
            | IterState::ListReverse { list: o, .. }
            | IterState::Tuple { tuple: o, .. }
            | IterState::Str { s: o, .. }
            | IterState::Bytes { b: o, .. }
            | IterState::Dict { dict: o, .. }
            | IterState::DictReverse { dict: o, .. }
            | IterState::Set { set: o, .. } => visit(o),
            IterState::Seq { obj, .. } | IterState::SeqReverse { obj, .. } => obj.trace(visit),
            IterState::Callable { func, sentinel } => {
                func.trace(visit);
                sentinel.trace(visit);
            }
            IterState::Enumerate { it, count } => {
                it.trace(visit);
                count.trace(visit);
            }
            IterState::Zip { its, .. } => its.trace(visit),
            IterState::Map { func, its } => {
                func.trace(visit);
                its.trace(visit);
            }
            IterState::Filter { func, it } => {
                func.trace(visit);
                it.trace(visit);
            }
            IterState::Range { .. } | IterState::Done => {}
        }
    }
}

impl Trace for Payload {
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        match self {
            Payload::Tuple(items) => items.trace(visit),
            Payload::Slots(values) => values.trace(visit),
            Payload::List(items) => items.trace(visit),
            Payload::Dict(d) => d.trace(visit),
            Payload::Set(s) => s.trace(visit),
            Payload::Slice(parts) => parts.trace(visit),
            Payload::Type(t) => t.trace(visit),
            Payload::Function(f) => f.trace(visit),
            Payload::Native(n) => n.trace(visit),
            Payload::BoundMethod(pair) => pair.trace(visit),
            Payload::Cell(v) => v.trace(visit),
            Payload::Property(parts) => parts.trace(visit),
            Payload::ClassMethod(v) | Payload::StaticMethod(v) | Payload::AsyncGenWrapped(v) => {
                v.trace(visit)
            }
            Payload::Super(pair) => pair.trace(visit),
            Payload::Exception(e) => e.trace(visit),
            Payload::Traceback(t) => t.trace(visit),
            Payload::Generator(g) => g.trace(visit),
            Payload::Iter(it) => it.trace(visit),
            Payload::DictView(d, _) => visit(d),
            Payload::MemoryView(m) => visit(&m.obj),
            Payload::AsyncGenStep(s) => s.trace(visit),
            Payload::Extension(e) => e.traverse(&mut |v: &Value| v.trace(visit)),
            // A weak reference holds no count on its referent.
            Payload::WeakRef(w) => w.callback.trace(visit),
            Payload::Object
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex(..)
            | Payload::Str(_)
            | Payload::Bytes(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::Code(_)
            | Payload::Member(_)
            | Payload::Module(_)
            | Payload::NotImplemented
            | Payload::Ellipsis
            | Payload::Stream(_) => {}
        }
    }
}

impl Trace for Object {
    /// The type, the instance dict and the payload.
    fn trace<F: FnMut(&ObjRef)>(&self, visit: &mut F) {
        visit(self.type_ref());
        self.dict.trace(visit);
        self.payload.trace(visit);
    }
}
