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
/// Object flag: the cycle collector tracks the object (it is in a generation).
pub const TRACKED: u32 = 2;
/// Object flags: the generation (0-2, 3 for frozen) of a tracked object.
pub const GENERATION_MASK: u32 = 0b1100;
/// Where the generation bits start.
pub const GENERATION_SHIFT: u32 = 2;
/// Object flag: weak references to the object exist.
pub const HAS_WEAKREFS: u32 = 16;
/// Object flag: the object is in the generation being collected now.
pub const COLLECTING: u32 = 32;
/// Object flag: a collection found the object reachable.
pub const REACHABLE: u32 = 64;

/// A heap object: its count, its type, an optional instance `__dict__`
/// and the built-in payload.
pub struct Object {
    refcnt: Cell<usize>,
    flags: Cell<u32>,
    /// Where the object sits in its generation's list (fills padding).
    gc_index: Cell<u32>,
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
        ObjRef::new_inlined(ty, payload)
    }

    /// [`ObjRef::new`], inlined: a payload made from values in registers
    /// is then written straight into the heap object. (Passed by value, a
    /// payload built on the stack with narrow stores is copied with wide
    /// loads, which stall on store forwarding.)
    #[inline(always)]
    pub(crate) fn new_inlined(ty: ObjRef, payload: Payload) -> ObjRef {
        let container = payload.may_hold_references();
        let obj = Box::new(Object {
            refcnt: Cell::new(1),
            flags: Cell::new(0),
            gc_index: Cell::new(0),
            ty,
            dict: RefCell::new(None),
            payload,
        });
        let ptr = NonNull::from(Box::leak(obj));
        crate::gc::heap::allocated();
        if container {
            crate::gc::heap::track(ptr);
        }
        ObjRef(ptr)
    }

    /// Allocates an object of type `ty` with an instance dict.
    pub fn with_dict(ty: ObjRef, payload: Payload, dict: Option<ObjRef>) -> ObjRef {
        let o = ObjRef::new(ty, payload);
        if dict.is_some() && o.flags() & TRACKED == 0 {
            crate::gc::heap::track(o.0);
        }
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
            std::ptr::addr_of_mut!((*raw).gc_index).write(Cell::new(0));
            std::ptr::addr_of_mut!((*raw).ty).write(ObjRef(ptr));
            std::ptr::addr_of_mut!((*raw).dict).write(RefCell::new(None));
            std::ptr::addr_of_mut!((*raw).payload).write(payload);
            crate::gc::heap::allocated();
            crate::gc::heap::track(ptr);
            ObjRef(ptr)
        }
    }

    /// The raw pointer (for the collector's lists; holds no count).
    pub(crate) fn as_ptr(&self) -> NonNull<Object> {
        self.0
    }

    /// A counted reference to a live object known by pointer.
    ///
    /// # Safety
    /// `ptr` must point at a live object.
    pub(crate) unsafe fn from_ptr(ptr: NonNull<Object>) -> ObjRef {
        // SAFETY: the caller guarantees the object is alive.
        let obj = unsafe { ptr.as_ref() };
        obj.refcnt.set(obj.refcnt.get() + 1);
        ObjRef(ptr)
    }

    /// Replaces the payload, dropping the old one (the collector breaks
    /// garbage cycles this way).
    ///
    /// # Safety
    /// No reference into the payload may be alive: only for objects the
    /// collector found unreachable.
    pub(crate) unsafe fn replace_payload(&self, payload: Payload) -> Payload {
        // SAFETY: the caller guarantees nothing borrows the payload.
        unsafe { std::ptr::replace(std::ptr::addr_of_mut!((*self.0.as_ptr()).payload), payload) }
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

    /// Clears flag bits.
    pub fn clear_flags(&self, bits: u32) {
        self.flags.set(self.flags.get() & !bits);
    }
}

impl Object {
    /// The count (for the collector, which works on raw pointers).
    pub(crate) fn count(&self) -> usize {
        self.refcnt.get()
    }

    /// Object flags.
    pub(crate) fn flag_bits(&self) -> u32 {
        self.flags.get()
    }

    /// Sets all flag bits.
    pub(crate) fn set_flag_bits(&self, bits: u32) {
        self.flags.set(bits);
    }

    /// The object's index in its generation's list.
    pub(crate) fn gc_index(&self) -> usize {
        self.gc_index.get() as usize
    }

    /// Sets the object's index in its generation's list.
    pub(crate) fn set_gc_index(&self, i: usize) {
        self.gc_index.set(i as u32);
    }

    /// The object's type.
    pub(crate) fn type_ref(&self) -> &ObjRef {
        &self.ty
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

/// A pointer to an object that holds no count (`__subclasses__`, weak
/// references): its keeper must forget it before the object is freed.
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct Uncounted(NonNull<Object>);

impl Uncounted {
    /// An uncounted pointer to `o`.
    pub fn new(o: &ObjRef) -> Uncounted {
        Uncounted(o.0)
    }

    /// The address (identity).
    pub fn as_ptr(&self) -> *const Object {
        self.0.as_ptr()
    }

    /// A counted reference (the keeper guarantees the object is alive).
    pub fn upgrade(&self) -> ObjRef {
        // SAFETY: keepers forget the pointer before the object is freed.
        unsafe { ObjRef::from_ptr(self.0) }
    }
}

/// Python code that must run at the next safe point of the interpreter.
pub enum Deferred {
    /// An object whose `__del__` must run (it holds one count).
    Finalize(ObjRef),
    /// A weak reference whose referent died, and its callback.
    Callback(ObjRef, crate::value::Value),
}

thread_local! {
    static FREE_DEPTH: Cell<u32> = const { Cell::new(0) };
    static DEFERRED_FREES: RefCell<Vec<NonNull<Object>>> = const { RefCell::new(Vec::new()) };
    static PENDING: RefCell<Vec<Deferred>> = const { RefCell::new(Vec::new()) };
}

/// Whether the interpreter has work at its next safe point (`__del__`
/// methods, weak reference callbacks, a requested collection).
pub static SAFE_POINT_WORK: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Asks the interpreter to stop at its next safe point.
#[inline]
pub fn request_safe_point() {
    SAFE_POINT_WORK.store(true, std::sync::atomic::Ordering::Relaxed);
}

/// Queues Python code for the next safe point.
pub fn defer(work: Deferred) {
    PENDING.with(|q| q.borrow_mut().push(work));
    request_safe_point();
}

/// How deep frees may nest before they go through the work list.
const MAX_FREE_DEPTH: u32 = 64;

#[cold]
fn dealloc(ptr: NonNull<Object>) {
    // SAFETY: the count just reached zero; nothing else refers to the object.
    let obj = unsafe { ptr.as_ref() };
    if obj.flags.get() & FINALIZED == 0 && crate::gc::needs_finalizer(obj) {
        obj.flags.set(obj.flags.get() | FINALIZED);
        obj.refcnt.set(1);
        defer(Deferred::Finalize(ObjRef(ptr)));
        return;
    }
    crate::gc::heap::released(obj);
    let depth = FREE_DEPTH.with(|d| d.get());
    if depth >= MAX_FREE_DEPTH {
        DEFERRED_FREES.with(|q| q.borrow_mut().push(ptr));
        return;
    }
    FREE_DEPTH.with(|d| d.set(depth + 1));
    free(ptr);
    if depth == 0 {
        while let Some(next) = DEFERRED_FREES.with(|q| q.borrow_mut().pop()) {
            free(next);
        }
    }
    FREE_DEPTH.with(|d| d.set(depth));
}

/// Frees an object whose count is zero. The items of lists and tuples
/// are released last first, as CPython does.
fn free(ptr: NonNull<Object>) {
    // SAFETY: the count is zero: nothing else refers to the object, and it
    // was allocated by Box (or the global allocator with Object's layout).
    let mut obj = unsafe { Box::from_raw(ptr.as_ptr()) };
    match &mut obj.payload {
        Payload::List(items) => items.get_mut().reverse(),
        Payload::Tuple(items) => items.reverse(),
        _ => {}
    }
    drop(obj);
}

/// Drops values last first, the order in which CPython releases the
/// items of a list or tuple (so `__del__` output matches).
pub fn drop_backwards(mut values: Vec<crate::value::Value>) {
    while let Some(v) = values.pop() {
        drop(v);
    }
}

/// Takes the work queued for the safe point.
pub fn take_deferred() -> Vec<Deferred> {
    SAFE_POINT_WORK.store(false, std::sync::atomic::Ordering::Relaxed);
    PENDING.with(|q| std::mem::take(&mut *q.borrow_mut()))
}
