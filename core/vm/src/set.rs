//! The set table: CPython's open addressing (linear probes, then
//! perturbation), so iteration order is CPython's under PYTHONHASHSEED=0.
//! Like [`Dict`](crate::dict::Dict) it never calls Python: a probe that
//! needs a user `__eq__` asks the caller ([`Probe::Ask`]).

use crate::dict::{Answers, Probe};
use crate::hashing::fast_eq;
use crate::value::Value;

const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
const MIN_SIZE: usize = 8;
/// The hash a deleted slot carries (real hashes are never -1).
const DUMMY_HASH: i64 = -1;

/// One slot: empty (Null key, hash 0), deleted (Null key, hash -1) or live.
#[derive(Clone, Default)]
pub struct Slot {
    /// The key's hash.
    pub hash: i64,
    /// The key.
    pub key: Value,
}

/// A hash set of Python values.
#[derive(Clone)]
pub struct Set {
    table: Vec<Slot>,
    fill: usize,
    used: usize,
}

impl Default for Set {
    fn default() -> Set {
        Set {
            table: vec![Slot::default(); MIN_SIZE],
            fill: 0,
            used: 0,
        }
    }
}

fn key_addr(v: &Value) -> usize {
    v.as_obj().map_or(0, |o| o.addr())
}

impl Set {
    /// An empty set.
    pub fn new() -> Set {
        Set::default()
    }

    /// The number of items.
    #[inline]
    pub fn len(&self) -> usize {
        self.used
    }

    /// Whether empty.
    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Finds `key`; [`Probe::Found`] and [`Probe::Ask`] carry slot indices.
    pub fn probe(&self, hash: i64, key: &Value, answers: &Answers) -> Probe {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let slot = &self.table[j];
                if slot.key.is_null() {
                    if slot.hash == 0 {
                        return Probe::Missing;
                    }
                    continue;
                }
                if slot.hash == hash {
                    match fast_eq(&slot.key, key) {
                        Some(true) => return Probe::Found(j),
                        Some(false) => {}
                        None => {
                            let addr = key_addr(&slot.key);
                            match answers.iter().find(|(at, a, _)| *at == j && *a == addr) {
                                Some((_, _, true)) => return Probe::Found(j),
                                Some((_, _, false)) => {}
                                None => return Probe::Ask(j),
                            }
                        }
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        }
    }

    /// The key in slot `index`.
    pub fn key_at(&self, index: usize) -> &Value {
        &self.table[index].key
    }

    /// Adds a key known to be absent (the probe said Missing).
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        let mut free: Option<usize> = None;
        let target = 'search: loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for j in i..=i + probes {
                let slot = &self.table[j];
                if slot.key.is_null() {
                    if slot.hash == 0 {
                        break 'search free.unwrap_or(j);
                    }
                    if free.is_none() {
                        free = Some(j);
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        };
        let was_empty = self.table[target].hash == 0;
        self.table[target] = Slot { hash, key };
        self.used += 1;
        if was_empty {
            self.fill += 1;
            if self.fill * 5 >= mask * 3 {
                let want = if self.used > 50_000 {
                    self.used * 2
                } else {
                    self.used * 4
                };
                self.resize(want);
            }
        }
    }

    /// Removes the key in slot `index`.
    pub fn remove_at(&mut self, index: usize) -> Value {
        self.used -= 1;
        let slot = &mut self.table[index];
        slot.hash = DUMMY_HASH;
        std::mem::take(&mut slot.key)
    }

    /// Grows the table before adding about `extra` keys (`set_merge`'s rule).
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Rebuilds the table for at least `min_used` keys.
    pub fn resize(&mut self, min_used: usize) {
        let mut size = MIN_SIZE;
        while size <= min_used {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::default(); size]);
        let mask = size - 1;
        self.fill = 0;
        self.used = 0;
        for slot in old {
            if !slot.key.is_null() {
                self.insert_clean(mask, slot);
            }
        }
    }

    fn insert_clean(&mut self, mask: usize, slot: Slot) {
        let mut perturb = slot.hash as u64;
        let mut i = (slot.hash as u64 as usize) & mask;
        let target = 'search: loop {
            if self.table[i].key.is_null() {
                break i;
            }
            if i + LINEAR_PROBES <= mask {
                for j in i + 1..=i + LINEAR_PROBES {
                    if self.table[j].key.is_null() {
                        break 'search j;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb as usize) & mask;
        };
        self.table[target] = slot;
        self.fill += 1;
        self.used += 1;
    }

    /// What `set(other_set)` builds (CPython's `set_merge` into an empty set).
    pub fn copy_from(other: &Set) -> Set {
        let mut s = Set::new();
        s.reserve_for(other.used);
        if s.mask() == other.mask() && other.fill == other.used {
            return other.clone();
        }
        let mask = s.mask();
        for slot in other.iter_slots() {
            s.insert_clean(mask, slot.clone());
        }
        s
    }

    /// Live slots in table order.
    pub fn iter_slots(&self) -> impl Iterator<Item = &Slot> {
        self.table.iter().filter(|s| !s.key.is_null())
    }

    /// Live keys in table order.
    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.iter_slots().map(|s| &s.key)
    }

    /// The live slot at table position `i` (for iterators keeping a position).
    pub fn slot_at(&self, i: usize) -> Option<&Slot> {
        self.table.get(i).filter(|s| !s.key.is_null())
    }

    /// The table size (bound of [`Set::slot_at`]).
    pub fn capacity(&self) -> usize {
        self.table.len()
    }

    /// Removes everything.
    pub fn clear(&mut self) -> Vec<Slot> {
        let old = std::mem::replace(&mut self.table, vec![Slot::default(); MIN_SIZE]);
        self.fill = 0;
        self.used = 0;
        old
    }

    /// Removes and returns an arbitrary key (`set.pop`, CPython's finger order).
    pub fn pop_first(&mut self) -> Option<Value> {
        let index = self.table.iter().position(|s| !s.key.is_null())?;
        Some(self.remove_at(index))
    }
}
