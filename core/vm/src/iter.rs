//! Built-in iterators and the iteration protocol (`iter()`, `next()`).

use crate::object::ObjRef;
use crate::payload::{Payload, ViewKind};
use crate::types::is_heap_type;
use crate::value::Value;
use crate::{PyResult, Vm};
use std::cell::RefCell;

/// The state of a built-in iterator. Fields: the object iterated, and
/// the position reached (index, byte offset or table slot).
#[allow(missing_docs)]
pub enum IterState {
    /// Over a list (re-reads the list each step, as CPython does).
    List { list: ObjRef, index: usize },
    /// Over a list backwards.
    ListReverse { list: ObjRef, index: isize },
    /// Over a tuple.
    Tuple { tuple: ObjRef, index: usize },
    /// Over a range that fits in i64: next value, step, values left.
    Range { next: i64, step: i64, left: i64 },
    /// Over a str, by byte offset.
    Str { s: ObjRef, offset: usize },
    /// Over bytes or a bytearray.
    Bytes { b: ObjRef, index: usize },
    /// Over a dict's keys, values or items; `len` is the size when it began
    /// and `yielded` counts the items given (CPython's change detection).
    Dict {
        dict: ObjRef,
        slot: usize,
        kind: ViewKind,
        len: usize,
        yielded: usize,
    },
    /// Over a dict's keys backwards.
    DictReverse { dict: ObjRef, slot: isize },
    /// Over a set (`len` detects changes of size).
    Set {
        set: ObjRef,
        slot: usize,
        len: usize,
    },
    /// `__getitem__` with 0, 1, 2, ...
    Seq { obj: Value, index: i64 },
    /// `reversed()` via `__len__`/`__getitem__`.
    SeqReverse { obj: Value, index: i64 },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// `enumerate`.
    Enumerate { it: Value, count: Value },
    /// `zip`.
    Zip { its: Vec<Value>, strict: bool },
    /// `map`.
    Map { func: Value, its: Vec<Value> },
    /// `filter`.
    Filter { func: Value, it: Value },
    /// Finished.
    Done,
}

thread_local! {
    /// How many native iterators are stepping inside one another.
    static NATIVE_NEXT_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

/// The nesting of native iterator steps allowed (under 100 MB of stack).
const MAX_NATIVE_NEXT_DEPTH: u32 = 200_000;

impl Vm {
    /// Wraps an iterator state in an object of type `ty`.
    pub fn new_iter(&self, ty: &ObjRef, state: IterState) -> Value {
        Value::Obj(ObjRef::new(
            ty.clone(),
            Payload::Iter(Box::new(RefCell::new(state))),
        ))
    }

    /// `iter(v)`.
    pub fn iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Obj(o) = v {
            if !is_heap_type(o.ty()) {
                let state = match &o.payload {
                    Payload::List(_) => Some((
                        self.t.list_iterator.clone(),
                        IterState::List {
                            list: o.clone(),
                            index: 0,
                        },
                    )),
                    Payload::Tuple(_) => Some((
                        self.t.tuple_iterator.clone(),
                        IterState::Tuple {
                            tuple: o.clone(),
                            index: 0,
                        },
                    )),
                    Payload::Range(r) if r.is_small() => Some((
                        self.t.range_iterator.clone(),
                        IterState::Range {
                            next: r.start as i64,
                            step: r.step as i64,
                            left: r.len() as i64,
                        },
                    )),
                    // Values beyond i64: index the range one by one.
                    Payload::Range(_) => Some((
                        self.t.range_iterator.clone(),
                        IterState::Seq {
                            obj: v.clone(),
                            index: 0,
                        },
                    )),
                    Payload::Str(s) => {
                        let ty = if s.is_ascii() {
                            self.t.str_iterator.clone()
                        } else {
                            self.t.str_iterator_unicode.clone()
                        };
                        Some((
                            ty,
                            IterState::Str {
                                s: o.clone(),
                                offset: 0,
                            },
                        ))
                    }
                    Payload::Bytes(_) => Some((
                        self.t.bytes_iterator.clone(),
                        IterState::Bytes {
                            b: o.clone(),
                            index: 0,
                        },
                    )),
                    Payload::ByteArray(_) => Some((
                        self.t.bytearray_iterator.clone(),
                        IterState::Bytes {
                            b: o.clone(),
                            index: 0,
                        },
                    )),
                    Payload::Dict(d) => {
                        let len = d.borrow().len();
                        Some((
                            self.t.dict_keyiterator.clone(),
                            IterState::Dict {
                                dict: o.clone(),
                                slot: 0,
                                kind: ViewKind::Keys,
                                len,
                                yielded: 0,
                            },
                        ))
                    }
                    Payload::DictView(d, kind) => {
                        let len = crate::ops::seq::native_len(d).unwrap_or(0);
                        let ty = match kind {
                            ViewKind::Keys => self.t.dict_keyiterator.clone(),
                            ViewKind::Values => self.t.dict_valueiterator.clone(),
                            ViewKind::Items => self.t.dict_itemiterator.clone(),
                        };
                        Some((
                            ty,
                            IterState::Dict {
                                dict: d.clone(),
                                slot: 0,
                                kind: *kind,
                                len,
                                yielded: 0,
                            },
                        ))
                    }
                    Payload::Set(s) => {
                        let len = s.borrow().len();
                        Some((
                            self.t.set_iterator.clone(),
                            IterState::Set {
                                set: o.clone(),
                                slot: 0,
                                len,
                            },
                        ))
                    }
                    Payload::Iter(_) => return Ok(v.clone()),
                    Payload::Generator(g)
                        if g.borrow().kind == crate::payload::GenKind::Generator =>
                    {
                        return Ok(v.clone())
                    }
                    _ => None,
                };
                if let Some((ty, st)) = state {
                    return Ok(self.new_iter(&ty, st));
                }
            }
        }
        let ty = self.type_of(v).clone();
        if let Some(f) = self.lookup_special(&ty, "__iter__") {
            if f.is_none() {
                let tn = self.type_name(v);
                return Err(self.type_error(format!("'{tn}' object is not iterable")));
            }
            let it = self.call(&f, [v.clone()])?;
            let ity = self.type_of(&it).clone();
            let is_iter = matches!(it.payload(), Some(Payload::Iter(_) | Payload::Generator(_)))
                || self.lookup_special(&ity, "__next__").is_some();
            if !is_iter {
                let tn = self.type_name(&it);
                return Err(self.type_error(format!("iter() returned non-iterator of type '{tn}'")));
            }
            return Ok(it);
        }
        if self.lookup_special(&ty, "__getitem__").is_some() {
            let t = self.t.seq_iterator.clone();
            return Ok(self.new_iter(
                &t,
                IterState::Seq {
                    obj: v.clone(),
                    index: 0,
                },
            ));
        }
        let tn = self.type_name(v);
        Err(self.type_error(format!("'{tn}' object is not iterable")))
    }

    /// `next(it)`: Some(value), or None when exhausted.
    pub fn next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            match &o.payload {
                Payload::Iter(state) => return self.iter_next(o, state),
                Payload::Generator(_) => return crate::generator::next(self, o),
                // A native iterator class itself (a Python subclass may
                // override __next__): no lookup, no StopIteration object.
                Payload::Extension(e)
                    if crate::types::data(o.ty()).has(crate::types::IMMUTABLE) =>
                {
                    // Iterators over iterators (chain(chain(...))) nest on
                    // the Rust stack: past a depth no stack holds, an error
                    // (CPython crashes there).
                    let depth = NATIVE_NEXT_DEPTH.with(|d| d.get());
                    if depth >= MAX_NATIVE_NEXT_DEPTH {
                        return Err(
                            self.new_error("RecursionError", "maximum recursion depth exceeded")
                        );
                    }
                    NATIVE_NEXT_DEPTH.with(|d| d.set(depth + 1));
                    let r = e.next_item(self, it);
                    NATIVE_NEXT_DEPTH.with(|d| d.set(depth));
                    if let Some(r) = r {
                        return r;
                    }
                }
                _ => {}
            }
        }
        let ty = self.type_of(it).clone();
        let Some(f) = self.lookup_special(&ty, "__next__") else {
            let tn = self.type_name(it);
            return Err(self.type_error(format!("'{tn}' object is not an iterator")));
        };
        match self.call(&f, [it.clone()]) {
            Ok(v) => Ok(Some(v)),
            Err(e) => {
                if self.error_is(&e, "StopIteration") {
                    Ok(None)
                } else {
                    Err(e)
                }
            }
        }
    }

    fn iter_next(&mut self, _o: &ObjRef, state: &RefCell<IterState>) -> PyResult<Option<Value>> {
        let mut st = state.borrow_mut();
        match &mut *st {
            IterState::List { list, index } => {
                let Payload::List(l) = &list.payload else {
                    unreachable!()
                };
                let l = l.borrow();
                if *index < l.len() {
                    let v = l[*index].clone();
                    *index += 1;
                    return Ok(Some(v));
                }
                drop(l);
                *st = IterState::Done;
                Ok(None)
            }
            IterState::ListReverse { list, index } => {
                let Payload::List(l) = &list.payload else {
                    unreachable!()
                };
                let l = l.borrow();
                if *index >= 0 && (*index as usize) < l.len() {
                    let v = l[*index as usize].clone();
                    *index -= 1;
                    return Ok(Some(v));
                }
                drop(l);
                *st = IterState::Done;
                Ok(None)
            }
            IterState::Tuple { tuple, index } => {
                let Payload::Tuple(t) = &tuple.payload else {
                    unreachable!()
                };
                if *index < t.len() {
                    let v = t[*index].clone();
                    *index += 1;
                    return Ok(Some(v));
                }
                *st = IterState::Done;
                Ok(None)
            }
            IterState::Range { next, step, left } => {
                if *left > 0 {
                    let v = *next;
                    *left -= 1;
                    *next = next.wrapping_add(*step);
                    return Ok(Some(Value::Int(v)));
                }
                Ok(None)
            }
            IterState::Str { s, offset } => {
                let Payload::Str(text) = &s.payload else {
                    unreachable!()
                };
                match text.as_str()[*offset..].chars().next() {
                    Some(c) => {
                        *offset += c.len_utf8();
                        drop(st);
                        Ok(Some(self.new_char(c)))
                    }
                    None => Ok(None),
                }
            }
            IterState::Bytes { b, index } => {
                let byte = match &b.payload {
                    Payload::Bytes(v) => v.get(*index).copied(),
                    Payload::ByteArray(v) => v.borrow().get(*index).copied(),
                    _ => None,
                };
                *index += 1;
                Ok(byte.map(|x| Value::Int(x as i64)))
            }
            IterState::Dict {
                dict,
                slot,
                kind,
                len,
                yielded,
            } => {
                let Payload::Dict(d) = &dict.payload else {
                    unreachable!()
                };
                let d = d.borrow();
                if d.len() != *len {
                    drop(d);
                    *len = usize::MAX;
                    drop(st);
                    return Err(
                        self.new_error("RuntimeError", "dictionary changed size during iteration")
                    );
                }
                while *slot < d.slots() {
                    let i = *slot;
                    *slot += 1;
                    if let Some(e) = d.entry_at(i) {
                        if *yielded >= *len {
                            drop(d);
                            drop(st);
                            return Err(self.new_error(
                                "RuntimeError",
                                "dictionary keys changed during iteration",
                            ));
                        }
                        *yielded += 1;
                        let (k, v) = (e.key.clone(), e.value.clone());
                        let kind = *kind;
                        drop(d);
                        drop(st);
                        return Ok(Some(match kind {
                            ViewKind::Keys => k,
                            ViewKind::Values => v,
                            ViewKind::Items => self.new_pair(k, v),
                        }));
                    }
                }
                Ok(None)
            }
            IterState::DictReverse { dict, slot } => {
                let Payload::Dict(d) = &dict.payload else {
                    unreachable!()
                };
                let d = d.borrow();
                while *slot >= 0 {
                    let i = *slot as usize;
                    *slot -= 1;
                    if let Some(e) = d.entry_at(i) {
                        return Ok(Some(e.key.clone()));
                    }
                }
                Ok(None)
            }
            IterState::Set { set, slot, len } => {
                let Payload::Set(s) = &set.payload else {
                    unreachable!()
                };
                let s = s.borrow();
                if s.len() != *len {
                    drop(s);
                    *len = usize::MAX;
                    drop(st);
                    return Err(self.new_error("RuntimeError", "Set changed size during iteration"));
                }
                while *slot < s.capacity() {
                    let i = *slot;
                    *slot += 1;
                    if let Some(e) = s.slot_at(i) {
                        return Ok(Some(e.key.clone()));
                    }
                }
                Ok(None)
            }
            IterState::Enumerate { it, .. } => {
                // The inner iterator may run Python code: no borrow is held
                // across it. The count is read after it, as CPython does.
                let it = it.clone();
                drop(st);
                let Some(v) = self.next(&it)? else {
                    return Ok(None);
                };
                let mut st = state.borrow_mut();
                let IterState::Enumerate { count, .. } = &mut *st else {
                    return Ok(Some(v));
                };
                let index = match count {
                    Value::Int(c) if *c < i64::MAX => {
                        *c += 1;
                        Value::Int(*c - 1)
                    }
                    _ => {
                        let index = count.clone();
                        drop(st);
                        let next =
                            self.binary_op(&index, &Value::Int(1), crate::ops::BinOp::Add, false)?;
                        if let IterState::Enumerate { count, .. } = &mut *state.borrow_mut() {
                            *count = next;
                        }
                        index
                    }
                };
                Ok(Some(self.new_pair(index, v)))
            }
            IterState::Done => Ok(None),
            // Their state never changes: counted copies of its parts, and
            // no borrow held while Python runs.
            IterState::Filter { func, it } => {
                let (func, it) = (func.clone(), it.clone());
                drop(st);
                self.filter_next(&func, &it)
            }
            IterState::Map { func, its } if its.len() == 1 => {
                let (func, it) = (func.clone(), its[0].clone());
                drop(st);
                match self.next(&it)? {
                    Some(v) => self.call(&func, [v]).map(Some),
                    None => Ok(None),
                }
            }
            _ => {
                // Iterators that call back into Python: take the state out
                // so the callee can never observe it borrowed.
                let taken = std::mem::replace(&mut *st, IterState::Done);
                drop(st);
                let (result, back) = self.advance_python(taken);
                *state.borrow_mut() = back;
                result
            }
        }
    }

    fn advance_python(&mut self, st: IterState) -> (PyResult<Option<Value>>, IterState) {
        match st {
            IterState::Seq { obj, index } => match self.get_item(&obj, &Value::Int(index)) {
                Ok(v) => (
                    Ok(Some(v)),
                    IterState::Seq {
                        obj,
                        index: index + 1,
                    },
                ),
                Err(e) => {
                    let names = ["IndexError", "StopIteration"];
                    for n in names {
                        if self.error_is(&e, n) {
                            return (Ok(None), IterState::Done);
                        }
                    }
                    (Err(e), IterState::Seq { obj, index })
                }
            },
            IterState::SeqReverse { obj, index } => {
                if index < 0 {
                    return (Ok(None), IterState::Done);
                }
                match self.get_item(&obj, &Value::Int(index)) {
                    Ok(v) => (
                        Ok(Some(v)),
                        IterState::SeqReverse {
                            obj,
                            index: index - 1,
                        },
                    ),
                    Err(e) => (Err(e), IterState::Done),
                }
            }
            IterState::Callable { func, sentinel } => match self.call(&func, []) {
                Ok(v) => match self.eq(&v, &sentinel) {
                    Ok(true) => (Ok(None), IterState::Done),
                    Ok(false) => (Ok(Some(v)), IterState::Callable { func, sentinel }),
                    Err(e) => (Err(e), IterState::Callable { func, sentinel }),
                },
                Err(e) => (Err(e), IterState::Callable { func, sentinel }),
            },
            IterState::Zip { its, strict } => {
                let mut items = Vec::with_capacity(its.len());
                for (i, it) in its.iter().enumerate() {
                    match self.next(it) {
                        Ok(Some(v)) => items.push(v),
                        Ok(None) => {
                            if strict {
                                if i > 0 {
                                    let msg = format!(
                                        "zip() argument {} is shorter than argument{} {}",
                                        i + 1,
                                        if i == 1 { "" } else { "s" },
                                        if i == 1 {
                                            "1".to_string()
                                        } else {
                                            format!("1-{i}")
                                        }
                                    );
                                    return (Err(self.value_error(msg)), IterState::Done);
                                }
                                for (j, rest) in its.iter().enumerate().skip(1) {
                                    match self.next(rest) {
                                        Ok(Some(_)) => {
                                            let msg = format!(
                                                "zip() argument {} is longer than argument{} {}",
                                                j + 1,
                                                if j == 1 { "" } else { "s" },
                                                if j == 1 {
                                                    "1".to_string()
                                                } else {
                                                    format!("1-{j}")
                                                }
                                            );
                                            return (Err(self.value_error(msg)), IterState::Done);
                                        }
                                        Ok(None) => {}
                                        Err(e) => return (Err(e), IterState::Done),
                                    }
                                }
                            }
                            return (Ok(None), IterState::Done);
                        }
                        Err(e) => return (Err(e), IterState::Zip { its, strict }),
                    }
                }
                if its.is_empty() {
                    return (Ok(None), IterState::Done);
                }
                let t = self.new_tuple(items);
                (Ok(Some(t)), IterState::Zip { its, strict })
            }
            IterState::Map { func, its } => {
                let mut args = smallvec::SmallVec::<[Value; 4]>::new();
                for it in its.iter() {
                    match self.next(it) {
                        Ok(Some(v)) => args.push(v),
                        Ok(None) => return (Ok(None), IterState::Map { func, its }),
                        Err(e) => return (Err(e), IterState::Map { func, its }),
                    }
                }
                let r = self.call(&func, args).map(Some);
                (r, IterState::Map { func, its })
            }
            other => (Ok(None), other),
        }
    }

    /// The next item of `it` that `func` (None: truth itself) keeps.
    fn filter_next(&mut self, func: &Value, it: &Value) -> PyResult<Option<Value>> {
        while let Some(v) = self.next(it)? {
            let keep = if func.is_none() {
                self.truthy(&v)?
            } else {
                let r = self.call(func, [v.clone()])?;
                self.truthy(&r)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }

    /// Collects an iterable into a Vec.
    pub fn to_vec(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        if let Value::Obj(o) = v {
            if !is_heap_type(o.ty()) {
                match &o.payload {
                    Payload::List(l) => return Ok(l.borrow().clone()),
                    Payload::Tuple(t) => return Ok(t.to_vec()),
                    _ => {}
                }
            }
        }
        let it = self.iter(v)?;
        // list(reversed(seq)) asks the iterator's length hint, which for a
        // sequence iterator calls the sequence's __len__ (observable).
        let hint_target = match it.payload() {
            Some(Payload::Iter(st)) => match &*st.borrow() {
                IterState::SeqReverse { obj, index } if *index >= 0 => Some(obj.clone()),
                _ => None,
            },
            _ => None,
        };
        if let Some(seq) = hint_target {
            self.len(&seq)?;
        }
        // What is known to come is allocated first, as CPython's list()
        // does: an absurd length is a MemoryError, not a machine filled up.
        let known = match it.payload() {
            Some(Payload::Iter(st)) => match &*st.borrow() {
                IterState::Range { left, .. } => (*left).max(0) as usize,
                _ => 0,
            },
            Some(Payload::Extension(_)) => self.extension_length_hint(&it)?,
            _ => 0,
        };
        self.check_alloc(known, std::mem::size_of::<Value>())?;
        let mut out = Vec::with_capacity(known);
        while let Some(x) = self.next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `__length_hint__()` of a native extension iterator (itertools'),
    /// 0 when it has none or gives no number.
    fn extension_length_hint(&mut self, it: &Value) -> PyResult<usize> {
        let ty = self.type_of(it).clone();
        let Some(hint) = self.lookup_special(&ty, "__length_hint__") else {
            return Ok(0);
        };
        match self.call(&hint, [it.clone()])? {
            Value::Int(n) if n > 0 => Ok(n as usize),
            Value::Obj(o) if matches!(o.payload, Payload::Int(_)) => Ok(usize::MAX),
            _ => Ok(0),
        }
    }

    /// A one-character str (ASCII ones are interned).
    pub fn new_char(&mut self, c: char) -> Value {
        if c.is_ascii() {
            // One interned str per ASCII character, as CPython keeps one
            // per Latin-1 character; looked up by index, not by hashing.
            if self.ascii_chars.is_empty() {
                self.ascii_chars = (0..128u8)
                    .map(|b| self.intern(char::from(b).encode_utf8(&mut [0u8; 4])))
                    .collect();
            }
            return Value::Obj(self.ascii_chars[c as usize].clone());
        }
        self.new_str(c.to_string())
    }

    /// An int value from an i128 (a big int when it does not fit in i64).
    pub fn int_value(&self, v: i128) -> Value {
        match i64::try_from(v) {
            Ok(i) => Value::Int(i),
            Err(_) => self.new_int_big(num_bigint::BigInt::from(v)),
        }
    }

    /// A range object.
    pub fn new_range(&self, start: i128, stop: i128, step: i128) -> Value {
        Value::Obj(ObjRef::new(
            self.t.range.clone(),
            Payload::Range(Box::new(crate::payload::RangeData { start, stop, step })),
        ))
    }
}
