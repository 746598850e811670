//! The interpreter loop. Python-to-Python calls push a frame and carry on
//! in the same loop (no Rust recursion); errors unwind through the
//! exception tables of the frames, adding traceback entries.

use crate::args::Args;
use crate::frame::Frame;
use crate::object::ObjRef;
use crate::ops::{BinOp, CmpOp};
use crate::payload::{Payload, Traceback};
use crate::value::Value;
use crate::{PyResult, Vm};
use pvm_compiler::opcode::Opcode as Op;
use std::mem::MaybeUninit;
use std::rc::Rc;

/// Set by a Ctrl-C handler (or an editor's "interrupt"): the loop raises
/// KeyboardInterrupt at the next backward jump or call.
pub static INTERRUPT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// How a failed instruction left the frame.
enum Failure {
    /// A new error: add a traceback entry for this frame.
    Raise(ObjRef),
    /// A re-raise (`RERAISE`, `raise` in a handler): no new entry.
    Reraise(ObjRef),
}

impl From<ObjRef> for Failure {
    fn from(e: ObjRef) -> Failure {
        Failure::Raise(e)
    }
}

/// Whether `v` is an instance of a heap class (not a class itself): its
/// subscripts go through the class's `__getitem__`/`__setitem__`.
#[inline]
fn heap_instance(v: &Value) -> bool {
    matches!(v, Value::Obj(o) if crate::types::is_heap_type(o.ty()) && !matches!(o.payload, Payload::Type(_)))
}

/// What an attribute site cache answered.
pub(crate) enum AttrHit {
    /// The attribute.
    Value(Value),
    /// A property: its getter must be called.
    Getter(Value),
}

/// What `LOAD_ATTR`'s site cache did.
enum CachedLoad {
    /// The attribute replaced the object on the stack.
    Done,
    /// A getter's frame was pushed; its result will replace the object.
    Frame,
    /// The cache could not answer: the general lookup runs.
    Miss,
}

/// How a subscript of a heap class instance calls its class's method.
enum Subscript {
    /// A Python function, run in the same loop.
    Python(ObjRef),
    /// A native function.
    Native(crate::payload::NativeFn),
}

/// Whether `o` is BaseException or a subclass (the type flag says so
/// without a lookup of BaseException).
#[inline]
fn is_exception_class(o: &ObjRef) -> bool {
    matches!(&o.payload, Payload::Type(td) if td.has(crate::types::EXCEPTION))
}

/// The value of slot `index` of an instance with `__slots__`, if set.
#[inline]
fn slot_value(o: &ObjRef, index: usize) -> Option<Value> {
    match &o.payload {
        Payload::Slots(values) => values.borrow().get(index).filter(|v| !v.is_null()).cloned(),
        _ => None,
    }
}

/// A value in an object's instance dict under an interned name, looked for
/// first at entry `hint` (see `AttrSite::InstanceDict`).
#[inline]
fn instance_value_hinted(o: &ObjRef, name: &ObjRef, hint: &std::cell::Cell<u32>) -> Option<Value> {
    let d = o.dict.borrow();
    let Payload::Dict(t) = &d.as_ref()?.payload else {
        return None;
    };
    let Payload::Str(s) = &name.payload else {
        return None;
    };
    let v = t
        .borrow()
        .get_interned_hinted(name, s.hash(), hint)
        .cloned();
    v
}

/// `o.name = v` into the instance dict, trying entry `hint` first: the
/// old value (or NULL); `v` back when there is no dict to take it.
fn store_in_dict(
    o: &ObjRef,
    name: &ObjRef,
    v: Value,
    hint: &std::cell::Cell<u32>,
) -> Result<Value, Value> {
    let Ok(d) = o.dict.try_borrow() else {
        return Err(v);
    };
    let (Some(Payload::Dict(t)), Payload::Str(s)) = (d.as_ref().map(|d| &d.payload), &name.payload)
    else {
        return Err(v);
    };
    let r = match t.try_borrow_mut() {
        Ok(mut t) => Ok(t.set_interned_hinted(name, s.hash(), v, hint)),
        Err(_) => Err(v),
    };
    r
}

/// A value in an object's instance dict under an interned name.
#[inline]
fn instance_value(o: &ObjRef, name: &ObjRef) -> Option<Value> {
    instance_value_hinted(o, name, &std::cell::Cell::new(u32::MAX))
}

impl Vm {
    /// Runs the top frame (and the frames it calls) until the entry frame
    /// returns or yields.
    pub fn run_frames(&mut self) -> PyResult<Value> {
        // A nested run (native code calling Python) leaves the outer loop's
        // position as it found it.
        let outer_lasti = self.cur_lasti;
        // The interrupted frame (below the one about to run) is at the
        // instruction that called out: sys._getframe and warnings read it.
        if let Some(i) = self.frames.len().checked_sub(2) {
            self.frames[i].lasti = outer_lasti;
        }
        let result = loop {
            match self.execute() {
                Ok(v) => break Ok(crate::value::relay(v)),
                Err(failure) => {
                    // The instruction that failed, in the frame that raised.
                    if let Some(top) = self.frames.last_mut() {
                        top.lasti = self.cur_lasti;
                    }
                    let (exc, new) = match failure {
                        Failure::Raise(e) => (e, true),
                        Failure::Reraise(e) => (e, false),
                    };
                    if let Err(e) = self.unwind(exc, new) {
                        break Err(e);
                    }
                }
            }
        };
        self.cur_lasti = outer_lasti;
        result
    }

    /// Starts unwinding the top frame with `exc` as if its current
    /// instruction raised it (generator `throw`).
    pub fn run_frames_raising(&mut self, exc: ObjRef) -> PyResult<Value> {
        self.unwind(exc, true)?;
        self.run_frames()
    }

    /// Finds a handler for `exc` from the top frame outwards; Err when the
    /// entry frame is left.
    fn unwind(&mut self, mut exc: ObjRef, new: bool) -> PyResult<()> {
        let mut add_tb = new;
        if new {
            self.set_context(&exc);
        }
        loop {
            if add_tb {
                self.add_traceback(&exc);
            }
            add_tb = true;
            let frame = self.frames.last_mut().expect("frame");
            if let Some(h) = frame.code.handler_for(frame.lasti) {
                let depth = frame.base + frame.code.nlocalsplus + h.depth as usize;
                let lasti = frame.lasti;
                frame.ip = h.target as usize;
                self.stack.truncate(depth);
                if h.lasti {
                    self.push(Value::Int(lasti as i64));
                }
                self.push(Value::Obj(exc));
                return Ok(());
            }
            let _ = frame;
            let frame = crate::frame::pop_frame(&mut self.frames).expect("frame");
            self.keep_locals_in_traceback(&exc, &frame);
            self.stack.truncate(frame.floor);
            if let Some(g) = &frame.generator {
                crate::generator::finished(g);
                if crate::generator::is_inline(&frame) {
                    crate::generator::leave_inline(self, g, false);
                    exc = crate::generator::escaping_inline(self, exc);
                }
            }
            if frame.entry {
                return Err(exc);
            }
        }
    }

    /// Moves an unwound frame's locals into the exception's newest
    /// traceback entry, so they live as long as the traceback (objects
    /// in them are finalized when CPython would finalize them) and
    /// `tb_frame.f_locals` can show them.
    fn keep_locals_in_traceback(&mut self, exc: &ObjRef, frame: &Frame) {
        let end = (frame.base + frame.code.nlocalsplus).min(self.stack.len());
        let start = frame.base.min(end);
        if start == end {
            return;
        }
        let Some(d) = crate::exceptions::data(exc) else {
            return;
        };
        let tb = d.borrow().traceback.clone();
        if let Some(Payload::Traceback(t)) = tb.payload() {
            if t.frame_values.borrow().is_empty() {
                let values: Vec<Value> = self.stack.drain(start..end).collect();
                *t.frame_values.borrow_mut() = values;
            }
        }
    }

    /// Sets `__context__` of a newly raised exception to the one being handled.
    fn set_context(&mut self, exc: &ObjRef) {
        let Value::Obj(handled) = &self.handled else {
            return;
        };
        if handled.is(exc) {
            return;
        }
        let Some(d) = crate::exceptions::data(exc) else {
            return;
        };
        if !d.borrow().context.is_none() {
            return;
        }
        // Avoid cycles: cut the chain where it reaches `exc`.
        let mut cur = handled.clone();
        while let Some(cd) = crate::exceptions::data(&cur) {
            let next = cd.borrow().context.clone();
            match next {
                Value::Obj(n) if n.is(exc) => {
                    if let Some(cd) = crate::exceptions::data(&cur) {
                        cd.borrow_mut().context = Value::None;
                    }
                    break;
                }
                Value::Obj(n) => cur = n,
                _ => break,
            }
        }
        d.borrow_mut().context = Value::Obj(handled.clone());
    }

    /// Prepends a traceback entry for the top frame.
    fn add_traceback(&mut self, exc: &ObjRef) {
        let frame = self.frames.last().expect("frame");
        let Some(d) = crate::exceptions::data(exc) else {
            return;
        };
        let old = std::mem::take(&mut d.borrow_mut().traceback);
        let tb = ObjRef::new(
            self.t.traceback.clone(),
            Payload::Traceback(Box::new(Traceback {
                next: old.as_obj().cloned(),
                code: frame.code.clone(),
                lasti: frame.lasti,
                frame_values: std::cell::RefCell::new(Vec::new()),
                globals: frame.globals.clone(),
                locals: frame.locals.clone(),
                base: frame.base,
            })),
        );
        d.borrow_mut().traceback = Value::Obj(tb);
    }

    /// Pops the top value, reading it as two words: values are written as
    /// two words, and a 16-byte load of them would stall store forwarding.
    #[inline]
    fn pop(&mut self) -> Value {
        let n = self.stack.len();
        assert!(n > 0, "value stack underflow");
        // Plain loads, not `value::read_words`: its volatile ones measured
        // 1.07x the time on the loops benchmark here.
        // SAFETY: index n-1 is initialised; after set_len it is moved out
        // exactly once. `Value` is `repr(u64)`: two words, any valid bits.
        unsafe {
            let p = self.stack.as_ptr().add(n - 1) as *const MaybeUninit<u64>;
            let words = [std::ptr::read(p), std::ptr::read(p.add(1))];
            self.stack.set_len(n - 1);
            std::mem::transmute::<[MaybeUninit<u64>; 2], Value>(words)
        }
    }

    /// A clone of stack slot `i`, read as two words (see [`Vm::pop`]).
    #[inline]
    fn read_slot(&self, i: usize) -> Value {
        (*self.peek_slot(i)).clone()
    }

    /// An uncounted copy of stack slot `i`, read as two words: valid while
    /// the slot keeps its value, and never dropped.
    #[inline]
    fn peek_slot(&self, i: usize) -> std::mem::ManuallyDrop<Value> {
        assert!(i < self.stack.len(), "stack slot out of range");
        // SAFETY: slot i is initialised; the bitwise copy is never dropped
        // (ManuallyDrop), so counts stay balanced.
        unsafe {
            let p = self.stack.as_ptr().add(i) as *const MaybeUninit<u64>;
            let words = [std::ptr::read(p), std::ptr::read(p.add(1))];
            std::mem::ManuallyDrop::new(std::mem::transmute::<[MaybeUninit<u64>; 2], Value>(words))
        }
    }

    /// Replaces stack slot `i` (two-word accesses), returning the old value.
    #[inline]
    fn write_slot(&mut self, i: usize, v: Value) -> Value {
        assert!(i < self.stack.len(), "stack slot out of range");
        // SAFETY: slot i is initialised; the old value is moved out and
        // returned, the new one moved in.
        unsafe {
            let p = self.stack.as_mut_ptr().add(i) as *mut MaybeUninit<u64>;
            let old = [std::ptr::read(p), std::ptr::read(p.add(1))];
            crate::value::write_words(p as *mut Value, v);
            std::mem::transmute::<[MaybeUninit<u64>; 2], Value>(old)
        }
    }

    /// Pops the top `n` values (in stack order), word by word (see [`Vm::pop`]).
    fn pop_n(&mut self, n: usize) -> Vec<Value> {
        let mut out = Vec::with_capacity(n);
        let start = self.stack.len() - n;
        crate::value::move_values(&mut self.stack, start, &mut out);
        out
    }

    /// Pushes a value as two words (see [`Vm::pop`]).
    #[inline]
    pub(crate) fn push(&mut self, v: Value) {
        if self.stack.len() == self.stack.capacity() {
            self.stack.reserve(1);
        }
        let n = self.stack.len();
        // SAFETY: capacity was reserved: slot n is allocated and free.
        unsafe {
            crate::value::write_words(self.stack.as_mut_ptr().add(n), v);
            self.stack.set_len(n + 1);
        }
    }

    #[inline]
    fn top(&self) -> &Value {
        self.stack.last().expect("value stack underflow")
    }

    /// Runs instructions of the top frame until the entry frame returns.
    fn execute(&mut self) -> Result<Value, Failure> {
        // The running frame's code, borrowed without a count. SAFETY
        // (each use below): `frames[fi]` owns an `Rc` of this code while it
        // runs; whatever removes that frame (return, yield) reloads `code`
        // before its next use.
        macro_rules! code_of {
            ($f:expr) => {
                unsafe { crate::frame::code_uncounted(&$f) }
            };
        }
        let mut fi = self.frames.len() - 1;
        let mut code: &crate::code::Code = code_of!(self.frames[fi]);
        let mut ip = self.frames[fi].ip;
        let mut base = self.frames[fi].base;
        // Where the running frame is, for what runs before it continues
        // (a call, a yield, `__del__`s, an import, a raise).
        macro_rules! save_position {
            () => {{
                self.frames[fi].ip = ip;
                self.frames[fi].lasti = ip - 1;
            }};
        }
        // After an instruction that may have released the last reference to
        // an object: its `__del__` (or weak reference callbacks) run now,
        // before the next instruction, where CPython would have run them.
        macro_rules! release_point {
            () => {
                if crate::object::SAFE_POINT_WORK.load(std::sync::atomic::Ordering::Relaxed) {
                    save_position!();
                    self.run_pending_work();
                }
            };
        }
        macro_rules! reload {
            () => {{
                fi = self.frames.len() - 1;
                let f = &self.frames[fi];
                code = code_of!(f);
                ip = f.ip;
                base = f.base;
            }};
        }
        loop {
            match crate::fast_tier::run(self, &mut code, &mut fi, &mut base, &mut ip) {
                crate::fast_tier::Stop::General => {}
                crate::fast_tier::Stop::ReleasePoint => {
                    save_position!();
                    self.run_pending_work();
                    continue;
                }
            }
            let instr = code.instrs[ip];
            // The frame's `lasti` is written only when it calls out or fails
            // (`save_position!`, `run_frames`): a store into the frame on
            // every instruction cost ~10%.
            self.cur_lasti = ip;
            ip += 1;
            let arg = instr.arg;
            match instr.op {
                Op::NOP | Op::PRECALL | Op::CACHE | Op::EXTENDED_ARG => {}
                // Entering a function (a property getter, say) first runs
                // pending `__del__`s and callbacks, as CPython would already have.
                Op::RESUME => self.eval_breaker(fi, ip)?,
                Op::LOAD_FAST => {
                    let v = self.read_slot(base + arg as usize);
                    if v.is_null() {
                        return Err(self.unbound_local(code, arg as usize).into());
                    }
                    self.push(v);
                }
                Op::STORE_FAST => {
                    let v = self.pop();
                    let old = self.write_slot(base + arg as usize, v);
                    if let Value::Obj(_) = old {
                        drop(old);
                        release_point!();
                    }
                }
                Op::DELETE_FAST => {
                    let old = std::mem::take(&mut self.stack[base + arg as usize]);
                    if old.is_null() {
                        return Err(self.unbound_local(code, arg as usize).into());
                    }
                    drop(old);
                    release_point!();
                }
                Op::LOAD_CONST => {
                    let v = code.consts[arg as usize].clone();
                    self.push(v);
                }
                Op::POP_TOP => {
                    if let Value::Obj(_) = self.pop() {
                        release_point!();
                    }
                }
                Op::PUSH_NULL => self.push(Value::Null),
                Op::COPY => {
                    let v = self.stack[self.stack.len() - arg as usize].clone();
                    self.push(v);
                }
                Op::SWAP => {
                    let n = self.stack.len();
                    self.stack.swap(n - 1, n - arg as usize);
                }
                Op::BINARY_OP => {
                    let b = self.pop();
                    let mut a = self.pop();
                    let (op, inplace) = BinOp::from_nb(arg);
                    if op == BinOp::Add
                        && matches!(a.payload(), Some(Payload::Str(_)))
                        && matches!(b.payload(), Some(Payload::Str(_)))
                        && !crate::types::is_heap_type(self.type_of(&a))
                        && !crate::types::is_heap_type(self.type_of(&b))
                    {
                        // `s += t` appends in place when `s` has no other
                        // reference (CPython's unicode_concatenate).
                        if inplace {
                            if let Some(next) = code.instrs.get(ip) {
                                if next.op == Op::STORE_FAST
                                    && self.stack[base + next.arg as usize].is(&a)
                                {
                                    self.stack[base + next.arg as usize] = Value::Null;
                                }
                            }
                        }
                        if let (Value::Obj(ao), Some(bs)) = (&mut a, b.as_str()) {
                            if let Some(obj) = ao.get_mut() {
                                if let Payload::Str(s) = &mut obj.payload {
                                    s.append(bs);
                                    self.push(a);
                                    continue;
                                }
                            }
                        }
                    }
                    // Small ints and floats were tried by the fast tier.
                    let r = self.binary_op(&a, &b, op, inplace)?;
                    self.push(r);
                }
                Op::COMPARE_OP => {
                    let b = self.pop();
                    let a = self.pop();
                    let op = CmpOp::from_arg(arg);
                    // Two ints or two floats were compared by the fast tier.
                    let r = self.compare(&a, &b, op)?;
                    self.push(r);
                }
                Op::IS_OP => {
                    let b = self.pop();
                    let a = self.pop();
                    self.push(Value::Bool(a.is(&b) != (arg == 1)));
                }
                Op::CONTAINS_OP => {
                    let b = self.pop();
                    let a = self.pop();
                    let r = self.contains(&b, &a)?;
                    self.push(Value::Bool(r != (arg == 1)));
                }
                Op::UNARY_NEGATIVE | Op::UNARY_POSITIVE | Op::UNARY_INVERT => {
                    let v = self.pop();
                    let which = match instr.op {
                        Op::UNARY_NEGATIVE => "-",
                        Op::UNARY_POSITIVE => "+",
                        _ => "~",
                    };
                    let r = self.unary_op(&v, which)?;
                    self.push(r);
                }
                Op::UNARY_NOT => {
                    let v = self.pop();
                    let t = self.truthy(&v)?;
                    self.push(Value::Bool(!t));
                }
                Op::BINARY_SUBSCR => {
                    // Lists, tuples and dicts were tried by the fast tier.
                    let n = self.stack.len();
                    let method = if heap_instance(&self.stack[n - 2]) {
                        self.subscript_method(code, ip - 1, "__getitem__", true)
                    } else {
                        None
                    };
                    match method {
                        // A Python `__getitem__`: its frame runs in this
                        // loop, `obj` and `key` already where its arguments go.
                        Some(Subscript::Python(f)) => {
                            save_position!();
                            let n = self.stack.len();
                            self.push_positional_frame(&f, n - 2, n - 2, 2, false);
                            reload!();
                            continue;
                        }
                        Some(Subscript::Native(f)) => {
                            save_position!();
                            let r = self.call_native_on_stack(f, 2)?;
                            self.push(r);
                            continue;
                        }
                        None => {}
                    }
                    let key = self.pop();
                    let obj = self.pop();
                    let r = self.get_item(&obj, &key)?;
                    self.push(r);
                }
                Op::STORE_SUBSCR => {
                    let method = if heap_instance(&self.stack[self.stack.len() - 2]) {
                        self.subscript_method(code, ip - 1, "__setitem__", false)
                    } else {
                        None
                    };
                    if let Some(Subscript::Native(f)) = method {
                        // [value, obj, key] -> __setitem__(obj, key, value).
                        let n = self.stack.len();
                        self.stack[n - 3..].rotate_left(1);
                        save_position!();
                        self.call_native_on_stack(f, 3)?;
                        release_point!();
                        continue;
                    }
                    let key = self.pop();
                    let obj = self.pop();
                    let v = self.pop();
                    // An exact list at an in-range int was stored by the
                    // fast tier (`fast_tier::store_item`).
                    self.set_item(&obj, &key, v)?;
                    release_point!();
                }
                Op::DELETE_SUBSCR => {
                    let key = self.pop();
                    let obj = self.pop();
                    self.set_item(&obj, &key, Value::Null)?;
                    release_point!();
                }
                Op::BUILD_SLICE => {
                    // `seq[a:b]`: a built-in sequence is sliced without the
                    // slice object, as the BINARY_SUBSCR that follows.
                    if code
                        .instrs
                        .get(ip)
                        .is_some_and(|i| i.op == Op::BINARY_SUBSCR)
                        && self.slice_fusable(arg as usize)
                    {
                        self.cur_lasti = ip;
                        ip += 1;
                        self.slice_in_place(arg as usize)?;
                        continue;
                    }
                    let step = if arg == 3 { self.pop() } else { Value::None };
                    let stop = self.pop();
                    let start = self.pop();
                    let s = self.new_slice(start, stop, step);
                    self.push(s);
                }
                Op::GET_LEN => {
                    let n = self.len(&self.top().clone())?;
                    self.push(Value::Int(n as i64));
                }
                Op::JUMP_FORWARD | Op::JUMP_BACKWARD_NO_INTERRUPT => ip = arg as usize,
                Op::JUMP_BACKWARD => {
                    self.eval_breaker(fi, arg as usize)?;
                    ip = arg as usize;
                }
                Op::POP_JUMP_FORWARD_IF_FALSE | Op::POP_JUMP_BACKWARD_IF_FALSE => {
                    let v = self.pop();
                    let t = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if !t {
                        ip = arg as usize;
                    }
                }
                Op::POP_JUMP_FORWARD_IF_TRUE | Op::POP_JUMP_BACKWARD_IF_TRUE => {
                    let v = self.pop();
                    let t = match v {
                        Value::Bool(b) => b,
                        _ => self.truthy(&v)?,
                    };
                    if t {
                        ip = arg as usize;
                    }
                }
                Op::POP_JUMP_FORWARD_IF_NONE | Op::POP_JUMP_BACKWARD_IF_NONE => {
                    if self.pop().is_none() {
                        ip = arg as usize;
                    }
                }
                Op::POP_JUMP_FORWARD_IF_NOT_NONE | Op::POP_JUMP_BACKWARD_IF_NOT_NONE => {
                    if !self.pop().is_none() {
                        ip = arg as usize;
                    }
                }
                Op::JUMP_IF_FALSE_OR_POP => {
                    let v = self.top().clone();
                    if !self.truthy(&v)? {
                        ip = arg as usize;
                    } else {
                        self.pop();
                    }
                }
                Op::JUMP_IF_TRUE_OR_POP => {
                    let v = self.top().clone();
                    if self.truthy(&v)? {
                        ip = arg as usize;
                    } else {
                        self.pop();
                    }
                }
                Op::GET_ITER => {
                    let v = self.pop();
                    let it = self.iter(&v)?;
                    self.push(it);
                }
                Op::FOR_ITER => {
                    let it = self.top().clone();
                    if let Value::Obj(g) = &it {
                        if let Payload::Generator(_) = &g.payload {
                            // Resume the generator's frame in this loop.
                            save_position!();
                            if crate::generator::enter_inline(self, g, &Value::None) {
                                self.push(Value::None);
                                reload!();
                                continue;
                            }
                        }
                    }
                    match self.next_for_loop(&it)? {
                        Some(v) => self.push(v),
                        None => {
                            self.pop();
                            ip = arg as usize;
                        }
                    }
                }
                Op::LOAD_GLOBAL => {
                    if arg & 1 == 1 {
                        self.push(Value::Null);
                    }
                    let v = self.load_global_cached(fi, code, ip - 1, arg >> 1)?;
                    self.push(v);
                }
                Op::STORE_GLOBAL => {
                    let v = self.pop();
                    let name = code.names[arg as usize].clone();
                    let g = self.frames[fi].globals.clone();
                    self.dict_set_str(&g, name, v);
                    release_point!();
                }
                Op::DELETE_GLOBAL => {
                    let name = code.names[arg as usize].clone();
                    let g = self.frames[fi].globals.clone();
                    if self.dict_remove(&g, &Value::Obj(name.clone()))?.is_none() {
                        return Err(self.name_error(&name).into());
                    }
                    release_point!();
                }
                Op::LOAD_NAME => {
                    let name = code.names[arg as usize].clone();
                    let v = self.load_name(fi, &name)?;
                    self.push(v);
                }
                Op::STORE_NAME => {
                    let v = self.pop();
                    let name = code.names[arg as usize].clone();
                    let locals = self.frames[fi].locals.clone();
                    match &locals {
                        // A dict subclass (an enum's namespace) sees its __setitem__.
                        Value::Obj(d)
                            if matches!(d.payload, Payload::Dict(_)) && d.ty().is(&self.t.dict) =>
                        {
                            self.dict_set_str(d, name, v)
                        }
                        _ => self.set_item(&locals, &Value::Obj(name), v)?,
                    }
                    release_point!();
                }
                Op::DELETE_NAME => {
                    let name = code.names[arg as usize].clone();
                    let locals = self.frames[fi].locals.clone();
                    let removed = match &locals {
                        Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) => {
                            self.dict_remove(d, &Value::Obj(name.clone()))?.is_some()
                        }
                        _ => self
                            .set_item(&locals, &Value::Obj(name.clone()), Value::Null)
                            .is_ok(),
                    };
                    if !removed {
                        return Err(self.name_error(&name).into());
                    }
                    release_point!();
                }
                Op::LOAD_ATTR => {
                    let name = &code.names[arg as usize];
                    match self.load_attr_cached(code, ip - 1, name)? {
                        CachedLoad::Done => continue,
                        CachedLoad::Frame => {
                            save_position!();
                            reload!();
                            continue;
                        }
                        CachedLoad::Miss => {}
                    }
                    let obj = self.pop();
                    let v = self.get_attr(&obj, name)?;
                    self.push(v);
                    self.fill_attr_cache(code, ip - 1, &obj, name, false);
                }
                Op::LOAD_METHOD => {
                    let obj = self.pop();
                    let name = code.names[arg as usize].clone();
                    if let Some((a, b)) = self.method_site_hit(code, ip - 1, &obj, &name) {
                        self.push(a);
                        self.push(b);
                        continue;
                    }
                    if let Value::Obj(o) = &obj {
                        if crate::attr_cache::cacheable(o) && !code.attr_cache.knows(ip - 1, o.ty())
                        {
                            self.fill_attr_cache(code, ip - 1, &obj, &name, false);
                        }
                    }
                    self.load_method(obj, &name)?;
                }
                Op::STORE_ATTR => {
                    let obj = self.pop();
                    let v = self.pop();
                    let name = &code.names[arg as usize];
                    if let Some(v) = self.store_attr_cached(code, ip - 1, &obj, name, v)? {
                        self.set_attr(&obj, name, v)?;
                    }
                    release_point!();
                }
                Op::DELETE_ATTR => {
                    let obj = self.pop();
                    let name = &code.names[arg as usize];
                    self.set_attr(&obj, name, Value::Null)?;
                    release_point!();
                }
                Op::BUILD_TUPLE => {
                    let t = if arg == 2 {
                        let b = self.pop();
                        let a = self.pop();
                        self.new_pair(a, b)
                    } else {
                        let items = self.pop_n(arg as usize);
                        self.new_tuple(items)
                    };
                    self.push(t);
                }
                Op::BUILD_LIST => {
                    let items = self.pop_n(arg as usize);
                    let l = self.new_list(items);
                    self.push(l);
                }
                Op::BUILD_SET => {
                    let items = self.pop_n(arg as usize);
                    let s = self.new_set(false);
                    for x in items {
                        self.set_add(&s, x)?;
                    }
                    self.push(Value::Obj(s));
                }
                Op::BUILD_MAP => {
                    let items = self.pop_n(2 * arg as usize);
                    let d = self.new_dict();
                    let mut it = items.into_iter();
                    while let (Some(k), Some(v)) = (it.next(), it.next()) {
                        self.dict_set(&d, k, v)?;
                    }
                    self.push(Value::Obj(d));
                }
                Op::BUILD_CONST_KEY_MAP => {
                    let keys = self.pop();
                    let values = self.pop_n(arg as usize);
                    let d = self.new_dict();
                    if let Some(Payload::Tuple(ks)) = keys.payload() {
                        for (k, v) in ks.iter().zip(values) {
                            self.dict_set(&d, k.clone(), v)?;
                        }
                    }
                    self.push(Value::Obj(d));
                }
                Op::BUILD_STRING => {
                    let v = self.build_string(arg as usize);
                    self.push(v);
                }
                Op::LIST_APPEND => {
                    let v = self.pop();
                    let l = &self.stack[self.stack.len() - arg as usize];
                    if let Some(Payload::List(l)) = l.payload() {
                        l.borrow_mut().push(v);
                    }
                }
                Op::SET_ADD => {
                    let v = self.pop();
                    let s = self.stack[self.stack.len() - arg as usize].clone();
                    if let Value::Obj(s) = s {
                        self.set_add(&s, v)?;
                    }
                }
                Op::MAP_ADD => {
                    let v = self.pop();
                    let k = self.pop();
                    let d = self.stack[self.stack.len() - arg as usize].clone();
                    if let Value::Obj(d) = d {
                        self.dict_set(&d, k, v)?;
                    }
                }
                Op::LIST_EXTEND => {
                    let it = self.pop();
                    let l = self.stack[self.stack.len() - arg as usize].clone();
                    let items = match self.to_vec(&it) {
                        Ok(items) => items,
                        Err(e) => {
                            if self.error_is(&e, "TypeError")
                                && self
                                    .lookup_special(&self.type_of(&it).clone(), "__iter__")
                                    .is_none()
                                && self
                                    .lookup_special(&self.type_of(&it).clone(), "__getitem__")
                                    .is_none()
                            {
                                let tn = self.type_name(&it);
                                return Err(self
                                    .type_error(format!(
                                        "Value after * must be an iterable, not {tn}"
                                    ))
                                    .into());
                            }
                            return Err(e.into());
                        }
                    };
                    if let Some(Payload::List(l)) = l.payload() {
                        l.borrow_mut().extend(items);
                    }
                }
                Op::SET_UPDATE => {
                    let it = self.pop();
                    let s = self.stack[self.stack.len() - arg as usize].clone();
                    // As `set.update`: a set (the frozenset constant of a
                    // literal) is merged whole, giving CPython's table order.
                    if let Value::Obj(s) = s {
                        self.set_fill(&s, &it)?;
                    }
                }
                Op::DICT_UPDATE => {
                    let other = self.pop();
                    let d = self.stack[self.stack.len() - arg as usize].clone();
                    if let Err(e) = self.dict_update(&d, &other) {
                        if self.error_is(&e, "AttributeError") {
                            let tn = self.type_name(&other);
                            return Err(self
                                .type_error(format!("'{tn}' object is not a mapping"))
                                .into());
                        }
                        return Err(e.into());
                    }
                }
                Op::DICT_MERGE => {
                    let other = self.pop();
                    let d = self.stack[self.stack.len() - arg as usize].clone();
                    let func = self.stack[self.stack.len() - arg as usize - 2].clone();
                    self.dict_merge_kwargs(&d, &other, &func)?;
                }
                Op::LIST_TO_TUPLE => {
                    let l = self.pop();
                    let items = match l.payload() {
                        Some(Payload::List(l)) => l.borrow().clone(),
                        _ => Vec::new(),
                    };
                    let t = self.new_tuple(items);
                    self.push(t);
                }
                Op::UNPACK_SEQUENCE => {
                    let seq = self.pop();
                    self.unpack_sequence(seq, arg as usize)?;
                }
                Op::UNPACK_EX => {
                    let seq = self.pop();
                    self.unpack_ex(seq, (arg & 0xff) as usize, (arg >> 8) as usize)?;
                }
                Op::FORMAT_VALUE => {
                    let spec = if arg & 4 != 0 { Some(self.pop()) } else { None };
                    let v = self.pop();
                    let v = match arg & 3 {
                        1 => self.str_value(&v)?,
                        2 => {
                            let s = self.repr(&v)?;
                            self.new_str(s)
                        }
                        3 => {
                            let s = self.repr(&v)?;
                            self.new_str(crate::builtins::functions::ascii_escape(&s))
                        }
                        _ => v,
                    };
                    let r = match (&spec, v.as_str()) {
                        (None, Some(_)) if !crate::types::is_heap_type(self.type_of(&v)) => v,
                        _ => {
                            let spec = spec.unwrap_or_else(|| Value::Obj(self.empty_str()));
                            self.format(&v, &spec)?
                        }
                    };
                    self.push(r);
                }
                Op::MAKE_FUNCTION => {
                    let f = self.make_function(fi, arg)?;
                    self.push(f);
                }
                Op::MAKE_CELL => {
                    let slot = base + arg as usize;
                    let v = std::mem::take(&mut self.stack[slot]);
                    self.stack[slot] = self.new_cell(v);
                }
                Op::COPY_FREE_VARS => {
                    let f = self.frames[fi].func.clone();
                    if let Some(f) = f {
                        if let Payload::Function(func) = &f.payload {
                            if let Some(cells) = &func.closure {
                                let start = base + code.nlocalsplus - arg as usize;
                                for (i, c) in cells.iter().enumerate() {
                                    self.stack[start + i] = Value::Obj(c.clone());
                                }
                            }
                        }
                    }
                }
                Op::LOAD_CLOSURE => {
                    let v = self.stack[base + arg as usize].clone();
                    self.push(v);
                }
                Op::LOAD_DEREF => {
                    let v = self.load_deref(code, base, arg as usize)?;
                    self.push(v);
                }
                Op::LOAD_CLASSDEREF => {
                    let name = code.localsplus_names[arg as usize].clone();
                    let locals = self.frames[fi].locals.clone();
                    let found = match &locals {
                        Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) => {
                            self.dict_get_str(d, &name)
                        }
                        _ => None,
                    };
                    let v = match found {
                        Some(v) => v,
                        None => self.load_deref(code, base, arg as usize)?,
                    };
                    self.push(v);
                }
                Op::STORE_DEREF => {
                    let v = self.pop();
                    if let Some(Payload::Cell(c)) = self.stack[base + arg as usize].payload() {
                        let old = c.replace(v);
                        drop(old);
                    }
                }
                Op::DELETE_DEREF => {
                    let old = match self.stack[base + arg as usize].payload() {
                        Some(Payload::Cell(c)) => c.replace(Value::Null),
                        _ => Value::Null,
                    };
                    if old.is_null() {
                        return Err(self.unbound_deref(code, arg as usize).into());
                    }
                }
                Op::KW_NAMES => {
                    let names = code.consts[arg as usize].as_obj().cloned();
                    self.frames[fi].kwnames = names;
                }
                Op::CALL => {
                    // `del x` then a call: __del__ runs first, as in CPython.
                    self.eval_breaker(fi, ip - 1)?;
                    let kwnames = self.frames[fi].kwnames.take();
                    save_position!();
                    if self.call_instruction(arg as usize, kwnames)? {
                        reload!();
                    }
                }
                Op::CALL_FUNCTION_EX => {
                    let kwargs = if arg & 1 == 1 { Some(self.pop()) } else { None };
                    let posargs = self.pop();
                    let func = self.pop();
                    let null = self.pop();
                    debug_assert!(null.is_null());
                    save_position!();
                    if matches!(func.payload(), Some(Payload::Function(_))) {
                        // As a CALL: bound in place, run by this loop.
                        self.push(Value::Null);
                        self.push(func.clone());
                        let pushed = self.ex_push_args(&func, posargs, kwargs);
                        if pushed.is_err() {
                            self.stack.truncate(self.stack.len() - 2);
                        }
                        let (argc, kwnames) = pushed?;
                        if self.call_instruction(argc, kwnames)? {
                            reload!();
                        }
                    } else {
                        let start = self.stack.len();
                        let (_, kwnames) = self.ex_push_args(&func, posargs, kwargs)?;
                        let values = crate::value::take_values(&mut self.stack, start);
                        let r = self.call_args(&func, Args { values, kwnames })?;
                        self.push(r);
                    }
                }
                Op::RETURN_VALUE => {
                    let mut v = self.pop();
                    let frame = crate::frame::pop_frame(&mut self.frames).expect("frame");
                    if frame.init {
                        // The instance waits at the floor (see `push_init_frame`).
                        self.stack.truncate(frame.floor + 1);
                        if !v.is_none() {
                            // Raised in the caller, at its CALL.
                            drop(frame);
                            self.cur_lasti = self.frames.last().map_or(0, |f| f.lasti);
                            let tn = self.type_name(&v);
                            return Err(self
                                .type_error(format!("__init__() should return None, not '{tn}'"))
                                .into());
                        }
                        v = self.pop();
                    }
                    self.stack.truncate(frame.floor);
                    if let Some(g) = &frame.generator {
                        crate::generator::finished(g);
                        if crate::generator::is_inline(&frame) {
                            // Exhausted: the caller's FOR_ITER ends its
                            // loop, or its SEND (`yield from`) takes the
                            // return value and jumps.
                            crate::generator::leave_inline(self, g, false);
                            drop(frame);
                            fi = self.frames.len() - 1;
                            code = code_of!(self.frames[fi]);
                            base = self.frames[fi].base;
                            let resumer = code.instrs[self.frames[fi].lasti];
                            self.pop();
                            if resumer.op == Op::SEND {
                                self.push(v);
                            } else {
                                debug_assert_eq!(resumer.op, Op::FOR_ITER);
                            }
                            ip = resumer.arg as usize;
                            continue;
                        }
                    }
                    if frame.entry {
                        return Ok(v);
                    }
                    drop(frame);
                    reload!();
                    self.push(v);
                    if crate::object::SAFE_POINT_WORK.load(std::sync::atomic::Ordering::Relaxed) {
                        save_position!();
                        self.run_pending_work();
                    }
                }
                Op::RETURN_GENERATOR => {
                    save_position!();
                    let entry = self.frames[fi].entry;
                    let g = crate::generator::create_from_top_frame(self);
                    if entry {
                        return Ok(g);
                    }
                    reload!();
                    self.push(g);
                }
                Op::YIELD_VALUE => {
                    let v = self.pop();
                    save_position!();
                    if !crate::generator::is_inline(&self.frames[fi]) {
                        crate::generator::suspend_top_frame(self);
                        return Ok(v);
                    }
                    // Back to the caller's FOR_ITER or SEND, which takes
                    // the value.
                    crate::generator::yield_inline(self);
                    reload!();
                    self.push(v);
                }
                Op::SEND => {
                    let v = self.pop();
                    let receiver = self.top().clone();
                    save_position!();
                    if let Value::Obj(g) = &receiver {
                        // `yield from` a plain generator: its frame runs in
                        // this loop, as for FOR_ITER.
                        if let Payload::Generator(_) = &g.payload {
                            if crate::generator::enter_inline(self, g, &v) {
                                self.push(v);
                                reload!();
                                continue;
                            }
                        }
                    }
                    match crate::generator::send_to(self, &receiver, v)? {
                        crate::generator::SendResult::Yielded(x) => self.push(x),
                        crate::generator::SendResult::Returned(r) => {
                            self.pop();
                            self.push(r);
                            ip = arg as usize;
                        }
                    }
                }
                Op::GET_YIELD_FROM_ITER => {
                    let v = self.pop();
                    let it = match v.payload() {
                        Some(Payload::Generator(g)) => {
                            if g.borrow().kind == crate::payload::GenKind::Coroutine
                                && code.flags
                                    & (pvm_compiler::code::flags::COROUTINE
                                        | pvm_compiler::code::flags::ITERABLE_COROUTINE)
                                    == 0
                            {
                                return Err(self
                                    .type_error("cannot 'yield from' a coroutine object in a non-coroutine generator")
                                    .into());
                            }
                            v
                        }
                        _ => self.iter(&v)?,
                    };
                    self.push(it);
                }
                Op::GET_AWAITABLE => {
                    let v = self.pop();
                    let a = crate::generator::get_awaitable(self, v, arg)?;
                    self.push(a);
                }
                Op::GET_AITER => {
                    let v = self.pop();
                    let a = crate::generator::get_aiter(self, v)?;
                    self.push(a);
                }
                Op::GET_ANEXT => {
                    let v = self.top().clone();
                    let a = crate::generator::get_anext(self, v)?;
                    self.push(a);
                }
                Op::END_ASYNC_FOR => {
                    let exc = self.pop();
                    self.pop();
                    let sai = self.exc_type("StopAsyncIteration");
                    if self.is_instance(&exc, &sai) {
                        // The loop ends normally.
                    } else {
                        let e = exc.as_obj().cloned().expect("exception");
                        return Err(Failure::Reraise(e));
                    }
                }
                Op::ASYNC_GEN_WRAP => {
                    let v = self.pop();
                    let w = Value::Obj(ObjRef::new(
                        self.t.async_gen_wrapped.clone(),
                        Payload::AsyncGenWrapped(v),
                    ));
                    self.push(w);
                }
                Op::BEFORE_ASYNC_WITH => {
                    let mgr = self.pop();
                    let ty = self.type_of(&mgr).clone();
                    let (Some(enter), Some(exit)) = (
                        self.lookup_special(&ty, "__aenter__"),
                        self.lookup_special(&ty, "__aexit__"),
                    ) else {
                        let tn = self.type_name(&mgr);
                        return Err(self
                            .type_error(format!("'{tn}' object does not support the asynchronous context manager protocol"))
                            .into());
                    };
                    let exit = self.descr_get(&exit, &mgr, &ty)?;
                    self.push(exit);
                    let r = self.call(&enter, [mgr])?;
                    let a = crate::generator::get_awaitable(self, r, 1)?;
                    self.push(a);
                }
                Op::BEFORE_WITH => {
                    let mgr = self.pop();
                    let ty = self.type_of(&mgr).clone();
                    let enter = self.lookup_special(&ty, "__enter__");
                    let exit = self.lookup_special(&ty, "__exit__");
                    let (Some(enter), Some(exit)) = (enter, exit) else {
                        let tn = self.type_name(&mgr);
                        return Err(self
                            .type_error(format!(
                                "'{tn}' object does not support the context manager protocol"
                            ))
                            .into());
                    };
                    let exit = self.descr_get(&exit, &mgr, &ty)?;
                    self.push(exit);
                    let r = self.call(&enter, [mgr])?;
                    self.push(r);
                }
                Op::WITH_EXCEPT_START => {
                    let n = self.stack.len();
                    let exc = self.stack[n - 1].clone();
                    let exit = self.stack[n - 4].clone();
                    let ty = Value::Obj(self.type_of(&exc).clone());
                    let tb = match exc.as_obj().and_then(crate::exceptions::data) {
                        Some(d) => d.borrow().traceback.clone(),
                        None => Value::None,
                    };
                    let r = self.call(&exit, [ty, exc, tb])?;
                    self.push(r);
                }
                Op::PUSH_EXC_INFO => {
                    let v = self.pop();
                    let old = std::mem::replace(&mut self.handled, v.clone());
                    self.push(old);
                    self.push(v);
                }
                Op::POP_EXCEPT => {
                    let v = self.pop();
                    self.handled = v;
                }
                Op::CHECK_EXC_MATCH => {
                    let ty = self.pop();
                    let exc = self.top().clone();
                    self.check_except_type(&ty)?;
                    let m = crate::exceptions::exc_matches(self, &exc, &ty)?;
                    self.push(Value::Bool(m));
                }
                Op::CHECK_EG_MATCH => {
                    let ty = self.pop();
                    let exc = self.pop();
                    self.check_except_type(&ty)?;
                    let (rest, matched) = self.exception_group_match(&exc, &ty)?;
                    if matched.is_none() {
                        self.push(exc);
                        self.push(Value::None);
                    } else {
                        self.push(rest);
                        self.push(matched.clone());
                        self.handled = matched;
                    }
                }
                Op::PREP_RERAISE_STAR => {
                    let excs = self.pop();
                    let orig = self.pop();
                    let r = self.prep_reraise_star(&orig, &excs)?;
                    self.push(r);
                }
                Op::RERAISE => {
                    // CPython restores f_lasti from the stack for line numbers
                    // only; the handler search uses this instruction.
                    let exc = self.pop();
                    let e = exc.as_obj().cloned().expect("exception object");
                    return Err(Failure::Reraise(e));
                }
                Op::RAISE_VARARGS => {
                    save_position!();
                    return Err(self.raise_varargs(arg)?);
                }
                Op::LOAD_ASSERTION_ERROR => {
                    let t = self.exc_type("AssertionError");
                    self.push(Value::Obj(t));
                }
                Op::LOAD_BUILD_CLASS => {
                    let f = self.builtin("__build_class__").unwrap_or(Value::None);
                    self.push(f);
                }
                Op::SETUP_ANNOTATIONS => {
                    let locals = self.frames[fi].locals.clone();
                    if let Value::Obj(d) = &locals {
                        let key = self.intern("__annotations__");
                        if self.dict_get_str(d, &key).is_none() {
                            let ann = self.new_dict();
                            self.dict_set_str(d, key, Value::Obj(ann));
                        }
                    }
                }
                Op::IMPORT_NAME => {
                    let fromlist = self.pop();
                    let level = self.pop();
                    let name = code.names[arg as usize].clone();
                    save_position!();
                    let globals = self.frames[fi].globals.clone();
                    let m =
                        crate::import::import_name(self, &name, &fromlist, &level, Some(&globals))?;
                    self.push(m);
                }
                Op::IMPORT_FROM => {
                    let m = self.top().clone();
                    let name = code.names[arg as usize].clone();
                    let v = crate::import::import_from(self, &m, &name)?;
                    self.push(v);
                }
                Op::IMPORT_STAR => {
                    let m = self.pop();
                    let locals = self.frames[fi].locals.clone();
                    crate::import::import_star(self, &m, &locals)?;
                }
                Op::PRINT_EXPR => {
                    let v = self.pop();
                    crate::builtins::functions::display_hook(self, &v)?;
                }
                Op::MATCH_MAPPING => {
                    let v = self.top().clone();
                    let r = crate::matching::is_mapping(self, &v);
                    self.push(Value::Bool(r));
                }
                Op::MATCH_SEQUENCE => {
                    let v = self.top().clone();
                    let r = crate::matching::is_sequence(self, &v);
                    self.push(Value::Bool(r));
                }
                Op::MATCH_KEYS => {
                    let n = self.stack.len();
                    let keys = self.stack[n - 1].clone();
                    let subject = self.stack[n - 2].clone();
                    let r = crate::matching::match_keys(self, &subject, &keys)?;
                    self.push(r);
                }
                Op::MATCH_CLASS => {
                    let names = self.pop();
                    let cls = self.pop();
                    let subject = self.pop();
                    let r =
                        crate::matching::match_class(self, &subject, &cls, arg as usize, &names)?;
                    self.push(r);
                }
                other => {
                    let msg = format!("the {} instruction", other.name());
                    return Err(self.not_implemented_error(&msg).into());
                }
            }
        }
    }

    fn unbound_local(&mut self, code: &crate::code::Code, slot: usize) -> ObjRef {
        let name = code.localsplus_names[slot]
            .as_str_payload()
            .unwrap_or("?")
            .to_string();
        self.new_error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    fn unbound_deref(&mut self, code: &crate::code::Code, slot: usize) -> ObjRef {
        let name = code.localsplus_names[slot]
            .as_str_payload()
            .unwrap_or("?")
            .to_string();
        if code.localsplus_kinds[slot] & pvm_compiler::code::localsplus::FREE != 0 {
            let e = self.new_error(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            );
            let n = self.new_str(name.as_str());
            self.set_attr_direct(&e, "name", n);
            e
        } else {
            self.new_error(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        }
    }

    fn load_deref(
        &mut self,
        code: &crate::code::Code,
        base: usize,
        slot: usize,
    ) -> PyResult<Value> {
        let v = match self.stack[base + slot].payload() {
            Some(Payload::Cell(c)) => c.borrow().clone(),
            _ => Value::Null,
        };
        if v.is_null() {
            return Err(self.unbound_deref(code, slot));
        }
        Ok(v)
    }

    /// A NameError for `name`.
    pub fn name_error(&mut self, name: &ObjRef) -> ObjRef {
        let n = name.as_str_payload().unwrap_or("?");
        let e = self.new_error("NameError", format!("name '{n}' is not defined"));
        self.set_attr_direct(&e, "name", Value::Obj(name.clone()));
        e
    }

    #[inline]
    fn load_global(&mut self, fi: usize, name: &ObjRef) -> PyResult<Value> {
        let f = &self.frames[fi];
        if let Some(v) = self.dict_get_str(&f.globals, name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str(&f.builtins, name) {
            return Ok(v);
        }
        Err(self.name_error(name))
    }

    /// `LOAD_GLOBAL` through the instruction's inline cache.
    #[inline]
    fn load_global_cached(
        &mut self,
        fi: usize,
        code: &crate::code::Code,
        at: usize,
        name_index: u32,
    ) -> PyResult<Value> {
        if let Some(v) = self.cached_global(fi, code, at) {
            return Ok(v);
        }
        let f = &self.frames[fi];
        let (Payload::Dict(g), Payload::Dict(b)) = (&f.globals.payload, &f.builtins.payload) else {
            let name = code.names[name_index as usize].clone();
            return self.load_global(fi, &name);
        };
        let gkey = (f.globals.addr(), g.borrow().version());
        let bkey = (f.builtins.addr(), b.borrow().version());
        let name = code.names[name_index as usize].clone();
        let v = self.load_global(fi, &name)?;
        if let Some(slot) = code.global_cache.borrow_mut().get_mut(at) {
            *slot = Some(crate::code::GlobalCache {
                globals: gkey,
                builtins: bkey,
                value: v.clone(),
            });
        }
        Ok(v)
    }

    /// The value `LOAD_GLOBAL` at `at` cached, if neither namespace has
    /// changed since.
    #[inline]
    pub(crate) fn cached_global(
        &self,
        fi: usize,
        code: &crate::code::Code,
        at: usize,
    ) -> Option<Value> {
        let f = self.frames.get(fi)?;
        let (Payload::Dict(g), Payload::Dict(b)) = (&f.globals.payload, &f.builtins.payload) else {
            return None;
        };
        let cache = code.global_cache.try_borrow().ok()?;
        let c = cache.get(at)?.as_ref()?;
        let same = c.globals == (f.globals.addr(), g.try_borrow().ok()?.version())
            && c.builtins == (f.builtins.addr(), b.try_borrow().ok()?.version());
        same.then(|| c.value.clone())
    }

    fn load_name(&mut self, fi: usize, name: &ObjRef) -> PyResult<Value> {
        let locals = self.frames[fi].locals.clone();
        match &locals {
            Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) => {
                if let Some(v) = self.dict_get_str(d, name) {
                    return Ok(v);
                }
            }
            Value::Null => {}
            other => match self.get_item(other, &Value::Obj(name.clone())) {
                Ok(v) => return Ok(v),
                Err(e) => {
                    if !self.error_is(&e, "KeyError") {
                        return Err(e);
                    }
                }
            },
        }
        self.load_global(fi, name)
    }

    /// `LOAD_ATTR` of the object on top of the stack through the site
    /// cache. A Python property getter runs as a frame of this loop, its
    /// result left where the object was. Kept out of line: the dispatch
    /// loop's register allocation suffers from every inlined arm.
    #[inline(never)]
    fn load_attr_cached(
        &mut self,
        code: &crate::code::Code,
        at: usize,
        name: &ObjRef,
    ) -> PyResult<CachedLoad> {
        let top = self.stack.len() - 1;
        match self.attr_site_hit(code, at, &self.stack[top], name) {
            Some(AttrHit::Value(v)) => {
                let obj = std::mem::replace(&mut self.stack[top], v);
                drop(obj);
                Ok(CachedLoad::Done)
            }
            Some(AttrHit::Getter(fget)) => {
                if self.push_getter_frame(&fget) {
                    return Ok(CachedLoad::Frame);
                }
                let obj = self.pop();
                let v = self.call(&fget, [obj])?;
                self.push(v);
                Ok(CachedLoad::Done)
            }
            None => Ok(CachedLoad::Miss),
        }
    }

    /// Whether `BUILD_SLICE nargs; BINARY_SUBSCR` can skip the slice
    /// object: the sequence under the bounds is an exact list, tuple or str.
    #[inline]
    fn slice_fusable(&self, nargs: usize) -> bool {
        let n = self.stack.len();
        let Value::Obj(o) = &self.stack[n - nargs - 1] else {
            return false;
        };
        matches!(
            o.payload,
            Payload::List(_) | Payload::Tuple(_) | Payload::Str(_)
        ) && !crate::types::is_heap_type(o.ty())
    }

    /// Replaces `seq, start, stop[, step]` on the stack by the slice of the
    /// sequence (see [`Vm::slice_fusable`]).
    #[inline(never)]
    fn slice_in_place(&mut self, nargs: usize) -> PyResult<()> {
        let step = if nargs == 3 { self.pop() } else { Value::None };
        let stop = self.pop();
        let start = self.pop();
        let seq = self.pop();
        let r = crate::ops::seq::native_slice(self, &seq, &[start, stop, step])?;
        self.push(r);
        Ok(())
    }

    /// `STORE_ATTR` through the site cache: the value goes to a slot or the
    /// instance dict ([`Vm::store_site_hit`]) or to a property's Python
    /// setter. Gives the value back when the general store must run.
    #[inline(never)]
    fn store_attr_cached(
        &mut self,
        code: &crate::code::Code,
        at: usize,
        obj: &Value,
        name: &ObjRef,
        v: Value,
    ) -> PyResult<Option<Value>> {
        use crate::attr_cache::AttrSite;
        let v = match self.store_site_hit(code, at, obj, name, v) {
            Ok(old) => {
                drop(old);
                return Ok(None);
            }
            Err(v) => v,
        };
        let Value::Obj(o) = obj else {
            return Ok(Some(v));
        };
        if !crate::attr_cache::cacheable(o) {
            return Ok(Some(v));
        }
        // Some(Some(setter)), Some(None) for a slot or dict site the store
        // above could not use, None for no store site.
        let site = code.attr_cache.with_match(at, o.ty(), |site| match site {
            AttrSite::Setter { fset, .. } => Some(Some(fset.clone())),
            AttrSite::Slot { .. } | AttrSite::InstanceDict { .. } => Some(None),
            _ => None,
        });
        match site.flatten() {
            Some(Some(fset)) => {
                self.call(&fset, [obj.clone(), v])?;
                Ok(None)
            }
            Some(None) => Ok(Some(v)),
            None => {
                self.fill_attr_cache(code, at, obj, name, true);
                Ok(Some(v))
            }
        }
    }

    /// `BUILD_STRING n`: the top `n` strs joined, popped.
    #[inline(never)]
    fn build_string(&mut self, n: usize) -> Value {
        let from = self.stack.len() - n;
        let parts = &self.stack[from..];
        let len = parts.iter().map(|p| p.as_str().map_or(0, str::len)).sum();
        let mut s = String::with_capacity(len);
        for p in parts {
            s.push_str(p.as_str().unwrap_or(""));
        }
        self.stack.truncate(from);
        self.new_str(s)
    }

    /// Pushes the frame of property getter `fget` (a plain Python function
    /// of one argument) for the object on top of the stack, which becomes
    /// its `self`; the frame's result replaces the object. False when the
    /// getter needs a general call.
    fn push_getter_frame(&mut self, fget: &Value) -> bool {
        let Value::Obj(g) = fget else {
            return false;
        };
        let Payload::Function(f) = &g.payload else {
            return false;
        };
        if !self.runs_positionally(f, 1) {
            return false;
        }
        let at = self.stack.len() - 1;
        self.push_positional_frame(g, at, at, 1, false);
        true
    }

    /// What the `LOAD_ATTR` site cache at `at` knows of `obj.name`,
    /// without calling out; None when it cannot answer.
    #[inline]
    pub(crate) fn attr_site_hit(
        &self,
        code: &crate::code::Code,
        at: usize,
        obj: &Value,
        name: &ObjRef,
    ) -> Option<AttrHit> {
        use crate::attr_cache::AttrSite;
        let Value::Obj(o) = obj else {
            return None;
        };
        if !crate::attr_cache::cacheable(o) {
            return None;
        }
        let hit = code.attr_cache.with_match(at, o.ty(), |site| match site {
            AttrSite::InstanceDict { hint, .. } => {
                instance_value_hinted(o, name, hint).map(AttrHit::Value)
            }
            AttrSite::Slot { index, .. } => slot_value(o, *index).map(AttrHit::Value),
            // The instance dict shadows a method.
            AttrSite::Method { func, .. } => Some(match instance_value(o, name) {
                Some(v) => AttrHit::Value(v),
                None => AttrHit::Value(self.bound_method(func.clone(), obj.clone())),
            }),
            AttrSite::Property { fget, .. } => Some(AttrHit::Getter(fget.clone())),
            AttrSite::Empty | AttrSite::Setter { .. } => None,
        });
        hit.flatten()
    }

    /// `obj.name = v` through the `STORE_ATTR` site cache at `at`, when it
    /// needs no call out: a slot, or the instance dict. The old value (or
    /// NULL) on success; `v` back otherwise.
    #[inline]
    pub(crate) fn store_site_hit(
        &self,
        code: &crate::code::Code,
        at: usize,
        obj: &Value,
        name: &ObjRef,
        v: Value,
    ) -> Result<Value, Value> {
        use crate::attr_cache::AttrSite;
        let Value::Obj(o) = obj else {
            return Err(v);
        };
        if !crate::attr_cache::cacheable(o) {
            return Err(v);
        }
        // The store runs under the site's borrow (it calls no Python), so
        // a dict site's hint is at hand; the value comes back in `pending`
        // when the site cannot take it.
        let mut pending = Some(v);
        let stored = code.attr_cache.with_match(at, o.ty(), |site| {
            let v = pending.take()?;
            let r = match (site, &o.payload) {
                (AttrSite::Slot { index, .. }, Payload::Slots(values)) => {
                    match values.try_borrow_mut() {
                        Ok(mut values) => match values.get_mut(*index) {
                            Some(s) => Ok(std::mem::replace(s, v)),
                            None => Err(v),
                        },
                        Err(_) => Err(v),
                    }
                }
                (AttrSite::InstanceDict { hint, .. }, _) => store_in_dict(o, name, v, hint),
                _ => Err(v),
            };
            r.map_err(|v| pending = Some(v)).ok()
        });
        match (stored.flatten(), pending) {
            (Some(old), _) => Ok(old),
            (None, Some(v)) => Err(v),
            (None, None) => unreachable!("the site took the value or gave it back"),
        }
    }

    /// What the `LOAD_METHOD` site cache at `at` knows of `obj.name`, as
    /// the two values the instruction pushes, without calling out.
    /// Inlined: returned from a call, the pair came back through memory
    /// written with narrow stores and was read with a wide load, which
    /// stalled (a seventh of a method call's time).
    #[inline(always)]
    pub(crate) fn method_site_hit(
        &self,
        code: &crate::code::Code,
        at: usize,
        obj: &Value,
        name: &ObjRef,
    ) -> Option<(Value, Value)> {
        use crate::attr_cache::AttrSite;
        let Value::Obj(o) = obj else {
            return None;
        };
        if !crate::attr_cache::cacheable(o) {
            let func = crate::attr_cache::builtin_method(&code.attr_cache, at, o, name)?;
            return Some((func, obj.clone()));
        }
        let hit = code.attr_cache.with_match(at, o.ty(), |site| {
            let found = match site {
                AttrSite::Slot { index, .. } => slot_value(o, *index),
                _ => instance_value(o, name),
            };
            match (site, found) {
                (_, Some(v)) => Some((Value::Null, v)),
                (AttrSite::Method { func, .. }, None) => Some((func.clone(), obj.clone())),
                _ => None,
            }
        });
        hit.flatten()
    }

    /// Records what an attribute site found, for instances of Python classes.
    fn fill_attr_cache(
        &mut self,
        code: &crate::code::Code,
        at: usize,
        obj: &Value,
        name: &ObjRef,
        for_store: bool,
    ) {
        if let Value::Obj(o) = obj {
            if crate::attr_cache::cacheable(o) {
                let site =
                    crate::attr_cache::learn(o.ty(), name, for_store, &self.t.member_descriptor);
                code.attr_cache.remember(at, site);
            }
        }
    }

    /// `LOAD_METHOD`: pushes [method, self] or [NULL, attribute].
    fn load_method(&mut self, obj: Value, name: &ObjRef) -> PyResult<()> {
        if let Value::Obj(o) = &obj {
            if o.ty().is(&self.t.super_) {
                if let Some((func, receiver)) = crate::builtins::attrs::super_method(o, name) {
                    self.push(func);
                    self.push(receiver);
                    return Ok(());
                }
            }
        }
        let ty = self.type_of(&obj).clone();
        let td = crate::types::data(&ty);
        if !td.has(crate::types::CUSTOM_GETATTRIBUTE)
            && !matches!(
                obj.payload(),
                Some(Payload::Type(_) | Payload::Super(_) | Payload::Module(_))
            )
        {
            if let Some(m) = crate::types::lookup_interned(&ty, name) {
                let is_method = match m.payload() {
                    Some(Payload::Function(_)) => true,
                    Some(Payload::Native(nf)) => {
                        nf.kind == crate::payload::NativeKind::Method && nf.receiver.is_null()
                    }
                    _ => false,
                };
                if is_method {
                    let shadowed = match &obj {
                        Value::Obj(o) => {
                            let d = o.dict.borrow().clone();
                            match d {
                                Some(d) => self.dict_get_str(&d, name).is_some(),
                                None => false,
                            }
                        }
                        _ => false,
                    };
                    if !shadowed {
                        self.push(m);
                        self.push(obj);
                        return Ok(());
                    }
                }
            }
        }
        let v = self.get_attr(&obj, name)?;
        self.push(Value::Null);
        self.push(v);
        Ok(())
    }

    /// `CALL argc`: true when a Python frame was pushed (the loop switches to it).
    fn call_instruction(&mut self, argc: usize, kwnames: Option<ObjRef>) -> PyResult<bool> {
        let n = self.stack.len();
        let is_method = !self.stack[n - argc - 2].is_null();
        let total = argc + is_method as usize;
        // Uncounted: the slot keeps the callable alive until the arguments
        // are taken, and then hands its reference over (no count traffic on
        // an object just pushed).
        let callable = self.peek_slot(n - total - 1);
        if let Value::Obj(o) = &*callable {
            if let Payload::Function(f) = &o.payload {
                // Fast path: positional arguments straight into the new frame.
                if kwnames.is_none() && self.binds_positionally(f, total) {
                    self.push_positional_frame(o, n - total, n - argc - 2, total, false);
                    return Ok(true);
                }
                if self.bind_in_place(f, n - total, total, kwnames.as_ref()) {
                    self.push_bound_frame(o, n - total, n - argc - 2, false, false);
                    return Ok(true);
                }
            }
            if let Payload::Type(_) = &o.payload {
                // Counted: the class's slot is overwritten by the instance.
                let cls = o.clone();
                if !is_method && self.push_init_frame(&cls, argc, kwnames.as_ref()) {
                    return Ok(true);
                }
            }
        }
        if total == 1 && !is_method && kwnames.is_none() {
            if let Some(v) = self
                .len_fast(&callable, &self.stack[n - 1])
                .or_else(|| self.convert_fast(&callable, &self.stack[n - 1]))
            {
                self.stack.truncate(n - 3);
                self.push(v);
                return Ok(false);
            }
        }
        if total == 2 && is_method && kwnames.is_none() && self.append_fast(&callable, n) {
            return Ok(false);
        }
        if total == 2 && !is_method && kwnames.is_none() && callable.is(&self.builtin_isinstance) {
            // The commonest builtin with two arguments: no argument vector.
            let (v, cls) = (self.stack[n - 2].clone(), self.stack[n - 1].clone());
            let r = crate::builtins::functions::is_instance_of(self, &v, &cls)?;
            self.stack.truncate(n - 4);
            self.push(Value::Bool(r));
            return Ok(false);
        }
        if total == 0 && matches!(&*callable, Value::Obj(o) if o.is(&self.t.super_)) {
            // `super()`: the class call protocol of `super` has nothing to add.
            let v = crate::builtins::misc::zero_arg_super_object(self)?;
            self.stack.truncate(n - 2);
            self.push(v);
            return Ok(false);
        }
        let values = crate::value::take_values(&mut self.stack, n - total);
        // The callable's reference moves out of its slot; below it is at
        // most a NULL, which owns nothing.
        let callable = std::mem::ManuallyDrop::into_inner(callable);
        // SAFETY: the slots cut off are the callable's, now owned by
        // `callable`, and possibly a NULL below it.
        unsafe { self.stack.set_len(n - argc - 2) };
        let args = Args { values, kwnames };
        if let Value::Obj(o) = &callable {
            match &o.payload {
                Payload::Function(_) => {
                    self.push_function_frame(o, args, false)?;
                    return Ok(true);
                }
                Payload::Native(nf) if nf.receiver.is_null() => {
                    let r = self.call_native(nf.func, args)?;
                    self.push(r);
                    return Ok(false);
                }
                _ => {}
            }
        }
        let r = self.call_args(&callable, args)?;
        self.push(r);
        Ok(false)
    }

    /// A call of a plain class (object's `__new__`, a Python `__init__`
    /// these arguments bind to in place): makes the instance and pushes
    /// the `__init__` frame to run in this loop (no nested run). The
    /// stack `[NULL, cls, args...]` becomes `[instance, instance, args...]`:
    /// the first copy is what the call returns, the second is `self`.
    /// False when the call needs the general path.
    fn push_init_frame(&mut self, cls: &ObjRef, argc: usize, kwnames: Option<&ObjRef>) -> bool {
        use pvm_compiler::code::flags;
        let td = crate::types::data(cls);
        // Abstract classes refuse instances in object.__new__.
        if !td.has(crate::types::HEAP)
            || td.has(crate::types::ABSTRACT)
            || !cls.ty().is(&self.type_)
        {
            return false;
        }
        // object.__new__ makes a plain instance; BaseException.__new__ an
        // exception holding the call's arguments.
        let new = self.lookup_special(cls, "__new__");
        let exception = match new {
            Some(n) if n.is(&self.object_new) => false,
            Some(n) if n.is(&self.exception_new) => true,
            _ => return false,
        };
        let Some(Value::Obj(init)) = self.lookup_special(cls, "__init__") else {
            return false;
        };
        let Payload::Function(f) = &init.payload else {
            return false;
        };
        let total = argc + 1;
        if f.code.flags & flags::RESUMABLE != 0 || (exception && kwnames.is_some()) {
            return false;
        }
        let floor = self.stack.len() - argc - 2;
        let positional = kwnames.is_none() && self.binds_positionally(f, total);
        let exception_args = exception.then(|| self.stack[floor + 2..].to_vec());
        // Bound before the instance exists, so a call the general path must
        // take makes no instance here (whose `__del__` would run). The class
        // stands in for `self` meanwhile: the first positional value stays
        // where it is. Binding runs no Python code, so the order is not
        // observable.
        if !positional && !self.bind_in_place(f, floor + 1, total, kwnames) {
            return false;
        }
        let instance = match exception_args {
            Some(args) => Value::Obj(crate::exceptions::construct(self, cls, args)),
            None => Value::Obj(crate::builtins::type_::new_instance(self, cls)),
        };
        self.stack[floor] = instance.clone();
        self.stack[floor + 1] = instance;
        if positional {
            self.push_positional_frame(&init, floor + 1, floor, total, true);
        } else {
            self.push_bound_frame(&init, floor + 1, floor, false, true);
        }
        true
    }

    /// The `__getitem__` (`__setitem__`) of the heap class instance under
    /// the key on the stack (see [`heap_instance`]), from the site's cache
    /// or looked up and remembered. None for other callables and for
    /// Python functions unless `python` allows them: the general path
    /// handles those.
    #[inline]
    fn subscript_method(
        &mut self,
        code: &crate::code::Code,
        at: usize,
        name: &'static str,
        python: bool,
    ) -> Option<Subscript> {
        use crate::attr_cache::AttrSite;
        let n = self.stack.len();
        let Value::Obj(o) = &self.stack[n - 2] else {
            return None;
        };
        let ty = o.ty().clone();
        let cached = code.attr_cache.with_match(at, &ty, |site| match site {
            AttrSite::Method { func, .. } => Some(func.clone()),
            _ => None,
        });
        let func = match cached.flatten() {
            Some(f) => f,
            None => {
                let f = self.lookup_special(&ty, name)?;
                let site = AttrSite::Method {
                    ty: ty.addr(),
                    version: crate::types::version(&ty),
                    func: f.clone(),
                };
                code.attr_cache.remember(at, site);
                f
            }
        };
        let Value::Obj(f) = func else {
            return None;
        };
        match &f.payload {
            Payload::Function(func) if python => self
                .runs_positionally(func, 2)
                .then_some(Subscript::Python(f.clone())),
            // A method taking the instance first (a plain native function
            // stored on the class is called without it: the general path).
            Payload::Native(nf)
                if nf.receiver.is_null() && nf.kind == crate::payload::NativeKind::Method =>
            {
                Some(Subscript::Native(nf.func))
            }
            _ => None,
        }
    }

    /// Calls native `f` with the top `argc` stack values as its arguments
    /// (popped).
    fn call_native_on_stack(
        &mut self,
        f: crate::payload::NativeFn,
        argc: usize,
    ) -> PyResult<Value> {
        let n = self.stack.len();
        let values = crate::value::take_values(&mut self.stack, n - argc);
        self.call_native(
            f,
            Args {
                values,
                kwnames: None,
            },
        )
    }

    /// Whether `total` positional arguments bind to `f`'s parameters
    /// without the general binder (no `*args`, `**kwargs` or keyword-only
    /// parameters; defaults fill the missing trailing ones).
    #[inline(always)]
    pub(crate) fn binds_positionally(&self, f: &crate::payload::Function, total: usize) -> bool {
        let (low, high) = f.positional.get();
        low <= total && total <= high && self.frames.len() < self.recursion_limit
    }

    /// Whether a call of `f` with `total` positional arguments can push
    /// its frame where they sit (see [`Vm::push_positional_frame`]): `f`
    /// runs when called (no generator is made) and binds them positionally.
    fn runs_positionally(&self, f: &crate::payload::Function, total: usize) -> bool {
        f.code.flags & pvm_compiler::code::flags::RESUMABLE == 0
            && self.binds_positionally(f, total)
    }

    /// Cuts or extends the value stack to `len` values, new slots NULL (a
    /// new frame's unbound locals): inline, where `Vec::resize` stayed a
    /// call.
    #[inline(always)]
    pub(crate) fn resize_stack(&mut self, len: usize) {
        let now = self.stack.len();
        if len >= now {
            self.stack.reserve(len - now);
            // SAFETY: `reserve` made room up to `len`; each slot is
            // written before the length covers it.
            unsafe {
                let buf = self.stack.as_mut_ptr();
                for i in now..len {
                    crate::value::write_words(buf.add(i), Value::Null);
                }
                self.stack.set_len(len);
            }
        } else {
            self.stack.truncate(len);
        }
    }

    /// Pushes the frame of Python function `func` whose `total` positional
    /// arguments already sit at `base` (see [`Vm::binds_positionally`]);
    /// the stack is cut back to `floor` when it returns.
    #[inline(always)]
    pub(crate) fn push_positional_frame(
        &mut self,
        func: &ObjRef,
        base: usize,
        floor: usize,
        total: usize,
        init: bool,
    ) {
        let Payload::Function(f) = &func.payload else {
            unreachable!("a Python function");
        };
        let code = &f.code;
        debug_assert_eq!(self.stack.len(), base + total);
        self.resize_stack(base + code.nlocalsplus);
        if total < code.argcount {
            if let Some(Payload::Tuple(d)) = f.defaults.borrow().payload() {
                let first = code.argcount - d.len();
                for i in total..code.argcount {
                    self.stack[base + i] = d[i - first].clone();
                }
            }
        }
        self.push_bound_frame(func, base, floor, false, init);
    }

    /// `len(x)` of a built-in container, without the call: None when the
    /// call needs the general path.
    #[inline]
    pub(crate) fn len_fast(&self, callable: &Value, arg: &Value) -> Option<Value> {
        if !callable.is(&self.builtin_len) {
            return None;
        }
        let Value::Obj(o) = arg else {
            return None;
        };
        if crate::types::is_heap_type(o.ty()) || matches!(o.payload, Payload::Range(_)) {
            return None;
        }
        crate::ops::seq::native_len(o).map(|n| Value::Int(n as i64))
    }

    /// `lst.append(x)` (the stack holds `list.append`, `lst`, `x`) done
    /// without the call, like CPython 3.11's `PRECALL_NO_KW_LIST_APPEND`:
    /// false when the call needs the general path.
    #[inline]
    fn append_fast(&mut self, callable: &Value, n: usize) -> bool {
        if !callable.is(&self.list_append) {
            return false;
        }
        // A counted copy: the list's borrow must not hold `self.stack`.
        let Value::Obj(list) = &self.stack[n - 2] else {
            return false;
        };
        let list = list.clone();
        let Payload::List(items) = &list.payload else {
            return false;
        };
        let Ok(mut items) = items.try_borrow_mut() else {
            return false;
        };
        items.push(self.stack.pop().expect("the argument"));
        drop(items);
        self.stack.truncate(n - 3);
        self.push(Value::None);
        true
    }

    /// `str(x)`, `int(x)`, `float(x)` of an immediate number (or an exact
    /// str for `str`), without the general class-call protocol: None when
    /// the call needs it.
    #[inline]
    fn convert_fast(&self, callable: &Value, arg: &Value) -> Option<Value> {
        let Value::Obj(ty) = callable else {
            return None;
        };
        if !matches!(ty.payload, Payload::Type(_)) {
            return None;
        }
        if ty.is(&self.t.str) {
            match arg {
                Value::Int(i) => Some(self.new_str(i.to_string())),
                Value::Float(f) => Some(self.new_str(pvm_syntax::pyrepr::repr_float(*f))),
                Value::Obj(s) if s.ty().is(&self.t.str) => Some(arg.clone()),
                _ => None,
            }
        } else if ty.is(&self.t.int) {
            match arg {
                Value::Int(_) => Some(arg.clone()),
                Value::Bool(b) => Some(Value::Int(*b as i64)),
                Value::Float(f) if f.is_finite() && f.abs() < 9.0e18 => {
                    Some(Value::Int(f.trunc() as i64))
                }
                _ => None,
            }
        } else if ty.is(&self.t.float) {
            match arg {
                Value::Int(i) => Some(Value::Float(*i as f64)),
                Value::Float(_) => Some(arg.clone()),
                _ => None,
            }
        } else {
            None
        }
    }

    /// `next()` for `FOR_ITER` with fast paths for lists and ranges.
    #[inline]
    fn next_for_loop(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Value::Obj(o) = it {
            if let Payload::Iter(st) = &o.payload {
                let mut s = st.borrow_mut();
                match &mut *s {
                    crate::iter::IterState::Range { next, step, left } => {
                        if *left > 0 {
                            let v = *next;
                            *left -= 1;
                            *next = next.wrapping_add(*step);
                            return Ok(Some(Value::Int(v)));
                        }
                        return Ok(None);
                    }
                    crate::iter::IterState::List { list, index } => {
                        if let Payload::List(l) = &list.payload {
                            let l = l.borrow();
                            if *index < l.len() {
                                let v = l[*index].clone();
                                *index += 1;
                                return Ok(Some(v));
                            }
                            // Exhausted for good, even if the list grows.
                            drop(l);
                            *s = crate::iter::IterState::Done;
                            return Ok(None);
                        }
                    }
                    crate::iter::IterState::Tuple { tuple, index } => {
                        if let Payload::Tuple(t) = &tuple.payload {
                            if let Some(v) = t.get(*index) {
                                *index += 1;
                                return Ok(Some(v.clone()));
                            }
                            *s = crate::iter::IterState::Done;
                            return Ok(None);
                        }
                    }
                    _ => {}
                }
            }
        }
        self.next(it)
    }

    fn unpack_sequence(&mut self, seq: Value, n: usize) -> PyResult<()> {
        // Exact tuples and lists of the right length were unpacked by the
        // fast tier (`unpack_exact`) unless the stack was full.
        let items: Vec<Value> = match seq.payload() {
            Some(Payload::Tuple(t)) if !crate::types::is_heap_type(self.type_of(&seq)) => {
                t.to_vec()
            }
            Some(Payload::List(l)) if !crate::types::is_heap_type(self.type_of(&seq)) => {
                l.borrow().clone()
            }
            _ => {
                let it = match self.iter(&seq) {
                    Ok(it) => it,
                    Err(e) => {
                        if self.error_is(&e, "TypeError") {
                            let tn = self.type_name(&seq);
                            return Err(
                                self.type_error(format!("cannot unpack non-iterable {tn} object"))
                            );
                        }
                        return Err(e);
                    }
                };
                let mut out = Vec::with_capacity(n);
                while let Some(x) = self.next(&it)? {
                    out.push(x);
                    if out.len() > n {
                        return Err(
                            self.value_error(format!("too many values to unpack (expected {n})"))
                        );
                    }
                }
                out
            }
        };
        if items.len() < n {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected {n}, got {})",
                items.len()
            )));
        }
        if items.len() > n {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        self.stack.extend(items.into_iter().rev());
        Ok(())
    }

    fn unpack_ex(&mut self, seq: Value, before: usize, after: usize) -> PyResult<()> {
        let items = match self.to_vec(&seq) {
            Ok(items) => items,
            Err(e) => {
                if self.error_is(&e, "TypeError")
                    && self
                        .lookup_special(&self.type_of(&seq).clone(), "__iter__")
                        .is_none()
                {
                    let tn = self.type_name(&seq);
                    return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
                }
                return Err(e);
            }
        };
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let mut items = items;
        let tail: Vec<Value> = items.split_off(items.len() - after);
        let middle: Vec<Value> = items.split_off(before);
        for v in tail.into_iter().rev() {
            self.push(v);
        }
        let l = self.new_list(middle);
        self.push(l);
        for v in items.into_iter().rev() {
            self.push(v);
        }
        Ok(())
    }

    fn make_function(&mut self, fi: usize, flags: u32) -> PyResult<Value> {
        let code_v = self.pop();
        let closure = if flags & 8 != 0 {
            Some(self.pop())
        } else {
            None
        };
        let annotations = if flags & 4 != 0 {
            Some(self.pop())
        } else {
            None
        };
        let kwdefaults = if flags & 2 != 0 {
            self.pop()
        } else {
            Value::None
        };
        let defaults = if flags & 1 != 0 {
            self.pop()
        } else {
            Value::None
        };
        let Some(Payload::Code(code)) = code_v.payload() else {
            return Err(self.type_error("MAKE_FUNCTION expects a code object"));
        };
        let code: Rc<crate::code::Code> = code.clone();
        let closure = closure.and_then(|c| match c.payload() {
            Some(Payload::Tuple(items)) => {
                // Sized up front: collected through `filter_map`, the cells
                // grew a vector and then shrank it (a realloc per closure).
                let mut cells = Vec::with_capacity(items.len());
                cells.extend(items.iter().filter_map(|v| v.as_obj().cloned()));
                Some(cells.into_boxed_slice())
            }
            _ => None,
        });
        let globals = self.frames[fi].globals.clone();
        let doc = match code.consts.first() {
            Some(v) if v.as_str().is_some() => v.clone(),
            _ => Value::None,
        };
        let ann = match annotations {
            Some(Value::Obj(t)) if matches!(t.payload, Payload::Tuple(_)) => {
                let d = self.new_dict();
                if let Payload::Tuple(items) = &t.payload {
                    for pair in items.chunks(2) {
                        if pair.len() == 2 {
                            self.dict_set(&d, pair[0].clone(), pair[1].clone())?;
                        }
                    }
                }
                Value::Obj(d)
            }
            Some(v) => v,
            None => Value::Null,
        };
        let module = {
            let key = self.static_name("__name__");
            self.dict_get_str(&globals, &key).unwrap_or(Value::None)
        };
        let code_obj = code_v.as_obj().cloned().expect("code object");
        let f = ObjRef::new(
            self.t.function.clone(),
            Payload::Function(Box::new(crate::payload::Function {
                positional: std::cell::Cell::new(crate::payload::Function::positional_range(
                    &code, &defaults,
                )),
                name: std::cell::RefCell::new(Value::Obj(code.name.clone())),
                qualname: std::cell::RefCell::new(Value::Obj(code.qualname.clone())),
                code,
                globals,
                defaults: std::cell::RefCell::new(defaults),
                kwdefaults: std::cell::RefCell::new(kwdefaults),
                closure,
                annotations: std::cell::RefCell::new(ann),
                doc: std::cell::RefCell::new(doc),
                module: std::cell::RefCell::new(module),
                code_obj,
            })),
        );
        Ok(Value::Obj(f))
    }

    /// A closure cell holding `v`.
    pub fn new_cell(&self, v: Value) -> Value {
        Value::Obj(ObjRef::new(
            self.t.cell.clone(),
            Payload::Cell(std::cell::RefCell::new(v)),
        ))
    }

    /// A slice object.
    pub fn new_slice(&self, start: Value, stop: Value, step: Value) -> Value {
        Value::Obj(ObjRef::new(
            self.t.slice.clone(),
            Payload::Slice(Box::new([start, stop, step])),
        ))
    }

    /// The empty str.
    pub fn empty_str(&mut self) -> ObjRef {
        self.intern("")
    }

    /// Pushes the arguments of `CALL_FUNCTION_EX` onto the value stack:
    /// the items of `posargs`, then the values of the `kwargs` dict. Returns
    /// their count and the names of the keyword values; on an error the
    /// stack is as it was.
    fn ex_push_args(
        &mut self,
        func: &Value,
        posargs: Value,
        kwargs: Option<Value>,
    ) -> PyResult<(usize, Option<ObjRef>)> {
        let start = self.stack.len();
        match posargs.payload() {
            Some(Payload::Tuple(t)) => self.stack.extend(t.iter().cloned()),
            _ => match self.to_vec(&posargs) {
                Ok(v) => self.stack.extend(v),
                Err(e) => {
                    let ty = self.type_of(&posargs).clone();
                    if self.lookup_special(&ty, "__iter__").is_none()
                        && self.lookup_special(&ty, "__getitem__").is_none()
                    {
                        let fname = self.callable_name(func);
                        let tn = self.type_name(&posargs);
                        return Err(self.type_error(format!(
                            "{fname} argument after * must be an iterable, not {tn}"
                        )));
                    }
                    return Err(e);
                }
            },
        }
        let mut names = Vec::new();
        if let Some(Some(Payload::Dict(d))) = kwargs.as_ref().map(|k| k.payload()) {
            let d = d.borrow();
            names.reserve_exact(d.len());
            for entry in d.iter() {
                if entry.key.as_str().is_none() {
                    self.stack.truncate(start);
                    return Err(self.type_error("keywords must be strings"));
                }
                names.push(entry.key.clone());
                self.stack.push(entry.value.clone());
            }
        }
        let kwnames = if names.is_empty() {
            None
        } else {
            self.new_tuple(names).as_obj().cloned()
        };
        Ok((self.stack.len() - start, kwnames))
    }

    /// How CPython names a callable in argument errors (`f()`).
    pub fn callable_name(&mut self, func: &Value) -> String {
        match func.payload() {
            Some(Payload::Function(f)) => {
                let q = f.qualname.borrow().as_str().unwrap_or("?").to_string();
                match f.module.borrow().as_str() {
                    Some(m) if m != "builtins" => format!("{m}.{q}()"),
                    _ => format!("{q}()"),
                }
            }
            Some(Payload::BoundMethod(b)) => {
                let f = b.0.clone();
                self.callable_name(&f)
            }
            Some(Payload::Native(n)) => format!("{}()", n.name),
            Some(Payload::Type(t)) => format!("{}()", t.name.borrow()),
            _ => {
                let tn = self.type_name(func);
                format!("{tn} object")
            }
        }
    }

    fn dict_merge_kwargs(&mut self, d: &Value, other: &Value, func: &Value) -> PyResult<()> {
        let Value::Obj(dobj) = d else {
            return Ok(());
        };
        let items: Vec<(Value, Value)> = match other.payload() {
            Some(Payload::Dict(od)) => od.borrow().items(),
            _ => {
                let ty = self.type_of(other).clone();
                if self.lookup_special(&ty, "keys").is_none() {
                    let fname = self.callable_name(func);
                    let tn = self.type_name(other);
                    return Err(self.type_error(format!(
                        "{fname} argument after ** must be a mapping, not {tn}"
                    )));
                }
                let keys = self.call_method(other, "keys", vec![])?;
                let keys = self.to_vec(&keys)?;
                let mut out = Vec::new();
                for k in keys {
                    let v = self.get_item(other, &k)?;
                    out.push((k, v));
                }
                out
            }
        };
        for (k, v) in items {
            if k.as_str().is_none() {
                return Err(self.type_error("keywords must be strings"));
            }
            if self.dict_get(dobj, &k)?.is_some() {
                let fname = self.callable_name(func);
                let kn = k.as_str().unwrap_or("").to_string();
                return Err(self.type_error(format!(
                    "{fname} got multiple values for keyword argument '{kn}'"
                )));
            }
            self.dict_set(dobj, k, v)?;
        }
        Ok(())
    }

    fn check_except_type(&mut self, ty: &Value) -> PyResult<()> {
        let ok = |v: &Value| matches!(v, Value::Obj(o) if is_exception_class(o));
        let valid = match ty.payload() {
            Some(Payload::Tuple(items)) => items.iter().all(ok),
            _ => ok(ty),
        };
        if !valid {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(())
    }

    fn exception_group_match(&mut self, exc: &Value, ty: &Value) -> PyResult<(Value, Value)> {
        if exc.is_none() {
            return Ok((Value::None, Value::None));
        }
        if crate::exceptions::exc_matches(self, exc, ty)? {
            let beg = self.exc_type("BaseExceptionGroup");
            if self.is_instance(exc, &beg) {
                return Ok((Value::None, exc.clone()));
            }
            let excs = self.new_tuple(vec![exc.clone()]);
            let empty = self.new_str("");
            let eg = self.exc_type("BaseExceptionGroup");
            let wrapped = self.call(&Value::Obj(eg), vec![empty, excs])?;
            if let (Some(src), Some(dst)) = (
                exc.as_obj().and_then(crate::exceptions::data),
                wrapped.as_obj().and_then(crate::exceptions::data),
            ) {
                dst.borrow_mut().traceback = src.borrow().traceback.clone();
            }
            return Ok((Value::None, wrapped));
        }
        let beg = self.exc_type("BaseExceptionGroup");
        if let Value::Obj(e) = exc {
            if crate::types::is_subtype(e.ty(), &beg) {
                let (m, r) = crate::exceptions::split_group(self, e, ty)?;
                return Ok((r, m));
            }
        }
        Ok((Value::None, Value::None))
    }

    fn prep_reraise_star(&mut self, orig: &Value, excs: &Value) -> PyResult<Value> {
        let raised: Vec<Value> = match excs.payload() {
            Some(Payload::List(l)) => l
                .borrow()
                .iter()
                .filter(|v| !v.is_none())
                .cloned()
                .collect(),
            _ => Vec::new(),
        };
        if raised.is_empty() {
            return Ok(Value::None);
        }
        let beg = self.exc_type("BaseExceptionGroup");
        if !self.is_instance(orig, &beg) {
            return Ok(raised[0].clone());
        }
        // Exceptions re-raised unchanged keep their place in the original group;
        // new ones are added after it.
        let leaves = |vm: &mut Vm, v: &Value, out: &mut Vec<usize>| {
            fn walk(vm: &mut Vm, v: &Value, out: &mut Vec<usize>, beg: &ObjRef) {
                if let Value::Obj(o) = v {
                    if crate::types::is_subtype(o.ty(), beg) {
                        for e in crate::exceptions::group_exceptions(vm, o) {
                            walk(vm, &e, out, beg);
                        }
                    } else {
                        out.push(o.addr());
                    }
                }
            }
            let beg = vm.exc_type("BaseExceptionGroup");
            walk(vm, v, out, &beg);
        };
        let mut orig_leaves = Vec::new();
        leaves(self, orig, &mut orig_leaves);
        let mut kept = Vec::new();
        let mut new_raised = Vec::new();
        for r in &raised {
            let mut ls = Vec::new();
            leaves(self, r, &mut ls);
            if !ls.is_empty() && ls.iter().all(|a| orig_leaves.contains(a)) {
                kept.extend(ls);
            } else {
                new_raised.push(r.clone());
            }
        }
        let mut parts = Vec::new();
        if !kept.is_empty() {
            let Value::Obj(o) = orig else { unreachable!() };
            let kept_set = kept.clone();
            let matcher = crate::builtins::functions::leaf_matcher(self, kept_set);
            let (m, _) = crate::exceptions::split_group(self, o, &matcher)?;
            if !m.is_none() {
                parts.push(m);
            }
        }
        parts.extend(new_raised);
        if parts.len() == 1 {
            return Ok(parts.pop().expect("one"));
        }
        let list = self.new_list(parts);
        let empty = self.new_str("");
        let eg = Value::Obj(beg);
        self.call(&eg, [empty, list])
    }

    fn raise_varargs(&mut self, argc: u32) -> PyResult<Failure> {
        match argc {
            0 => {
                let h = self.handled.clone();
                match h {
                    Value::Obj(e) => Ok(Failure::Reraise(e)),
                    _ => Err(self.new_error("RuntimeError", "No active exception to reraise")),
                }
            }
            1 => {
                let v = self.pop();
                let e = self.make_exception(v)?;
                Ok(Failure::Raise(e))
            }
            _ => {
                let cause = self.pop();
                let v = self.pop();
                let e = self.make_exception(v)?;
                let cause = if cause.is_none() {
                    Value::None
                } else {
                    Value::Obj(self.make_exception(cause).map_err(|_| {
                        self.type_error("exception causes must derive from BaseException")
                    })?)
                };
                if let Some(d) = crate::exceptions::data(&e) {
                    let mut d = d.borrow_mut();
                    d.cause = cause;
                    d.suppress_context = true;
                }
                Ok(Failure::Raise(e))
            }
        }
    }

    /// Turns `raise X` operands into an exception instance.
    pub fn make_exception(&mut self, v: Value) -> PyResult<ObjRef> {
        match &v {
            Value::Obj(o) if is_exception_class(o) => {
                let inst = self.call(&v, [])?;
                match inst {
                    Value::Obj(e) if crate::exceptions::data(&e).is_some() => Ok(e),
                    other => {
                        let tn = self.type_name(&other);
                        Err(self.type_error(format!(
                            "calling {} should have returned an instance of BaseException, not {tn}",
                            crate::types::name(o)
                        )))
                    }
                }
            }
            Value::Obj(o) if crate::exceptions::data(o).is_some() => Ok(o.clone()),
            _ => Err(self.type_error("exceptions must derive from BaseException")),
        }
    }

    /// The checks made on backward jumps and calls: pending `__del__`
    /// methods run (the frame resumes at `resume_ip`), and a requested
    /// interrupt raises KeyboardInterrupt.
    #[inline(always)]
    fn eval_breaker(&mut self, fi: usize, resume_ip: usize) -> PyResult<()> {
        use std::sync::atomic::Ordering::Relaxed;
        // Two plain loads on the fast path (a swap would be a locked
        // read-modify-write on every call and backward jump).
        if crate::object::SAFE_POINT_WORK.load(Relaxed) || INTERRUPT.load(Relaxed) {
            return self.break_for_work(fi, resume_ip);
        }
        Ok(())
    }

    /// The slow half of [`Vm::eval_breaker`].
    #[cold]
    #[inline(never)]
    fn break_for_work(&mut self, fi: usize, resume_ip: usize) -> PyResult<()> {
        use std::sync::atomic::Ordering::Relaxed;
        if crate::object::SAFE_POINT_WORK.load(Relaxed) {
            self.frames[fi].ip = resume_ip;
            self.run_pending_work();
        }
        if INTERRUPT.swap(false, Relaxed) {
            let ty = self.exc_type("KeyboardInterrupt");
            return Err(crate::exceptions::new_exception(self, &ty, vec![]));
        }
        Ok(())
    }
}
