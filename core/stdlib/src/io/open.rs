//! `open()` (`io.open`, the builtin): checks the mode and the arguments
//! as CPython does, opens a FileIO, and stacks a buffered class and a
//! TextIOWrapper on it as the mode asks.

use super::io_class;
use crate::native;
use pvm_vm::args::Args;
use pvm_vm::payload::Payload;
use pvm_vm::{ObjRef, PyResult, Value, Vm};

/// Registers `open` in `module`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef) {
    vm.add_functions(module, &[("open", open)]);
    // `open is io.open`, as in CPython.
    if let Ok(f) = vm.get_attr_str(&Value::Obj(module.clone()), "open") {
        pvm_vm::builtins::set_builtin(vm, "open", f);
    }
}

/// What a mode string asks for.
#[derive(Default)]
struct Mode {
    creating: bool,
    reading: bool,
    writing: bool,
    appending: bool,
    updating: bool,
    text: bool,
    binary: bool,
}

impl Mode {
    /// Parses `mode`; each character at most once.
    fn parse(vm: &mut Vm, mode: &str) -> PyResult<Mode> {
        let mut m = Mode::default();
        for (i, c) in mode.char_indices() {
            let flag = match c {
                'x' => &mut m.creating,
                'r' => &mut m.reading,
                'w' => &mut m.writing,
                'a' => &mut m.appending,
                '+' => &mut m.updating,
                't' => &mut m.text,
                'b' => &mut m.binary,
                _ => return Err(vm.value_error(format!("invalid mode: '{mode}'"))),
            };
            *flag = true;
            if mode[i + c.len_utf8()..].contains(c) {
                return Err(vm.value_error(format!("invalid mode: '{mode}'")));
            }
        }
        Ok(m)
    }

    /// The mode FileIO gets ("r", "w+", ...).
    fn raw(&self) -> String {
        let mut s = String::new();
        for (on, c) in [
            (self.creating, 'x'),
            (self.reading, 'r'),
            (self.writing, 'w'),
            (self.appending, 'a'),
            (self.updating, '+'),
        ] {
            if on {
                s.push(c);
            }
        }
        s
    }
}

/// Checks an optional str argument of open() ("open() argument
/// 'encoding' must be str or None, not int").
fn optional_str(vm: &mut Vm, v: &Value, name: &str) -> PyResult<()> {
    if v.is_null() || v.is_none() || v.as_str().is_some() {
        return Ok(());
    }
    let tn = native::arg_type_name(vm, v);
    Err(vm.type_error(format!(
        "open() argument '{name}' must be str or None, not {tn}"
    )))
}

/// Whether an optional argument was given (not None).
fn given(v: &Value) -> bool {
    !v.is_null() && !v.is_none()
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None,
/// newline=None, closefd=True, opener=None)`.
fn open(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] = native::keywords(
        vm,
        &args,
        "open",
        [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        0,
        1,
    )?;
    let mode_str = if mode.is_null() {
        "r".to_string()
    } else {
        match mode.as_str() {
            Some(s) => s.to_string(),
            None => {
                let tn = native::arg_type_name(vm, &mode);
                return Err(vm.type_error(format!("open() argument 'mode' must be str, not {tn}")));
            }
        }
    };
    let buffering = if buffering.is_null() {
        -1
    } else {
        if matches!(buffering, Value::Float(_)) {
            return Err(vm.type_error("'float' object cannot be interpreted as an integer"));
        }
        vm.index(&buffering)?
    };
    optional_str(vm, &encoding, "encoding")?;
    optional_str(vm, &errors, "errors")?;
    optional_str(vm, &newline, "newline")?;
    let is_number = matches!(file, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(file.payload(), Some(Payload::Int(_)));
    let file = if file.as_str().is_some()
        || matches!(file.payload(), Some(Payload::Bytes(_)))
        || is_number
    {
        file
    } else {
        crate::posix::path::fspath_or_error(vm, &file)?
    };
    let m = Mode::parse(vm, &mode_str)?;
    if m.text && m.binary {
        return Err(vm.value_error("can't have text and binary mode at once"));
    }
    let kinds = [m.creating, m.reading, m.writing, m.appending];
    if kinds.iter().filter(|&&k| k).count() > 1 {
        return Err(vm.value_error("must have exactly one of create/read/write/append mode"));
    }
    if m.binary && given(&encoding) {
        return Err(vm.value_error("binary mode doesn't take an encoding argument"));
    }
    if m.binary && given(&errors) {
        return Err(vm.value_error("binary mode doesn't take an errors argument"));
    }
    if m.binary && given(&newline) {
        return Err(vm.value_error("binary mode doesn't take a newline argument"));
    }
    let fileio = io_class(vm, "FileIO")?;
    let raw_mode = vm.new_str(m.raw());
    let closefd = if closefd.is_null() {
        Value::Bool(true)
    } else {
        closefd
    };
    let opener = if opener.is_null() {
        Value::None
    } else {
        opener
    };
    let raw = vm.call(&fileio, [file, raw_mode, closefd, opener])?;
    let stacked = stack(
        vm,
        &raw,
        &m,
        &mode_str,
        buffering,
        [encoding, errors, newline],
    );
    if stacked.is_err() {
        let _ = vm.call_method(&raw, "close", vec![]);
    }
    stacked
}

/// The buffered and text layers over `raw`, as the mode asks.
fn stack(
    vm: &mut Vm,
    raw: &Value,
    m: &Mode,
    mode: &str,
    buffering: i64,
    [encoding, errors, newline]: [Value; 3],
) -> PyResult<Value> {
    let mut buffering = buffering;
    let isatty = if buffering < 0 {
        let r = vm.call_method(raw, "isatty", vec![])?;
        vm.truthy(&r)?
    } else {
        false
    };
    let line_buffering = buffering == 1 || (buffering < 0 && isatty);
    if line_buffering {
        buffering = -1;
    }
    if buffering < 0 {
        buffering = super::fileio::native_state(raw)
            .map(|f| f.blksize())
            .filter(|&b| b > 1)
            .unwrap_or(super::BUFFER_SIZE as i64);
    }
    if buffering == 0 {
        if m.binary {
            return Ok(raw.clone());
        }
        return Err(vm.value_error("can't have unbuffered text I/O"));
    }
    let class = if m.updating {
        "BufferedRandom"
    } else if m.creating || m.writing || m.appending {
        "BufferedWriter"
    } else {
        "BufferedReader"
    };
    let class = io_class(vm, class)?;
    let buffer = vm.call(&class, [raw.clone(), Value::Int(buffering)])?;
    if m.binary {
        return Ok(buffer);
    }
    let wrapper_class = io_class(vm, "TextIOWrapper")?;
    let or_none = |v: Value| if v.is_null() { Value::None } else { v };
    let text = vm.call(
        &wrapper_class,
        [
            buffer.clone(),
            or_none(encoding),
            or_none(errors),
            or_none(newline),
            Value::Bool(line_buffering),
        ],
    );
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            let _ = vm.call_method(&buffer, "close", vec![]);
            return Err(e);
        }
    };
    if let Value::Obj(o) = &text {
        let mode = vm.new_str(mode);
        vm.set_attr_direct(o, "mode", mode);
    }
    Ok(text)
}
