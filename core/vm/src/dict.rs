//! The dict table: CPython's compact layout (an index table over an
//! insertion-ordered entry list), without the index table while the
//! entries fit in `SMALL` slots.
//!
//! The table never calls Python. A probe compares keys with
//! [`fast_eq`](crate::hashing::fast_eq); when a comparison needs a user
//! `__eq__`, the probe stops and asks the caller ([`Probe::Ask`]), which
//! releases its borrow, runs `__eq__` and probes again with the answer.
//! So user code can never observe (or panic on) a table that is borrowed.

use crate::hashing::fast_eq;
use crate::value::Value;

const EMPTY: u32 = u32::MAX;
const DUMMY: u32 = u32::MAX - 1;
const PERTURB_SHIFT: u32 = 5;
/// Up to this many entry slots a dict has no index table: lookups scan
/// the entries (hash first), and a small dict (keyword arguments, most
/// instance dicts) takes one allocation less.
const SMALL: usize = 8;

/// One key/value pair (a deleted entry has a Null key).
#[derive(Clone)]
pub struct Entry {
    /// The key's hash.
    pub hash: i64,
    /// The key (Null when deleted).
    pub key: Value,
    /// The value.
    pub value: Value,
}

/// What a probe found.
#[derive(Debug, PartialEq, Eq)]
pub enum Probe {
    /// The key is at this entry index.
    Found(usize),
    /// The key is absent.
    Missing,
    /// The key at this entry index has the same hash and needs Python's `==`.
    Ask(usize),
}

/// Answers to [`Probe::Ask`]: entry index, the key's address, and the result.
pub type Answers = smallvec::SmallVec<[(usize, usize, bool); 2]>;

/// An insertion-ordered hash table from Python keys to values.
#[derive(Clone)]
pub struct Dict {
    indices: Vec<u32>,
    entries: Vec<Entry>,
    used: usize,
    version: u64,
}

impl Default for Dict {
    fn default() -> Dict {
        Dict {
            indices: Vec::new(),
            entries: Vec::new(),
            used: 0,
            version: next_version(),
        }
    }
}

thread_local! {
    static VERSIONS: std::cell::Cell<u64> = const { std::cell::Cell::new(1) };
}

/// A version number no dict has had before (for inline caches).
#[inline]
fn next_version() -> u64 {
    VERSIONS.with(|v| {
        let n = v.get() + 1;
        v.set(n);
        n
    })
}

/// Whether dict key `k` is the str `key` (the same object, or equal text).
#[inline(always)]
fn interned_match(k: &Value, key: &crate::object::ObjRef) -> bool {
    match k {
        Value::Obj(k) => {
            k.is(key)
                || matches!((&k.payload, &key.payload),
                    (crate::payload::Payload::Str(a), crate::payload::Payload::Str(b)) if a.as_str() == b.as_str())
        }
        _ => false,
    }
}

fn key_addr(v: &Value) -> usize {
    v.as_obj().map_or(0, |o| o.addr())
}

impl Dict {
    /// An empty dict.
    pub fn new() -> Dict {
        Dict::default()
    }

    /// The number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// Changes whenever the dict changes; unique across all dicts.
    #[inline]
    pub fn version(&self) -> u64 {
        self.version
    }

    /// Whether there are no items.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    /// Finds `key` (with `hash`), using earlier `answers` to user `__eq__`.
    pub fn probe(&self, hash: i64, key: &Value, answers: &Answers) -> Probe {
        // What the entry at `ix` (with the same hash) says.
        let check = |ix: usize| -> Option<Probe> {
            let e = &self.entries[ix];
            match fast_eq(&e.key, key) {
                Some(true) => Some(Probe::Found(ix)),
                Some(false) => None,
                None => {
                    let addr = key_addr(&e.key);
                    match answers.iter().find(|(at, a, _)| *at == ix && *a == addr) {
                        Some((_, _, true)) => Some(Probe::Found(ix)),
                        Some((_, _, false)) => None,
                        None => Some(Probe::Ask(ix)),
                    }
                }
            }
        };
        if self.indices.is_empty() {
            for (ix, e) in self.entries.iter().enumerate() {
                if e.hash == hash && !e.key.is_null() {
                    if let Some(p) = check(ix) {
                        return p;
                    }
                }
            }
            return Probe::Missing;
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return Probe::Missing;
            }
            if ix != DUMMY && self.entries[ix as usize].hash == hash {
                if let Some(p) = check(ix as usize) {
                    return p;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// The value of the first entry with `hash` whose key satisfies `matches`.
    #[inline]
    fn find_value(&self, hash: i64, matches: impl Fn(&Value) -> bool) -> Option<&Value> {
        self.find_entry(hash, matches)
            .map(|ix| &self.entries[ix].value)
    }

    /// The index of the entry whose hash is `hash` and whose key `matches`.
    #[inline(always)]
    fn find_entry(&self, hash: i64, matches: impl Fn(&Value) -> bool) -> Option<usize> {
        if self.indices.is_empty() {
            // A deleted entry's Null key matches nothing.
            return self
                .entries
                .iter()
                .position(|e| e.hash == hash && matches(&e.key));
        }
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let ix = self.indices[i];
            if ix == EMPTY {
                return None;
            }
            if ix != DUMMY {
                let e = &self.entries[ix as usize];
                if e.hash == hash && matches(&e.key) {
                    return Some(ix as usize);
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// Finds a str key without Python (attribute and global lookups).
    #[inline]
    pub fn get_str(&self, name: &str, hash: i64) -> Option<&Value> {
        self.find_value(hash, |k| crate::hashing::is_exact_str_eq(k, name))
    }

    /// Finds an interned str key: compares addresses before text.
    #[inline]
    pub fn get_interned(&self, key: &crate::object::ObjRef, hash: i64) -> Option<&Value> {
        self.find_value(hash, |k| interned_match(k, key))
    }

    /// [`Dict::get_interned`], trying the entry at `hint` first (by
    /// address: the site's name is interned) and leaving there the index
    /// where the key was found.
    #[inline]
    pub fn get_interned_hinted(
        &self,
        key: &crate::object::ObjRef,
        hash: i64,
        hint: &std::cell::Cell<u32>,
    ) -> Option<&Value> {
        if let Some(e) = self.entries.get(hint.get() as usize) {
            if matches!(&e.key, Value::Obj(k) if k.is(key)) {
                return Some(&e.value);
            }
        }
        let ix = self.find_entry(hash, |k| interned_match(k, key))?;
        hint.set(ix as u32);
        Some(&self.entries[ix].value)
    }

    /// [`Dict::set_interned`], trying the entry at `hint` first (see
    /// [`Dict::get_interned_hinted`]).
    pub fn set_interned_hinted(
        &mut self,
        key: &crate::object::ObjRef,
        hash: i64,
        value: Value,
        hint: &std::cell::Cell<u32>,
    ) -> Value {
        let at = hint.get() as usize;
        if matches!(self.entries.get(at).map(|e| &e.key), Some(Value::Obj(k)) if k.is(key)) {
            return self.replace_value(at, value);
        }
        match self.find_entry(hash, |k| interned_match(k, key)) {
            Some(ix) => {
                hint.set(ix as u32);
                self.replace_value(ix, value)
            }
            None => {
                self.insert_new(hash, Value::Obj(key.clone()), value);
                // Last: a resize on the way may have compacted the entries.
                hint.set(self.entries.len() as u32 - 1);
                Value::Null
            }
        }
    }

    /// Sets str key `key` (hashing to `hash`; see [`Dict::get_interned`])
    /// with no Python code: the old value, or NULL when it was added.
    pub fn set_interned(&mut self, key: &crate::object::ObjRef, hash: i64, value: Value) -> Value {
        self.set_interned_hinted(key, hash, value, &std::cell::Cell::new(u32::MAX))
    }

    /// The entry at `index` (from a probe).
    pub fn entry(&self, index: usize) -> &Entry {
        &self.entries[index]
    }

    /// Replaces the value at `index`, returning the old one.
    pub fn replace_value(&mut self, index: usize, value: Value) -> Value {
        self.version = next_version();
        std::mem::replace(&mut self.entries[index].value, value)
    }

    /// Appends a key known to be absent.
    pub fn insert_new(&mut self, hash: i64, key: Value, value: Value) {
        self.version = next_version();
        if self.indices.is_empty() && self.entries.len() < SMALL {
            self.entries.push(Entry { hash, key, value });
            self.used += 1;
            return;
        }
        if (self.entries.len() + 1) * 3 > self.indices.len() * 2 {
            self.resize((self.used + 1) * 3);
        }
        let mask = self.indices.len() - 1;
        let slot = find_empty(&self.indices, mask, hash);
        self.indices[slot] = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        self.used += 1;
    }

    /// Removes the entry at `index`, returning its key and value.
    pub fn remove_at(&mut self, index: usize) -> (Value, Value) {
        self.version = next_version();
        if !self.indices.is_empty() {
            let hash = self.entries[index].hash;
            let mask = self.indices.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            while self.indices[i] != index as u32 {
                perturb >>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb as usize) & mask;
            }
            self.indices[i] = DUMMY;
        }
        self.used -= 1;
        let e = &mut self.entries[index];
        let key = std::mem::take(&mut e.key);
        let value = std::mem::take(&mut e.value);
        (key, value)
    }

    /// Removes and returns the last item (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let index = self.entries.iter().rposition(|e| !e.key.is_null())?;
        let item = self.remove_at(index);
        self.entries.truncate(index);
        Some(item)
    }

    /// Removes everything.
    pub fn clear(&mut self) -> Vec<Entry> {
        self.version = next_version();
        self.indices.clear();
        self.used = 0;
        std::mem::take(&mut self.entries)
    }

    /// The live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The number of entry slots (live or deleted): the bound of [`Dict::entry_at`].
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    /// The live entry at slot `i`, if any (for iterators that keep a position).
    pub fn entry_at(&self, i: usize) -> Option<&Entry> {
        self.entries.get(i).filter(|e| !e.key.is_null())
    }

    /// Live (key, value) pairs, cloned: a snapshot to iterate while
    /// running Python code (which must not see the table borrowed).
    pub fn items(&self) -> Vec<(Value, Value)> {
        self.iter()
            .map(|e| (e.key.clone(), e.value.clone()))
            .collect()
    }

    /// Live keys, cloned.
    pub fn keys(&self) -> Vec<Value> {
        self.iter().map(|e| e.key.clone()).collect()
    }

    fn resize(&mut self, min: usize) {
        let mut size = 8;
        while size < min {
            size <<= 1;
        }
        let live: Vec<Entry> = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(|e| !e.key.is_null())
            .collect();
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (n, e) in live.iter().enumerate() {
            let slot = find_empty(&self.indices, mask, e.hash);
            self.indices[slot] = n as u32;
        }
        self.entries = live;
    }
}

fn find_empty(indices: &[u32], mask: usize, hash: i64) -> usize {
    let mut perturb = hash as u64;
    let mut i = (hash as u64 as usize) & mask;
    while indices[i] != EMPTY {
        perturb >>= PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb as usize) & mask;
    }
    i
}
