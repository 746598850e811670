//! The `atexit` module: functions registered to run when the program
//! ends (after an uncaught exception is printed, before the streams are
//! flushed), last registered first.

use crate::args::Args;
use crate::object::ObjRef;
use crate::value::Value;
use crate::{PyResult, Vm};

/// One registered call: the function and its arguments.
pub struct ExitCall {
    func: Value,
    values: Vec<Value>,
    kwnames: Option<ObjRef>,
}

/// Registers the `atexit` module with the import system.
pub fn install(vm: &mut Vm) {
    vm.imports
        .defs
        .insert("atexit", crate::import::ModuleDef::Native(init));
}

fn init(vm: &mut Vm, m: &ObjRef) -> PyResult<()> {
    vm.add_functions(
        m,
        &[
            ("register", register),
            ("unregister", unregister),
            ("_run_exitfuncs", run_exitfuncs),
            ("_clear", clear),
            ("_ncallbacks", ncallbacks),
        ],
    );
    Ok(())
}

/// `atexit.register(func, *args, **kwargs)`: returns `func`.
fn register(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(func) = args.values.first().cloned() else {
        return Err(vm.type_error("register() takes at least 1 argument (0 given)"));
    };
    if !vm.is_callable(&func) {
        return Err(vm.type_error("the first argument must be callable"));
    }
    vm.exit_calls.push(ExitCall {
        func: func.clone(),
        values: args.values[1..].to_vec(),
        kwnames: args.kwnames.clone(),
    });
    Ok(func)
}

/// `atexit.unregister(func)`: forgets every registration of `func`.
fn unregister(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let a = args.check(vm, "unregister", 1, 1)?;
    let mut kept = Vec::new();
    for call in std::mem::take(&mut vm.exit_calls) {
        if !vm.eq(&call.func, &a[0])? {
            kept.push(call);
        }
    }
    vm.exit_calls = kept;
    Ok(Value::None)
}

fn run_exitfuncs(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.run_exit_calls();
    Ok(Value::None)
}

fn clear(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.exit_calls.clear();
    Ok(Value::None)
}

fn ncallbacks(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.exit_calls.len() as i64))
}

impl Vm {
    /// Runs the registered exit functions, last first; an exception is
    /// printed as CPython prints it and the next function runs.
    pub fn run_exit_calls(&mut self) {
        while let Some(call) = self.exit_calls.pop() {
            let args = Args {
                values: call.values.into_iter().collect(),
                kwnames: call.kwnames,
            };
            if let Err(e) = self.call_args(&call.func, args) {
                let what = self.repr(&call.func).unwrap_or_default();
                crate::traceback::print_unraisable(
                    self,
                    &format!("Exception ignored in atexit callback: {what}"),
                    &e,
                );
            }
            self.run_pending_work();
        }
    }
}
