//! Running code on a VM, on the VM's own thread: output captured into
//! events, statistics sent during the run (at a safe point the supervisor
//! requests every 250 ms) and at the end, uncaught exceptions located.

use super::events::{Event, Events, Outcome, Raised};
use pvm_compiler::CodeObject;
use pvm_vm::payload::Payload;
use pvm_vm::{ObjRef, Value, Vm};
use std::cell::RefCell;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Statistics go out at most this often during a run.
pub const GC_STATS_INTERVAL: Duration = Duration::from_millis(250);

/// VM threads get a big stack, like the CLI's (deep recursion in the parser
/// and in native code).
pub const STACK_BYTES: usize = 256 << 20;

thread_local! {
    /// Where this thread's VM sends statistics, and when it last did.
    static GC_SINK: RefCell<Option<(Events, Instant)>> = const { RefCell::new(None) };
}

/// A VM for a document at `path` (its folder on `sys.path`), reporting
/// statistics at safe points.
pub fn new_vm(path: &str) -> Vm {
    let mut vm = pvm_stdlib::new_vm();
    pvm_vm::builtins::sys::set_argv(&mut vm, &[path.to_string()]);
    let folder = pvm_vm::import::script_folder(path);
    pvm_vm::import::init_sys_path(&mut vm, &folder);
    vm.safe_point_hook = Some(send_gc_stats);
    vm
}

/// The safe-point hook: sends the statistics when the last ones are at
/// least [`GC_STATS_INTERVAL`] old. A hook rather than a `gc.callbacks`
/// entry, so programs see the `gc` module exactly as CPython's.
fn send_gc_stats(vm: &mut Vm) {
    GC_SINK.with(|sink| {
        if let Some((events, last)) = sink.borrow_mut().as_mut() {
            if last.elapsed() >= GC_STATS_INTERVAL {
                *last = Instant::now();
                let _ = events.send(Event::Gc {
                    stats: vm.gc_stats(false),
                    last: false,
                });
            }
        }
    });
}

/// Runs `code` in `globals` with the document's `text` as its source,
/// reporting to `events`; returns when the program is over.
pub fn execute(
    vm: &mut Vm,
    code: Arc<CodeObject>,
    globals: &ObjRef,
    path: &str,
    text: &str,
    events: &Events,
) {
    let sink = events.clone();
    vm.stdout = pvm_vm::io::Output::with_callback(Box::new(move |stream, text| {
        let _ = sink.send(Event::Output(stream, text.to_string()));
    }));
    vm.sources.insert(path.to_string(), Some(text.to_string()));
    GC_SINK.with(|s| *s.borrow_mut() = Some((events.clone(), Instant::now())));
    pvm_vm::interp::INTERRUPT.store(false, Ordering::SeqCst);
    let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let code = pvm_vm::run::load_code(vm, code);
        let result = pvm_vm::run::run_code(vm, code, globals.clone(), Value::Obj(globals.clone()));
        let raised = match &result {
            Err(e) if !is_system_exit(vm, e) => Some(raised(vm, e, path)),
            _ => None,
        };
        let exit_code = pvm_vm::run::exit_status(vm, result);
        Outcome {
            exit_code,
            raised,
            crashed: None,
        }
    }));
    let outcome = outcome.unwrap_or_else(|payload| Outcome {
        exit_code: 70,
        raised: None,
        crashed: Some(crate::lsp::panics::message(payload.as_ref())),
    });
    pvm_vm::interp::INTERRUPT.store(false, Ordering::SeqCst);
    vm.stdout.flush();
    GC_SINK.with(|s| *s.borrow_mut() = None);
    let _ = events.send(Event::Gc {
        stats: vm.gc_stats(true),
        last: true,
    });
    let _ = events.send(Event::Done(outcome));
    // Output after the run (a later `__del__`) has nowhere to go.
    vm.stdout = pvm_vm::io::Output::with_callback(Box::new(|_, _| {}));
}

fn is_system_exit(vm: &Vm, e: &ObjRef) -> bool {
    let ty = vm.exc_type("SystemExit");
    vm.is_instance(&Value::Obj(e.clone()), &ty)
}

/// The exception's last line and its innermost position in `path`.
fn raised(vm: &mut Vm, e: &ObjRef, path: &str) -> Raised {
    let value = Value::Obj(e.clone());
    let message = pvm_vm::traceback::exception_line(vm, &value);
    let ki = vm.exc_type("KeyboardInterrupt");
    let keyboard_interrupt = vm.is_instance(&value, &ki);
    let mut at = None;
    let mut tb = pvm_vm::exceptions::data(e).map(|d| d.borrow().traceback.clone());
    while let Some(Value::Obj(o)) = tb {
        let Payload::Traceback(t) = &o.payload else {
            break;
        };
        if t.code.filename() == path {
            at = t.code.positions.get(t.lasti).copied().or(at);
        }
        tb = t.next.clone().map(Value::Obj);
    }
    Raised {
        message,
        keyboard_interrupt,
        at,
    }
}
