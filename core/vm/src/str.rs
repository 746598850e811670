//! The str payload: UTF-8 text with its length in code points and a
//! cached hash (CPython's, so set order matches under PYTHONHASHSEED=0).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Non-ASCII strs at least this long get a code point index on their
/// first subscript; shorter ones are scanned.
const INDEXED_MIN_CHARS: usize = 256;

/// The index keeps the byte offset of every this-many code points.
const INDEX_STEP: usize = 64;

/// A code point index: the text's length in bytes (to check the entry is
/// this text's) and the byte offset of every `INDEX_STEP`th code point.
struct CharIndex {
    len: usize,
    offsets: Box<[usize]>,
}

thread_local! {
    /// Code point indexes of long non-ASCII strs, by the address of their
    /// text (stable while the str lives; the entry goes when it is dropped
    /// or appended to). Kept aside so that every str does not pay for it.
    static CHAR_INDEXES: RefCell<pvm_compiler::fxhash::FxHashMap<usize, Rc<CharIndex>>> =
        RefCell::new(Default::default());
}

/// A Python str.
pub struct PyStr {
    text: String,
    chars: usize,
    hash: Cell<i64>,
}

impl PyStr {
    /// A new str object of type `ty` from the parts of a `String`. Out of
    /// line, with `PyStr::new` and the allocation inlined, so the str is
    /// built from registers right into the heap object (no copy of a
    /// just-built struct, whose wide reloads would stall).
    ///
    /// # Safety
    /// `ptr`, `len`, `cap` must be the parts of a `String` the caller gives up.
    #[inline(never)]
    pub(crate) unsafe fn new_object(
        ty: crate::object::ObjRef,
        ptr: *mut u8,
        len: usize,
        cap: usize,
    ) -> crate::object::ObjRef {
        // SAFETY: the caller passes a String's parts and ownership.
        let text = unsafe { String::from_raw_parts(ptr, len, cap) };
        crate::object::ObjRef::new_inlined(ty, crate::payload::Payload::Str(PyStr::new(text)))
    }

    /// Wraps text.
    #[inline(always)]
    pub fn new(text: impl Into<String>) -> PyStr {
        let mut text: String = text.into();
        // Built strings keep a little slack (no realloc per new str); a
        // lot of it is given back.
        if text.capacity() - text.len() > 64 + text.len() / 8 {
            text.shrink_to_fit();
        }
        let chars = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            chars,
            hash: Cell::new(-1),
        }
    }

    /// Appends text (only for a str nobody else can see: refcount 1).
    pub fn append(&mut self, more: &str) {
        self.forget_index();
        if !more.is_ascii() {
            self.chars += more.chars().count();
        } else {
            self.chars += more.len();
        }
        self.text.push_str(more);
        self.hash.set(-1);
    }

    /// The text.
    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// The length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.chars
    }

    /// Whether every code point is ASCII (then byte and char indices agree).
    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.chars == self.text.len()
    }

    /// CPython's `hash()` of the str.
    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = hash_text(&self.text, self.is_ascii());
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0 <= i < char_len).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.text.as_bytes()[i] as char
        } else {
            let at = self.byte_offset(i);
            self.text[at..].chars().next().unwrap_or('\0')
        }
    }

    /// The byte offset of code point index `i` (i <= char_len): direct for
    /// ASCII, through the code point index for long non-ASCII text (O(1)
    /// like CPython's fixed-width strs), by scanning for short text.
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            return i;
        }
        if i >= self.chars {
            return self.text.len();
        }
        let (start, skip) = if self.chars >= INDEXED_MIN_CHARS {
            let index = self.char_index();
            (index.offsets[i / INDEX_STEP], i % INDEX_STEP)
        } else {
            (0, i)
        };
        self.text[start..]
            .char_indices()
            .nth(skip)
            .map_or(self.text.len(), |(b, _)| start + b)
    }

    /// This text's code point index, built on first use.
    fn char_index(&self) -> Rc<CharIndex> {
        let key = self.text.as_ptr() as usize;
        let found = CHAR_INDEXES.with(|t| t.borrow().get(&key).cloned());
        if let Some(index) = found.filter(|x| x.len == self.text.len()) {
            return index;
        }
        let offsets = self
            .text
            .char_indices()
            .step_by(INDEX_STEP)
            .map(|(b, _)| b)
            .collect();
        let index = Rc::new(CharIndex {
            len: self.text.len(),
            offsets,
        });
        CHAR_INDEXES.with(|t| t.borrow_mut().insert(key, index.clone()));
        index
    }

    /// Drops this text's code point index, if it has one.
    fn forget_index(&self) {
        if self.chars >= INDEXED_MIN_CHARS && !self.is_ascii() {
            let key = self.text.as_ptr() as usize;
            // At thread exit the table may be gone already: nothing to forget.
            let _ = CHAR_INDEXES.try_with(|t| t.borrow_mut().remove(&key));
        }
    }
}

impl Drop for PyStr {
    fn drop(&mut self) {
        self.forget_index();
    }
}

/// CPython's str hash: SipHash-1-3 over the narrowest fixed-width form.
pub fn hash_text(text: &str, ascii: bool) -> i64 {
    if ascii {
        return pvm_compiler::pyhash::hash_bytes(text.as_bytes());
    }
    // Lone surrogates hash as their code points (CPython's 2-byte form).
    let cps = crate::surrogates::code_points(text);
    pvm_compiler::pyhash::hash_str(&cps)
}
