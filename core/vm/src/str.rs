//! The str payload: UTF-8 text with its length in code points and a
//! cached hash (CPython's, so set order matches under PYTHONHASHSEED=0).

use std::cell::Cell;

/// A Python str.
pub struct PyStr {
    text: String,
    chars: usize,
    hash: Cell<i64>,
}

impl PyStr {
    /// Wraps text.
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
            self.text.chars().nth(i).unwrap_or('\0')
        }
    }

    /// The byte offset of code point index `i` (i <= char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i
        } else {
            self.text
                .char_indices()
                .nth(i)
                .map_or(self.text.len(), |(b, _)| b)
        }
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
