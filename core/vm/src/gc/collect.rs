//! The cycle collector, CPython's algorithm: copy each object's count,
//! subtract the references the objects of the collected generations make
//! to each other, and whatever still has a count above zero is referred
//! to from outside; everything it reaches is alive and the rest is
//! garbage. Garbage first loses its weak references (callbacks run), then
//! its finalizers run once (PEP 442), objects a finalizer resurrected are
//! spared, and the remaining cycles are broken by dropping every
//! reference the garbage holds.

use super::heap::{self, GENERATIONS};
use super::trace::Trace;
use crate::object::{
    ObjRef, Object, COLLECTING, FINALIZED, GENERATION_MASK, GENERATION_SHIFT, HAS_WEAKREFS,
    REACHABLE,
};
use crate::payload::Payload;
use crate::value::Value;
use crate::Vm;
use std::ptr::NonNull;
use std::time::{Duration, Instant};

/// Counters of one generation (`gc.get_stats()`).
#[derive(Clone, Copy, Default, Debug)]
pub struct GenerationStats {
    /// Collections of this generation.
    pub collections: usize,
    /// Unreachable objects found and freed.
    pub collected: usize,
    /// Unreachable objects that could not be freed (always 0 since PEP 442).
    pub uncollectable: usize,
}

/// The collector's settings and statistics, kept by the VM.
pub struct Collector {
    /// Per-generation counters.
    pub generations: [GenerationStats; GENERATIONS],
    /// How long the last collection took.
    pub last_pause: Duration,
    /// How long all collections took.
    pub total_pause: Duration,
    /// The longest collection.
    pub max_pause: Duration,
    /// `gc.set_debug()` flags.
    pub debug: u32,
    /// `gc.callbacks` (a list).
    pub callbacks: Option<ObjRef>,
    /// `gc.garbage` (a list).
    pub garbage: Option<ObjRef>,
}

impl Default for Collector {
    fn default() -> Collector {
        Collector {
            generations: [GenerationStats::default(); GENERATIONS],
            last_pause: Duration::ZERO,
            total_pause: Duration::ZERO,
            max_pause: Duration::ZERO,
            debug: 0,
            callbacks: None,
            garbage: None,
        }
    }
}

/// `gc.DEBUG_STATS`.
pub const DEBUG_STATS: u32 = 1;
/// `gc.DEBUG_COLLECTABLE`.
pub const DEBUG_COLLECTABLE: u32 = 2;
/// `gc.DEBUG_UNCOLLECTABLE`.
pub const DEBUG_UNCOLLECTABLE: u32 = 4;
/// `gc.DEBUG_SAVEALL`.
pub const DEBUG_SAVEALL: u32 = 32;
/// `gc.DEBUG_LEAK`.
pub const DEBUG_LEAK: u32 = DEBUG_COLLECTABLE | DEBUG_UNCOLLECTABLE | DEBUG_SAVEALL;

fn obj<'a>(p: NonNull<Object>) -> &'a Object {
    // SAFETY: the collector only holds pointers to tracked (live) objects,
    // and nothing is freed while it looks at them.
    unsafe { &*p.as_ptr() }
}

/// Marks `objs` as the set being examined (`COLLECTING`) and leaves in
/// each one's header index its count minus `held` (references the caller
/// holds) minus the references the others make to it. Like CPython's
/// `gc_refs`, the figure lives in the header, next to the flags the
/// traversal reads anyway.
fn subtract_internal(objs: &[NonNull<Object>], held: usize) {
    for &p in objs {
        let o = obj(p);
        o.set_flag_bits(o.flag_bits() | COLLECTING);
        o.set_gc_index(o.count().saturating_sub(held));
    }
    for &p in objs {
        obj(p).trace(&mut |r: &ObjRef| {
            let o: &Object = r;
            if o.flag_bits() & COLLECTING != 0 {
                o.set_gc_index(o.gc_index().saturating_sub(1));
            }
        });
    }
}

/// After [`subtract_internal`]: marks `REACHABLE` what has outside
/// references and all it reaches inside the set, clears the marks, and
/// returns the positions of the rest. With `place`, the same last pass
/// over the objects also files each in generation `place` (they are
/// appended to its list afterwards).
fn unreachable_of(objs: &[NonNull<Object>], place: Option<usize>) -> Vec<usize> {
    let mut stack: Vec<NonNull<Object>> = Vec::new();
    for &p in objs {
        let o = obj(p);
        if o.gc_index() > 0 {
            o.set_flag_bits(o.flag_bits() | REACHABLE);
            stack.push(p);
        }
    }
    while let Some(p) = stack.pop() {
        obj(p).trace(&mut |r: &ObjRef| {
            let o: &Object = r;
            let f = o.flag_bits();
            if f & COLLECTING != 0 && f & REACHABLE == 0 {
                o.set_flag_bits(f | REACHABLE);
                stack.push(r.as_ptr());
            }
        });
    }
    let base = place.map_or(0, |g| heap::with(|h| h.lists[g].len()));
    let generation_bits = place.map_or(0, |g| (g as u32) << GENERATION_SHIFT);
    let mut out = Vec::new();
    for (i, &p) in objs.iter().enumerate() {
        let o = obj(p);
        let mut f = o.flag_bits();
        if f & REACHABLE == 0 {
            out.push(i);
        }
        f &= !(COLLECTING | REACHABLE);
        if place.is_some() {
            f = (f & !GENERATION_MASK) | generation_bits;
            o.set_gc_index(base + i);
        }
        o.set_flag_bits(f);
    }
    out
}

/// Collects generation `generation` (and the younger ones); the number of
/// unreachable objects found.
pub fn collect(vm: &mut Vm, generation: usize) -> usize {
    let generation = generation.min(GENERATIONS - 1);
    if heap::with(|h| std::mem::replace(&mut h.collecting, true)) {
        return 0;
    }
    run_callbacks(vm, "start", generation, 0);
    let start = Instant::now();
    let young: Vec<NonNull<Object>> = heap::with(|h| {
        h.requested = false;
        let mut v = Vec::new();
        for g in 0..=generation {
            v.append(&mut h.lists[g]);
        }
        v
    });
    subtract_internal(&young, 0);
    // Everything moves on to the next generation; the garbage is freed below.
    let dest = (generation + 1).min(GENERATIONS - 1);
    let unreachable = unreachable_of(&young, Some(dest));
    let survivors = young.len() - unreachable.len();
    heap::with(|h| {
        h.lists[dest].extend_from_slice(&young);
        if generation + 1 < GENERATIONS {
            h.count[generation + 1] += 1;
        }
        for c in &mut h.count[..=generation] {
            *c = 0;
        }
        match generation {
            1 => h.long_lived_pending += survivors,
            2 => {
                h.long_lived_pending = 0;
                h.long_lived_total = h.lists[2].len();
            }
            _ => {}
        }
    });
    // SAFETY: every pointer in `young` is a tracked, live object.
    let garbage: Vec<ObjRef> = unreachable
        .iter()
        .map(|&i| unsafe { ObjRef::from_ptr(young[i]) })
        .collect();
    drop(young);
    let found = if vm.gc.debug & DEBUG_SAVEALL != 0 {
        let n = garbage.len() - inline_dicts(&garbage);
        if let Some(list) = vm.gc.garbage.clone() {
            if let Payload::List(l) = &list.payload {
                l.borrow_mut()
                    .extend(garbage.iter().map(|g| Value::Obj(g.clone())));
            }
        }
        n
    } else {
        dispose(vm, garbage)
    };
    let pause = start.elapsed();
    let stats = &mut vm.gc;
    stats.generations[generation].collections += 1;
    stats.generations[generation].collected += found;
    stats.last_pause = pause;
    stats.total_pause += pause;
    stats.max_pause = stats.max_pause.max(pause);
    heap::with(|h| h.collecting = false);
    run_callbacks(vm, "stop", generation, found);
    found
}

/// How many garbage objects are the dicts of garbage instances: CPython
/// 3.11 keeps an instance's attributes inline until `__dict__` is asked
/// for, so such a dict is not an object it would count.
fn inline_dicts(garbage: &[ObjRef]) -> usize {
    let addrs: std::collections::HashSet<usize> = garbage.iter().map(|g| g.addr()).collect();
    garbage
        .iter()
        .filter(|g| matches!(g.payload, Payload::Object | Payload::Slots(_)))
        .filter(|g| {
            g.dict
                .borrow()
                .as_ref()
                .is_some_and(|d| addrs.contains(&d.addr()))
        })
        .count()
}

/// Frees garbage: weak references are cleared (callbacks of the live ones
/// run), finalizers run, resurrected objects are spared, and the rest
/// drop every reference they hold. Returns how many objects were freed
/// (as CPython counts them).
fn dispose(vm: &mut Vm, mut garbage: Vec<ObjRef>) -> usize {
    clear_weakrefs(vm, &garbage);
    if finalize(vm, &garbage) {
        garbage = spare_resurrected(garbage);
    }
    let freed = garbage.len() - inline_dicts(&garbage);
    for g in &garbage {
        // SAFETY: the object is garbage: nothing outside the garbage
        // refers to it, and nothing borrows its payload.
        unsafe { break_references(g) };
    }
    freed
}

/// Drops every reference `g` holds (its dict and payload contents), which
/// breaks the cycles it is part of. A class keeps its bases (it unlinks
/// itself from them when freed) and a weak reference its registration.
///
/// # Safety
/// Nothing may borrow `g`'s payload, and no code may use `g` afterwards
/// except to drop it.
pub unsafe fn break_references(g: &ObjRef) {
    let dict = g.dict.borrow_mut().take();
    drop(dict);
    match &g.payload {
        Payload::Type(td) => {
            let d = std::mem::take(&mut *td.dict.borrow_mut());
            let mro = std::mem::take(&mut *td.mro.borrow_mut());
            td.cache.borrow_mut().clear();
            drop((d, mro));
        }
        Payload::WeakRef(w) => drop(w.callback.replace(Value::None)),
        // SAFETY: the caller guarantees nothing borrows the payload.
        _ => drop(unsafe { g.replace_payload(Payload::Object) }),
    }
}

/// Clears weak references to garbage; calls the callbacks of weak
/// references that are not garbage themselves.
fn clear_weakrefs(vm: &mut Vm, garbage: &[ObjRef]) {
    let mut calls = Vec::new();
    for g in garbage {
        if g.flags() & HAS_WEAKREFS == 0 {
            continue;
        }
        let mut refs = super::weakref::detach_all(g);
        refs.reverse();
        for w in refs {
            let in_garbage = garbage.iter().any(|x| x.is(&w));
            if let Payload::WeakRef(d) = &w.payload {
                let cb = d.callback.replace(Value::None);
                if !in_garbage && !cb.is_none() {
                    calls.push((w.clone(), cb));
                }
            }
        }
    }
    for (w, cb) in calls {
        vm.call_weakref_callback(&w, &cb);
    }
}

/// Runs the `__del__` of garbage not finalized yet; whether any ran.
fn finalize(vm: &mut Vm, garbage: &[ObjRef]) -> bool {
    let mut ran = false;
    for g in garbage {
        if g.flags() & FINALIZED == 0 && super::needs_finalizer(g) {
            g.set_flags(FINALIZED);
            vm.call_finalizer(g);
            ran = true;
        }
    }
    ran
}

/// Drops from `garbage` what finalizers made reachable again.
fn spare_resurrected(garbage: Vec<ObjRef>) -> Vec<ObjRef> {
    let ptrs: Vec<NonNull<Object>> = garbage.iter().map(|g| g.as_ptr()).collect();
    // The objects sit in a generation list: their index there comes back after.
    let positions: Vec<usize> = ptrs.iter().map(|&p| obj(p).gc_index()).collect();
    subtract_internal(&ptrs, 1);
    let still = unreachable_of(&ptrs, None);
    for (&p, i) in ptrs.iter().zip(positions) {
        obj(p).set_gc_index(i);
    }
    let mut keep = vec![false; garbage.len()];
    for i in still {
        keep[i] = true;
    }
    garbage
        .into_iter()
        .zip(keep)
        .filter_map(|(g, k)| k.then_some(g))
        .collect()
}

/// Calls each of `gc.callbacks` with ("start"/"stop", info).
fn run_callbacks(vm: &mut Vm, phase: &str, generation: usize, collected: usize) {
    let Some(list) = vm.gc.callbacks.clone() else {
        return;
    };
    let fns: Vec<Value> = match &list.payload {
        Payload::List(l) => l.borrow().clone(),
        _ => return,
    };
    if fns.is_empty() {
        return;
    }
    let info = vm.new_dict();
    for (k, v) in [
        ("generation", generation),
        ("collected", collected),
        ("uncollectable", 0),
    ] {
        let key = vm.intern(k);
        vm.dict_set_str(&info, key, Value::Int(v as i64));
    }
    let p = vm.new_str(phase);
    for f in fns {
        if let Err(e) = vm.call(&f, [p.clone(), Value::Obj(info.clone())]) {
            let what = vm.repr(&f).unwrap_or_default();
            crate::traceback::print_unraisable(vm, &format!("Exception ignored in: {what}"), &e);
        }
    }
}

/// The oldest generation whose count passed its threshold (CPython's
/// rule: a full collection also needs the objects moved to the oldest
/// generation since the last one to be a quarter of those there).
pub fn due_generation() -> Option<usize> {
    heap::with(|h| {
        (0..GENERATIONS).rev().find(|&i| {
            h.count[i] > h.threshold[i] && (i < 2 || h.long_lived_pending >= h.long_lived_total / 4)
        })
    })
}
