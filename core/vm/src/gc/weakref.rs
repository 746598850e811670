//! Weak references: each referent's weak references are listed in a side
//! table keyed by its address (few objects have any), and the object's
//! `HAS_WEAKREFS` flag says whether to look there when it dies. A dying
//! referent clears its weak references and queues their callbacks, newest
//! first, as CPython calls them.

use crate::object::{Deferred, ObjRef, Object, Uncounted, HAS_WEAKREFS};
use crate::payload::{Payload, WeakRefData};
use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;

thread_local! {
    /// Referent address → its weak references (oldest first).
    static REFERRERS: RefCell<HashMap<usize, Vec<Uncounted>>> = RefCell::new(HashMap::new());
}

/// A new weak reference (or proxy) of type `ty` to `target`.
pub fn new_weakref(vm: &mut crate::Vm, ty: &ObjRef, target: &ObjRef, callback: Value) -> ObjRef {
    let payload = Payload::WeakRef(Box::new(WeakRefData {
        referent: std::cell::Cell::new(Some(Uncounted::new(target))),
        callback: RefCell::new(callback),
        hash: std::cell::Cell::new(None),
    }));
    let w = crate::builtins::type_::instance_with(vm, ty.clone(), payload);
    REFERRERS.with(|r| {
        r.borrow_mut()
            .entry(target.addr())
            .or_default()
            .push(Uncounted::new(&w))
    });
    target.set_flags(HAS_WEAKREFS);
    w
}

/// The weak references to `target`, oldest first.
pub fn referrers(target: &ObjRef) -> Vec<ObjRef> {
    if target.flags() & HAS_WEAKREFS == 0 {
        return Vec::new();
    }
    REFERRERS.with(|r| {
        r.borrow()
            .get(&target.addr())
            .map(|l| l.iter().map(Uncounted::upgrade).collect())
            .unwrap_or_default()
    })
}

/// The referent of a weak reference, if alive.
pub fn referent(w: &WeakRefData) -> Option<ObjRef> {
    w.referent.get().map(|u| u.upgrade())
}

/// Clears the weak references to a referent that is going away; queues
/// the callbacks (newest reference first) for the next safe point.
pub fn referent_released(obj: &Object) {
    for w in detach_all(obj) {
        let callback = match &w.payload {
            Payload::WeakRef(d) => d.callback.replace(Value::None),
            _ => Value::None,
        };
        if !callback.is_none() {
            crate::object::defer(Deferred::Callback(w, callback));
        }
    }
}

/// Clears the weak references to `obj` and returns them, newest first.
pub fn detach_all(obj: &Object) -> Vec<ObjRef> {
    obj.set_flag_bits(obj.flag_bits() & !HAS_WEAKREFS);
    let addr = obj as *const Object as usize;
    let list = REFERRERS
        .with(|r| r.borrow_mut().remove(&addr))
        .unwrap_or_default();
    let mut out = Vec::with_capacity(list.len());
    for u in list.iter().rev() {
        let w = u.upgrade();
        if let Payload::WeakRef(d) = &w.payload {
            d.referent.set(None);
        }
        out.push(w);
    }
    out
}

/// A weak reference object is being freed: its referent forgets it.
pub fn weakref_released(obj: &Object, w: &WeakRefData) {
    let Some(target) = w.referent.take() else {
        return;
    };
    let me = obj as *const Object;
    REFERRERS.with(|r| {
        let mut r = r.borrow_mut();
        let key = target.as_ptr() as usize;
        if let Some(list) = r.get_mut(&key) {
            list.retain(|u| !std::ptr::eq(u.as_ptr(), me));
            if list.is_empty() {
                r.remove(&key);
                // SAFETY: the referent is alive (it would have cleared `referent`).
                let t = unsafe { &*target.as_ptr() };
                t.set_flag_bits(t.flag_bits() & !HAS_WEAKREFS);
            }
        }
    });
}
