//! Running programs: compiling source to runnable code, executing a module
//! or an `exec`/`eval` string, and turning the outcome into an exit status
//! and output exactly as CPython's `python3 FILE` does.

use crate::code::Code;
use crate::frame::Frame;
use crate::object::ObjRef;
use crate::payload::Payload;
use crate::value::Value;
use crate::{PyResult, Vm};
use pvm_compiler::{CodeObject, Constant};
use std::rc::Rc;
use std::sync::Arc;

/// Turns a compiled code object into runnable code (constants as values).
pub fn load_code(vm: &mut Vm, code: Arc<CodeObject>) -> Rc<Code> {
    let mut consts = Vec::with_capacity(code.consts.len());
    for c in &code.consts {
        consts.push(constant_value(vm, c));
    }
    let mut it = consts.into_iter();
    let c = Code::new(code, |_| it.next().unwrap_or(Value::None), |s| vm.intern(s));
    Rc::new(c)
}

/// A compiler constant as a value.
pub fn constant_value(vm: &mut Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Ellipsis => Value::Obj(vm.ellipsis.clone()),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(b) => vm.new_int_big(b.clone()),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => vm.new_complex(*real, *imag),
        Constant::Str(s) => {
            if s.len() <= 40 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                Value::Obj(vm.intern(s))
            } else {
                vm.new_str(s.as_str())
            }
        }
        // Lone surrogates become their stand-ins (crate::surrogates).
        Constant::SurrogateStr(cps) => vm.new_str(crate::surrogates::from_code_points(cps)),
        Constant::Bytes(b) => vm.new_bytes(b.clone()),
        Constant::Tuple(items) => {
            let vals = items.iter().map(|i| constant_value(vm, i)).collect();
            vm.new_tuple(vals)
        }
        Constant::FrozenSet(items) => {
            let s = vm.new_set(true);
            for i in items {
                let v = constant_value(vm, i);
                let _ = vm.set_add(&s, v);
            }
            Value::Obj(s)
        }
        Constant::Code(code) => {
            let c = load_code(vm, code.clone());
            Value::Obj(ObjRef::new(vm.t.code.clone(), Payload::Code(c)))
        }
    }
}

/// A SyntaxError (or subclass) exception for a compile failure.
fn syntax_error(
    vm: &mut Vm,
    kind: &str,
    msg: &str,
    filename: &str,
    text: &str,
    with_text: bool,
    line: u32,
    col: u32,
    end_line: u32,
    end_col: u32,
) -> ObjRef {
    let index = pvm_syntax::LineIndex::new(text);
    let line_text = if line >= 1 && (line as usize) <= index.line_count() {
        index.line_text(text, line).to_string()
    } else {
        String::new()
    };
    let to_chars = |l: &str, byte: u32| {
        l.get(..byte as usize)
            .map_or(byte, |p| p.chars().count() as u32)
            + 1
    };
    let offset = to_chars(&line_text, col);
    let end_offset = if end_line == line {
        to_chars(&line_text, end_col)
    } else {
        offset
    };
    let text = if !with_text {
        Value::None
    } else {
        vm.new_str(format!("{}\n", line_text.trim_end_matches(['\n', '\r'])))
    };
    let details = vec![
        vm.new_str(filename),
        Value::Int(line as i64),
        Value::Int(offset as i64),
        text,
        Value::Int(end_line as i64),
        Value::Int(end_offset as i64),
    ];
    let details = vm.new_tuple(details);
    let m = vm.new_str(msg);
    let ty = vm.exc_type(kind);
    crate::exceptions::new_exception(vm, &ty, vec![m, details])
}

/// Compiles source text in `exec`, `eval` or `single` mode.
pub fn compile_source(vm: &mut Vm, text: &str, filename: &str, mode: &str) -> PyResult<Rc<Code>> {
    let (module, errors) = pvm_syntax::parse_module(text);
    if let Some(e) = errors.first() {
        let index = pvm_syntax::LineIndex::new(text);
        let (l, c) = index.line_col_utf8(e.range.start());
        let (el, ec) = index.line_col_utf8(e.range.end());
        return Err(syntax_error(
            vm,
            e.kind.name(),
            &e.message,
            filename,
            text,
            true,
            l,
            c,
            el,
            ec,
        ));
    }
    let module = match (mode, module) {
        ("eval", pvm_syntax::ast::Mod::Module { mut body, .. }) => {
            if body.len() == 1 && matches!(body[0].kind, pvm_syntax::ast::StmtKind::Expr { .. }) {
                let pvm_syntax::ast::StmtKind::Expr { value } = body.remove(0).kind else {
                    unreachable!()
                };
                pvm_syntax::ast::Mod::Expression { body: value }
            } else {
                return Err(syntax_error(
                    vm,
                    "SyntaxError",
                    "invalid syntax",
                    filename,
                    text,
                    true,
                    1,
                    0,
                    1,
                    0,
                ));
            }
        }
        ("single", pvm_syntax::ast::Mod::Module { body, .. }) => {
            pvm_syntax::ast::Mod::Interactive { body }
        }
        (_, m) => m,
    };
    match pvm_compiler::compile(&module, filename) {
        Ok(code) => Ok(load_code(vm, Arc::new(code))),
        Err(errors) => {
            let e = &errors[0];
            let p = e.pos;
            // The compiler's errors (unlike the parser's) take their text
            // from the file on disk, as CPython's do: none for "<string>".
            let on_disk = std::fs::read(filename).is_ok();
            Err(syntax_error(
                vm,
                e.kind.name(),
                &e.message,
                filename,
                text,
                on_disk,
                p.lineno,
                p.col_offset,
                p.end_lineno,
                p.end_col_offset,
            ))
        }
    }
}

/// Runs module-level code with `globals` and a locals mapping.
pub fn run_code(vm: &mut Vm, code: Rc<Code>, globals: ObjRef, locals: Value) -> PyResult<Value> {
    run_body(vm, code, globals, locals, None)
}

/// Runs code that reads and writes names in a `locals` mapping (a module,
/// an `exec`, or a class body whose function `func` holds its closure).
pub fn run_body(
    vm: &mut Vm,
    code: Rc<Code>,
    globals: ObjRef,
    locals: Value,
    func: Option<ObjRef>,
) -> PyResult<Value> {
    vm.check_recursion()?;
    let base = vm.stack.len();
    vm.stack.resize(base + code.nlocalsplus, Value::Null);
    // `__builtins__` in the globals (a module or a dict) decides the builtins.
    let key = vm.intern("__builtins__");
    let builtins = match vm.dict_get_str(&globals, &key) {
        Some(Value::Obj(b)) if matches!(b.payload, Payload::Dict(_)) => b,
        Some(Value::Obj(m)) if matches!(m.payload, Payload::Module(_)) => m
            .dict
            .borrow()
            .clone()
            .unwrap_or_else(|| vm.builtins.clone()),
        _ => vm.builtins.clone(),
    };
    vm.frames.push(Frame {
        code,
        ip: 0,
        lasti: 0,
        base,
        floor: base,
        globals,
        builtins,
        locals,
        func,
        kwnames: None,
        entry: true,
        init: false,
        generator: None,
    });
    vm.run_frames()
}

/// A fresh `__main__` namespace.
pub fn main_globals(vm: &mut Vm, file: Option<&str>) -> ObjRef {
    let m = crate::import::new_module(vm, "__main__");
    let g = m.dict.borrow().clone().expect("module dict");
    let b = vm.builtins_module();
    vm.set_attr_direct(&m, "__builtins__", b);
    vm.set_attr_direct(&m, "__doc__", Value::None);
    vm.set_attr_direct(&m, "__package__", Value::None);
    vm.set_attr_direct(&m, "__spec__", Value::None);
    if let Some(f) = file {
        let fv = vm.new_str(f);
        vm.set_attr_direct(&m, "__file__", fv);
    }
    g
}

/// What a finished program leaves: the process exit status.
pub fn exit_status(vm: &mut Vm, result: PyResult<Value>) -> i32 {
    vm.run_pending_work();
    let status = match result {
        Ok(_) => 0,
        Err(e) => handle_uncaught(vm, &e),
    };
    vm.run_exit_calls();
    for hook in std::mem::take(&mut vm.exit_hooks) {
        hook(vm);
    }
    vm.stdout.flush();
    status
}

/// Prints an uncaught exception (or handles SystemExit) and returns the status.
pub fn handle_uncaught(vm: &mut Vm, e: &ObjRef) -> i32 {
    let ev = Value::Obj(e.clone());
    let se = vm.exc_type("SystemExit");
    if vm.is_instance(&ev, &se) {
        let code = crate::attr::get_dict_attr(vm, e, "code").unwrap_or(Value::None);
        return match &code {
            Value::None => 0,
            Value::Int(i) => *i as i32,
            Value::Bool(b) => *b as i32,
            other => {
                let s = vm.str(other).unwrap_or_default();
                vm.stdout.write_stderr(&format!("{s}\n"));
                1
            }
        };
    }
    report_uncaught(vm, e);
    1
}

/// Reports an uncaught exception through `sys.excepthook` (the built-in
/// one prints it to `sys.stderr`); a replaced hook that fails gets both
/// reports, as in CPython.
fn report_uncaught(vm: &mut Vm, e: &ObjRef) {
    let hook = crate::builtins::sys_attr(vm, "excepthook");
    let default = crate::builtins::sys_attr(vm, "__excepthook__");
    let hook = match (hook, default) {
        (Some(h), Some(d)) if !h.is(&d) => h,
        _ => {
            let text = crate::traceback::format_exception(vm, e);
            crate::builtins::sys::write_stderr(vm, &text);
            return;
        }
    };
    let ev = Value::Obj(e.clone());
    let ty = Value::Obj(e.ty().clone());
    let tb = crate::exceptions::data(e)
        .map(|d| d.borrow().traceback.clone())
        .unwrap_or(Value::None);
    if let Err(failure) = vm.call(&hook, [ty, ev, tb]) {
        let first = crate::traceback::format_exception(vm, &failure);
        let original = crate::traceback::format_exception(vm, e);
        crate::builtins::sys::write_stderr(
            vm,
            &format!("Error in sys.excepthook:\n{first}\nOriginal exception was:\n{original}"),
        );
    }
}

/// Runs a source file as `__main__` (`pvm run FILE`): the exit status.
pub fn run_file(vm: &mut Vm, path: &str) -> i32 {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) => {
            // CPython's wording: [Errno N] strerror (Rust appends " (os error N)").
            let text = e.to_string();
            let strerror = text.split(" (os error").next().unwrap_or(&text);
            eprintln!(
                "pvm: can't open file '{path}': [Errno {}] {strerror}",
                e.raw_os_error().unwrap_or(2)
            );
            return 2;
        }
    };
    let text = match pvm_syntax::source::decode(&bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("SyntaxError: {e:?}");
            return 1;
        }
    };
    let filename = std::fs::canonicalize(path)
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|_| path.to_string());
    vm.sources.insert(filename.clone(), Some(text.clone()));
    let folder = crate::import::script_folder(&filename);
    crate::import::init_sys_path(vm, &folder);
    run_source(vm, &text, &filename)
}

/// Runs module `name` as `__main__` (`pvm -m NAME`; a package runs its
/// `__main__` submodule), with the current folder first on `sys.path`.
/// A module compiled into the binary runs from its frozen code, with
/// `sys.argv[0]` its code's file name (it has no file).
pub fn run_module(vm: &mut Vm, name: &str) -> i32 {
    crate::import::init_sys_path(vm, &crate::import::script_folder("./x"));
    let found = match crate::import::find_main_file(vm, name) {
        Ok(Ok(found)) => found,
        Ok(Err(msg)) => {
            eprintln!("pvm: {msg}");
            return 1;
        }
        Err(e) => {
            let line = crate::traceback::exception_line(vm, &Value::Obj(e));
            eprintln!("pvm: Error while finding module specification for '{name}' ({line})");
            return 1;
        }
    };
    let (code, filename, package, spec) = match found {
        crate::import::MainModule::File(file, package) => {
            let filename = file.to_string_lossy().into_owned();
            let text = match std::fs::read(&file).map(|b| pvm_syntax::source::decode(&b)) {
                Ok(Ok(t)) => t,
                _ => {
                    eprintln!("pvm: can't read {filename}");
                    return 1;
                }
            };
            set_argv0(vm, &filename);
            // The module's full name: a package's `__main__` is `pkg.__main__`.
            let stem = file.file_stem().map(|s| s.to_string_lossy().into_owned());
            let full = match (package.as_str(), stem) {
                ("", Some(stem)) => stem,
                (p, Some(stem)) => format!("{p}.{stem}"),
                (_, None) => name.to_string(),
            };
            let spec = crate::import::source_spec(vm, &full, &filename);
            match compile_source(vm, &text, &filename, "exec") {
                Ok(c) => (c, Some(filename), package, spec),
                Err(e) => {
                    print_syntax_error(vm, &e);
                    return 1;
                }
            }
        }
        crate::import::MainModule::Frozen {
            name: full,
            package,
            source,
            code,
        } => {
            set_argv0(vm, &format!("<frozen {full}>"));
            let spec = crate::import::frozen_spec(vm, &full);
            match crate::import::frozen_code(vm, &full, source, code) {
                Ok(c) => (c, None, package, spec),
                Err(e) => {
                    print_syntax_error(vm, &e);
                    return 1;
                }
            }
        }
    };
    let globals = main_globals(vm, filename.as_deref());
    let pv = vm.new_str(package);
    let key = vm.intern("__package__");
    vm.dict_set_str(&globals, key, pv);
    let key = vm.intern("__spec__");
    vm.dict_set_str(&globals, key, spec);
    let r = run_code(vm, code, globals.clone(), Value::Obj(globals));
    exit_status(vm, r)
}

/// Sets `sys.argv[0]` to what `-m` runs.
fn set_argv0(vm: &mut Vm, first: &str) {
    if let Some(a) = vm.argv.first_mut() {
        *a = first.to_string();
    }
    crate::builtins::sys::set_argv(vm, &vm.argv.clone());
}

/// Runs source text as `__main__` under `filename`: the exit status.
pub fn run_source(vm: &mut Vm, text: &str, filename: &str) -> i32 {
    let code = match compile_source(vm, text, filename, "exec") {
        Ok(c) => c,
        Err(e) => {
            print_syntax_error(vm, &e);
            return 1;
        }
    };
    let globals = main_globals(vm, Some(filename));
    let r = run_code(vm, code, globals.clone(), Value::Obj(globals));
    exit_status(vm, r)
}

/// Prints a SyntaxError as CPython does for a script that does not compile.
pub fn print_syntax_error(vm: &mut Vm, e: &ObjRef) {
    crate::traceback::print_exception(vm, e);
}
