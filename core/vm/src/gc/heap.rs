//! The tracked objects: every container lives in one of three
//! generations (plus a frozen one for `gc.freeze`), kept as a list of
//! pointers per generation with each object's index in its header, so
//! tracking and untracking are O(1). The counts and thresholds follow
//! CPython: a collection of generation 0 is requested when allocations
//! minus deallocations of containers pass `threshold[0]`.

use crate::object::{
    ObjRef, Object, COLLECTING, GENERATION_MASK, GENERATION_SHIFT, HAS_WEAKREFS, TRACKED,
};
use crate::payload::Payload;
use std::cell::UnsafeCell;
use std::ptr::NonNull;

/// The number of generations (the frozen list comes after them).
pub const GENERATIONS: usize = 3;
/// The list index of objects moved out of the collector's sight by `gc.freeze()`.
pub const FROZEN: usize = 3;

/// The collector's lists, counts and settings.
pub struct Heap {
    /// The objects of each generation, and the frozen ones.
    pub lists: [Vec<NonNull<Object>>; 4],
    /// The objects of the collection under way (None: freed meanwhile).
    pub young: Vec<Option<NonNull<Object>>>,
    /// Container allocations minus deallocations since the last collection of
    /// generation 0; collections of the next younger generation for 1 and 2.
    pub count: [usize; GENERATIONS],
    /// `gc.get_threshold()`.
    pub threshold: [usize; GENERATIONS],
    /// `gc.isenabled()`.
    pub enabled: bool,
    /// Whether a collection is running (no nested collections).
    pub collecting: bool,
    /// Whether a collection waits for the next safe point.
    pub requested: bool,
    /// Objects alive now (containers or not).
    pub live: usize,
    /// Bytes of object headers and payloads alive now.
    pub live_bytes: usize,
    /// Objects in the oldest generation after the last full collection.
    pub long_lived_total: usize,
    /// Objects moved to the oldest generation since the last full collection.
    pub long_lived_pending: usize,
}

thread_local! {
    static HEAP: UnsafeCell<Heap> = const { UnsafeCell::new(Heap {
        lists: [Vec::new(), Vec::new(), Vec::new(), Vec::new()],
        young: Vec::new(),
        count: [0; GENERATIONS],
        threshold: [700, 10, 10],
        enabled: true,
        collecting: false,
        requested: false,
        live: 0,
        live_bytes: 0,
        long_lived_total: 0,
        long_lived_pending: 0,
    }) };
}

/// Runs `f` on the heap state. `f` must not free objects or call back
/// into this module (the state is borrowed exclusively meanwhile).
#[inline]
pub fn with<R>(f: impl FnOnce(&mut Heap) -> R) -> R {
    // SAFETY: one VM per thread; callers never re-enter (see above).
    HEAP.with(|h| f(unsafe { &mut *h.get() }))
}

/// The generation (or [`FROZEN`]) of a tracked object.
#[inline]
pub fn generation_of(obj: &Object) -> usize {
    ((obj.flag_bits() & GENERATION_MASK) >> GENERATION_SHIFT) as usize
}

/// Puts `obj` in list `list` (a generation or [`FROZEN`]), tracked.
pub(crate) fn place(h: &mut Heap, ptr: NonNull<Object>, list: usize) {
    // SAFETY: callers pass live objects.
    let obj = unsafe { ptr.as_ref() };
    let l = &mut h.lists[list];
    obj.set_gc_index(l.len());
    l.push(ptr);
    let bits = obj.flag_bits() & !(GENERATION_MASK | COLLECTING);
    obj.set_flag_bits(bits | TRACKED | ((list as u32) << GENERATION_SHIFT));
}

/// Counts a new object.
#[inline]
pub fn allocated() {
    with(|h| {
        h.live += 1;
        h.live_bytes += std::mem::size_of::<Object>();
    });
}

/// Starts tracking a new container in generation 0; asks for a
/// collection at the next safe point when the count passes the threshold.
#[inline]
pub fn track(ptr: NonNull<Object>) {
    with(|h| {
        place(h, ptr, 0);
        h.count[0] += 1;
        if h.count[0] > h.threshold[0] && h.threshold[0] != 0 && h.enabled && !h.collecting {
            h.requested = true;
            crate::object::request_safe_point();
        }
    });
}

/// Stops tracking `obj` (it is being freed).
fn untrack(h: &mut Heap, obj: &Object) {
    let i = obj.gc_index();
    if obj.flag_bits() & COLLECTING != 0 {
        if let Some(slot) = h.young.get_mut(i) {
            *slot = None;
        }
    } else {
        let list = &mut h.lists[generation_of(obj)];
        if i < list.len() {
            list.swap_remove(i);
            if let Some(moved) = list.get(i) {
                // SAFETY: tracked objects are alive.
                unsafe { moved.as_ref() }.set_gc_index(i);
            }
        }
    }
    h.count[0] = h.count[0].saturating_sub(1);
    obj.set_flag_bits(obj.flag_bits() & !(TRACKED | GENERATION_MASK | COLLECTING));
}

/// Called as an object's count reaches zero for good: untracks it,
/// clears weak references to it, and unlinks a class from its bases.
pub fn released(obj: &Object) {
    with(|h| {
        h.live -= 1;
        h.live_bytes -= std::mem::size_of::<Object>();
        if obj.flag_bits() & TRACKED != 0 {
            untrack(h, obj);
        }
    });
    if obj.flag_bits() & HAS_WEAKREFS != 0 {
        crate::gc::weakref::referent_released(obj);
    }
    match &obj.payload {
        Payload::Type(td) => {
            let me = obj as *const Object;
            for base in td.bases.borrow().iter() {
                if let Payload::Type(b) = &base.payload {
                    b.subclasses
                        .borrow_mut()
                        .retain(|s| !std::ptr::eq(s.as_ptr(), me));
                }
            }
        }
        Payload::WeakRef(w) => crate::gc::weakref::weakref_released(obj, w),
        _ => {}
    }
}

/// Objects alive now.
pub fn live_objects() -> usize {
    with(|h| h.live)
}

/// Counted references to every object of list `list` (a generation or [`FROZEN`]).
pub fn objects_in(list: usize) -> Vec<ObjRef> {
    let ptrs = with(|h| h.lists[list].clone());
    // SAFETY: tracked objects are alive; nothing is freed while cloning.
    ptrs.into_iter()
        .map(|p| unsafe { ObjRef::from_ptr(p) })
        .collect()
}
