//! The `_json` module: the accelerators behind the `json` package
//! (python/json/): `scanstring`, the string escapers, the `Scanner` that
//! decodes a whole document (`make_scanner`) and the `Encoder` of
//! one-shot `dumps` without indent (`make_encoder`), with CPython 3.11's
//! positions, messages and call order.

mod encoder;
mod scanner;

use pvm_vm::args::Args;
use pvm_vm::payload::Payload;
use pvm_vm::str::PyStr;
use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// Fills in the `_json` module.
pub fn init(vm: &mut Vm, module: &ObjRef) -> PyResult<()> {
    vm.add_functions(
        module,
        &[
            ("scanstring", py_scanstring),
            ("encode_basestring_ascii", encode_basestring_ascii),
            ("encode_basestring", encode_basestring),
        ],
    );
    scanner::init(vm, module);
    encoder::init(vm, module);
    let doc = vm.new_str("json speedups\n");
    vm.set_attr_direct(module, "__doc__", doc);
    Ok(())
}

/// The str payload of `v`, or "first argument must be a string, not X".
fn str_arg<'a>(vm: &mut Vm, v: &'a Value) -> PyResult<&'a PyStr> {
    match v.payload() {
        Some(Payload::Str(s)) => Ok(s),
        _ => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("first argument must be a string, not {tn}")))
        }
    }
}

/// Enters one level of native recursion; past the limit, CPython's
/// RecursionError with `what` (" while decoding a JSON array ...").
fn enter(vm: &mut Vm, what: &str) -> PyResult<()> {
    match vm.enter_native() {
        Ok(()) => Ok(()),
        Err(_) => Err(vm.new_error(
            "RecursionError",
            format!("maximum recursion depth exceeded{what}"),
        )),
    }
}

/// Leaves a level entered with [`enter`].
fn leave(vm: &mut Vm) {
    vm.native_depth -= 1;
}

/// `json.decoder.JSONDecodeError(msg, doc, pos)`, the error the scanner
/// raises.
fn decode_error(vm: &mut Vm, msg: &str, doc: &Value, pos: usize) -> ObjRef {
    let msg = vm.new_str(msg);
    let args = vec![msg, doc.clone(), Value::Int(pos as i64)];
    crate::modutil::module_exception(vm, "json.decoder", "JSONDecodeError", args)
}

/// `scanstring(string, end, strict=True)` -> (str, end): decodes the
/// JSON string whose opening quote is just before `end`.
fn py_scanstring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    args.no_kwargs(vm, "scanstring")?;
    let vals = &args.values;
    if vals.len() < 2 || vals.len() > 3 {
        let (how, k) = if vals.len() < 2 {
            ("at least", 2)
        } else {
            ("at most", 3)
        };
        return Err(vm.type_error(format!(
            "scanstring() takes {how} {k} arguments ({} given)",
            vals.len()
        )));
    }
    let end = pvm_vm::builtins::cargs::ssize(vm, &vals[1])?;
    let strict = match vals.get(2) {
        Some(v) => vm.truthy(v)?,
        None => true,
    };
    let s = str_arg(vm, &vals[0])?;
    let doc = scanner::Doc::new(s);
    if end < 0 || end as usize > s.char_len() {
        return Err(vm.value_error("end is out of bounds"));
    }
    let start = doc.byte_of(end as usize);
    let (text, next) = doc.scan_string(vm, &vals[0], start, strict)?;
    let next = doc.char_of(next);
    let text = vm.new_str(text);
    Ok(vm.new_pair(text, Value::Int(next as i64)))
}

/// The JSON form of `s` with every non-ASCII character escaped
/// (`\uXXXX`, surrogate pairs above the BMP).
fn escape_ascii(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            ' '..='~' if c != '\\' && c != '"' => out.push(c),
            _ => push_escape(&mut out, c),
        }
    }
    out.push('"');
    out
}

/// The JSON form of `s`, escaping only quotes, backslashes and control
/// characters.
fn escape_unicode(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c == '\\' || c == '"' || c <= '\x1f' {
            push_escape(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out.push('"');
    out
}

/// Appends the escape sequence of `c`: the short forms JSON has, or
/// `\uXXXX` (two of them for a character outside the BMP).
fn push_escape(out: &mut String, c: char) {
    match c {
        '\\' => out.push_str("\\\\"),
        '"' => out.push_str("\\\""),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        // A lone surrogate's stand-in is escaped as the surrogate.
        _ if pvm_vm::surrogates::is_stand_in(c) => {
            out.push_str(&format!("\\u{:04x}", pvm_vm::surrogates::code_point(c)));
        }
        _ => {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        }
    }
}

/// `encode_basestring_ascii(string)`.
fn encode_basestring_ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = crate::native::one(vm, &args, "encode_basestring_ascii")?;
    let s = str_arg(vm, v)?;
    Ok(vm.new_str(escape_ascii(s.as_str())))
}

/// `encode_basestring(string)`.
fn encode_basestring(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = crate::native::one(vm, &args, "encode_basestring")?;
    let s = str_arg(vm, v)?;
    Ok(vm.new_str(escape_unicode(s.as_str())))
}
