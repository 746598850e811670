//! `_json.Scanner` (`make_scanner`): decodes one JSON value of a str at
//! a character index, as CPython 3.11's C scanner does. It works on the
//! UTF-8 bytes (JSON's syntax is ASCII) and converts positions to
//! character indices only for results and errors.

use super::{decode_error, enter, leave, str_arg};
use crate::native::{self, new_class};
use pvm_vm::args::Args;
use pvm_vm::payload::{Extension, NativeFn, NativeKind};
use pvm_vm::str::PyStr;
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::collections::HashMap;

/// What a scanner copies from its context (a `JSONDecoder`) when made.
struct Scanner {
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

impl Extension for Scanner {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.object_hook);
        visit(&self.object_pairs_hook);
        visit(&self.parse_float);
        visit(&self.parse_int);
        visit(&self.parse_constant);
    }
}

/// Adds `Scanner` (also named `make_scanner`) to the module.
pub(super) fn init(vm: &mut Vm, module: &ObjRef) {
    let methods: &[(&'static str, NativeFn, NativeKind)] = &[
        ("__new__", scanner_new, NativeKind::StaticMethod),
        ("__call__", scanner_call, NativeKind::Method),
    ];
    let ty = native::new_type(vm, module, "Scanner", "_json", methods, true);
    vm.set_attr_direct(module, "make_scanner", Value::Obj(ty.clone()));
    let doc = vm.new_str("JSON scanner object");
    vm.set_type_attr(&ty, "__doc__", doc);
    native::add_getters(
        vm,
        &ty,
        &[
            ("strict", get_strict),
            ("object_hook", get_object_hook),
            ("object_pairs_hook", get_object_pairs_hook),
            ("parse_float", get_parse_float),
            ("parse_int", get_parse_int),
            ("parse_constant", get_parse_constant),
        ],
    );
}

/// `make_scanner(context)`: reads the context's options once.
fn scanner_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_class(vm, &args, "_json.Scanner")?;
    let rest = Args {
        values: args.values[1..].iter().cloned().collect(),
        kwnames: args.kwnames.clone(),
    };
    let [ctx] = native::keywords(vm, &rest, "make_scanner", ["context"], 0, 1)?;
    let strict = vm.get_attr_str(&ctx, "strict")?;
    let strict = vm.truthy(&strict)?;
    let mut field = |name: &str| vm.get_attr_str(&ctx, name);
    let state = Scanner {
        strict,
        object_hook: field("object_hook")?,
        object_pairs_hook: field("object_pairs_hook")?,
        parse_float: field("parse_float")?,
        parse_int: field("parse_int")?,
        parse_constant: field("parse_constant")?,
    };
    Ok(vm.new_extension(&cls, state))
}

/// The scanner of a method's receiver.
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a Scanner> {
    native::receiver::<Scanner>(vm, args, "_json.Scanner", method)
}

macro_rules! getters {
    ($($name:ident => $field:ident;)*) => {
        $(
            #[doc = concat!("The `", stringify!($field), "` attribute.")]
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                Ok(this(vm, &args, stringify!($field))?.$field.clone())
            }
        )*
    };
}

getters! {
    get_object_hook => object_hook;
    get_object_pairs_hook => object_pairs_hook;
    get_parse_float => parse_float;
    get_parse_int => parse_int;
    get_parse_constant => parse_constant;
}

/// The `strict` attribute.
fn get_strict(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Bool(this(vm, &args, "strict")?.strict))
}

/// `scanner(string, idx)` -> (value, end); StopIteration(idx) when no
/// value starts at `idx`.
fn scanner_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__call__")?;
    let rest = Args {
        values: args.values[1..].iter().cloned().collect(),
        kwnames: args.kwnames.clone(),
    };
    let [string, idx] = native::keywords(vm, &rest, "scan_once", ["string", "idx"], 0, 2)?;
    let idx = pvm_vm::builtins::cargs::ssize(vm, &idx)?;
    let s = str_arg(vm, &string)?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative"));
    }
    let doc = Doc::new(s);
    if idx as usize >= s.char_len() {
        let stop = pvm_vm::generator::stop_iteration(vm, Value::Int(idx));
        return Err(stop);
    }
    let mut run = Run {
        scanner: me,
        doc: &doc,
        string: &string,
        memo: HashMap::new(),
    };
    let start = doc.byte_of(idx as usize);
    let (value, end) = run.scan_once(vm, start)?;
    let end = doc.char_of(end);
    Ok(vm.new_pair(value, Value::Int(end as i64)))
}

/// A str being decoded: its UTF-8 bytes, and whether byte offsets are
/// character indices (ASCII text).
pub(super) struct Doc<'a> {
    text: &'a str,
    ascii: bool,
}

impl<'a> Doc<'a> {
    /// The document `s`.
    pub(super) fn new(s: &'a PyStr) -> Doc<'a> {
        Doc {
            text: s.as_str(),
            ascii: s.is_ascii(),
        }
    }

    /// The byte offset of character index `i` (at most the length).
    pub(super) fn byte_of(&self, i: usize) -> usize {
        if self.ascii {
            i.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(i)
                .map_or(self.text.len(), |(b, _)| b)
        }
    }

    /// The character index of byte offset `b` (a character boundary).
    pub(super) fn char_of(&self, b: usize) -> usize {
        if self.ascii {
            b
        } else {
            self.text.get(..b).map_or(0, |t| t.chars().count())
        }
    }

    /// The byte at `i`, 0 past the end (never a JSON token byte).
    fn at(&self, i: usize) -> u8 {
        self.text.as_bytes().get(i).copied().unwrap_or(0)
    }

    /// The document's length in bytes.
    fn len(&self) -> usize {
        self.text.len()
    }

    /// The first offset from `i` that is not JSON whitespace.
    fn skip_ws(&self, mut i: usize) -> usize {
        while matches!(self.at(i), b' ' | b'\t' | b'\n' | b'\r') {
            i += 1;
        }
        i
    }

    /// The JSONDecodeError `msg` at byte offset `pos`.
    fn error(&self, vm: &mut Vm, string: &Value, msg: &str, pos: usize) -> ObjRef {
        let pos = self.char_of(pos);
        decode_error(vm, msg, string, pos)
    }

    /// The four hex digits at `i` as a code unit, if they are hex digits.
    fn hex4(&self, i: usize) -> Option<u32> {
        let digits = self.text.as_bytes().get(i..i + 4)?;
        let mut v = 0;
        for &d in digits {
            v = v << 4 | (d as char).to_digit(16)?;
        }
        Some(v)
    }

    /// Decodes the JSON string whose body starts at byte `end` (just
    /// after the opening quote) -> (text, offset after the closing quote).
    /// `string` is the document as a value, for errors.
    pub(super) fn scan_string(
        &self,
        vm: &mut Vm,
        string: &Value,
        end: usize,
        strict: bool,
    ) -> PyResult<(String, usize)> {
        let bytes = self.text.as_bytes();
        let len = bytes.len();
        let begin = end.saturating_sub(1);
        let mut out = String::new();
        let mut end = end;
        loop {
            // The end of the string or the next escape.
            let mut next = end;
            while next < len {
                let d = bytes[next];
                if d == b'"' || d == b'\\' {
                    break;
                }
                if d <= 0x1f && strict {
                    return Err(self.error(vm, string, "Invalid control character at", next));
                }
                next += 1;
            }
            if next >= len {
                return Err(self.error(vm, string, "Unterminated string starting at", begin));
            }
            out.push_str(&self.text[end..next]);
            if bytes[next] == b'"' {
                return Ok((out, next + 1));
            }
            // A backslash: what follows it.
            next += 1;
            if next == len {
                return Err(self.error(vm, string, "Unterminated string starting at", begin));
            }
            let c = bytes[next];
            if c != b'u' {
                end = next + 1;
                let ch = match c {
                    b'"' => '"',
                    b'\\' => '\\',
                    b'/' => '/',
                    b'b' => '\x08',
                    b'f' => '\x0c',
                    b'n' => '\n',
                    b'r' => '\r',
                    b't' => '\t',
                    _ => return Err(self.error(vm, string, "Invalid \\escape", end - 2)),
                };
                out.push(ch);
                continue;
            }
            // \uXXXX, perhaps the first half of a surrogate pair.
            let u = next;
            end = u + 5;
            if end >= len {
                return Err(self.error(vm, string, "Invalid \\uXXXX escape", u));
            }
            let Some(mut c) = self.hex4(u + 1) else {
                return Err(self.error(vm, string, "Invalid \\uXXXX escape", u));
            };
            if (0xd800..0xdc00).contains(&c)
                && end + 6 < len
                && bytes[end] == b'\\'
                && bytes[end + 1] == b'u'
            {
                let Some(c2) = self.hex4(end + 2) else {
                    return Err(self.error(vm, string, "Invalid \\uXXXX escape", end + 1));
                };
                if (0xdc00..0xe000).contains(&c2) {
                    c = 0x10000 + ((c - 0xd800) << 10 | (c2 - 0xdc00));
                    end += 6;
                }
            }
            // A lone surrogate becomes its stand-in (pvm_vm::surrogates).
            out.push(pvm_vm::surrogates::char_of(c).unwrap_or('\u{fffd}'));
        }
    }
}

/// One call of a scanner: the document and the memo of object keys.
struct Run<'a> {
    scanner: &'a Scanner,
    doc: &'a Doc<'a>,
    string: &'a Value,
    memo: HashMap<String, Value>,
}

impl Run<'_> {
    /// The JSONDecodeError `msg` at byte offset `pos`.
    fn error(&self, vm: &mut Vm, msg: &str, pos: usize) -> ObjRef {
        self.doc.error(vm, self.string, msg, pos)
    }

    /// StopIteration carrying the character index of byte offset `pos`.
    fn stop(&self, vm: &mut Vm, pos: usize) -> ObjRef {
        let idx = self.doc.char_of(pos) as i64;
        pvm_vm::generator::stop_iteration(vm, Value::Int(idx))
    }

    /// One JSON value starting at byte `idx` -> (value, offset after it).
    fn scan_once(&mut self, vm: &mut Vm, idx: usize) -> PyResult<(Value, usize)> {
        let doc = self.doc;
        if idx >= doc.len() {
            return Err(self.stop(vm, idx));
        }
        let rest = &doc.text.as_bytes()[idx..];
        match rest[0] {
            b'"' => {
                let (s, end) = doc.scan_string(vm, self.string, idx + 1, self.scanner.strict)?;
                return Ok((vm.new_str(s), end));
            }
            b'{' => {
                enter(vm, " while decoding a JSON object from a unicode string")?;
                let r = self.parse_object(vm, idx + 1);
                leave(vm);
                return r;
            }
            b'[' => {
                enter(vm, " while decoding a JSON array from a unicode string")?;
                let r = self.parse_array(vm, idx + 1);
                leave(vm);
                return r;
            }
            _ => {}
        }
        let constants: [(&[u8], Value); 3] = [
            (b"null", Value::None),
            (b"true", Value::Bool(true)),
            (b"false", Value::Bool(false)),
        ];
        for (word, value) in constants {
            if rest.starts_with(word) {
                return Ok((value, idx + word.len()));
            }
        }
        for name in ["NaN", "Infinity", "-Infinity"] {
            if rest.starts_with(name.as_bytes()) {
                let arg = vm.new_str(name);
                let v = vm.call(&self.scanner.parse_constant, [arg])?;
                return Ok((v, idx + name.len()));
            }
        }
        self.match_number(vm, idx)
    }

    /// A JSON object whose body starts at byte `idx` (after the brace).
    fn parse_object(&mut self, vm: &mut Vm, idx: usize) -> PyResult<(Value, usize)> {
        let doc = self.doc;
        let pairs_hook = !self.scanner.object_pairs_hook.is_none();
        let mut pairs = Vec::new();
        let dict = (!pairs_hook).then(|| vm.new_dict());
        let mut idx = doc.skip_ws(idx);
        if doc.at(idx) != b'}' {
            loop {
                if doc.at(idx) != b'"' {
                    return Err(self.error(
                        vm,
                        "Expecting property name enclosed in double quotes",
                        idx,
                    ));
                }
                let (key, next) = doc.scan_string(vm, self.string, idx + 1, self.scanner.strict)?;
                let key = match self.memo.get(&key) {
                    Some(k) => k.clone(),
                    None => {
                        let k = vm.new_str(key.as_str());
                        self.memo.insert(key, k.clone());
                        k
                    }
                };
                idx = doc.skip_ws(next);
                if doc.at(idx) != b':' {
                    return Err(self.error(vm, "Expecting ':' delimiter", idx));
                }
                idx = doc.skip_ws(idx + 1);
                let (value, next) = self.scan_once(vm, idx)?;
                match &dict {
                    Some(d) => vm.dict_set(d, key, value)?,
                    None => pairs.push(vm.new_pair(key, value)),
                }
                idx = doc.skip_ws(next);
                if doc.at(idx) == b'}' {
                    break;
                }
                if doc.at(idx) != b',' {
                    return Err(self.error(vm, "Expecting ',' delimiter", idx));
                }
                idx = doc.skip_ws(idx + 1);
            }
        }
        let end = idx + 1;
        let Some(dict) = dict else {
            let list = vm.new_list(pairs);
            let v = vm.call(&self.scanner.object_pairs_hook, [list])?;
            return Ok((v, end));
        };
        let mut value = Value::Obj(dict);
        if !self.scanner.object_hook.is_none() {
            value = vm.call(&self.scanner.object_hook, [value])?;
        }
        Ok((value, end))
    }

    /// A JSON array whose body starts at byte `idx` (after the bracket).
    fn parse_array(&mut self, vm: &mut Vm, idx: usize) -> PyResult<(Value, usize)> {
        let doc = self.doc;
        let mut items = Vec::new();
        let mut idx = doc.skip_ws(idx);
        if doc.at(idx) != b']' {
            loop {
                let (value, next) = self.scan_once(vm, idx)?;
                items.push(value);
                idx = doc.skip_ws(next);
                if doc.at(idx) == b']' {
                    break;
                }
                if doc.at(idx) != b',' {
                    return Err(self.error(vm, "Expecting ',' delimiter", idx));
                }
                idx = doc.skip_ws(idx + 1);
            }
        }
        Ok((vm.new_list(items), idx + 1))
    }

    /// A JSON number at byte `start`, through `parse_int`/`parse_float`
    /// unless those are `int`/`float`; StopIteration if there is none.
    fn match_number(&mut self, vm: &mut Vm, start: usize) -> PyResult<(Value, usize)> {
        let doc = self.doc;
        let digit = |i: usize| doc.at(i).is_ascii_digit();
        let mut idx = start;
        if doc.at(idx) == b'-' {
            idx += 1;
        }
        match doc.at(idx) {
            b'1'..=b'9' => {
                idx += 1;
                while digit(idx) {
                    idx += 1;
                }
            }
            b'0' => idx += 1,
            _ => return Err(self.stop(vm, start)),
        }
        let mut is_float = false;
        if doc.at(idx) == b'.' && digit(idx + 1) {
            is_float = true;
            idx += 2;
            while digit(idx) {
                idx += 1;
            }
        }
        if matches!(doc.at(idx), b'e' | b'E') {
            // An exponent needs digits; without them the number ends at 'e'.
            let e_start = idx;
            idx += 1;
            if matches!(doc.at(idx), b'-' | b'+') {
                idx += 1;
            }
            let digits_from = idx;
            while digit(idx) {
                idx += 1;
            }
            if idx > digits_from {
                is_float = true;
            } else {
                idx = e_start;
            }
        }
        let text = &doc.text[start..idx];
        let (custom, builtin) = if is_float {
            (&self.scanner.parse_float, &vm.t.float)
        } else {
            (&self.scanner.parse_int, &vm.t.int)
        };
        let is_builtin = matches!(custom, Value::Obj(o) if o.is(builtin));
        let value = if !is_builtin {
            let custom = custom.clone();
            let arg = vm.new_str(text);
            vm.call(&custom, [arg])?
        } else if is_float {
            Value::Float(text.parse::<f64>().unwrap_or(f64::NAN))
        } else if let Ok(i) = text.parse::<i64>() {
            Value::Int(i)
        } else {
            // Long digit strings go through int() for its digit limit.
            let int = Value::Obj(vm.t.int.clone());
            let arg = vm.new_str(text);
            vm.call(&int, [arg])?
        };
        Ok((value, idx))
    }
}
