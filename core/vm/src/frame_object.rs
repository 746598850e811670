//! Frame objects (`sys._getframe()`, `tb.tb_frame`, `gen.gi_frame`):
//! snapshots of frames, which live on the VM's own stack and have no
//! object of their own. The class is `_traceback.frame` (pvm_stdlib
//! defines its attributes); this module makes the instances.

use crate::code::Code;
use crate::frame::Frame;
use crate::object::ObjRef;
use crate::payload::{Extension, Payload, Traceback};
use crate::value::Value;
use crate::{PyResult, Vm};
use pvm_compiler::code::localsplus;
use std::rc::Rc;

/// A frame as it was when its object was made.
pub struct FrameObject {
    /// `f_code`.
    pub code: Rc<Code>,
    /// The instruction running (`f_lasti`, `f_lineno`).
    pub lasti: usize,
    /// `f_globals`.
    pub globals: ObjRef,
    /// `f_builtins`.
    pub builtins: ObjRef,
    /// `f_locals`: a dict of the locals (the namespace itself for module
    /// and class bodies).
    pub locals: Value,
    /// `f_back`: the calling frame's object, or None.
    pub back: Value,
    /// For a frame object made while its frame ran: the frame's index in
    /// `Vm::frames` and its stack base, to read the line and locals live
    /// while it still runs.
    pub running: Option<(usize, usize)>,
}

impl FrameObject {
    /// The live frame this object was made from, if it still runs.
    fn still_running<'v>(&self, vm: &'v Vm) -> Option<(usize, &'v Frame)> {
        let (index, base) = self.running?;
        let f = vm.frames.get(index)?;
        (Rc::ptr_eq(&f.code, &self.code) && f.base == base).then_some((index, f))
    }

    /// The instruction running now (`f_lineno`, `f_lasti`).
    pub fn lasti(&self, vm: &Vm) -> usize {
        match self.still_running(vm) {
            // The innermost frame's `lasti` is saved only when it calls out.
            Some((i, _)) if i + 1 == vm.frames.len() => vm.cur_lasti,
            Some((_, f)) => f.lasti,
            None => self.lasti,
        }
    }

    /// `f_locals`: read again from a frame that still runs.
    pub fn locals(&self, vm: &mut Vm) -> Value {
        match self.still_running(vm) {
            Some((i, _)) => crate::builtins::functions::frame_locals(vm, i),
            None => self.locals.clone(),
        }
    }
}

impl Extension for FrameObject {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&Value::Obj(self.globals.clone()));
        visit(&Value::Obj(self.builtins.clone()));
        visit(&self.locals);
        visit(&self.back);
    }
}

/// The frame class, `_traceback.frame`.
fn frame_type(vm: &mut Vm) -> PyResult<ObjRef> {
    let module = crate::import::import_full(vm, "_traceback")?;
    match vm.get_attr_str(&module, "frame")? {
        Value::Obj(ty) if matches!(ty.payload, Payload::Type(_)) => Ok(ty),
        _ => Err(vm.type_error("_traceback.frame is not a class")),
    }
}

/// The object of live frame `index` (0 is the outermost), its `f_back`
/// chain included.
pub fn live(vm: &mut Vm, index: usize) -> PyResult<Value> {
    if vm.frames.is_empty() {
        return Ok(Value::None);
    }
    let ty = frame_type(vm)?;
    let mut back = Value::None;
    for i in 0..=index.min(vm.frames.len() - 1) {
        let locals = crate::builtins::functions::frame_locals(vm, i);
        let f = &vm.frames[i];
        let state = FrameObject {
            code: f.code.clone(),
            lasti: f.lasti,
            globals: f.globals.clone(),
            builtins: f.builtins.clone(),
            locals,
            back,
            running: Some((i, f.base)),
        };
        back = vm.new_extension(&ty, state);
    }
    Ok(back)
}

/// `tb.tb_frame`: the frame the entry was made in, read live while that
/// frame still runs (an exception caught where it was raised), else from
/// the locals the traceback kept when the frame was unwound.
pub fn of_traceback(vm: &mut Vm, tb: &Traceback) -> PyResult<Value> {
    // Unwound frames left their values in the traceback.
    let unwound = !tb.frame_values.borrow().is_empty();
    let running = vm
        .frames
        .iter()
        .rposition(|f| !unwound && Rc::ptr_eq(&f.code, &tb.code) && f.base == tb.base);
    if let Some(index) = running {
        return live(vm, index);
    }
    let ty = frame_type(vm)?;
    let locals = if tb.locals.is_null() {
        let values = tb.frame_values.borrow().clone();
        locals_dict(vm, &tb.code, &values)
    } else {
        tb.locals.clone()
    };
    let state = FrameObject {
        code: tb.code.clone(),
        lasti: tb.lasti,
        globals: tb.globals.clone(),
        builtins: vm.builtins.clone(),
        locals,
        back: Value::None,
        running: None,
    };
    Ok(vm.new_extension(&ty, state))
}

/// What a suspended frame's object is made from.
pub struct Parts {
    /// The code.
    pub code: Rc<Code>,
    /// The instruction it stopped at.
    pub lasti: usize,
    /// Its globals.
    pub globals: ObjRef,
    /// Its builtins.
    pub builtins: ObjRef,
}

/// `gen.gi_frame` of a generator that is not running, from its saved
/// frame and values.
pub fn of_suspended(vm: &mut Vm, frame: Parts, values: &[Value]) -> PyResult<Value> {
    let ty = frame_type(vm)?;
    let locals = locals_dict(vm, &frame.code, values);
    let state = FrameObject {
        code: frame.code,
        lasti: frame.lasti,
        globals: frame.globals,
        builtins: frame.builtins,
        locals,
        back: Value::None,
        running: None,
    };
    Ok(vm.new_extension(&ty, state))
}

/// The locals of a function frame as a dict (cells read through, unbound
/// names left out), from the frame's window of values.
pub fn locals_dict(vm: &mut Vm, code: &Code, values: &[Value]) -> Value {
    let d = vm.new_dict();
    for (i, name) in code.localsplus_names.iter().enumerate() {
        let Some(v) = values.get(i) else {
            break;
        };
        let v = match v.payload() {
            Some(Payload::Cell(c))
                if code.localsplus_kinds[i] & (localsplus::CELL | localsplus::FREE) != 0 =>
            {
                c.borrow().clone()
            }
            _ => v.clone(),
        };
        if !v.is_null() {
            vm.dict_set_str(&d, name.clone(), v);
        }
    }
    Value::Obj(d)
}
