//! `_json.Encoder` (`make_encoder`): what `JSONEncoder.encode` uses for
//! a one-shot encoding. Without indent it is CPython 3.11's C encoder
//! (its own messages for NaN without allow_nan and for bad keys, the
//! order it calls `default` and sorts items). With an indent string,
//! which CPython's C encoder ignores, it does what the pure-Python
//! encoder CPython uses then would do (its NaN and recursion messages),
//! so indented output is native too.

use super::{enter, escape_ascii, escape_unicode, leave};
use crate::native::{self, new_class};
use pvm_vm::args::Args;
use pvm_vm::payload::{Extension, NativeFn, NativeKind, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::RefCell;
use std::collections::HashSet;

/// How strings are turned into JSON.
enum StrEncoder {
    /// `encode_basestring_ascii`, done inline.
    Ascii,
    /// `encode_basestring`, done inline.
    Unicode,
    /// Any other callable, called for each string.
    Call,
}

/// The options of an encoder and the containers being encoded.
struct Encoder {
    markers: Value,
    default: Value,
    encoder: Value,
    indent: Value,
    key_separator: Value,
    item_separator: Value,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// The indent string: newlines and indentation, Python-path rules.
    indent_text: Option<String>,
    strings: StrEncoder,
    /// Addresses of the containers and objects being encoded (when
    /// `markers` is not None), for "Circular reference detected".
    active: RefCell<HashSet<usize>>,
}

impl Extension for Encoder {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        visit(&self.markers);
        visit(&self.default);
        visit(&self.encoder);
        visit(&self.indent);
        visit(&self.key_separator);
        visit(&self.item_separator);
    }
}

/// Adds `Encoder` (also named `make_encoder`) to the module.
pub(super) fn init(vm: &mut Vm, module: &ObjRef) {
    let methods: &[(&'static str, NativeFn, NativeKind)] = &[
        ("__new__", encoder_new, NativeKind::StaticMethod),
        ("__call__", encoder_call, NativeKind::Method),
    ];
    let ty = native::new_type(vm, module, "Encoder", "_json", methods, true);
    vm.set_attr_direct(module, "make_encoder", Value::Obj(ty.clone()));
    let doc = vm.new_str("_iterencode(obj, _current_indent_level) -> iterable");
    vm.set_type_attr(&ty, "__doc__", doc);
    native::add_getters(
        vm,
        &ty,
        &[
            ("markers", get_markers),
            ("default", get_default),
            ("encoder", get_encoder),
            ("indent", get_indent),
            ("key_separator", get_key_separator),
            ("item_separator", get_item_separator),
            ("sort_keys", get_sort_keys),
            ("skipkeys", get_skipkeys),
        ],
    );
}

/// The encoder of a method's receiver.
fn this<'a>(vm: &mut Vm, args: &'a Args, method: &str) -> PyResult<&'a Encoder> {
    native::receiver::<Encoder>(vm, args, "_json.Encoder", method)
}

macro_rules! getters {
    ($($name:ident => $field:ident;)*) => {
        $(
            #[doc = concat!("The `", stringify!($field), "` attribute.")]
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                Ok(this(vm, &args, stringify!($field))?.$field.clone().into())
            }
        )*
    };
}

getters! {
    get_markers => markers;
    get_default => default;
    get_encoder => encoder;
    get_indent => indent;
    get_key_separator => key_separator;
    get_item_separator => item_separator;
    get_sort_keys => sort_keys;
    get_skipkeys => skipkeys;
}

/// Whether `f` is the native function `target`.
fn is_native(f: &Value, target: NativeFn) -> bool {
    match f.payload() {
        Some(Payload::Native(n)) => n.func as usize == target as usize,
        _ => false,
    }
}

/// `make_encoder(markers, default, encoder, indent, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`.
fn encoder_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = new_class(vm, &args, "_json.Encoder")?;
    let rest = Args {
        values: args.values[1..].iter().cloned().collect(),
        kwnames: args.kwnames.clone(),
    };
    let names = [
        "markers",
        "default",
        "encoder",
        "indent",
        "key_separator",
        "item_separator",
        "sort_keys",
        "skipkeys",
        "allow_nan",
    ];
    let [markers, default, encoder, indent, key_sep, item_sep, sort_keys, skipkeys, allow_nan] =
        native::keywords(vm, &rest, "make_encoder", names, 0, 9)?;
    for (i, v) in [(5, &key_sep), (6, &item_sep)] {
        if v.as_str().is_none() {
            let tn = native::arg_type_name(vm, v);
            return Err(vm.type_error(format!("make_encoder() argument {i} must be str, not {tn}")));
        }
    }
    let sort_keys = vm.truthy(&sort_keys)?;
    let skipkeys = vm.truthy(&skipkeys)?;
    let allow_nan = vm.truthy(&allow_nan)?;
    if !markers.is_none() && !matches!(markers.payload(), Some(Payload::Dict(_))) {
        let tn = vm.type_name(&markers);
        return Err(vm.type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {tn}"
        )));
    }
    let strings = if is_native(&encoder, super::encode_basestring_ascii) {
        StrEncoder::Ascii
    } else if is_native(&encoder, super::encode_basestring) {
        StrEncoder::Unicode
    } else {
        StrEncoder::Call
    };
    let indent_text = indent.as_str().map(str::to_string);
    let state = Encoder {
        markers,
        default,
        encoder,
        indent,
        key_separator: key_sep,
        item_separator: item_sep,
        sort_keys,
        skipkeys,
        allow_nan,
        indent_text,
        strings,
        active: RefCell::new(HashSet::new()),
    };
    Ok(vm.new_extension(&cls, state))
}

/// `encoder(obj, _current_indent_level)` -> a list holding the JSON text.
fn encoder_call(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let me = this(vm, &args, "__call__")?;
    let rest = Args {
        values: args.values[1..].iter().cloned().collect(),
        kwnames: args.kwnames.clone(),
    };
    let [obj, level] = native::keywords(
        vm,
        &rest,
        "_iterencode",
        ["obj", "_current_indent_level"],
        0,
        2,
    )?;
    let level = pvm_vm::builtins::cargs::ssize(vm, &level)?.max(0) as usize;
    let mut out = String::new();
    me.encode(vm, &mut out, &obj, level)?;
    let text = vm.new_str(out);
    Ok(vm.new_list(vec![text]))
}

/// The text of a str value (the separators were checked to be str).
fn text(v: &Value) -> &str {
    v.as_str().unwrap_or("")
}

impl Encoder {
    /// Appends the JSON form of a str.
    fn encode_str(&self, vm: &mut Vm, out: &mut String, s: &Value) -> PyResult<()> {
        match self.strings {
            StrEncoder::Ascii => out.push_str(&escape_ascii(text(s))),
            StrEncoder::Unicode => out.push_str(&escape_unicode(text(s))),
            StrEncoder::Call => {
                let r = vm.call(&self.encoder, [s.clone()])?;
                match r.as_str() {
                    Some(t) => out.push_str(t),
                    None => {
                        let tn = vm.type_name(&r);
                        return Err(
                            vm.type_error(format!("encoder() must return a string, not {tn}"))
                        );
                    }
                }
            }
        }
        Ok(())
    }

    /// The JSON form of the float `obj` (value `f`): its repr, or
    /// NaN/Infinity/-Infinity when `allow_nan`.
    fn float_text(&self, vm: &mut Vm, obj: &Value, f: f64) -> PyResult<String> {
        if f.is_finite() {
            return vm.repr(&Value::Float(f));
        }
        if !self.allow_nan {
            let mut msg = "Out of range float values are not JSON compliant".to_string();
            if self.indent_text.is_some() {
                msg = format!("{msg}: {}", vm.repr(obj)?);
            }
            return Err(vm.value_error(msg));
        }
        Ok(if f > 0.0 {
            "Infinity"
        } else if f < 0.0 {
            "-Infinity"
        } else {
            "NaN"
        }
        .to_string())
    }

    /// Marks the object at `addr` as being encoded; "Circular reference
    /// detected" if it already is.
    fn mark(&self, vm: &mut Vm, addr: usize) -> PyResult<()> {
        if self.markers.is_none() {
            return Ok(());
        }
        if !self.active.borrow_mut().insert(addr) {
            return Err(vm.value_error("Circular reference detected"));
        }
        Ok(())
    }

    /// Forgets a mark made by [`Encoder::mark`].
    fn unmark(&self, addr: usize) {
        self.active.borrow_mut().remove(&addr);
    }

    /// Enters one level of nesting, with the C encoder's RecursionError
    /// message (the Python path's is the plain one).
    fn enter(&self, vm: &mut Vm) -> PyResult<()> {
        let what = if self.indent_text.is_some() {
            ""
        } else {
            " while encoding a JSON object"
        };
        enter(vm, what)
    }

    /// Appends a newline and `level` indents (nothing without indent).
    fn newline(&self, out: &mut String, level: usize) {
        if let Some(indent) = &self.indent_text {
            out.push('\n');
            for _ in 0..level {
                out.push_str(indent);
            }
        }
    }

    /// The level of the items of a container at `level`.
    fn inner(&self, level: usize) -> usize {
        level + self.indent_text.is_some() as usize
    }

    /// Appends the JSON form of any value, nested `level` deep.
    fn encode(&self, vm: &mut Vm, out: &mut String, obj: &Value, level: usize) -> PyResult<()> {
        let o = match obj {
            Value::None => {
                out.push_str("null");
                return Ok(());
            }
            Value::Bool(b) => {
                out.push_str(if *b { "true" } else { "false" });
                return Ok(());
            }
            Value::Int(i) => {
                out.push_str(&i.to_string());
                return Ok(());
            }
            Value::Float(f) => {
                out.push_str(&self.float_text(vm, obj, *f)?);
                return Ok(());
            }
            Value::Null => return Ok(()),
            Value::Obj(o) => o,
        };
        match &o.payload {
            Payload::Str(_) => return self.encode_str(vm, out, obj),
            Payload::Int(b) => {
                out.push_str(&b.to_string());
                return Ok(());
            }
            Payload::Float(f) => {
                out.push_str(&self.float_text(vm, obj, *f)?);
                return Ok(());
            }
            Payload::List(_) | Payload::Tuple(_) | Payload::Dict(_) => {
                self.enter(vm)?;
                let r = if matches!(o.payload, Payload::Dict(_)) {
                    self.encode_dict(vm, out, o, level)
                } else {
                    self.encode_list(vm, out, o, level)
                };
                leave(vm);
                return r;
            }
            _ => {}
        }
        let addr = o.addr();
        self.mark(vm, addr)?;
        let new = vm.call(&self.default, [obj.clone()])?;
        self.enter(vm)?;
        let r = self.encode(vm, out, &new, level);
        leave(vm);
        r?;
        self.unmark(addr);
        Ok(())
    }

    /// Appends the JSON array of a list or tuple.
    fn encode_list(
        &self,
        vm: &mut Vm,
        out: &mut String,
        seq: &ObjRef,
        level: usize,
    ) -> PyResult<()> {
        let exact = seq.ty().is(&vm.t.list) || seq.ty().is(&vm.t.tuple);
        let items: Vec<Value> = match &seq.payload {
            // Subclasses are iterated with their __iter__ (PySequence_Fast).
            _ if !exact => vm.to_vec(&Value::Obj(seq.clone()))?,
            Payload::List(l) => l.borrow().clone(),
            Payload::Tuple(t) => t.to_vec(),
            _ => Vec::new(),
        };
        if items.is_empty() {
            out.push_str("[]");
            return Ok(());
        }
        let addr = seq.addr();
        self.mark(vm, addr)?;
        let inner = self.inner(level);
        out.push('[');
        self.newline(out, inner);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(text(&self.item_separator));
                self.newline(out, inner);
            }
            self.encode(vm, out, item, inner)?;
        }
        self.newline(out, level);
        out.push(']');
        self.unmark(addr);
        Ok(())
    }

    /// The (key, value) items of a dict, sorted when `sort_keys`: a
    /// dict's own, or what a subclass's `items()` gives.
    fn items(&self, vm: &mut Vm, dict: &ObjRef) -> PyResult<Value> {
        let list = match &dict.payload {
            Payload::Dict(d) if dict.ty().is(&vm.t.dict) => {
                let pairs = d.borrow().items();
                let tuples = pairs.into_iter().map(|(k, v)| vm.new_pair(k, v)).collect();
                vm.new_list(tuples)
            }
            _ => {
                let items = vm.call_method(&Value::Obj(dict.clone()), "items", vec![])?;
                let items = vm.to_vec(&items)?;
                vm.new_list(items)
            }
        };
        if self.sort_keys {
            vm.call_method(&list, "sort", vec![])?;
        }
        Ok(list)
    }

    /// The JSON text of a dict key; None to skip it (`skipkeys`).
    fn key_text(&self, vm: &mut Vm, key: &Value) -> PyResult<Option<Value>> {
        let t = match key {
            Value::None => "null".to_string(),
            Value::Bool(b) => if *b { "true" } else { "false" }.to_string(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => self.float_text(vm, key, *f)?,
            _ => match key.payload() {
                Some(Payload::Str(_)) => return Ok(Some(key.clone())),
                Some(Payload::Float(f)) => self.float_text(vm, key, *f)?,
                Some(Payload::Int(b)) => b.to_string(),
                _ if self.skipkeys => return Ok(None),
                _ => {
                    let tn = vm.type_name(key);
                    return Err(vm.type_error(format!(
                        "keys must be str, int, float, bool or None, not {tn}"
                    )));
                }
            },
        };
        Ok(Some(vm.new_str(t)))
    }

    /// Appends the JSON object of a dict.
    fn encode_dict(
        &self,
        vm: &mut Vm,
        out: &mut String,
        dict: &ObjRef,
        level: usize,
    ) -> PyResult<()> {
        if let Payload::Dict(d) = &dict.payload {
            if d.borrow().is_empty() {
                out.push_str("{}");
                return Ok(());
            }
        }
        let addr = dict.addr();
        self.mark(vm, addr)?;
        let inner = self.inner(level);
        out.push('{');
        self.newline(out, inner);
        let items = self.items(vm, dict)?;
        let items = match items.payload() {
            Some(Payload::List(l)) => l.borrow().clone(),
            _ => Vec::new(),
        };
        let mut first = true;
        for item in &items {
            let (key, value) = match item.payload() {
                Some(Payload::Tuple(t)) if t.len() == 2 => (t[0].clone(), t[1].clone()),
                _ => return Err(vm.value_error("items must return 2-tuples")),
            };
            let Some(key) = self.key_text(vm, &key)? else {
                continue;
            };
            if !first {
                out.push_str(text(&self.item_separator));
                self.newline(out, inner);
            }
            first = false;
            self.encode_str(vm, out, &key)?;
            out.push_str(text(&self.key_separator));
            self.encode(vm, out, &value, inner)?;
        }
        self.newline(out, level);
        out.push('}');
        self.unmark(addr);
        Ok(())
    }
}
