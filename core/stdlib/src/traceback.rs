//! `sys._getframe` and the `_traceback` module: the frame class (its
//! instances are made by `pvm_vm::frame_object`), and what the
//! `traceback` module asks the VM: the source span of an instruction and
//! the `^^^` line that the VM's own traceback printing draws, so both
//! print alike.

use crate::native::{self, positional};
use pvm_vm::args::Args;
use pvm_vm::code::Code;
use pvm_vm::frame_object::FrameObject;
use pvm_vm::payload::Payload;
use pvm_vm::traceback::Position;
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::rc::Rc;

/// Adds `_getframe` to `sys`.
pub fn install(vm: &mut Vm) {
    let modules = vm.modules.clone();
    let key = vm.intern("sys");
    if let Some(Value::Obj(sys)) = vm.dict_get_str(&modules, &key) {
        vm.add_functions(&sys, &[("_getframe", getframe)]);
    }
}

/// Fills in the `_traceback` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    vm.add_functions(
        module,
        &[("code_position", code_position), ("carets", carets)],
    );
    let methods: &native::Methods =
        &[("__repr__", frame_repr, pvm_vm::payload::NativeKind::Method)];
    let ty = native::new_type(vm, module, "frame", "builtins", methods, true);
    native::add_getters(
        vm,
        &ty,
        &[
            ("f_code", f_code),
            ("f_lineno", f_lineno),
            ("f_lasti", f_lasti),
            ("f_globals", f_globals),
            ("f_builtins", f_builtins),
            ("f_locals", f_locals),
            ("f_back", f_back),
        ],
    );
    Ok(())
}

/// `sys._getframe(depth=0)`: the frame `depth` calls below the caller's,
/// with its `f_back` chain.
fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = positional(vm, &args, "_getframe", 0, 1)?;
    let depth = match a.first() {
        None => 0,
        Some(Value::Int(i)) => *i,
        Some(Value::Bool(b)) => *b as i64,
        Some(v) => {
            let tn = native::arg_type_name(vm, v);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    let n = vm.frames.len() as i64;
    let Some(index) = usize::try_from(n - 1 - depth.max(0)).ok() else {
        return Err(vm.value_error("call stack is not deep enough"));
    };
    pvm_vm::frame_object::live(vm, index)
}

fn me<'a>(vm: &mut Vm, args: &'a Args, name: &str) -> PyResult<&'a FrameObject> {
    native::receiver::<FrameObject>(vm, args, "frame", name)
}

fn code_value(vm: &Vm, code: &Rc<Code>) -> Value {
    Value::Obj(ObjRef::new(vm.t.code.clone(), Payload::Code(code.clone())))
}

fn f_code(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let code = me(vm, &args, "f_code")?.code.clone();
    Ok(code_value(vm, &code))
}

fn f_lineno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args, "f_lineno")?;
    Ok(f.code
        .line_of(f.lasti(vm))
        .map_or(Value::None, |l| Value::Int(l as i64)))
}

fn f_lasti(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args, "f_lasti")?;
    let offset = f.code.offsets.get(f.lasti(vm)).copied().unwrap_or(0);
    Ok(Value::Int(offset as i64 * 2))
}

fn f_globals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(me(vm, &args, "f_globals")?.globals.clone()))
}

fn f_builtins(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Obj(me(vm, &args, "f_builtins")?.builtins.clone()))
}

fn f_locals(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args, "f_locals")?;
    Ok(f.locals(vm))
}

fn f_back(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(me(vm, &args, "f_back")?.back.clone())
}

/// `<frame at 0x..., file '...', line N, code NAME>`.
fn frame_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let f = me(vm, &args, "__repr__")?;
    let addr = args.values[0].as_obj().map_or(0, |o| o.addr());
    let line = f.code.line_of(f.lasti(vm)).unwrap_or(0);
    let (line, name) = (line, f.code.qualname_for_traceback());
    let filename = vm.new_str(f.code.filename());
    let file = vm.repr(&filename)?;
    Ok(vm.new_str(format!(
        "<frame at {addr:#x}, file {file}, line {line}, code {name}>"
    )))
}

/// A non-negative int argument, or None.
fn opt_u32(v: &Value) -> Option<u32> {
    match v {
        Value::Int(i) => u32::try_from(*i).ok(),
        _ => None,
    }
}

/// `code_position(code, lasti)`: (lineno, end_lineno, colno, end_colno)
/// of the instruction at byte offset `lasti` (None where unknown), as
/// CPython's `co_positions()` gives them.
fn code_position(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = positional(vm, &args, "code_position", 2, 2)?;
    let Some(Payload::Code(code)) = a[0].payload() else {
        return Err(vm.type_error("code_position() needs a code object"));
    };
    let lasti = opt_u32(&a[1]).unwrap_or(0) / 2;
    let index = code.offsets.iter().position(|&o| o == lasti);
    let p = index
        .and_then(|i| code.positions.get(i).copied())
        .unwrap_or_default();
    let num = |v: Option<u32>| v.map_or(Value::None, |n| Value::Int(n as i64));
    Ok(vm.new_tuple(vec![
        num(p.line),
        num(p.end_line),
        num(p.col),
        num(p.end_col),
    ]))
}

/// `carets(line, lineno, end_lineno, colno, end_colno)`: the `^^^` line
/// the VM prints under the failing part of the source line (None when
/// the span covers the whole line or is unknown).
fn carets(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = positional(vm, &args, "carets", 5, 5)?;
    let Some(line) = a[0].as_str() else {
        return Ok(Value::None);
    };
    let position = Position {
        line: opt_u32(&a[1]),
        end_line: opt_u32(&a[2]),
        col: opt_u32(&a[3]),
        end_col: opt_u32(&a[4]),
    };
    Ok(match pvm_vm::traceback::caret_line(line, &position) {
        Some(text) => vm.new_str(text),
        None => Value::None,
    })
}
