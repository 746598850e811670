//! Type objects: their data, the C3 method resolution order, and lookup
//! of attributes along it.

use crate::dict::Dict;
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// Type flag: created by a class statement or `type(...)` (a heap type).
pub const HEAP: u32 = 1;
/// Type flag: can be subclassed.
pub const BASETYPE: u32 = 2;
/// Type flag: instances have a `__del__` somewhere in the MRO.
pub const HAS_DEL: u32 = 4;
/// Type flag: instances get a `__dict__`.
pub const INSTANCE_DICT: u32 = 8;
/// Type flag: the MRO defines `__getattribute__` in Python.
pub const CUSTOM_GETATTRIBUTE: u32 = 16;
/// Type flag: the MRO defines `__getattr__`.
pub const HAS_GETATTR: u32 = 32;
/// Type flag: the MRO defines `__setattr__` or `__delattr__` in Python.
pub const CUSTOM_SETATTR: u32 = 64;
/// Type flag: a subclass of BaseException.
pub const EXCEPTION: u32 = 128;
/// Type flag: a heap type whose namespace Python code cannot change
/// (the native classes of extension modules, as CPython's
/// `Py_TPFLAGS_IMMUTABLETYPE`).
pub const IMMUTABLE: u32 = 256;
/// Type flag: the class's own `__abstractmethods__` is non-empty, so
/// `object.__new__` refuses to instantiate it (`Py_TPFLAGS_IS_ABSTRACT`).
pub const ABSTRACT: u32 = 512;
/// Type flag: `match` treats instances as sequences (Py_TPFLAGS_SEQUENCE;
/// set on a class by collections.abc, seen through the MRO).
pub const SEQUENCE: u32 = 1024;
/// Type flag: `match` treats instances as mappings (Py_TPFLAGS_MAPPING).
pub const MAPPING: u32 = 2048;

/// What built-in payload instances of a type carry.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    /// `object` (no built-in state).
    Object,
    /// int.
    Int,
    /// bool.
    Bool,
    /// float.
    Float,
    /// complex.
    Complex,
    /// str.
    Str,
    /// bytes.
    Bytes,
    /// bytearray.
    ByteArray,
    /// tuple.
    Tuple,
    /// list.
    List,
    /// dict.
    Dict,
    /// set.
    Set,
    /// frozenset.
    FrozenSet,
    /// BaseException and subclasses.
    Exception,
    /// type (metaclasses).
    Type,
    /// A built-in type whose instances Python code cannot create by subclassing.
    Other,
}

/// The data of a type object.
pub struct TypeData {
    /// `__name__`.
    pub name: RefCell<String>,
    /// `__qualname__`.
    pub qualname: RefCell<String>,
    /// `__bases__`.
    pub bases: RefCell<Vec<ObjRef>>,
    /// `__mro__`.
    pub mro: RefCell<Vec<ObjRef>>,
    /// The namespace.
    pub dict: RefCell<Dict>,
    /// What instances carry.
    pub layout: Layout,
    /// [`HEAP`], [`BASETYPE`], ...
    pub flags: Cell<u32>,
    /// `__slots__` names, for classes that declare them.
    pub slots: Option<Vec<String>>,
    /// MRO lookups by interned name address, valid for one type version.
    pub cache: RefCell<LookupCache>,
    /// `__subclasses__()`.
    pub subclasses: RefCell<Vec<crate::object::Uncounted>>,
    /// Changes whenever this class or a base changes (attribute-site caches compare it).
    pub version: Cell<u64>,
}

/// Cached MRO lookups of one type (cleared by [`invalidate`]).
#[derive(Default)]
pub struct LookupCache {
    /// Keyed by the name's str hash, so that forgetting one name is one
    /// removal; an entry answers only for its own name (same object or text).
    entries: pvm_compiler::fxhash::FxHashMap<i64, (ObjRef, Option<Value>)>,
}

impl LookupCache {
    /// Calls `f` with each cached (name, value).
    pub fn for_each(&self, mut f: impl FnMut(&ObjRef, &Option<Value>)) {
        for (name, value) in self.entries.values() {
            f(name, value);
        }
    }

    /// Forgets every entry.
    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

impl TypeData {
    /// Whether a flag is set.
    #[inline]
    pub fn has(&self, flag: u32) -> bool {
        self.flags.get() & flag != 0
    }
}

/// The TypeData of a type object.
#[inline]
pub fn data(ty: &ObjRef) -> &TypeData {
    match &ty.payload {
        Payload::Type(t) => t,
        _ => unreachable!("not a type object"),
    }
}

/// Whether `ty` was created by Python code.
#[inline]
pub fn is_heap_type(ty: &ObjRef) -> bool {
    match &ty.payload {
        Payload::Type(t) => t.flags.get() & HEAP != 0,
        _ => false,
    }
}

/// Whether instances of `ty` need `__del__` run before they are freed.
#[inline]
pub fn has_finalizer(ty: &ObjRef) -> bool {
    match &ty.payload {
        Payload::Type(t) => t.flags.get() & HAS_DEL != 0,
        _ => false,
    }
}

/// Whether `sub` is `sup` or derives from it.
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    if sub.is(sup) {
        return true;
    }
    data(sub).mro.borrow().iter().any(|t| t.is(sup))
}

/// After `name` was set or deleted in `ty`'s namespace: forgets the cached
/// lookups of that name only, in `ty` and every class derived from it,
/// and gives them new versions (attribute-site caches compare those).
pub fn invalidate_name(ty: &ObjRef, name: &str) {
    let hash = crate::str::hash_text(name, name.is_ascii());
    for_class_and_subclasses(ty, &mut |t| {
        forget_name(t, hash);
        data(t).version.set(next_version());
    });
}

/// Forgets the cached lookups of `name` in `ty` and the classes derived
/// from it, keeping their versions: for a class variable rebound from one
/// plain value to another (`Counter.count += 1`), which no attribute site
/// depends on (sites remember functions, properties and slots, and that
/// a class has nothing under a name).
pub fn forget_value(ty: &ObjRef, name: &str) {
    let hash = crate::str::hash_text(name, name.is_ascii());
    for_class_and_subclasses(ty, &mut |t| forget_name(t, hash));
}

/// Drops the cached lookup of the name with str hash `hash` (the cache is
/// keyed by it).
fn forget_name(t: &ObjRef, hash: i64) {
    data(t).cache.borrow_mut().entries.remove(&hash);
}

/// Invalidates the cached lookups of `ty` and of every class derived
/// from it, after `ty`'s namespace changed.
pub fn invalidate(ty: &ObjRef) {
    for_class_and_subclasses(ty, &mut |t| {
        data(t).cache.borrow_mut().entries.clear();
        data(t).version.set(next_version());
    });
}

/// Calls `f` on `ty` and on every class derived from it.
fn for_class_and_subclasses(ty: &ObjRef, f: &mut dyn FnMut(&ObjRef)) {
    f(ty);
    let subs: Vec<ObjRef> = {
        let subs = data(ty).subclasses.borrow();
        if subs.is_empty() {
            return;
        }
        // Copied out: `f` may not run with the list borrowed.
        subs.iter().map(|s| s.upgrade()).collect()
    };
    for s in &subs {
        for_class_and_subclasses(s, f);
    }
}

thread_local! {
    static VERSIONS: Cell<u64> = const { Cell::new(1) };
}

/// A version no class has had before.
pub fn next_version() -> u64 {
    VERSIONS.with(|v| {
        v.set(v.get() + 1);
        v.get()
    })
}

/// The version of a type's namespace (changes when it or a base changes).
#[inline]
pub fn version(ty: &ObjRef) -> u64 {
    data(ty).version.get()
}

/// Looks an interned name up along the MRO, through the type's cache.
#[inline]
pub fn lookup_interned(ty: &ObjRef, name: &ObjRef) -> Option<Value> {
    let td = data(ty);
    let Payload::Str(s) = &name.payload else {
        return None;
    };
    let hash = s.hash();
    if let Some((n, v)) = td.cache.borrow().entries.get(&hash) {
        if n.is(name) || n.as_str_payload() == Some(s.as_str()) {
            return v.clone();
        }
    }
    let found = lookup(ty, s.as_str(), hash);
    let mut c = td.cache.borrow_mut();
    // Names made at run time (getattr with computed strings) must not
    // grow the cache without bound.
    if c.entries.len() >= 1024 {
        c.entries.clear();
    }
    c.entries.insert(hash, (name.clone(), found.clone()));
    found
}

/// The `__slots__` members a class's instances carry (own and inherited;
/// `__dict__` and `__weakref__` are not members).
pub fn slot_count(ty: &ObjRef) -> usize {
    data(ty)
        .mro
        .borrow()
        .iter()
        .filter_map(|t| data(t).slots.as_ref())
        .map(|s| {
            s.iter()
                .filter(|n| *n != "__dict__" && *n != "__weakref__")
                .count()
        })
        .sum()
}

/// Looks `name` up along the MRO of `ty` (no descriptors applied).
pub fn lookup(ty: &ObjRef, name: &str, hash: i64) -> Option<Value> {
    let td = data(ty);
    for t in td.mro.borrow().iter() {
        if let Some(v) = data(t).dict.borrow().get_str(name, hash) {
            return Some(v.clone());
        }
    }
    None
}

/// Looks `name` up along the MRO, also returning the type that defines it.
pub fn lookup_with_owner(ty: &ObjRef, name: &str, hash: i64) -> Option<(Value, ObjRef)> {
    for t in data(ty).mro.borrow().iter() {
        if let Some(v) = data(t).dict.borrow().get_str(name, hash) {
            return Some((v.clone(), t.clone()));
        }
    }
    None
}

/// C3 linearization of a class with `bases`; Err(names) when the bases
/// have no consistent order (the message lists them).
pub fn c3_mro(this: &ObjRef, bases: &[ObjRef]) -> Result<Vec<ObjRef>, String> {
    let mut seqs: Vec<Vec<ObjRef>> = bases.iter().map(|b| data(b).mro.borrow().clone()).collect();
    seqs.push(bases.to_vec());
    let mut out = vec![this.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut chosen = None;
        for s in &seqs {
            let cand = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|x| x.is(cand))) {
                chosen = Some(cand.clone());
                break;
            }
        }
        let Some(c) = chosen else {
            let mut names: Vec<String> = Vec::new();
            for s in &seqs {
                let n = data(&s[0]).name.borrow().clone();
                if !names.contains(&n) {
                    names.push(n);
                }
            }
            return Err(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if s[0].is(&c) {
                s.remove(0);
            }
        }
        out.push(c);
    }
}

/// The type's `__name__`.
pub fn name(ty: &ObjRef) -> String {
    data(ty).name.borrow().clone()
}
