//! The memory manager's cycle collector (DESIGN decision 5): reference
//! counting frees most objects at once (object.rs); this module finds the
//! cycles counting cannot free. `heap` tracks containers in generations,
//! `trace` says what each object refers to, `collect` is the algorithm,
//! `weakref` the weak references, `module` the `gc` and `_weakref`
//! modules, and `stats` the statistics the CLI and the server show.

pub mod collect;
pub mod heap;
pub mod module;
pub mod stats;
pub mod trace;
pub mod weakref;

pub use collect::Collector;

use crate::object::{Deferred, ObjRef, Object};
use crate::payload::{Generator, Payload};
use crate::value::Value;
use crate::Vm;

/// Whether freeing `obj` must first run Python code: its class's
/// `__del__`, or the `close()` of a generator suspended inside a `try` or
/// `with` (CPython's generator finalizer; elsewhere closing changes nothing).
#[inline]
pub fn needs_finalizer(obj: &Object) -> bool {
    crate::types::has_finalizer(obj.type_ref())
        || match &obj.payload {
            Payload::Generator(g) => g.try_borrow().is_ok_and(|g| suspended_in_handler(&g)),
            _ => false,
        }
}

fn suspended_in_handler(g: &Generator) -> bool {
    match g.frame.as_ref() {
        Some(f) if g.started && !g.running => f.code.handler_for(f.lasti).is_some(),
        _ => false,
    }
}

impl Vm {
    /// Runs what waits for a safe point: `__del__` methods and weak
    /// reference callbacks queued by frees, then a requested collection.
    pub fn run_pending_work(&mut self) {
        if let Some(hook) = self.safe_point_hook {
            hook(self);
        }
        loop {
            let work = crate::object::take_deferred();
            let requested = heap::with(|h| h.requested && !h.collecting);
            if work.is_empty() && !requested {
                return;
            }
            for w in work {
                match w {
                    Deferred::Finalize(obj) => self.call_finalizer(&obj),
                    Deferred::Callback(weakref, callback) => {
                        self.call_weakref_callback(&weakref, &callback)
                    }
                }
            }
            if requested {
                match collect::due_generation() {
                    Some(g) => {
                        collect::collect(self, g);
                    }
                    None => heap::with(|h| h.requested = false),
                }
            }
        }
    }

    /// Frees every object of this VM without running Python code, for the
    /// leak check: returns how many objects stay alive afterwards (0
    /// unless some count was taken and never given back; `type` and
    /// `object`, which refer to each other, are not counted).
    pub fn teardown(mut self) -> usize {
        self.run_pending_work();
        self.frames.clear();
        self.stack.clear();
        self.handled = Value::None;
        let all: Vec<ObjRef> = (0..=heap::FROZEN).flat_map(heap::objects_in).collect();
        for o in &all {
            o.set_flags(crate::object::FINALIZED);
        }
        for o in &all {
            // SAFETY: no Python code runs any more and nothing borrows payloads.
            unsafe { collect::break_references(o) };
        }
        drop(all);
        drop(self);
        drop(crate::object::take_deferred());
        // `type` and `object` keep each other (type's base, object's type).
        heap::live_objects().saturating_sub(2)
    }

    /// Runs `obj.__del__()` (a generator's `close()`); an exception is
    /// printed as unraisable.
    pub fn call_finalizer(&mut self, obj: &ObjRef) {
        let me = Value::Obj(obj.clone());
        let saved = std::mem::replace(&mut self.handled, Value::None);
        let (result, culprit) = if let Payload::Generator(_) = &obj.payload {
            let close = self.get_attr_str(&me, "close");
            (close.and_then(|c| self.call(&c, [])), me)
        } else {
            let ty = obj.ty().clone();
            match self.lookup_special(&ty, "__del__") {
                Some(f) => (self.call(&f, [me]), f),
                None => (Ok(Value::None), me),
            }
        };
        if let Err(e) = result {
            let what = self.repr(&culprit).unwrap_or_default();
            crate::traceback::print_unraisable(self, &format!("Exception ignored in: {what}"), &e);
        }
        self.handled = saved;
    }

    /// Calls a weak reference's callback with the weak reference.
    pub fn call_weakref_callback(&mut self, weakref: &ObjRef, callback: &Value) {
        let saved = std::mem::replace(&mut self.handled, Value::None);
        if let Err(e) = self.call(callback, [Value::Obj(weakref.clone())]) {
            let what = self.repr(callback).unwrap_or_default();
            crate::traceback::print_unraisable(self, &format!("Exception ignored in: {what}"), &e);
        }
        self.handled = saved;
    }
}
