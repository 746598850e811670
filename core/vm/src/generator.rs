//! Generators, coroutines and async generators: suspending a frame at
//! `YIELD_VALUE`, resuming it with `send`/`throw`/`close`, `yield from`
//! delegation (`SEND`), and the await protocol.

use crate::frame::SavedFrame;
use crate::object::ObjRef;
use crate::payload::{AsyncGenStep, GenKind, Generator, NativeKind, Payload};
use crate::value::Value;
use crate::{PyResult, Vm};
use pvm_compiler::code::flags;
use std::cell::RefCell;

/// What resuming a generator produced.
pub enum SendResult {
    /// It yielded a value.
    Yielded(Value),
    /// It returned (the value of StopIteration).
    Returned(Value),
}

fn gen_cell(g: &ObjRef) -> &RefCell<Generator> {
    match &g.payload {
        Payload::Generator(c) => c,
        _ => unreachable!("not a generator"),
    }
}

/// `RETURN_GENERATOR`: turns the top frame into a generator object.
pub fn create_from_top_frame(vm: &mut Vm) -> Value {
    let mut frame = crate::frame::pop_frame(&mut vm.frames).expect("frame");
    let values = vm.stack.split_off(frame.base);
    vm.stack.truncate(frame.floor);
    let code = frame.code.clone();
    let kind = if code.flags & flags::COROUTINE != 0 {
        GenKind::Coroutine
    } else if code.flags & flags::ASYNC_GENERATOR != 0 {
        GenKind::AsyncGenerator
    } else {
        GenKind::Generator
    };
    let ty = match kind {
        GenKind::Generator => vm.t.generator.clone(),
        GenKind::Coroutine => vm.t.coroutine.clone(),
        GenKind::AsyncGenerator => vm.t.async_generator.clone(),
    };
    let (name, qualname) = match frame.func.as_ref().map(|f| &f.payload) {
        Some(Payload::Function(f)) => (f.name.borrow().clone(), f.qualname.borrow().clone()),
        _ => (
            Value::Obj(code.name.clone()),
            Value::Obj(code.qualname.clone()),
        ),
    };
    frame.entry = true;
    let g = ObjRef::new(
        ty,
        Payload::Generator(Box::new(RefCell::new(Generator {
            kind,
            frame: SavedFrame::holding(frame, values),
            running: false,
            started: false,
            name,
            qualname,
            code,
            exc_state: Value::None,
            closing: false,
        }))),
    );
    Value::Obj(g)
}

/// `YIELD_VALUE`: saves the top frame into its generator.
pub fn suspend_top_frame(vm: &mut Vm) {
    let g = take_top_generator(vm);
    save_top_into(vm, &mut gen_cell(&g).borrow_mut());
}

/// The generator of the top frame, taken out of the frame before it is
/// saved: the saved frame must not refer to its generator (that would be
/// a cycle, and every abandoned generator would wait for the collector).
#[inline(always)]
fn take_top_generator(vm: &mut Vm) -> ObjRef {
    let g = vm.frames.last_mut().and_then(|f| f.generator.take());
    g.expect("a generator frame")
}

/// Moves the top frame and its values into `st`.
#[inline(always)]
fn save_top_into(vm: &mut Vm, st: &mut Generator) {
    let top = vm.frames.last().expect("frame");
    let (base, floor) = (top.base, top.floor);
    crate::value::move_values(&mut vm.stack, base, &mut st.frame.values);
    vm.stack.truncate(floor);
    st.frame.save_top(&mut vm.frames);
}

/// Marks a generator finished (its frame returned or raised).
pub fn finished(g: &ObjRef) {
    let mut st = gen_cell(g).borrow_mut();
    st.frame.clear();
    st.running = false;
}

fn kind_name(kind: GenKind) -> &'static str {
    match kind {
        GenKind::Generator => "generator",
        GenKind::Coroutine => "coroutine",
        GenKind::AsyncGenerator => "async generator",
    }
}

/// Resumes a generator with a value to send or an exception to throw.
pub fn resume(
    vm: &mut Vm,
    g: &ObjRef,
    value: Value,
    throw: Option<ObjRef>,
) -> PyResult<SendResult> {
    let kind = {
        let mut st = gen_cell(g).borrow_mut();
        if st.running {
            let msg = format!("{} already executing", kind_name(st.kind));
            drop(st);
            return Err(vm.value_error(msg));
        }
        let kind = st.kind;
        match st.frame.is_some() {
            true => {
                if !st.started && throw.is_none() && !value.is_none() {
                    let msg = format!(
                        "can't send non-None value to a just-started {}",
                        kind_name(kind)
                    );
                    drop(st);
                    return Err(vm.type_error(msg));
                }
                st.running = true;
                st.started = true;
                kind
            }
            false => {
                drop(st);
                if let Some(e) = throw {
                    return Err(e);
                }
                if kind == GenKind::Coroutine {
                    return Err(
                        vm.new_error("RuntimeError", "cannot reuse already awaited coroutine")
                    );
                }
                return Ok(SendResult::Returned(Value::None));
            }
        }
    };
    vm.check_recursion().inspect_err(|_| {
        let mut st = gen_cell(g).borrow_mut();
        st.running = false;
    })?;
    unpack_frame(vm, g, true);
    let outer = vm.handled.clone();
    let inner = std::mem::take(&mut gen_cell(g).borrow_mut().exc_state);
    if !inner.is_none() && !inner.is_null() {
        vm.handled = inner;
    }
    let is_throw = throw.is_some();
    if !is_throw {
        vm.stack.push(value);
    }
    if is_throw {
        if let Some(frame) = vm.frames.last_mut() {
            frame.lasti = frame.ip.saturating_sub(1);
        }
    }
    let r = match throw {
        Some(e) => vm.run_frames_raising(e),
        None => vm.run_frames(),
    };
    let suspended = {
        let mut st = gen_cell(g).borrow_mut();
        st.running = false;
        st.frame.is_some()
    };
    if suspended && !vm.handled.is(&outer) {
        gen_cell(g).borrow_mut().exc_state = vm.handled.clone();
    }
    vm.handled = outer;
    match r {
        // Relayed: the run wrote the value as two words just now.
        Ok(v) if suspended => Ok(SendResult::Yielded(crate::value::relay(v))),
        Ok(v) => Ok(SendResult::Returned(crate::value::relay(v))),
        Err(e) => Err(convert_stop_iteration(vm, e, kind)),
    }
}

/// PEP 479: StopIteration leaving a generator becomes RuntimeError.
fn convert_stop_iteration(vm: &mut Vm, e: ObjRef, kind: GenKind) -> ObjRef {
    let ev = Value::Obj(e.clone());
    let si = vm.exc_type("StopIteration");
    let sai = vm.exc_type("StopAsyncIteration");
    let msg = if vm.is_instance(&ev, &si) {
        format!("{} raised StopIteration", kind_name(kind))
    } else if kind == GenKind::AsyncGenerator && vm.is_instance(&ev, &sai) {
        "async generator raised StopAsyncIteration".to_string()
    } else {
        return e;
    };
    let r = vm.new_error("RuntimeError", msg);
    if let Some(d) = crate::exceptions::data(&r) {
        let mut d = d.borrow_mut();
        d.cause = ev.clone();
        d.context = ev;
        d.suppress_context = true;
    }
    r
}

/// `next(gen)`.
pub fn next(vm: &mut Vm, g: &ObjRef) -> PyResult<Option<Value>> {
    if gen_cell(g).borrow().kind != GenKind::Generator {
        let tn = crate::types::name(g.ty());
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    match resume(vm, g, Value::None, None)? {
        SendResult::Yielded(v) => Ok(Some(v)),
        SendResult::Returned(v) => {
            if v.is_none() {
                Ok(None)
            } else {
                // A return value must reach `for` as StopIteration(value):
                // for loops ignore it, so report exhaustion.
                Ok(None)
            }
        }
    }
}

/// A StopIteration carrying `value`.
pub fn stop_iteration(vm: &mut Vm, value: Value) -> ObjRef {
    let ty = vm.exc_type("StopIteration");
    let args = if value.is_none() { vec![] } else { vec![value] };
    crate::exceptions::new_exception(vm, &ty, args)
}

/// `SEND`: one step of `yield from` / `await` on `receiver`.
pub fn send_to(vm: &mut Vm, receiver: &Value, value: Value) -> PyResult<SendResult> {
    if let Value::Obj(o) = receiver {
        match &o.payload {
            Payload::Generator(_) => return resume(vm, o, value, None),
            Payload::AsyncGenStep(_) => return async_step_send(vm, o, value, None),
            _ => {}
        }
    }
    let r = if value.is_none() {
        match vm.next(receiver)? {
            Some(v) => return Ok(SendResult::Yielded(v)),
            None => {
                // The iterator's StopIteration value is lost by `next`; ask again.
                return Ok(SendResult::Returned(Value::None));
            }
        }
    } else {
        vm.call_method(receiver, "send", vec![value])
    };
    match r {
        Ok(v) => Ok(SendResult::Yielded(v)),
        Err(e) => stop_value(vm, e).map(SendResult::Returned),
    }
}

/// The value of a StopIteration, or the error itself.
pub fn stop_value(vm: &mut Vm, e: ObjRef) -> PyResult<Value> {
    if vm.error_is(&e, "StopIteration") {
        let args = crate::exceptions::args_of(&e);
        return Ok(args.into_iter().next().unwrap_or(Value::None));
    }
    Err(e)
}

/// The sub-iterator a suspended generator is delegating to, if any.
fn delegate(g: &ObjRef) -> Option<Value> {
    let st = gen_cell(g).borrow();
    let frame = st.frame.as_ref()?;
    let next = frame.code.instrs.get(frame.ip)?;
    if next.op != pvm_compiler::Opcode::RESUME || next.arg < 2 {
        return None;
    }
    st.frame.values.last().cloned()
}

/// `gen.throw(exc)`.
pub fn throw(vm: &mut Vm, g: &ObjRef, exc: ObjRef) -> PyResult<SendResult> {
    if let Some(yf) = delegate(g) {
        let ge = vm.exc_type("GeneratorExit");
        if vm.is_instance(&Value::Obj(exc.clone()), &ge) {
            gen_cell(g).borrow_mut().running = true;
            let r = close_value(vm, &yf);
            gen_cell(g).borrow_mut().running = false;
            if let Err(e) = r {
                return resume(vm, g, Value::None, Some(e));
            }
            return resume(vm, g, Value::None, Some(exc));
        }
        gen_cell(g).borrow_mut().running = true;
        let r = match &yf {
            Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => {
                throw(vm, o, exc.clone())
            }
            _ => match vm.get_attr_str(&yf, "throw") {
                Ok(f) => match vm.call(&f, [Value::Obj(exc.clone())]) {
                    Ok(v) => Ok(SendResult::Yielded(v)),
                    Err(e) => stop_value(vm, e).map(SendResult::Returned),
                },
                Err(_) => {
                    gen_cell(g).borrow_mut().running = false;
                    return resume(vm, g, Value::None, Some(exc));
                }
            },
        };
        gen_cell(g).borrow_mut().running = false;
        return match r {
            Ok(SendResult::Yielded(v)) => Ok(SendResult::Yielded(v)),
            Ok(SendResult::Returned(v)) => {
                // The delegate finished: pop it and continue after the SEND loop.
                {
                    let mut st = gen_cell(g).borrow_mut();
                    if st.frame.is_some() {
                        st.frame.values.pop();
                    }
                    if let Some(frame) = st.frame.as_mut() {
                        let send_at = frame.ip.saturating_sub(2);
                        frame.ip = frame.code.instrs[send_at].arg as usize;
                    }
                }
                resume(vm, g, v, None)
            }
            Err(e) => resume(vm, g, Value::None, Some(e)),
        };
    }
    resume(vm, g, Value::None, Some(exc))
}

fn close_value(vm: &mut Vm, v: &Value) -> PyResult<()> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => close(vm, o),
        _ => {
            if let Ok(f) = vm.get_attr_str(v, "close") {
                vm.call(&f, [])?;
            }
            Ok(())
        }
    }
}

/// `gen.close()`.
pub fn close(vm: &mut Vm, g: &ObjRef) -> PyResult<()> {
    {
        let mut st = gen_cell(g).borrow_mut();
        if st.frame.is_none() {
            return Ok(());
        }
        if !st.started {
            st.frame.clear();
            return Ok(());
        }
    }
    let ge = vm.exc_type("GeneratorExit");
    let exc = crate::exceptions::new_exception(vm, &ge, vec![]);
    match throw(vm, g, exc) {
        Ok(SendResult::Yielded(_)) => {
            let kind = gen_cell(g).borrow().kind;
            Err(vm.new_error(
                "RuntimeError",
                format!("{} ignored GeneratorExit", kind_name(kind)),
            ))
        }
        Ok(SendResult::Returned(_)) => Ok(()),
        Err(e) => {
            let ev = Value::Obj(e.clone());
            let si = vm.exc_type("StopIteration");
            if vm.is_instance(&ev, &ge) || vm.is_instance(&ev, &si) {
                Ok(())
            } else {
                Err(e)
            }
        }
    }
}

/// `GET_AWAITABLE`: the iterator `await v` drives.
pub fn get_awaitable(vm: &mut Vm, v: Value, where_: u32) -> PyResult<Value> {
    if let Some(Payload::Generator(g)) = v.payload() {
        let st = g.borrow();
        let iterable = st.kind == GenKind::Coroutine
            || (st.kind == GenKind::Generator && st.code.flags & flags::ITERABLE_COROUTINE != 0);
        if iterable {
            if st.kind == GenKind::Coroutine
                && st.started
                && delegate(v.as_obj().expect("obj")).is_some()
            {
                drop(st);
                return Err(vm.new_error("RuntimeError", "coroutine is being awaited already"));
            }
            return Ok(v.clone());
        }
    }
    if let Some(Payload::AsyncGenStep(_)) = v.payload() {
        return Ok(v);
    }
    let ty = vm.type_of(&v).clone();
    match vm.lookup_special(&ty, "__await__") {
        Some(f) => {
            let it = vm.call(&f, [v.clone()])?;
            if let Some(Payload::Generator(g)) = it.payload() {
                if g.borrow().kind == GenKind::Coroutine {
                    return Err(vm.type_error("__await__() returned a coroutine"));
                }
            }
            let ity = vm.type_of(&it).clone();
            if vm.lookup_special(&ity, "__next__").is_none()
                && !matches!(it.payload(), Some(Payload::Generator(_) | Payload::Iter(_)))
            {
                let tn = vm.type_name(&it);
                return Err(
                    vm.type_error(format!("__await__() returned non-iterator of type '{tn}'"))
                );
            }
            Ok(it)
        }
        None => {
            let tn = vm.type_name(&v);
            let msg = match where_ {
                1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {tn}"),
                2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {tn}"),
                _ => format!("object {tn} can't be used in 'await' expression"),
            };
            Err(vm.type_error(msg))
        }
    }
}

/// `GET_AITER`.
pub fn get_aiter(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let ty = vm.type_of(&v).clone();
    match vm.lookup_special(&ty, "__aiter__") {
        Some(f) => vm.call(&f, [v]),
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )))
        }
    }
}

/// `GET_ANEXT`.
pub fn get_anext(vm: &mut Vm, v: Value) -> PyResult<Value> {
    let ty = vm.type_of(&v).clone();
    match vm.lookup_special(&ty, "__anext__") {
        Some(f) => {
            let r = vm.call(&f, [v])?;
            let ty = vm.type_of(&r).clone();
            let awaitable = matches!(
                r.payload(),
                Some(Payload::Generator(_) | Payload::AsyncGenStep(_))
            ) || vm.lookup_special(&ty, "__await__").is_some();
            if !awaitable {
                let tn = vm.type_name(&r);
                return Err(vm.type_error(format!(
                    "'async for' received an invalid object from __anext__: {tn}"
                )));
            }
            get_awaitable(vm, r, 0)
        }
        None => {
            let tn = vm.type_name(&v);
            Err(vm.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )))
        }
    }
}

/// An `asend`/`athrow`/`aclose` awaitable over an async generator.
pub fn new_async_step(vm: &mut Vm, gen: ObjRef, first: Value, throw: bool, close: bool) -> Value {
    Value::Obj(ObjRef::new(
        vm.t.async_gen_step.clone(),
        Payload::AsyncGenStep(Box::new(RefCell::new(AsyncGenStep {
            gen,
            first,
            throw,
            close,
            started: false,
            done: false,
        }))),
    ))
}

/// One step of an async generator awaitable: a yielded (wrapped) value
/// ends it with StopIteration(value); an await inside passes through.
pub fn async_step_send(
    vm: &mut Vm,
    step: &ObjRef,
    value: Value,
    throw_exc: Option<ObjRef>,
) -> PyResult<SendResult> {
    let Payload::AsyncGenStep(cell) = &step.payload else {
        unreachable!()
    };
    let (gen, first, throw_first, close, started, done) = {
        let s = cell.borrow();
        (
            s.gen.clone(),
            s.first.clone(),
            s.throw,
            s.close,
            s.started,
            s.done,
        )
    };
    if done {
        return Err(vm.new_error(
            "RuntimeError",
            "cannot reuse already awaited __anext__()/asend()",
        ));
    }
    cell.borrow_mut().started = true;
    let r = if let Some(e) = throw_exc {
        throw(vm, &gen, e)
    } else if !started && throw_first {
        let e = match first {
            Value::Obj(o) => o,
            _ => vm.type_error("bad athrow"),
        };
        throw(vm, &gen, e)
    } else if !started {
        resume(vm, &gen, first, None)
    } else {
        resume(vm, &gen, value, None)
    };
    let finish = |vm: &mut Vm| {
        let _ = vm;
        cell.borrow_mut().done = true;
    };
    match r {
        Ok(SendResult::Yielded(v)) => {
            if let Some(Payload::AsyncGenWrapped(inner)) = v.payload() {
                finish(vm);
                if close {
                    return Err(
                        vm.new_error("RuntimeError", "async generator ignored GeneratorExit")
                    );
                }
                return Ok(SendResult::Returned(inner.clone()));
            }
            Ok(SendResult::Yielded(v))
        }
        Ok(SendResult::Returned(_)) => {
            finish(vm);
            if close {
                return Ok(SendResult::Returned(Value::None));
            }
            let sai = vm.exc_type("StopAsyncIteration");
            Err(crate::exceptions::new_exception(vm, &sai, vec![]))
        }
        Err(e) => {
            finish(vm);
            if close {
                let ev = Value::Obj(e.clone());
                let ge = vm.exc_type("GeneratorExit");
                let sai = vm.exc_type("StopAsyncIteration");
                if vm.is_instance(&ev, &ge) || vm.is_instance(&ev, &sai) {
                    return Ok(SendResult::Returned(Value::None));
                }
            }
            Err(e)
        }
    }
}

/// Methods of generators, coroutines, async generators and their awaitables.
pub fn install(vm: &mut Vm) {
    let g = vm.t.generator.clone();
    let c = vm.t.coroutine.clone();
    let ag = vm.t.async_generator.clone();
    let step = vm.t.async_gen_step.clone();
    vm.add_methods(
        &g,
        &[
            ("__iter__", gen_iter, NativeKind::Method),
            ("__next__", gen_next, NativeKind::Method),
            ("send", gen_send, NativeKind::Method),
            ("throw", gen_throw, NativeKind::Method),
            ("close", gen_close, NativeKind::Method),
        ],
    );
    vm.add_methods(
        &c,
        &[
            ("send", gen_send, NativeKind::Method),
            ("throw", gen_throw, NativeKind::Method),
            ("close", gen_close, NativeKind::Method),
            ("__await__", coro_await, NativeKind::Method),
        ],
    );
    vm.add_methods(
        &ag,
        &[
            ("__aiter__", gen_iter, NativeKind::Method),
            ("__anext__", agen_anext, NativeKind::Method),
            ("asend", agen_asend, NativeKind::Method),
            ("athrow", agen_athrow, NativeKind::Method),
            ("aclose", agen_aclose, NativeKind::Method),
        ],
    );
    vm.add_methods(
        &step,
        &[
            ("__await__", gen_iter, NativeKind::Method),
            ("__iter__", gen_iter, NativeKind::Method),
            ("__next__", step_next, NativeKind::Method),
            ("send", step_send, NativeKind::Method),
            ("throw", step_throw, NativeKind::Method),
            ("close", step_close, NativeKind::Method),
        ],
    );
}

fn this(vm: &mut Vm, args: &crate::args::Args) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o))
            if matches!(o.payload, Payload::Generator(_) | Payload::AsyncGenStep(_)) =>
        {
            Ok(o.clone())
        }
        _ => Err(vm.type_error("descriptor needs a generator")),
    }
}

fn yielded_or_stop(vm: &mut Vm, r: SendResult) -> PyResult<Value> {
    match r {
        SendResult::Yielded(v) => Ok(v),
        SendResult::Returned(v) => Err(stop_iteration(vm, v)),
    }
}

fn gen_iter(_vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

fn gen_next(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let r = resume(vm, &g, Value::None, None)?;
    yielded_or_stop(vm, r)
}

fn gen_send(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let v = args.values.get(1).cloned().unwrap_or(Value::None);
    let r = resume(vm, &g, v, None)?;
    yielded_or_stop(vm, r)
}

/// The exception `throw(typ[, val[, tb]])` raises.
fn throw_exception(vm: &mut Vm, args: &crate::args::Args) -> PyResult<ObjRef> {
    let typ = args.values.get(1).cloned().unwrap_or(Value::None);
    let val = args.values.get(2).cloned().unwrap_or(Value::None);
    match (&typ, &val) {
        (Value::Obj(t), v) if matches!(t.payload, Payload::Type(_)) && !v.is_none() => {
            if crate::exceptions::data(v.as_obj().expect("obj")).is_some() {
                return Ok(v.as_obj().cloned().expect("obj"));
            }
            let r = vm.call(&typ, [val.clone()])?;
            vm.make_exception(r)
        }
        _ => vm.make_exception(typ),
    }
}

fn gen_throw(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let exc = throw_exception(vm, &args)?;
    let r = throw(vm, &g, exc)?;
    yielded_or_stop(vm, r)
}

fn gen_close(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    close(vm, &g)?;
    Ok(Value::None)
}

fn coro_await(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let _ = this(vm, &args)?;
    Ok(args.values[0].clone())
}

fn agen_anext(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    Ok(new_async_step(vm, g, Value::None, false, false))
}

fn agen_asend(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let v = args.values.get(1).cloned().unwrap_or(Value::None);
    Ok(new_async_step(vm, g, v, false, false))
}

fn agen_athrow(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let exc = throw_exception(vm, &args)?;
    Ok(new_async_step(vm, g, Value::Obj(exc), true, false))
}

fn agen_aclose(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let g = this(vm, &args)?;
    let ge = vm.exc_type("GeneratorExit");
    let exc = crate::exceptions::new_exception(vm, &ge, vec![]);
    Ok(new_async_step(vm, g, Value::Obj(exc), true, true))
}

fn step_next(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let r = async_step_send(vm, &s, Value::None, None)?;
    yielded_or_stop(vm, r)
}

fn step_send(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let v = args.values.get(1).cloned().unwrap_or(Value::None);
    let r = async_step_send(vm, &s, v, None)?;
    yielded_or_stop(vm, r)
}

fn step_throw(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    let exc = throw_exception(vm, &args)?;
    let r = async_step_send(vm, &s, Value::None, Some(exc))?;
    yielded_or_stop(vm, r)
}

fn step_close(vm: &mut Vm, args: crate::args::Args) -> PyResult<Value> {
    let s = this(vm, &args)?;
    if let Payload::AsyncGenStep(c) = &s.payload {
        c.borrow_mut().done = true;
    }
    Ok(Value::None)
}

/// `FOR_ITER` over a plain generator, or `SEND` (`yield from`) into one:
/// resumes its frame in the caller's loop instead of a nested run (the
/// frame is pushed as a non-entry frame that knows its generator; the
/// caller then pushes `sent`). False when the generator cannot be resumed
/// that way (running, finished, a subclass's `__next__`, a non-None value
/// sent to a fresh one, ...), and the general path runs.
pub fn enter_inline(vm: &mut Vm, g: &ObjRef, sent: &Value) -> bool {
    if !g.ty().is(&vm.t.generator) || vm.frames.len() >= vm.recursion_limit {
        return false;
    }
    let mut st = gen_cell(g).borrow_mut();
    if st.running
        || st.kind != GenKind::Generator
        || st.frame.is_none()
        || (!st.started && !sent.is_none())
    {
        return false;
    }
    st.running = true;
    st.started = true;
    // While the frame runs, `exc_state` keeps the caller's handled
    // exception (restored when the frame yields, returns or raises).
    let inner = std::mem::replace(&mut st.exc_state, vm.handled.clone());
    if !inner.is_none() && !inner.is_null() {
        vm.handled = inner;
    }
    restore_from(vm, &mut st, g, false);
    true
}

/// Moves a suspended frame back on top of the frames and its values onto
/// the stack (their buffer is kept for the next suspension), based there;
/// `entry` says whether returning from it leaves the interpreter loop.
fn unpack_frame(vm: &mut Vm, g: &ObjRef, entry: bool) {
    restore_from(vm, &mut gen_cell(g).borrow_mut(), g, entry);
}

/// [`unpack_frame`] with the generator's state borrowed.
#[inline(always)]
fn restore_from(vm: &mut Vm, st: &mut Generator, g: &ObjRef, entry: bool) {
    let base = vm.stack.len();
    crate::value::move_values(&mut st.frame.values, 0, &mut vm.stack);
    st.frame.restore_onto(&mut vm.frames);
    let frame = vm.frames.last_mut().expect("the frame just restored");
    frame.base = base;
    frame.floor = base;
    frame.generator = Some(g.clone());
    frame.entry = entry;
}

/// Whether `frame` is a generator frame resumed by [`enter_inline`].
pub fn is_inline(frame: &crate::frame::Frame) -> bool {
    !frame.entry && frame.generator.is_some()
}

/// An inline generator frame is leaving (by yield, return or exception):
/// the caller's handled exception comes back, the generator's own is
/// kept if it yields inside an `except` block.
pub fn leave_inline(vm: &mut Vm, g: &ObjRef, suspended: bool) {
    stop_running_inline(vm, &mut gen_cell(g).borrow_mut(), suspended);
}

/// [`leave_inline`] with the generator's state borrowed.
#[inline(always)]
fn stop_running_inline(vm: &mut Vm, st: &mut Generator, suspended: bool) {
    st.running = false;
    let outer = std::mem::replace(&mut st.exc_state, Value::None);
    if suspended && !vm.handled.is(&outer) {
        st.exc_state = std::mem::replace(&mut vm.handled, outer);
    } else {
        vm.handled = outer;
    }
}

/// `YIELD_VALUE` in an inline generator frame (the top frame, its `ip`
/// saved): suspends it into its generator and gives the caller back its
/// handled exception (as [`leave_inline`]); the caller then pushes the
/// yielded value.
pub fn yield_inline(vm: &mut Vm) {
    let g = take_top_generator(vm);
    let mut st = gen_cell(&g).borrow_mut();
    save_top_into(vm, &mut st);
    stop_running_inline(vm, &mut st, true);
}

/// PEP 479 for an exception leaving an inline generator frame.
pub fn escaping_inline(vm: &mut Vm, e: ObjRef) -> ObjRef {
    convert_stop_iteration(vm, e, GenKind::Generator)
}
