//! The `_sre` module: the regular-expression engine behind `re`
//! (python/re/__init__.py). `parser` reads CPython 3.11's pattern syntax
//! with its error messages, `compiler` turns the tree into instructions,
//! `matcher` runs them with `_sre`'s backtracking rules; `pattern`,
//! `matchobj`, `scanner` and `template` are the Python-visible objects.

mod ast;
mod charset;
mod compiler;
mod escapes;
mod matcher;
mod matchobj;
mod parser;
mod pattern;
mod program;
mod scanner;
mod source;
mod subject;
mod subst;
mod template;
#[cfg(test)]
mod tests;
mod unicode;

use pvm_vm::args::Args;
use pvm_vm::payload::Payload;
use pvm_vm::{ObjRef, PyErr, PyResult, Value, Vm};
use source::Error;

/// Fills in the `_sre` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    vm.add_functions(
        module,
        &[
            ("compile", pattern::compile_fn),
            ("compile_lexicon", pattern::compile_lexicon),
            ("ascii_iscased", ascii_iscased),
            ("unicode_iscased", unicode_iscased),
            ("ascii_tolower", ascii_tolower),
            ("unicode_tolower", unicode_tolower),
        ],
    );
    for (name, v) in [
        ("MAGIC", 20220615),
        ("CODESIZE", 4),
        ("MAXREPEAT", i64::from(ast::MAXREPEAT)),
        ("MAXGROUPS", ast::MAXGROUPS as i64),
    ] {
        vm.set_attr_direct(module, name, Value::Int(v));
    }
    let copyright = vm.new_str(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ");
    vm.set_attr_direct(module, "copyright", copyright);
    subject::install_cache(vm, module);
    pattern::init(vm, module);
    matchobj::init(vm, module);
    scanner::init(vm, module);
    Ok(())
}

/// The class `name` of the `_sre` module (set up by [`init`]).
pub(crate) fn sre_class(vm: &mut Vm, name: &str) -> PyResult<ObjRef> {
    let module = pvm_vm::import::import_full(vm, "_sre")?;
    match vm.get_attr_str(&module, name)? {
        Value::Obj(o) => Ok(o),
        _ => Err(vm.type_error(format!("_sre.{name} is not a class"))),
    }
}

/// `re.error(msg, pattern, pos)` (pattern and pos None when absent).
pub(crate) fn re_error(vm: &mut Vm, msg: &str, pattern: Value, pos: Option<usize>) -> PyErr {
    let cls = match pvm_vm::import::import_full(vm, "re").and_then(|m| vm.get_attr_str(&m, "error"))
    {
        Ok(c) => c,
        Err(e) => return e,
    };
    let msg = vm.new_str(msg);
    let pos = pos.map_or(Value::None, |p| Value::Int(p as i64));
    match vm.call(&cls, [msg, pattern, pos]) {
        Ok(Value::Obj(e)) => e,
        Ok(_) => vm.type_error("re.error() did not return an exception"),
        Err(e) => e,
    }
}

/// The Python exception for a compile error of `pattern`.
pub(crate) fn compile_error(vm: &mut Vm, err: Error, pattern: &Value) -> PyErr {
    match err {
        Error::Re(msg, Some(pos)) => re_error(vm, &msg, pattern.clone(), Some(pos)),
        Error::Re(msg, None) => re_error(vm, &msg, Value::None, None),
        Error::Overflow(msg) => vm.overflow_error(msg),
        Error::Value(msg) => vm.value_error(msg),
        Error::Recursion => vm.new_error("RecursionError", "maximum recursion depth exceeded"),
        Error::Index(msg) => vm.index_error(msg),
    }
}

/// The code points of a str or the bytes of a bytes-like pattern or
/// template (None for other objects).
pub(crate) fn code_points(v: &Value) -> Option<(Vec<u32>, bool)> {
    match v.payload()? {
        // Lone surrogates as themselves, not their stand-ins (pvm_vm::surrogates).
        Payload::Str(s) => Some((pvm_vm::surrogates::code_points(s.as_str()), true)),
        Payload::Bytes(b) => Some((b.iter().map(|&c| u32::from(c)).collect(), false)),
        Payload::ByteArray(b) => Some((b.borrow().iter().map(|&c| u32::from(c)).collect(), false)),
        _ => None,
    }
}

/// The character argument of the case helpers.
fn char_arg(vm: &mut Vm, args: &Args, name: &str) -> PyResult<u32> {
    let v = crate::native::one(vm, args, name)?;
    let i = pvm_vm::builtins::cargs::ssize(vm, v)?;
    Ok(i as u32)
}

fn ascii_iscased(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = char_arg(vm, &args, "ascii_iscased")?;
    Ok(Value::Bool(unicode::iscased_ascii(c)))
}

fn unicode_iscased(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = char_arg(vm, &args, "unicode_iscased")?;
    Ok(Value::Bool(unicode::iscased_uni(c)))
}

fn ascii_tolower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = char_arg(vm, &args, "ascii_tolower")?;
    Ok(Value::Int(i64::from(unicode::lower_ascii(c))))
}

fn unicode_tolower(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let c = char_arg(vm, &args, "unicode_tolower")?;
    Ok(Value::Int(i64::from(unicode::lower_uni(c))))
}
