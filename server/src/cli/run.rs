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

/// Runs a file as `__main__` with `sys.argv = [file, args...]`.
pub fn file(path: &str, args: &[String]) -> ExitCode {
    interrupt_on_ctrl_c();
    let mut vm = pvm_stdlib::new_vm();
    let mut argv = vec![path.to_string()];
    argv.extend(args.iter().cloned());
    pvm_vm::builtins::sys::set_argv(&mut vm, &argv);
    status(pvm_vm::run::run_file(&mut vm, path))
}

/// Runs a command string (`-c`), with `sys.argv = ['-c', args...]`.
pub fn command(code: &str, args: &[String]) -> ExitCode {
    interrupt_on_ctrl_c();
    let mut vm = pvm_stdlib::new_vm();
    let mut argv = vec!["-c".to_string()];
    argv.extend(args.iter().cloned());
    pvm_vm::builtins::sys::set_argv(&mut vm, &argv);
    pvm_vm::import::init_sys_path(&mut vm, "");
    status(pvm_vm::run::run_source(&mut vm, code, "<string>"))
}

/// Runs a module as `__main__` (`-m`), with `sys.argv = [its file, args...]`.
pub fn module(name: &str, args: &[String]) -> ExitCode {
    interrupt_on_ctrl_c();
    let mut vm = pvm_stdlib::new_vm();
    let mut argv = vec!["-m".to_string()];
    argv.extend(args.iter().cloned());
    pvm_vm::builtins::sys::set_argv(&mut vm, &argv);
    status(pvm_vm::run::run_module(&mut vm, name))
}
