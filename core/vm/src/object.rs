//! Heap objects and the counted pointer to them.
//!
//! Counts are plain `Cell`s: one VM per thread (DESIGN decision 5). An
//! object is freed the moment its count reaches zero, except that an
//! object whose type defines `__del__` is first queued for finalization
//! (it stays alive until the interpreter has run `__del__`). Freeing goes
//! through a work list past a small depth, like CPython's trashcan, so a
//! million-node chain never overflows the Rust stack.

use crate::payload::Payload;
use std::cell::{Cell, RefCell};
use std::ptr::NonNull;

/// Object flag: `__del__` already ran (PEP 442: at most once).
pub const FINALIZED: u32 = 1;

/// A heap object: its count, its type, an optional instance `__dict__`
/// and the built-in payload.
pub struct Object {
    refcnt: Cell<usize>,
    flags: Cell<u32>,
    ty: ObjRef,
    /// The instance `__dict__`, for objects whose type gives them one.
    pub dict: RefCell<Option<ObjRef>>,
    /// The built-in part of the object.
    pub payload: Payload,
}

/// A counted pointer to a heap [`Object`].
pub struct ObjRef(NonNull<Object>);

impl ObjRef {
    /// Allocates an object of type `ty`.
    pub fn new(ty: ObjRef, payload: Payload) -> ObjRef {
        let obj = Box::new(Object {
            refcnt: Cell::new(1),
            flags: Cell::new(0),
            ty,
            dict: RefCell::new(None),
            payload,
        });
        ObjRef(NonNull::from(Box::leak(obj)))
    }

    /// Allocates an object of type `ty` with an instance dict.
    pub fn with_dict(ty: ObjRef, payload: Payload, dict: Option<ObjRef>) -> ObjRef {
        let o = ObjRef::new(ty, payload);
        *o.dict.borrow_mut() = dict;
        o
    }

    /// Allocates an object that is its own type (`type` itself).
    pub fn new_self_typed(payload: Payload) -> ObjRef {
        let layout = std::alloc::Layout::new::<Object>();
        // SAFETY: the allocation is fully initialised field by field before use;
        // `ty` points at the object itself, which holds one extra count for it.
        unsafe {
            let raw = std::alloc::alloc(layout) as *mut Object;
            let ptr = NonNull::new(raw).unwrap_or_else(|| std::alloc::handle_alloc_error(layout));
            std::ptr::addr_of_mut!((*raw).refcnt).write(Cell::new(2));
            std::ptr::addr_of_mut!((*raw).flags).write(Cell::new(0));
            std::ptr::addr_of_mut!((*raw).ty).write(ObjRef(ptr));
            std::ptr::addr_of_mut!((*raw).dict).write(RefCell::new(None));
            std::ptr::addr_of_mut!((*raw).payload).write(payload);
            ObjRef(ptr)
        }
    }

    /// The object's type.
    #[inline]
    pub fn ty(&self) -> &ObjRef {
        &self.ty
    }

    /// Mutable access when this is the only reference (like `Rc::get_mut`).
    pub fn get_mut(&mut self) -> Option<&mut Object> {
        if self.refcnt.get() == 1 {
            // SAFETY: a count of one means no other reference exists.
            Some(unsafe { self.0.as_mut() })
        } else {
            None
        }
    }

    /// The reference count.
    pub fn refcount(&self) -> usize {
        self.refcnt.get()
    }

    /// Whether two references point at the same object (`is`).
    #[inline]
    pub fn is(&self, other: &ObjRef) -> bool {
        self.0 == other.0
    }

    /// The address, for `id()` and default reprs.
    pub fn addr(&self) -> usize {
        self.0.as_ptr() as usize
    }

    /// Object flags ([`FINALIZED`], ...).
    pub fn flags(&self) -> u32 {
        self.flags.get()
    }

    /// Sets flag bits.
    pub fn set_flags(&self, bits: u32) {
        self.flags.set(self.flags.get() | bits);
    }
}

impl std::ops::Deref for ObjRef {
    type Target = Object;
    #[inline]
    fn deref(&self) -> &Object {
        // SAFETY: an ObjRef holds a count, so the object is alive.
        unsafe { self.0.as_ref() }
    }
}

impl Clone for ObjRef {
    #[inline]
    fn clone(&self) -> ObjRef {
        let c = &self.refcnt;
        c.set(c.get() + 1);
        ObjRef(self.0)
    }
}

impl Drop for ObjRef {
    #[inline]
    fn drop(&mut self) {
        let c = &self.refcnt;
        let n = c.get() - 1;
        c.set(n);
        if n == 0 {
            dealloc(self.0);
        }
    }
}

impl PartialEq for ObjRef {
    fn eq(&self, other: &ObjRef) -> bool {
        self.is(other)
    }
}

impl std::fmt::Debug for ObjRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<object {:#x}>", self.addr())
    }
}

thread_local! {
    static FREE_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED: RefCell<Vec<NonNull<Object>>> = const { RefCell::new(Vec::new()) };
    static FINALIZE: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
}

/// Whether any object waits for its `__del__` (checked by the interpreter).
pub static FINALIZERS_PENDING: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// How deep frees may nest before they go through the work list.
const MAX_FREE_DEPTH: u32 = 64;

#[cold]
fn dealloc(ptr: NonNull<Object>) {
    // SAFETY: the count just reached zero; nothing else refers to the object.
    let obj = unsafe { ptr.as_ref() };
    if obj.flags.get() & FINALIZED == 0 && crate::types::has_finalizer(&obj.ty) {
        obj.flags.set(obj.flags.get() | FINALIZED);
        obj.refcnt.set(1);
        FINALIZE.with(|q| q.borrow_mut().push(ObjRef(ptr)));
        FINALIZERS_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
        return;
    }
    let depth = FREE_DEPTH.with(|d| d.get());
    if depth >= MAX_FREE_DEPTH {
        DEFERRED.with(|q| q.borrow_mut().push(ptr));
        return;
    }
    FREE_DEPTH.with(|d| d.set(depth + 1));
    // SAFETY: allocated by Box (or the global allocator with Object's layout).
    unsafe { drop(Box::from_raw(ptr.as_ptr())) };
    if depth == 0 {
        while let Some(next) = DEFERRED.with(|q| q.borrow_mut().pop()) {
            // SAFETY: as above; deferred objects have a zero count.
            unsafe { drop(Box::from_raw(next.as_ptr())) };
        }
    }
    FREE_DEPTH.with(|d| d.set(depth));
}

/// Takes the objects waiting for `__del__` (each holds one count).
pub fn take_pending_finalizers() -> Vec<ObjRef> {
    FINALIZERS_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
    FINALIZE.with(|q| std::mem::take(&mut *q.borrow_mut()))
}
