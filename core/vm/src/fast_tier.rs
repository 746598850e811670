//! The interpreter's fast tier: the instructions that need no call out of
//! the loop (locals, constants, small-int and float arithmetic, compares,
//! jumps, `for` over ranges, lists and tuples, cached globals, attributes
//! and methods, cells, list appends, subscripts, `is`, exact unpacking)
//! run here with the value stack's length in a register. `Vm::stack` keeps its length in memory,
//! so in the general loop every push and pop is a store and a reload, and
//! each instruction waits on the one before.
//!
//! The tier never raises and never panics: an instruction it cannot finish
//! without help (an error, a big int, an object operand) is left untouched
//! for the general loop, which handles every instruction.

use crate::code::Code;
use crate::interp::AttrHit;
use crate::iter::IterState;
use crate::ops::{BinOp, CmpOp};
use crate::payload::Payload;
use crate::value::{read_words, write_words, Value};
use crate::Vm;
use pvm_compiler::opcode::Opcode as Op;
use std::sync::atomic::Ordering::Relaxed;

/// Why the fast tier stopped.
pub(crate) enum Stop {
    /// The instruction at `ip` needs the general loop.
    General,
    /// An object was released: pending `__del__`s and callbacks run before
    /// the instruction at `ip`.
    ReleasePoint,
}

/// The value stack as the tier sees it: buffer, length and capacity in
/// registers. `Vm::stack`'s own length is stale until [`Regs::store`].
struct Regs {
    buf: *mut Value,
    len: usize,
    cap: usize,
}

impl Regs {
    #[inline(always)]
    fn load(stack: &mut Vec<Value>) -> Regs {
        Regs {
            buf: stack.as_mut_ptr(),
            len: stack.len(),
            cap: stack.capacity(),
        }
    }

    /// Writes the length back.
    #[inline(always)]
    fn store(&self, stack: &mut Vec<Value>) {
        // SAFETY: the tier keeps `len` values initialised in the buffer
        // (it only moves values within `0..cap`).
        unsafe { stack.set_len(self.len) }
    }

    /// The value at `i` (which must be below `len`).
    #[inline(always)]
    fn at(&self, i: usize) -> &Value {
        debug_assert!(i < self.len);
        // SAFETY: callers check `i < len`; slots below `len` are initialised.
        unsafe { &*self.buf.add(i) }
    }

    /// Writes `v` at the top (the caller checked `len < cap`), as two
    /// words (see `Vm::pop`).
    #[inline(always)]
    fn push(&mut self, v: Value) {
        debug_assert!(self.len < self.cap);
        // SAFETY: `len < cap`: the slot is allocated and free.
        unsafe { write_words(self.buf.add(self.len), v) }
        self.len += 1;
    }

    /// Moves the top value out (the caller checked `len > 0`).
    #[inline(always)]
    fn pop(&mut self) -> Value {
        debug_assert!(self.len > 0);
        self.len -= 1;
        // SAFETY: the slot was initialised and is now past `len`: moved
        // once, as two words, as it was written (see [`Regs::clone_at`]).
        unsafe { read_words(self.buf.add(self.len)) }
    }

    /// A clone of the value at `i` (below `len`), read as two words: the
    /// slot was most likely just written that way, and one 16-byte load
    /// of it would stall store forwarding.
    #[inline(always)]
    fn clone_at(&self, i: usize) -> Value {
        debug_assert!(i < self.len);
        // SAFETY: `i < len`: an initialised slot; the bitwise copy is never
        // dropped, only cloned, so counts stay balanced.
        unsafe {
            let copy = std::mem::ManuallyDrop::new(read_words(self.buf.add(i)));
            (*copy).clone()
        }
    }

    /// Swaps the values at `i` and `j` (both below `len`), word by word
    /// (see [`Regs::clone_at`]).
    #[inline(always)]
    fn swap(&mut self, i: usize, j: usize) {
        debug_assert!(i < self.len && j < self.len);
        // SAFETY: both slots are initialised; each value is read once and
        // written once, so every value is kept exactly once.
        unsafe {
            let a = read_words(self.buf.add(i));
            let b = read_words(self.buf.add(j));
            write_words(self.buf.add(i), b);
            write_words(self.buf.add(j), a);
        }
    }

    /// Replaces the value at `i` (below `len`), returning the old one.
    #[inline(always)]
    fn replace(&mut self, i: usize, v: Value) -> Value {
        debug_assert!(i < self.len);
        // SAFETY: `i < len`: an initialised slot, read out and written once.
        unsafe {
            let old = read_words(self.buf.add(i));
            write_words(self.buf.add(i), v);
            old
        }
    }
}

/// The result of `a op b` for two small ints, when it is a small int.
#[inline(always)]
fn int_op(op: BinOp, a: i64, b: i64) -> Option<i64> {
    match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        // Python's floor division and modulo agree with the Euclidean ones
        // for a positive divisor.
        BinOp::FloorDiv if b > 0 => Some(a.div_euclid(b)),
        BinOp::Mod if b > 0 => Some(a.rem_euclid(b)),
        BinOp::And => Some(a & b),
        BinOp::Or => Some(a | b),
        BinOp::Xor => Some(a ^ b),
        // An arithmetic shift floors, as Python's `>>` does.
        BinOp::RShift if b >= 0 => Some(a >> b.min(63)),
        BinOp::LShift if (0..64).contains(&b) => {
            let r = a << b;
            (r >> b == a).then_some(r)
        }
        _ => None,
    }
}

/// The result of `a op b` for floats (an int operand converted exactly),
/// when it is not NaN (a NaN is a heap float) and raises nothing.
#[inline(always)]
fn float_op(op: BinOp, a: f64, b: f64) -> Option<f64> {
    let r = match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv if b != 0.0 => a / b,
        _ => return None,
    };
    (!r.is_nan()).then_some(r)
}

/// A float operand: a float, or an int a double holds exactly.
#[inline(always)]
fn as_f64(v: &Value) -> Option<f64> {
    match v {
        Value::Float(f) => Some(*f),
        Value::Int(i) if i.unsigned_abs() < (1 << 53) => Some(*i as f64),
        _ => None,
    }
}

/// `a op b` for immediates, when the tier can compute it.
#[inline(always)]
fn binary(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => int_op(op, *x, *y).map(Value::Int),
        (Value::Float(_), Value::Float(_) | Value::Int(_)) | (Value::Int(_), Value::Float(_)) => {
            float_op(op, as_f64(a)?, as_f64(b)?).map(Value::Float)
        }
        _ => None,
    }
}

/// `a op b` for two ints or two floats.
#[inline(always)]
fn compare(op: CmpOp, a: &Value, b: &Value) -> Option<bool> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(op.test(x.cmp(y))),
        (Value::Float(x), Value::Float(y)) => Some(match op {
            CmpOp::Lt => x < y,
            CmpOp::Le => x <= y,
            CmpOp::Eq => x == y,
            CmpOp::Ne => x != y,
            CmpOp::Gt => x > y,
            CmpOp::Ge => x >= y,
        }),
        _ => None,
    }
}

/// The truth of an immediate (objects go to the general loop).
#[inline(always)]
fn truth(v: &Value) -> Option<bool> {
    match v {
        Value::Bool(b) => Some(*b),
        Value::Int(i) => Some(*i != 0),
        Value::None => Some(false),
        _ => None,
    }
}

/// The next item of a range, list or tuple iterator; None when the
/// general loop must decide (another iterator, exhaustion, a borrow).
#[inline(always)]
fn next_item(it: &Value) -> Option<Value> {
    let Value::Obj(o) = it else {
        return None;
    };
    let Payload::Iter(st) = &o.payload else {
        return None;
    };
    let mut s = st.try_borrow_mut().ok()?;
    match &mut *s {
        IterState::Range { next, step, left } if *left > 0 => {
            let v = *next;
            *left -= 1;
            *next = next.wrapping_add(*step);
            Some(Value::Int(v))
        }
        IterState::List { list, index } => {
            let Payload::List(l) = &list.payload else {
                return None;
            };
            let v = l.try_borrow().ok()?.get(*index)?.clone();
            *index += 1;
            Some(v)
        }
        IterState::Tuple { tuple, index } => {
            let Payload::Tuple(t) = &tuple.payload else {
                return None;
            };
            let v = t.get(*index)?.clone();
            *index += 1;
            Some(v)
        }
        _ => None,
    }
}

/// `obj[key]` for exact lists and tuples with an int, and exact dicts with
/// a str key; None when the general loop must decide (or raise).
#[inline(always)]
fn subscript(obj: &Value, key: &Value, t: &crate::vm::Types) -> Option<Value> {
    let Value::Obj(o) = obj else {
        return None;
    };
    match (&o.payload, key) {
        (Payload::List(l), Value::Int(i)) if o.ty().is(&t.list) => {
            let l = l.try_borrow().ok()?;
            crate::ops::seq::norm_index(*i, l.len()).map(|j| l[j].clone())
        }
        (Payload::Tuple(items), Value::Int(i)) if o.ty().is(&t.tuple) => {
            crate::ops::seq::norm_index(*i, items.len()).map(|j| items[j].clone())
        }
        (Payload::Dict(d), Value::Obj(k)) if o.ty().is(&t.dict) => match &k.payload {
            Payload::Str(s) if k.ty().is(&t.str) => {
                d.try_borrow().ok()?.get_interned(k, s.hash()).cloned()
            }
            _ => None,
        },
        _ => None,
    }
}

/// `obj[key] = v` for an exact list and an in-range int: the old item,
/// with `v` stored (its count now owned by the list, so the caller drops
/// its stack slot without a decrement); None when the general loop must
/// decide.
#[inline(always)]
fn store_item(obj: &Value, key: &Value, v: &Value, t: &crate::vm::Types) -> Option<Value> {
    let (Value::Obj(o), Value::Int(i)) = (obj, key) else {
        return None;
    };
    let Payload::List(l) = &o.payload else {
        return None;
    };
    if !o.ty().is(&t.list) {
        return None;
    }
    let mut l = l.try_borrow_mut().ok()?;
    let j = crate::ops::seq::norm_index(*i, l.len())?;
    // SAFETY: the bitwise copy takes over the stack slot's count; the
    // caller forgets the slot (cuts the length without dropping it).
    let moved = unsafe { std::ptr::read(v) };
    Some(std::mem::replace(&mut l[j], moved))
}

/// Pushes the items of an exact tuple or list of length `n` in reverse
/// (`UNPACK_SEQUENCE`); false, pushing nothing, for anything else. The
/// caller checked there is room for `n` more values.
#[inline(always)]
fn unpack_exact(vm: &Vm, seq: &Value, n: usize, r: &mut Regs) -> bool {
    let Value::Obj(o) = seq else {
        return false;
    };
    match &o.payload {
        Payload::Tuple(t) if t.len() == n && o.ty().is(&vm.t.tuple) => {
            for v in t.iter().rev() {
                r.push(v.clone());
            }
            true
        }
        Payload::List(l) if o.ty().is(&vm.t.list) => match l.try_borrow() {
            Ok(l) if l.len() == n => {
                for v in l.iter().rev() {
                    r.push(v.clone());
                }
                true
            }
            _ => false,
        },
        _ => false,
    }
}

/// `FOR_ITER` over a plain generator (at `r.len - 1`) or `SEND` into one
/// (at `r.len - 2`, the value sent taken off the top), at `at` in frame
/// `fi`: the generator's frame goes on top to run in this loop, as in the
/// general loop (`generator::enter_inline`); the caller then pushes
/// `sent` onto it. False, with the stack as it was, when it cannot.
#[inline(never)]
fn enter_generator(vm: &mut Vm, fi: usize, at: usize, r: &mut Regs, sent: &Value) -> bool {
    let Value::Obj(g) = r.at(r.len - 1) else {
        return false;
    };
    if !matches!(g.payload, Payload::Generator(_)) {
        return false;
    }
    // Counted: the stack may move when the frame's values go back on it.
    let g = g.clone();
    r.store(&mut vm.stack);
    let caller = &mut vm.frames[fi];
    caller.ip = at + 1;
    caller.lasti = at;
    crate::generator::enter_inline(vm, &g, sent)
}

/// Whether dropping `v` may have left work for a safe point.
#[inline(always)]
fn released(v: Value) -> bool {
    if let Value::Obj(_) = v {
        drop(v);
        return crate::object::SAFE_POINT_WORK.load(Relaxed);
    }
    false
}

/// Runs the top frame's instructions from `*ip` while the tier can,
/// following calls into Python functions and returns to their callers;
/// returns with `*ip` at the first instruction it leaves to the general
/// loop, `*code`, `*fi` (the frame's index) and `*base` (its first local)
/// describing the frame that instruction belongs to, and `vm.stack`'s
/// length up to date.
#[inline(always)]
pub(crate) fn run<'c>(
    vm: &mut Vm,
    code_io: &mut &'c Code,
    fi_io: &mut usize,
    base_io: &mut usize,
    ip: &mut usize,
) -> Stop {
    // Copies of the frame's position, kept in registers and written back
    // on the way out.
    let mut code: &'c Code = code_io;
    let mut fi = *fi_io;
    let mut base = *base_io;
    let mut instrs = &code.instrs[..];
    let mut consts = &code.consts[..];
    let mut r = Regs::load(&mut vm.stack);
    let mut at = *ip;
    // After a call or a return: the position of frame `fi` (the stack
    // is reloaded too, since the frame change may have moved it).
    macro_rules! switch_to_frame {
        () => {{
            let frame = &vm.frames[fi];
            // SAFETY: `code` is replaced when this frame goes.
            code = unsafe { crate::frame::code_uncounted(frame) };
            base = frame.base;
            instrs = &code.instrs[..];
            consts = &code.consts[..];
            r = Regs::load(&mut vm.stack);
        }};
    }
    let stop = loop {
        let Some(&instr) = instrs.get(at) else {
            break Stop::General;
        };
        let arg = instr.arg as usize;
        match instr.op {
            Op::NOP | Op::PRECALL | Op::CACHE | Op::EXTENDED_ARG => {}
            Op::PUSH_NULL => {
                if r.len == r.cap {
                    break Stop::General;
                }
                r.push(Value::Null);
            }
            Op::RESUME => {
                if crate::object::SAFE_POINT_WORK.load(Relaxed)
                    || crate::interp::INTERRUPT.load(Relaxed)
                {
                    break Stop::General;
                }
            }
            Op::LOAD_FAST => {
                let i = base + arg;
                if i >= r.len || r.len == r.cap || r.at(i).is_null() {
                    break Stop::General;
                }
                let v = r.clone_at(i);
                r.push(v);
            }
            Op::LOAD_CONST => {
                let Some(c) = consts.get(arg) else {
                    break Stop::General;
                };
                if r.len == r.cap {
                    break Stop::General;
                }
                r.push(c.clone());
            }
            Op::STORE_FAST => {
                let i = base + arg;
                if i + 1 >= r.len {
                    break Stop::General;
                }
                let v = r.pop();
                let old = r.replace(i, v);
                if released(old) {
                    at += 1;
                    break Stop::ReleasePoint;
                }
            }
            Op::POP_TOP => {
                if r.len <= base {
                    break Stop::General;
                }
                if released(r.pop()) {
                    at += 1;
                    break Stop::ReleasePoint;
                }
            }
            Op::COPY => {
                if arg == 0 || arg > r.len || r.len == r.cap {
                    break Stop::General;
                }
                let v = r.clone_at(r.len - arg);
                r.push(v);
            }
            Op::SWAP => {
                if arg == 0 || arg > r.len {
                    break Stop::General;
                }
                r.swap(r.len - 1, r.len - arg);
            }
            Op::BINARY_OP => {
                if r.len < 2 {
                    break Stop::General;
                }
                let (op, _) = BinOp::from_nb(instr.arg);
                let Some(v) = binary(op, r.at(r.len - 2), r.at(r.len - 1)) else {
                    break Stop::General;
                };
                // Both operands are immediates: nothing to drop.
                r.len -= 2;
                r.push(v);
            }
            Op::COMPARE_OP => {
                if r.len < 2 {
                    break Stop::General;
                }
                let op = CmpOp::from_arg(instr.arg);
                let Some(t) = compare(op, r.at(r.len - 2), r.at(r.len - 1)) else {
                    break Stop::General;
                };
                r.len -= 2;
                r.push(Value::Bool(t));
            }
            Op::POP_JUMP_FORWARD_IF_FALSE
            | Op::POP_JUMP_BACKWARD_IF_FALSE
            | Op::POP_JUMP_FORWARD_IF_TRUE
            | Op::POP_JUMP_BACKWARD_IF_TRUE => {
                if r.len <= base {
                    break Stop::General;
                }
                let Some(t) = truth(r.at(r.len - 1)) else {
                    break Stop::General;
                };
                r.len -= 1;
                let on_true = matches!(
                    instr.op,
                    Op::POP_JUMP_FORWARD_IF_TRUE | Op::POP_JUMP_BACKWARD_IF_TRUE
                );
                if t == on_true {
                    at = arg;
                    continue;
                }
            }
            Op::JUMP_FORWARD | Op::JUMP_BACKWARD_NO_INTERRUPT => {
                at = arg;
                continue;
            }
            Op::JUMP_BACKWARD => {
                if crate::object::SAFE_POINT_WORK.load(Relaxed)
                    || crate::interp::INTERRUPT.load(Relaxed)
                {
                    break Stop::General;
                }
                at = arg;
                continue;
            }
            Op::FOR_ITER => {
                if r.len <= base || r.len == r.cap {
                    break Stop::General;
                }
                let Some(v) = next_item(r.at(r.len - 1)) else {
                    if enter_generator(vm, fi, at, &mut r, &Value::None) {
                        vm.push(Value::None);
                        fi += 1;
                        switch_to_frame!();
                        at = vm.frames[fi].ip;
                        continue;
                    }
                    break Stop::General;
                };
                r.push(v);
            }
            Op::SEND => {
                // `yield from` a plain generator.
                if r.len < base + 2 {
                    break Stop::General;
                }
                let sent = r.pop();
                if enter_generator(vm, fi, at, &mut r, &sent) {
                    vm.push(sent);
                    fi += 1;
                    switch_to_frame!();
                    at = vm.frames[fi].ip;
                    continue;
                }
                r.push(sent);
                break Stop::General;
            }
            Op::YIELD_VALUE => {
                // From a generator frame resumed in this loop, back to its
                // caller's FOR_ITER or SEND.
                let frame = &mut vm.frames[fi];
                if r.len <= base || frame.entry || frame.generator.is_none() {
                    break Stop::General;
                }
                frame.ip = at + 1;
                frame.lasti = at;
                let v = r.pop();
                r.store(&mut vm.stack);
                crate::generator::yield_inline(vm);
                fi -= 1;
                switch_to_frame!();
                // Room: the stack is cut back below where `v` was.
                r.push(v);
                at = vm.frames[fi].ip;
                continue;
            }
            Op::LOAD_GLOBAL => {
                let null = instr.arg & 1 == 1;
                if r.len + usize::from(null) >= r.cap {
                    break Stop::General;
                }
                let Some(v) = vm.cached_global(fi, code, at) else {
                    break Stop::General;
                };
                if null {
                    r.push(Value::Null);
                }
                r.push(v);
            }
            Op::LOAD_ATTR => {
                if r.len <= base {
                    break Stop::General;
                }
                let Some(name) = code.names.get(arg) else {
                    break Stop::General;
                };
                let Some(AttrHit::Value(v)) = vm.attr_site_hit(code, at, r.at(r.len - 1), name)
                else {
                    break Stop::General;
                };
                if released(r.replace(r.len - 1, v)) {
                    at += 1;
                    break Stop::ReleasePoint;
                }
            }
            Op::LOAD_METHOD => {
                if r.len <= base || r.len == r.cap {
                    break Stop::General;
                }
                let Some(name) = code.names.get(arg) else {
                    break Stop::General;
                };
                let Some((a, b)) = vm.method_site_hit(code, at, r.at(r.len - 1), name) else {
                    break Stop::General;
                };
                let obj = r.replace(r.len - 1, a);
                r.push(b);
                if released(obj) {
                    at += 1;
                    break Stop::ReleasePoint;
                }
            }
            Op::LOAD_DEREF | Op::LOAD_CLOSURE => {
                let i = base + arg;
                if i >= r.len || r.len == r.cap {
                    break Stop::General;
                }
                let v = if instr.op == Op::LOAD_CLOSURE {
                    r.clone_at(i)
                } else {
                    let Some(Payload::Cell(c)) = r.at(i).payload() else {
                        break Stop::General;
                    };
                    match c.try_borrow() {
                        Ok(v) if !v.is_null() => v.clone(),
                        _ => break Stop::General,
                    }
                };
                r.push(v);
            }
            Op::STORE_DEREF => {
                let i = base + arg;
                if i + 1 >= r.len {
                    break Stop::General;
                }
                let v = r.pop();
                let old = match r.at(i).payload() {
                    Some(Payload::Cell(c)) => match c.try_borrow_mut() {
                        Ok(mut cell) => Ok(std::mem::replace(&mut *cell, v)),
                        Err(_) => Err(v),
                    },
                    _ => Err(v),
                };
                let old = match old {
                    Ok(old) => old,
                    Err(v) => {
                        r.push(v);
                        break Stop::General;
                    }
                };
                if released(old) {
                    at += 1;
                    break Stop::ReleasePoint;
                }
            }
            Op::LIST_APPEND => {
                if arg == 0 || arg >= r.len {
                    break Stop::General;
                }
                let v = r.pop();
                let left = match r.at(r.len - arg).payload() {
                    Some(Payload::List(l)) => match l.try_borrow_mut() {
                        Ok(mut l) => {
                            l.push(v);
                            None
                        }
                        Err(_) => Some(v),
                    },
                    _ => Some(v),
                };
                if let Some(v) = left {
                    r.push(v);
                    break Stop::General;
                }
            }
            Op::STORE_ATTR => {
                if r.len < base + 2 {
                    break Stop::General;
                }
                let Some(name) = code.names.get(arg) else {
                    break Stop::General;
                };
                let obj = r.pop();
                let v = r.pop();
                let old = match vm.store_site_hit(code, at, &obj, name, v) {
                    Ok(old) => old,
                    Err(v) => {
                        r.push(v);
                        r.push(obj);
                        break Stop::General;
                    }
                };
                if released(old) | released(obj) {
                    at += 1;
                    break Stop::ReleasePoint;
                }
            }
            Op::STORE_SUBSCR => {
                if r.len < base + 3 {
                    break Stop::General;
                }
                let Some(old) =
                    store_item(r.at(r.len - 2), r.at(r.len - 1), r.at(r.len - 3), &vm.t)
                else {
                    break Stop::General;
                };
                let key = r.pop();
                let obj = r.pop();
                r.len -= 1; // the value: stored, its count moved into the list
                if released(old) | released(key) | released(obj) {
                    at += 1;
                    break Stop::ReleasePoint;
                }
            }
            Op::COPY_FREE_VARS => {
                let Some(Payload::Function(f)) = vm.frames[fi].func.as_ref().map(|f| &f.payload)
                else {
                    break Stop::General;
                };
                let Some(cells) = &f.closure else {
                    break Stop::General;
                };
                let start = base + code.nlocalsplus - arg;
                if start + cells.len() > r.len {
                    break Stop::General;
                }
                let mut any = false;
                for (i, c) in cells.iter().enumerate() {
                    any |= released(r.replace(start + i, Value::Obj(c.clone())));
                }
                if any {
                    at += 1;
                    break Stop::ReleasePoint;
                }
            }
            Op::CALL => {
                // A Python function whose positional arguments bind where
                // they sit (as `Vm::call_instruction`'s first path).
                if crate::object::SAFE_POINT_WORK.load(Relaxed)
                    || crate::interp::INTERRUPT.load(Relaxed)
                    || vm.frames[fi].kwnames.is_some()
                    || r.len < base + arg + 2
                {
                    break Stop::General;
                }
                let n = r.len;
                let is_method = !r.at(n - arg - 2).is_null();
                let total = arg + usize::from(is_method);
                let Value::Obj(o) = r.at(n - total - 1) else {
                    break Stop::General;
                };
                let Payload::Function(f) = &o.payload else {
                    // `len(x)` of a built-in container, without the call.
                    if total == 1 && !is_method {
                        if let Some(v) = vm.len_fast(r.at(n - 2), r.at(n - 1)) {
                            let x = r.pop();
                            let len = r.pop();
                            r.replace(n - 3, v);
                            if released(x) | released(len) {
                                at += 1;
                                break Stop::ReleasePoint;
                            }
                            at += 1;
                            continue;
                        }
                    }
                    break Stop::General;
                };
                if !vm.binds_positionally(f, total) {
                    break Stop::General;
                }
                let func = o.clone();
                let caller = &mut vm.frames[fi];
                caller.ip = at + 1;
                caller.lasti = at;
                r.store(&mut vm.stack);
                vm.push_positional_frame(&func, n - total, n - arg - 2, total, false);
                // On into the callee, whose RESUME checks for pending work.
                fi += 1;
                switch_to_frame!();
                at = 0;
                continue;
            }
            Op::RETURN_VALUE => {
                // To a caller in this loop (not a generator, an `__init__`
                // or the entry frame: the general loop handles those).
                let callee = &vm.frames[fi];
                if fi == 0
                    || r.len <= base
                    || callee.entry
                    || callee.init
                    || callee.generator.is_some()
                {
                    break Stop::General;
                }
                let v = r.pop();
                r.store(&mut vm.stack);
                let floor = callee.floor;
                vm.stack.truncate(floor);
                // Dropped where it lies: moving the frame out first copied
                // its thirteen words twice.
                crate::frame::drop_top_frame(&mut vm.frames);
                vm.push(v);
                // Back in the caller, at the instruction after its CALL.
                fi -= 1;
                switch_to_frame!();
                at = vm.frames[fi].ip;
                // The callee's locals may have held the last reference to
                // an object with a `__del__`.
                if crate::object::SAFE_POINT_WORK.load(Relaxed) {
                    break Stop::ReleasePoint;
                }
                continue;
            }
            Op::BINARY_SUBSCR => {
                if r.len < base + 2 {
                    break Stop::General;
                }
                let Some(v) = subscript(r.at(r.len - 2), r.at(r.len - 1), &vm.t) else {
                    break Stop::General;
                };
                let key = r.pop();
                let obj = r.replace(r.len - 1, v);
                if released(key) | released(obj) {
                    at += 1;
                    break Stop::ReleasePoint;
                }
            }
            Op::IS_OP => {
                if r.len < base + 2 {
                    break Stop::General;
                }
                let b = r.pop();
                let a = r.pop();
                r.push(Value::Bool(a.is(&b) != (arg == 1)));
                if released(a) | released(b) {
                    at += 1;
                    break Stop::ReleasePoint;
                }
            }
            Op::UNPACK_SEQUENCE => {
                if r.len <= base || r.cap - r.len < arg {
                    break Stop::General;
                }
                let seq = r.pop();
                if !unpack_exact(vm, &seq, arg, &mut r) {
                    r.push(seq);
                    break Stop::General;
                }
                if released(seq) {
                    at += 1;
                    break Stop::ReleasePoint;
                }
            }
            _ => break Stop::General,
        }
        at += 1;
    };
    r.store(&mut vm.stack);
    *ip = at;
    *code_io = code;
    *fi_io = fi;
    *base_io = base;
    stop
}
