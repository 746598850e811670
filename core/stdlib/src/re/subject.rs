//! The string a pattern runs over: a str (ASCII ones read as bytes, the
//! others as code points, so positions are code-point indices either way)
//! or a bytes-like object; and slices of it as new objects.

use super::compiler::Program;
use super::matcher::{Found, Matcher};
use pvm_vm::payload::{Extension, Payload};
use pvm_vm::{ObjRef, PyResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The subject of a search, kept alive with the text the matcher reads.
#[derive(Clone)]
pub enum Subject {
    /// An ASCII str: its bytes are its characters.
    Ascii(Value),
    /// A str with non-ASCII characters and its code points.
    Wide(Value, Rc<[u32]>),
    /// A bytes object.
    Bytes(Value),
    /// A bytearray, copied when the search began.
    Buffer(Value, Rc<[u8]>),
}

/// The characters a matcher reads.
pub enum Text<'a> {
    /// One byte per character.
    Narrow(&'a [u8]),
    /// One code point per character.
    Wide(&'a [u32]),
}

/// The last non-ASCII str decoded, reused while the same object comes
/// back (a tokenizer calling `match(s, pos)` in a loop, with one pattern
/// or several). One slot for all patterns, so at most one string is kept
/// alive; it lives in the `_sre` module (freed with it at exit).
pub struct WideCache(RefCell<Option<(Value, Rc<[u32]>)>>);

impl Extension for WideCache {
    fn traverse(&self, visit: &mut dyn FnMut(&Value)) {
        if let Some((v, _)) = &*self.0.borrow() {
            visit(v);
        }
    }
}

/// The module attribute holding the cache.
const CACHE_ATTR: &str = "_subject_cache";

/// Puts an empty cache in the `_sre` module.
pub fn install_cache(vm: &mut Vm, module: &ObjRef) {
    let cls = vm.new_extension_type("_SubjectCache", "_sre", vec![], &[]);
    let cache = vm.new_extension(&cls, WideCache(RefCell::new(None)));
    vm.set_attr_direct(module, CACHE_ATTR, cache);
}

/// The code points of the non-ASCII str `v` (from the cache when it is
/// the str decoded last).
fn wide_chars(vm: &mut Vm, v: &Value, s: &str) -> Rc<[u32]> {
    let holder = pvm_vm::import::import_full(vm, "_sre")
        .and_then(|m| vm.get_attr_str(&m, CACHE_ATTR))
        .ok();
    let cache = holder
        .as_ref()
        .and_then(|h| pvm_vm::extension::state::<WideCache>(h));
    if let Some(c) = cache {
        if let Some((cached, chars)) = &*c.0.borrow() {
            if cached.is(v) {
                return chars.clone();
            }
        }
    }
    // Lone surrogates as themselves, not their stand-ins (pvm_vm::surrogates).
    let chars: Rc<[u32]> = s.chars().map(pvm_vm::surrogates::code_point).collect();
    if let Some(c) = cache {
        // The old entry is dropped after the borrow ends.
        let old = c.0.replace(Some((v.clone(), chars.clone())));
        drop(old);
    }
    chars
}

impl Subject {
    /// The subject for `v`, or CPython's TypeError for other objects.
    pub fn new(vm: &mut Vm, v: &Value) -> PyResult<Subject> {
        match v.payload() {
            Some(Payload::Str(s)) => {
                if s.is_ascii() {
                    return Ok(Subject::Ascii(v.clone()));
                }
                let chars = wide_chars(vm, v, s.as_str());
                Ok(Subject::Wide(v.clone(), chars))
            }
            Some(Payload::Bytes(_)) => Ok(Subject::Bytes(v.clone())),
            Some(Payload::ByteArray(b)) => {
                let copy: Rc<[u8]> = b.borrow().as_slice().into();
                Ok(Subject::Buffer(v.clone(), copy))
            }
            _ => {
                let tn = vm.type_name(v);
                Err(vm.type_error(format!("expected string or bytes-like object, got '{tn}'")))
            }
        }
    }

    /// Whether it is bytes-like.
    pub fn is_bytes(&self) -> bool {
        matches!(self, Subject::Bytes(_) | Subject::Buffer(..))
    }

    /// The object searched.
    pub fn object(&self) -> &Value {
        match self {
            Subject::Ascii(v) | Subject::Wide(v, _) | Subject::Bytes(v) | Subject::Buffer(v, _) => {
                v
            }
        }
    }

    /// The characters.
    pub fn text(&self) -> Text<'_> {
        match self {
            Subject::Ascii(v) => Text::Narrow(v.as_str().unwrap_or("").as_bytes()),
            Subject::Wide(_, chars) => Text::Wide(chars),
            Subject::Bytes(v) => match v.payload() {
                Some(Payload::Bytes(b)) => Text::Narrow(b),
                _ => Text::Narrow(&[]),
            },
            Subject::Buffer(_, b) => Text::Narrow(b),
        }
    }

    /// The length in characters.
    pub fn len(&self) -> usize {
        match self.text() {
            Text::Narrow(t) => t.len(),
            Text::Wide(t) => t.len(),
        }
    }

    /// `string[a:b]` as a new str or bytes (the object itself when it is
    /// all of an exact str or bytes, as CPython returns it).
    pub fn slice(&self, vm: &mut Vm, a: usize, b: usize) -> Value {
        let obj = self.object();
        // Short strs are shared, as CPython shares its one-character ones.
        match self.text() {
            Text::Narrow(t) if !self.is_bytes() && b <= t.len() && b <= a + 1 => {
                return if b > a {
                    vm.new_char(t[a] as char)
                } else {
                    Value::Obj(vm.intern(""))
                };
            }
            Text::Wide(t) if b <= t.len() && b <= a + 1 => {
                return if b > a {
                    vm.new_char(super::source::chr(t[a]))
                } else {
                    Value::Obj(vm.intern(""))
                };
            }
            _ => {}
        }
        let exact = |vm: &Vm, o: &Value| {
            o.as_obj()
                .is_some_and(|r| r.ty().is(&vm.t.str) || r.ty().is(&vm.t.bytes))
        };
        match self {
            Subject::Ascii(v) => {
                let s = v.as_str().unwrap_or("");
                let (a, b) = (a.min(s.len()), b.min(s.len()));
                if a == 0 && b == s.len() && exact(vm, obj) {
                    return obj.clone();
                }
                vm.new_str(&s[a..b.max(a)])
            }
            Subject::Wide(_, chars) => {
                let (a, b) = (a.min(chars.len()), b.min(chars.len()));
                if a == 0 && b == chars.len() && exact(vm, obj) {
                    return obj.clone();
                }
                let s: String = chars[a..b.max(a)]
                    .iter()
                    .map(|&c| super::source::chr(c))
                    .collect();
                vm.new_str(s)
            }
            Subject::Bytes(v) => {
                let bytes = match v.payload() {
                    Some(Payload::Bytes(b)) => &b[..],
                    _ => &[][..],
                };
                let (a, b) = (a.min(bytes.len()), b.min(bytes.len()));
                if a == 0 && b == bytes.len() && exact(vm, obj) {
                    return obj.clone();
                }
                vm.new_bytes(bytes[a..b.max(a)].to_vec())
            }
            Subject::Buffer(v, _) => {
                // Read the object as it is now, as CPython's buffer access does.
                let bytes = match v.payload() {
                    Some(Payload::ByteArray(b)) => b.borrow().clone(),
                    _ => Vec::new(),
                };
                let (a, b) = (a.min(bytes.len()), b.min(bytes.len()));
                vm.new_bytes(bytes[a..b.max(a)].to_vec())
            }
        }
    }
}

/// A matcher over either kind of text.
pub enum AnyMatcher<'a> {
    /// Over bytes.
    Narrow(Matcher<'a, u8>),
    /// Over code points.
    Wide(Matcher<'a, u32>),
}

impl<'a> AnyMatcher<'a> {
    /// A matcher of `prog` over `text[..end]`.
    pub fn new(prog: &'a Program, text: Text<'a>, end: usize, groups: usize) -> Self {
        match text {
            Text::Narrow(t) => AnyMatcher::Narrow(Matcher::new(prog, t, end, groups)),
            Text::Wide(t) => AnyMatcher::Wide(Matcher::new(prog, t, end, groups)),
        }
    }

    /// `re.search` from `start` (KeyboardInterrupt when interrupted).
    pub fn search(&mut self, vm: &mut Vm, start: usize) -> PyResult<Option<Found>> {
        let (found, stopped) = match self {
            AnyMatcher::Narrow(m) => (m.search(start), m.interrupted),
            AnyMatcher::Wide(m) => (m.search(start), m.interrupted),
        };
        finish(vm, found, stopped)
    }

    /// `re.match` at `start` (KeyboardInterrupt when interrupted).
    pub fn match_at(&mut self, vm: &mut Vm, start: usize) -> PyResult<Option<Found>> {
        let (found, stopped) = match self {
            AnyMatcher::Narrow(m) => (m.match_at(start), m.interrupted),
            AnyMatcher::Wide(m) => (m.match_at(start), m.interrupted),
        };
        finish(vm, found, stopped)
    }

    /// Sets whether the match must reach the end (fullmatch).
    pub fn set_match_all(&mut self, on: bool) {
        match self {
            AnyMatcher::Narrow(m) => m.match_all = on,
            AnyMatcher::Wide(m) => m.match_all = on,
        }
    }

    /// Sets whether an empty match at the start is refused.
    pub fn set_must_advance(&mut self, on: bool) {
        match self {
            AnyMatcher::Narrow(m) => m.must_advance = on,
            AnyMatcher::Wide(m) => m.must_advance = on,
        }
    }

    /// `endpos`.
    pub fn end(&self) -> usize {
        match self {
            AnyMatcher::Narrow(m) => m.end(),
            AnyMatcher::Wide(m) => m.end(),
        }
    }
}

/// The result of a search, or the KeyboardInterrupt that stopped it.
fn finish(vm: &mut Vm, found: Option<Found>, stopped: bool) -> PyResult<Option<Found>> {
    if stopped && pvm_vm::interp::INTERRUPT.swap(false, std::sync::atomic::Ordering::Relaxed) {
        let ty = vm.exc_type("KeyboardInterrupt");
        return Err(pvm_vm::exceptions::new_exception(vm, &ty, vec![]));
    }
    Ok(found)
}
