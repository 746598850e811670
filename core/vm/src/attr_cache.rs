//! Inline caches of attribute sites (`LOAD_ATTR`, `LOAD_METHOD`,
//! `STORE_ATTR`) for instances of Python classes: what the class has
//! under the name, valid while the class's version is unchanged
//! (CPython's specialised `LOAD_ATTR_INSTANCE_VALUE`, `LOAD_METHOD_WITH_VALUES`,
//! `STORE_ATTR_INSTANCE_VALUE`, `LOAD_ATTR_PROPERTY`).

use crate::object::ObjRef;
use crate::payload::Payload;
use crate::types;
use crate::value::Value;

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
pub fn builtin_method(
    cache: &std::cell::RefCell<Vec<AttrSite>>,
    at: usize,
    o: &ObjRef,
    name: &ObjRef,
) -> Option<Value> {
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
    if let Some(AttrSite::Method { func, .. }) = cache.borrow().get(at).filter(|s| s.matches(ty)) {
        return Some(func.clone());
    }
    let m = types::lookup_interned(ty, name)?;
    let plain = matches!(m.payload(), Some(Payload::Native(nf))
        if nf.kind == crate::payload::NativeKind::Method && nf.receiver.is_null());
    if !plain {
        return None;
    }
    if let Some(site) = cache.borrow_mut().get_mut(at) {
        *site = AttrSite::Method {
            ty: ty.addr(),
            version: types::version(ty),
            func: m.clone(),
        };
    }
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
        None => AttrSite::InstanceDict { ty: addr, version },
        // A __slots__ member: the value is in the instance's slots (or, for
        // a class with a built-in base, its hidden dict under the same name);
        // a miss falls back to the descriptor's error.
        Some(v) if v.as_obj().is_some_and(|m| m.ty().is(member_descriptor)) => match v.payload() {
            Some(Payload::Member(index)) if types::slot_count(ty) > *index => AttrSite::Slot {
                ty: addr,
                version,
                index: *index,
            },
            _ => AttrSite::InstanceDict { ty: addr, version },
        },
        Some(v) if !for_store => match v.payload() {
            Some(Payload::Function(_)) => AttrSite::Method {
                ty: addr,
                version,
                func: v,
            },
            // Only plain properties: a subclass may override `__get__`.
            Some(Payload::Property(p))
                if !p[0].is_none()
                    && !p[0].is_null()
                    && !types::is_heap_type(v.as_obj().map_or(ty, |o| o.ty())) =>
            {
                AttrSite::Property {
                    ty: addr,
                    version,
                    fget: p[0].clone(),
                }
            }
            _ => AttrSite::Empty,
        },
        Some(_) => AttrSite::Empty,
    }
}

impl AttrSite {
    /// Whether the entry was made for this class as it is now.
    #[inline]
    pub fn matches(&self, ty: &ObjRef) -> bool {
        let (t, v) = match self {
            AttrSite::Empty => return false,
            AttrSite::InstanceDict { ty, version }
            | AttrSite::Slot { ty, version, .. }
            | AttrSite::Method { ty, version, .. }
            | AttrSite::Property { ty, version, .. } => (*ty, *version),
        };
        t == ty.addr() && v == types::version(ty)
    }
}
