//! Dict and set operations that may run Python code (`__hash__`,
//! `__eq__`): the probe loop of [`Dict`] and [`Set`] with the VM's answers.

use crate::dict::{Answers, Dict, Probe};
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::set::Set;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

fn dict_cell(d: &ObjRef) -> &RefCell<Dict> {
    match &d.payload {
        Payload::Dict(d) => d,
        _ => unreachable!("not a dict"),
    }
}

fn set_cell(s: &ObjRef) -> &RefCell<Set> {
    match &s.payload {
        Payload::Set(s) => s,
        _ => unreachable!("not a set"),
    }
}

impl Vm {
    /// The probe loop of both tables: probes without Python, and runs
    /// `__eq__` for each candidate the table asks about (see [`Probe::Ask`]).
    fn find_with(
        &mut self,
        key: &Value,
        probe: impl Fn(&Answers) -> Probe,
        key_at: impl Fn(usize) -> Value,
    ) -> PyResult<Option<usize>> {
        let mut answers = Answers::new();
        loop {
            match probe(&answers) {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Missing => return Ok(None),
                Probe::Ask(i) => {
                    let other = key_at(i);
                    let eq = self.eq(&other, key)?;
                    answers.push((i, other.as_obj().map_or(0, |o| o.addr()), eq));
                }
            }
        }
    }

    /// Finds `key` in a dict: the entry index, with the hash.
    fn dict_find(&mut self, d: &ObjRef, key: &Value) -> PyResult<(Option<usize>, i64)> {
        let hash = self.hash(key)?;
        let cell = dict_cell(d);
        let found = self.find_with(
            key,
            |answers| cell.borrow().probe(hash, key, answers),
            |i| cell.borrow().entry(i).key.clone(),
        )?;
        Ok((found, hash))
    }

    /// `d[key]` without `__missing__`; None when absent.
    pub fn dict_get(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        if let Some(s) = str_key(key) {
            let (text, hash) = s;
            return Ok(dict_cell(d).borrow().get_str(text, hash).cloned());
        }
        let (found, _) = self.dict_find(d, key)?;
        Ok(found.map(|i| dict_cell(d).borrow().entry(i).value.clone()))
    }

    /// `d[key] = value`.
    pub fn dict_set(&mut self, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        let (found, hash) = self.dict_find(d, &key)?;
        let old = {
            let mut t = dict_cell(d).borrow_mut();
            match found {
                Some(i) => Some(t.replace_value(i, value)),
                None => {
                    t.insert_new(hash, key, value);
                    None
                }
            }
        };
        drop(old);
        Ok(())
    }

    /// `del d[key]`, returning the value (None when absent).
    pub fn dict_remove(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let (found, _) = self.dict_find(d, key)?;
        let Some(i) = found else {
            return Ok(None);
        };
        let (k, v) = dict_cell(d).borrow_mut().remove_at(i);
        drop(k);
        Ok(Some(v))
    }

    /// Looks up a str name in a dict object without running Python.
    #[inline]
    pub fn dict_get_str(&self, d: &ObjRef, name: &ObjRef) -> Option<Value> {
        let Payload::Str(s) = &name.payload else {
            return None;
        };
        match &d.payload {
            Payload::Dict(t) => t.borrow().get_interned(name, s.hash()).cloned(),
            _ => None,
        }
    }

    /// Sets a str key in a dict object (str keys never run Python).
    pub fn dict_set_str(&mut self, d: &ObjRef, name: ObjRef, value: Value) {
        let hash = crate::vm::key_hash(&name);
        let key = Value::Obj(name);
        let cell = dict_cell(d);
        let probe = cell.borrow().probe(hash, &key, &Answers::new());
        let old = match probe {
            Probe::Found(i) => Some(cell.borrow_mut().replace_value(i, value)),
            _ => {
                cell.borrow_mut().insert_new(hash, key, value);
                None
            }
        };
        drop(old);
    }

    /// Adds a str key known to be absent from a dict object (no probe).
    pub(crate) fn dict_insert_new_str(&mut self, d: &ObjRef, name: ObjRef, value: Value) {
        let hash = crate::vm::key_hash(&name);
        dict_cell(d)
            .borrow_mut()
            .insert_new(hash, Value::Obj(name), value);
    }

    /// Finds `key` in a set: the slot, with the hash.
    fn set_find(&mut self, s: &ObjRef, key: &Value) -> PyResult<(Option<usize>, i64)> {
        let hash = self.hash(key)?;
        self.set_find_hashed(s, key, hash)
    }

    /// `set_find` for a key whose hash is known (an item of another set).
    fn set_find_hashed(
        &mut self,
        s: &ObjRef,
        key: &Value,
        hash: i64,
    ) -> PyResult<(Option<usize>, i64)> {
        let cell = set_cell(s);
        let found = self.find_with(
            key,
            |answers| cell.borrow().probe(hash, key, answers),
            |i| cell.borrow().key_at(i).clone(),
        )?;
        Ok((found, hash))
    }

    /// `key in s`.
    pub fn set_contains(&mut self, s: &ObjRef, key: &Value) -> PyResult<bool> {
        Ok(self.set_find(s, key)?.0.is_some())
    }

    /// `key in s` for a key whose hash is known.
    pub fn set_contains_hashed(&mut self, s: &ObjRef, key: &Value, hash: i64) -> PyResult<bool> {
        Ok(self.set_find_hashed(s, key, hash)?.0.is_some())
    }

    /// `s.add(key)` for a key whose hash is known.
    pub fn set_add_hashed(&mut self, s: &ObjRef, key: Value, hash: i64) -> PyResult<()> {
        let (found, hash) = self.set_find_hashed(s, &key, hash)?;
        if found.is_none() {
            set_cell(s).borrow_mut().insert_new(hash, key);
        }
        Ok(())
    }

    /// `s.add(key)`.
    pub fn set_add(&mut self, s: &ObjRef, key: Value) -> PyResult<()> {
        let (found, hash) = self.set_find(s, &key)?;
        if found.is_none() {
            set_cell(s).borrow_mut().insert_new(hash, key);
        }
        Ok(())
    }

    /// `s.discard(key)`; whether it was there.
    pub fn set_discard(&mut self, s: &ObjRef, key: &Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        self.set_discard_hashed(s, key, hash)
    }

    /// `s.discard(key)` for a key whose hash is known.
    pub fn set_discard_hashed(&mut self, s: &ObjRef, key: &Value, hash: i64) -> PyResult<bool> {
        let (found, _) = self.set_find_hashed(s, key, hash)?;
        match found {
            Some(i) => {
                let k = set_cell(s).borrow_mut().remove_at(i);
                drop(k);
                Ok(true)
            }
            None => Ok(false),
        }
    }

    /// Sets an attribute in an object's instance dict (creating it).
    pub fn set_attr_direct(&mut self, obj: &ObjRef, name: &str, value: Value) {
        let dict = {
            let mut slot = obj.dict.borrow_mut();
            if slot.is_none() {
                *slot = Some(self.new_dict());
            }
            slot.clone().expect("dict just made")
        };
        let key = self.intern(name);
        self.dict_set_str(&dict, key, value);
    }
}

/// The text and hash of an exact str key.
#[inline]
fn str_key(key: &Value) -> Option<(&str, i64)> {
    match key {
        Value::Obj(o) => match &o.payload {
            Payload::Str(s) if !crate::types::is_heap_type(o.ty()) => Some((s.as_str(), s.hash())),
            _ => None,
        },
        _ => None,
    }
}
