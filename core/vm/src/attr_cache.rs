//! Inline caches of attribute sites (`LOAD_ATTR`, `LOAD_METHOD`,
//! `STORE_ATTR`) for instances of Python classes: what the class has
//! under the name, valid while the class's version is unchanged
//! (CPython's specialised `LOAD_ATTR_INSTANCE_VALUE`, `LOAD_METHOD_WITH_VALUES`,
//! `STORE_ATTR_INSTANCE_VALUE`, `LOAD_ATTR_PROPERTY`).

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types;
use crate::value::Value;
use pvm_compiler::opcode::Opcode;
use std::cell::RefCell;

/// What one attribute site learned about one class.
#[derive(Clone, Default)]
pub enum AttrSite {
    /// Nothing cached.
    #[default]
    Empty,
    /// The class has nothing under the name: the value lives in the instance dict.
    InstanceDict {
        /// The class's address.
        ty: usize,
        /// The class's version.
        version: u64,
        /// Where in the instance dict's entries the name was last found:
        /// instances of a class mostly set their attributes in the same
        /// order, so this is checked before hashing (CPython's
        /// `LOAD_ATTR_WITH_HINT`).
        hint: std::cell::Cell<u32>,
    },
    /// The class has a Python function under the name.
    Method {
        /// The class's address.
        ty: usize,
        /// The class's version.
        version: u64,
        /// The function.
        func: Value,
    },
    /// The class has a `__slots__` member under the name: the value is in
    /// the instance's slots at `index`.
    Slot {
        /// The class's address.
        ty: usize,
        /// The class's version.
        version: u64,
        /// The slot's index.
        index: usize,
    },
    /// The class has a property with a getter under the name.
    Property {
        /// The class's address.
        ty: usize,
        /// The class's version.
        version: u64,
        /// The getter.
        fget: Value,
    },
    /// For a store: the class has a property with a Python setter under
    /// the name.
    Setter {
        /// The class's address.
        ty: usize,
        /// The class's version.
        version: u64,
        /// The setter.
        fset: Value,
    },
}

/// Entries per attribute site: a site that sees instances of two classes
/// (`shape.area()` over a mix of shapes) keeps both.
const WAYS: usize = 4;

/// The attribute sites of one code object: `WAYS` entries for each
/// `LOAD_ATTR`, `LOAD_METHOD` and `STORE_ATTR` (and for `BINARY_SUBSCR`
/// and `STORE_SUBSCR`, the class's `__getitem__` / `__setitem__`), none
/// for other instructions.
pub struct AttrSites {
    /// Per instruction: its site's number, or `u32::MAX`.
    site_of: Box<[u32]>,
    /// Per site, most recently learned first.
    entries: RefCell<Vec<[AttrSite; WAYS]>>,
}

impl AttrSites {
    /// Sites for the attribute instructions among `ops`.
    pub fn new(ops: impl Iterator<Item = Opcode>) -> AttrSites {
        let mut count = 0u32;
        let site_of = ops
            .map(|op| {
                if matches!(
                    op,
                    Opcode::LOAD_ATTR
                        | Opcode::LOAD_METHOD
                        | Opcode::STORE_ATTR
                        | Opcode::BINARY_SUBSCR
                        | Opcode::STORE_SUBSCR
                ) {
                    count += 1;
                    count - 1
                } else {
                    u32::MAX
                }
            })
            .collect();
        AttrSites {
            site_of,
            entries: RefCell::new(vec![Default::default(); count as usize]),
        }
    }

    /// Calls `f` with the entry of the site at instruction `at` that was
    /// made for class `ty` as it is now; None when there is none.
    #[inline]
    pub fn with_match<R>(
        &self,
        at: usize,
        ty: &ObjRef,
        f: impl FnOnce(&AttrSite) -> R,
    ) -> Option<R> {
        let site = *self.site_of.get(at)? as usize;
        let entries = self.entries.borrow();
        let ways = entries.get(site)?;
        ways.iter().find(|e| e.matches(ty)).map(f)
    }

    /// Whether the site at `at` has an entry for `ty` as it is now.
    #[inline]
    pub fn knows(&self, at: usize, ty: &ObjRef) -> bool {
        self.with_match(at, ty, |_| ()).is_some()
    }

    /// Remembers `entry` at the site of instruction `at`: it replaces an
    /// entry for the same class, else the least recently learned one.
    pub fn remember(&self, at: usize, entry: AttrSite) {
        let Some(&site) = self.site_of.get(at) else {
            return;
        };
        let mut entries = self.entries.borrow_mut();
        let Some(ways) = entries.get_mut(site as usize) else {
            return;
        };
        let same = ways
            .iter()
            .position(|e| e.class_addr() == entry.class_addr());
        let last = same.unwrap_or(WAYS - 1);
        ways[..=last].rotate_right(1);
        ways[0] = entry;
    }
}

/// A plain instance whose attribute lookups may use a site cache.
#[inline]
pub fn cacheable(o: &ObjRef) -> bool {
    if !matches!(o.payload, Payload::Object | Payload::Slots(_)) {
        return false;
    }
    let td = types::data(o.ty());
    td.has(types::HEAP) && !td.has(types::CUSTOM_GETATTRIBUTE)
}

/// `LOAD_METHOD` on an instance of a built-in type (`d.get`, `parts.append`):
/// the native method, from the site's cache or looked up and remembered.
/// Built-in types cannot change, so their version never moves. None when
/// the name is not a plain native method of the type (the general path).
pub fn builtin_method(cache: &AttrSites, at: usize, o: &ObjRef, name: &ObjRef) -> Option<Value> {
    let ty = o.ty();
    if types::is_heap_type(ty)
        || o.dict.borrow().is_some()
        || matches!(
            o.payload,
            Payload::Type(_) | Payload::Super(_) | Payload::Module(_)
        )
    {
        return None;
    }
    let cached = cache.with_match(at, ty, |site| match site {
        AttrSite::Method { func, .. } => Some(func.clone()),
        _ => None,
    });
    if let Some(func) = cached.flatten() {
        return Some(func);
    }
    let m = types::lookup_interned(ty, name)?;
    let plain = matches!(m.payload(), Some(Payload::Native(nf))
        if nf.kind == crate::payload::NativeKind::Method && nf.receiver.is_null());
    if !plain {
        return None;
    }
    cache.remember(
        at,
        AttrSite::Method {
            ty: ty.addr(),
            version: types::version(ty),
            func: m.clone(),
        },
    );
    Some(m)
}

/// Whether instances of `ty` may store `name` in their (hidden) dict.
fn storable(ty: &ObjRef, name: &str) -> bool {
    let td = types::data(ty);
    if td.has(types::INSTANCE_DICT) {
        return true;
    }
    td.mro.borrow().iter().any(|t| {
        types::data(t)
            .slots
            .as_ref()
            .is_some_and(|s| s.iter().any(|x| x == name))
    })
}

/// What a site should remember about `ty` for `name`, if anything.
/// `member_descriptor` is the type of `__slots__` members.
pub fn learn(ty: &ObjRef, name: &ObjRef, for_store: bool, member_descriptor: &ObjRef) -> AttrSite {
    let n = name.as_str_payload().unwrap_or("");
    if n == "__class__" || n == "__dict__" {
        return AttrSite::Empty;
    }
    let td = types::data(ty);
    if for_store && td.has(types::CUSTOM_SETATTR) {
        return AttrSite::Empty;
    }
    if for_store && !storable(ty, n) {
        return AttrSite::Empty;
    }
    let version = td.version.get();
    let addr = ty.addr();
    match types::lookup_interned(ty, name) {
        None => AttrSite::InstanceDict {
            ty: addr,
            version,
            hint: Default::default(),
        },
        // A __slots__ member: the value is in the instance's slots (or, for
        // a class with a built-in base, its hidden dict under the same name);
        // a miss falls back to the descriptor's error.
        Some(v) if v.as_obj().is_some_and(|m| m.ty().is(member_descriptor)) => match v.payload() {
            Some(Payload::Member(index)) if types::slot_count(ty) > *index => AttrSite::Slot {
                ty: addr,
                version,
                index: *index,
            },
            _ => AttrSite::InstanceDict {
                ty: addr,
                version,
                hint: Default::default(),
            },
        },
        Some(v) if !for_store => match (v.payload(), plain_property(&v)) {
            (Some(Payload::Function(_)), _) => AttrSite::Method {
                ty: addr,
                version,
                func: v,
            },
            // Not with `__getattr__`, which an AttributeError of the getter
            // falls back to.
            (_, Some(p)) if !td.has(types::HAS_GETATTR) && !p[0].is_none() && !p[0].is_null() => {
                AttrSite::Property {
                    ty: addr,
                    version,
                    fget: p[0].clone(),
                }
            }
            _ => AttrSite::Empty,
        },
        Some(v) => match plain_property(&v) {
            Some(p) if matches!(p[1].payload(), Some(Payload::Function(_))) => AttrSite::Setter {
                ty: addr,
                version,
                fset: p[1].clone(),
            },
            _ => AttrSite::Empty,
        },
    }
}

/// The getter, setter, deleter and doc of `v` when it is a plain
/// `property` (a subclass may override `__get__` and `__set__`).
fn plain_property(v: &Value) -> Option<&[Value; 4]> {
    match v.as_obj() {
        Some(o) if !types::is_heap_type(o.ty()) => match &o.payload {
            Payload::Property(p) => Some(p),
            _ => None,
        },
        _ => None,
    }
}

impl AttrSite {
    /// The class address and version the entry was made for.
    #[inline]
    fn made_for(&self) -> Option<(usize, u64)> {
        match self {
            AttrSite::Empty => None,
            AttrSite::InstanceDict { ty, version, .. }
            | AttrSite::Slot { ty, version, .. }
            | AttrSite::Method { ty, version, .. }
            | AttrSite::Property { ty, version, .. }
            | AttrSite::Setter { ty, version, .. } => Some((*ty, *version)),
        }
    }

    /// The address of the class the entry was made for (0 when empty).
    fn class_addr(&self) -> usize {
        self.made_for().map_or(0, |(t, _)| t)
    }

    /// Whether the entry was made for this class as it is now.
    #[inline]
    pub fn matches(&self, ty: &ObjRef) -> bool {
        self.made_for()
            .is_some_and(|(t, v)| t == ty.addr() && v == types::version(ty))
    }
}
