//! `pvm` with no arguments: the interactive interpreter, like `python3`'s
//! REPL (expression values echoed, `...` continuation lines for blocks,
//! line editing and history through rustyline).

use pvm_vm::Value;
use std::process::ExitCode;

/// Whether `source` needs more lines: an open block or bracket, or a
/// trailing backslash.
fn incomplete(source: &str) -> bool {
    let last = source.lines().last().unwrap_or("");
    if last.trim_end().ends_with('\\') {
        return true;
    }
    let (_, errors) = pvm_syntax::parse_module(source);
    let open_bracket = errors
        .iter()
        .any(|e| e.message.contains("was never closed"));
    let open_string = errors
        .iter()
        .any(|e| e.message.contains("unterminated triple-quoted string"));
    let first = source.lines().next().unwrap_or("");
    let block = first.trim_end().ends_with(':') && !source.ends_with("\n\n");
    open_bracket
        || open_string
        || block
        || errors
            .iter()
            .any(|e| e.message.starts_with("expected an indented block"))
}

/// Runs the REPL until EOF (Ctrl-D) or `exit()`; the exit status.
pub fn run() -> ExitCode {
    let mut vm = pvm_stdlib::new_vm();
    vm.interactive = true;
    pvm_vm::builtins::sys::set_argv(&mut vm, &[String::new()]);
    pvm_vm::import::init_sys_path(&mut vm, "");
    let globals = pvm_vm::run::main_globals(&mut vm, None);
    let Ok(mut editor) = rustyline::DefaultEditor::new() else {
        eprintln!("pvm: cannot open the terminal for the REPL");
        return ExitCode::from(1);
    };
    println!("PVM {} (Python 3.11 compatible)", env!("CARGO_PKG_VERSION"));
    println!("Type \"exit()\" or Ctrl-D to leave.");
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        let line = match editor.readline(prompt) {
            Ok(l) => l,
            Err(rustyline::error::ReadlineError::Interrupted) => {
                buffer.clear();
                eprintln!("KeyboardInterrupt");
                continue;
            }
            Err(_) => break,
        };
        let _ = editor.add_history_entry(line.as_str());
        buffer.push_str(&line);
        buffer.push('\n');
        if incomplete(&buffer)
            && !(line.trim().is_empty() && !buffer.trim().is_empty() && buffer.ends_with("\n\n"))
        {
            continue;
        }
        let source = std::mem::take(&mut buffer);
        if source.trim().is_empty() {
            continue;
        }
        let code = match pvm_vm::run::compile_source(&mut vm, &source, "<stdin>", "single") {
            Ok(c) => c,
            Err(e) => {
                pvm_vm::run::print_syntax_error(&mut vm, &e);
                continue;
            }
        };
        let result =
            pvm_vm::run::run_code(&mut vm, code, globals.clone(), Value::Obj(globals.clone()));
        vm.run_pending_work();
        vm.stdout.flush();
        if let Err(e) = result {
            let se = vm.exc_type("SystemExit");
            if vm.is_instance(&Value::Obj(e.clone()), &se) {
                let status = pvm_vm::run::handle_uncaught(&mut vm, &e);
                return ExitCode::from((status & 0xff) as u8);
            }
            pvm_vm::traceback::print_exception(&mut vm, &e);
        }
    }
    println!();
    ExitCode::SUCCESS
}
