//! `io.StringIO`: an in-memory text stream over a vector of characters
//! (positions count characters), with StringIO's own newline rules
//! (None translates on write, "" only records the endings seen, "\r"
//! and "\r\n" replace "\n" on write) and CPython's messages.

use super::text::{newline_arg, Newline, NewlineDecoder};
use super::{method, new_class, opt_size, this_value, whence_arg};
use crate::native::{self, receiver};
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::{Extension, NativeKind};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::{Cell, RefCell};

/// The class name in descriptor errors.
const CLASS: &str = "_io.StringIO";

/// A StringIO's text: one byte per character while it is all ASCII (the
/// common case, and a quarter of the memory), else one `char` each.
/// Positions count characters either way.
enum Text {
    Ascii(Vec<u8>),
    Wide(Vec<char>),
}

impl Text {
    fn len(&self) -> usize {
        match self {
            Text::Ascii(b) => b.len(),
            Text::Wide(c) => c.len(),
        }
    }

    /// Writes `text` at `pos` (padding with NULs past the end); the
    /// position after it (None when memory runs out).
    fn write(&mut self, pos: usize, text: &str) -> Option<usize> {
        if let Text::Ascii(b) = self {
            if text.is_ascii() {
                return splice(b, pos, text.as_bytes(), 0);
            }
            let wide = b.iter().map(|&c| char::from(c)).collect();
            *self = Text::Wide(wide);
        }
        match self {
            Text::Wide(c) => {
                let chars: Vec<char> = text.chars().collect();
                splice(c, pos, &chars, '\0')
            }
            Text::Ascii(_) => Some(pos),
        }
    }

    /// Characters `start..end` as a string.
    fn slice(&self, start: usize, end: usize) -> String {
        match self {
            Text::Ascii(b) => String::from_utf8_lossy(&b[start..end]).into_owned(),
            Text::Wide(c) => c[start..end].iter().collect(),
        }
    }

    /// Where the line starting at `pos` ends (see `Newline::find_line_end`).
    fn line_end(&self, newline: &Newline, pos: usize) -> Result<usize, usize> {
        match self {
            Text::Ascii(b) => newline.find_line_end(&b[pos..]),
            Text::Wide(c) => newline.find_line_end(&c[pos..]),
        }
    }

    fn truncate(&mut self, n: usize) {
        match self {
            Text::Ascii(b) => b.truncate(n),
            Text::Wide(c) => c.truncate(n),
        }
    }
}

/// Overwrites or extends `buf` with `data` at `pos`, padding with `fill`
/// past the end; the position after it (None when memory runs out).
fn splice<T: Copy>(buf: &mut Vec<T>, pos: usize, data: &[T], fill: T) -> Option<usize> {
    let needed = pos.saturating_add(data.len()).saturating_sub(buf.len());
    buf.try_reserve(needed).ok()?;
    if pos > buf.len() {
        buf.resize(pos, fill);
    }
    let overlap = (buf.len() - pos).min(data.len());
    buf[pos..pos + overlap].copy_from_slice(&data[..overlap]);
    buf.extend_from_slice(&data[overlap..]);
    Some(pos + data.len())
}

/// The state of a StringIO.
struct StringIo {
    buf: RefCell<Text>,
    pos: Cell<usize>,
    closed: Cell<bool>,
    newline: RefCell<Newline>,
    /// Present for newline None or "" (records the endings written).
    decoder: RefCell<Option<NewlineDecoder>>,
}

impl Extension for StringIo {
    fn next_item(&self, vm: &mut Vm, _this: &Value) -> Option<PyResult<Option<Value>>> {
        Some(self.next_line(vm))
    }
}

/// Registers `StringIO` in `module`.
pub(super) fn init(vm: &mut Vm, module: &ObjRef, base: &ObjRef) {
    let methods: &native::Methods = &[
        ("__new__", new, NativeKind::StaticMethod),
        method("__init__", init_method),
        method("read", read),
        method("readline", readline),
        method("write", write),
        method("seek", seek),
        method("tell", tell),
        method("truncate", truncate),
        method("getvalue", getvalue),
        method("close", close),
        method("readable", able),
        method("writable", able),
        method("seekable", able),
        method("__next__", next),
    ];
    let ty = new_class(vm, module, "StringIO", Some(base), methods);
    native::add_getters(
        vm,
        &ty,
        &[
            ("closed", closed_get),
            ("line_buffering", line_buffering_get),
            ("newlines", newlines_get),
        ],
    );
}

impl StringIo {
    /// ValueError unless open.
    fn check_open(&self, vm: &mut Vm) -> PyResult<()> {
        if self.closed.get() {
            return Err(super::closed_error(vm, false));
        }
        Ok(())
    }

    /// Writes text at the position (padding with NULs past the end),
    /// after the newline decoding and translation.
    fn write_text(&self, vm: &mut Vm, text: &str) -> PyResult<()> {
        let plain = self.decoder.borrow().is_none() && self.newline.borrow().writenl.is_none();
        let pos = self.pos.get();
        // CPython's limit on a buffer of 4-byte characters.
        if pos.saturating_add(text.len()) > isize::MAX as usize / 4 {
            return Err(vm.overflow_error("new buffer size too large"));
        }
        let end = if plain {
            self.buf.borrow_mut().write(pos, text)
        } else {
            let mut text = text.to_string();
            if let Some(d) = self.decoder.borrow_mut().as_mut() {
                text = d.decode(text, true);
            }
            if let Some(nl) = self.newline.borrow().writenl {
                text = text.replace('\n', nl);
            }
            self.buf.borrow_mut().write(pos, &text)
        };
        match end {
            Some(end) => {
                self.pos.set(end);
                Ok(())
            }
            None => Err(crate::oserror::memory_error(vm)),
        }
    }

    /// The next line (up to `limit` characters when not negative).
    fn read_line(&self, limit: i64) -> String {
        let buf = self.buf.borrow();
        let pos = self.pos.get().min(buf.len());
        let rest = buf.len() - pos;
        let mut end = match buf.line_end(&self.newline.borrow(), pos) {
            Ok(n) => n,
            Err(_) => rest,
        };
        if limit >= 0 {
            end = end.min(limit as usize);
        }
        if end > 0 {
            self.pos.set(pos + end);
        }
        buf.slice(pos, pos + end)
    }

    /// The next line for iteration (None at the end).
    fn next_line(&self, vm: &mut Vm) -> PyResult<Option<Value>> {
        self.check_open(vm)?;
        let line = self.read_line(-1);
        Ok((!line.is_empty()).then(|| vm.new_str(line)))
    }
}

/// The StringIO state of a method's receiver.
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a StringIo> {
    receiver::<StringIo>(vm, args, CLASS, method)
}

/// The state of an open StringIO receiver.
fn open_this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a StringIo> {
    let me = this(vm, args, method)?;
    me.check_open(vm)?;
    Ok(me)
}

/// `StringIO.__new__(cls, *args, **kwargs)`: an empty stream.
fn new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = native::new_class(vm, &args, "StringIO")?;
    let state = StringIo {
        buf: RefCell::new(Text::Ascii(Vec::new())),
        pos: Cell::new(0),
        closed: Cell::new(false),
        newline: RefCell::new(Newline::new(Some("\n"))),
        decoder: RefCell::new(None),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `StringIO(initial_value='', newline='\n')`.
fn init_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__init__")?;
    let [value, newline] =
        cargs::keywords(vm, &args, "StringIO", ["initial_value", "newline"], 0, 0)?;
    let newline = if newline.is_null() {
        Some("\n".to_string())
    } else {
        newline_arg(vm, &newline, "newline must be str or None", true)?
    };
    if !value.is_null() && !value.is_none() && value.as_str().is_none() {
        let tn = vm.type_name(&value);
        return Err(vm.type_error(format!("initial_value must be str or None, not {tn}")));
    }
    let config = Newline::new(newline.as_deref());
    *me.decoder.borrow_mut() = config
        .universal
        .then(|| NewlineDecoder::new(config.translate));
    *me.newline.borrow_mut() = config;
    *me.buf.borrow_mut() = Text::Ascii(Vec::new());
    me.pos.set(0);
    me.closed.set(false);
    if let Some(text) = value.as_str() {
        me.write_text(vm, text)?;
        me.pos.set(0);
    }
    Ok(Value::None)
}

/// `read(size=-1)`.
fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "read")?;
    let n = opt_size(vm, &args, ("StringIO", "read"))?;
    let text: String = {
        let buf = me.buf.borrow();
        let pos = me.pos.get().min(buf.len());
        let avail = buf.len() - pos;
        let take = if n < 0 { avail } else { avail.min(n as usize) };
        if take > 0 {
            // A position past the end stays where it is.
            me.pos.set(pos + take);
        }
        buf.slice(pos, pos + take)
    };
    Ok(vm.new_str(text))
}

/// `readline(size=-1)`.
fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "readline")?;
    let limit = opt_size(vm, &args, ("StringIO", "readline"))?;
    let line = me.read_line(limit);
    Ok(vm.new_str(line))
}

/// `write(s)`: the length of `s`.
fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "write")?;
    let s = cargs::one(vm, &args, ("StringIO", "write"))?;
    let Some(text) = s.as_str() else {
        let tn = vm.type_name(&s);
        return Err(vm.type_error(format!("string argument expected, got '{tn}'")));
    };
    me.check_open(vm)?;
    let n = text.chars().count();
    if n > 0 {
        me.write_text(vm, text)?;
    }
    Ok(Value::Int(n as i64))
}

/// `seek(pos, whence=0)`.
fn seek(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "seek")?;
    let a = cargs::positional(vm, &args, ("StringIO", "seek"), 1, 2)?;
    let pos = cargs::ssize(vm, &a[0])?;
    let whence = whence_arg(vm, a.get(1))?;
    me.check_open(vm)?;
    if !(0..=2).contains(&whence) {
        return Err(vm.value_error(format!("Invalid whence ({whence}, should be 0, 1 or 2)")));
    }
    if pos < 0 && whence == 0 {
        return Err(vm.value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        return Err(vm.new_error("OSError", "Can't do nonzero cur-relative seeks"));
    }
    let new = match whence {
        0 => pos as usize,
        1 => me.pos.get(),
        _ => me.buf.borrow().len(),
    };
    me.pos.set(new);
    Ok(Value::Int(new as i64))
}

/// `tell()`.
fn tell(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "tell")?;
    cargs::noargs(vm, &args, ("StringIO", "tell"))?;
    Ok(Value::Int(me.pos.get() as i64))
}

/// `truncate(pos=None)`: the new size; the position stays.
fn truncate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "truncate")?;
    let a = cargs::positional(vm, &args, ("StringIO", "truncate"), 0, 1)?;
    let size = match a.first() {
        Some(v) if !v.is_none() => cargs::ssize(vm, v)?,
        _ => me.pos.get() as i64,
    };
    if size < 0 {
        return Err(vm.value_error(format!("Negative size value {size}")));
    }
    me.buf.borrow_mut().truncate(size as usize);
    Ok(Value::Int(size))
}

/// `getvalue()`: the whole text.
fn getvalue(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "getvalue")?;
    let text = {
        let buf = me.buf.borrow();
        buf.slice(0, buf.len())
    };
    Ok(vm.new_str(text))
}

/// `close()`: frees the text.
fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "close")?;
    me.closed.set(true);
    *me.buf.borrow_mut() = Text::Ascii(Vec::new());
    Ok(Value::None)
}

/// `readable()`, `writable()`, `seekable()`: True while open.
fn able(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_this(vm, &args, "readable")?;
    Ok(Value::Bool(true))
}

/// `__next__()`: the next line; a subclass's own `readline` is used
/// when it has one.
fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__next__")?;
    let line = if super::is_native(&args.values[0]) {
        me.next_line(vm)?
    } else {
        me.check_open(vm)?;
        let line = vm.call_method(&this_value(&args), "readline", vec![])?;
        let Some(s) = line.as_str() else {
            let tn = vm.type_name(&line);
            return Err(vm.new_error(
                "OSError",
                format!("readline() should have returned a str object, not '{tn}'"),
            ));
        };
        (!s.is_empty()).then_some(line)
    };
    line.ok_or_else(|| native::stop(vm))
}

/// `closed`.
fn closed_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, &args, "closed")?.closed.get()))
}

/// `line_buffering`: False.
fn line_buffering_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    open_this(vm, &args, "line_buffering")?;
    Ok(Value::Bool(false))
}

/// `newlines`: the line endings written so far (newline None or "").
fn newlines_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = open_this(vm, &args, "newlines")?;
    let decoder = me.decoder.borrow().clone();
    Ok(match decoder {
        Some(d) => d.newlines(vm),
        None => Value::None,
    })
}
