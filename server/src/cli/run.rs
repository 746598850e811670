//! `pvm run FILE [ARGS...]`, `pvm FILE`, `pvm -c CODE`: run a program on the PVM.

use std::process::ExitCode;

/// Ctrl-C raises KeyboardInterrupt in the running program (as in CPython).
fn interrupt_on_ctrl_c() {
    let _ = ctrlc::set_handler(|| {
        pvm_vm::interp::INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
    });
}

fn status(code: i32) -> ExitCode {
    ExitCode::from((code & 0xff) as u8)
}

/// The exit status; with `PVM_CHECK_LEAKS` set, first frees every object
/// and reports any still alive (a count taken and never given back).
fn finish(vm: pvm_vm::Vm, code: i32) -> ExitCode {
    if std::env::var_os("PVM_CHECK_LEAKS").is_some_and(|v| !v.is_empty()) {
        let left = vm.teardown();
        if left > 0 {
            eprintln!("pvm: leak check: {left} objects left alive");
            return status(70);
        }
    }
    status(code)
}

/// Runs a file as `__main__` with `sys.argv = [file, args...]`; with
/// `gc_stats`, prints the memory manager's statistics to stderr at exit.
pub fn file(path: &str, args: &[String], gc_stats: bool) -> ExitCode {
    interrupt_on_ctrl_c();
    let mut vm = pvm_stdlib::new_vm();
    let mut argv = vec![path.to_string()];
    argv.extend(args.iter().cloned());
    pvm_vm::builtins::sys::set_argv(&mut vm, &argv);
    let code = pvm_vm::run::run_file(&mut vm, path);
    if gc_stats {
        eprint!("{}", vm.gc_stats(true).table());
    }
    finish(vm, code)
}

/// Runs a command string (`-c`), with `sys.argv = ['-c', args...]`.
pub fn command(code: &str, args: &[String]) -> ExitCode {
    interrupt_on_ctrl_c();
    let mut vm = pvm_stdlib::new_vm();
    let mut argv = vec!["-c".to_string()];
    argv.extend(args.iter().cloned());
    pvm_vm::builtins::sys::set_argv(&mut vm, &argv);
    pvm_vm::import::init_sys_path(&mut vm, "");
    let code = pvm_vm::run::run_source(&mut vm, code, "<string>");
    finish(vm, code)
}

/// Runs a module as `__main__` (`-m`), with `sys.argv = [its file, args...]`.
pub fn module(name: &str, args: &[String]) -> ExitCode {
    interrupt_on_ctrl_c();
    let mut vm = pvm_stdlib::new_vm();
    let mut argv = vec!["-m".to_string()];
    argv.extend(args.iter().cloned());
    pvm_vm::builtins::sys::set_argv(&mut vm, &argv);
    let code = pvm_vm::run::run_module(&mut vm, name);
    finish(vm, code)
}
