//! The lexer: Python 3.11's lexical grammar, producing every byte of the
//! input as tokens (trivia included) plus zero-width INDENT/DEDENT tokens.
//!
//! Errors follow CPython's tokenizer: the same messages, reported at the
//! same points. The lexer never stops at an error; it records it and goes on.

mod number;
mod string;

use crate::error::{ErrorKind, SyntaxError};
use crate::SyntaxKind::{self, *};
use rowan::{TextRange, TextSize};

/// Bytes that continue a name: ASCII letters, digits and `_`, and every
/// byte of a non-ASCII character (checked afterwards). A table, since the
/// lexer asks for every byte of every name.
const IDENTIFIER_BYTE: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80;
        b += 1;
    }
    t
};

/// CPython refuses deeper bracket nesting than this.
const MAX_PAREN_DEPTH: usize = 200;
/// CPython refuses deeper indentation than this.
const MAX_INDENT_DEPTH: usize = 100;

/// The lexer's output: token kinds with their start offsets, and errors.
#[derive(Debug, Default)]
pub struct Lexed {
    kinds: Vec<SyntaxKind>,
    starts: Vec<u32>,
    /// Errors in source order.
    pub errors: Vec<SyntaxError>,
}

impl Lexed {
    /// The number of tokens (including the final zero-width EOF).
    pub fn len(&self) -> usize {
        self.kinds.len()
    }

    /// True when there are no tokens at all (never after `lex`).
    pub fn is_empty(&self) -> bool {
        self.kinds.is_empty()
    }

    /// The kind of token `i`.
    pub fn kind(&self, i: usize) -> SyntaxKind {
        self.kinds[i]
    }

    /// All token kinds.
    pub fn kinds(&self) -> &[SyntaxKind] {
        &self.kinds
    }

    /// Where each token starts, and then the end of the text (one more
    /// entry than tokens: token `i` ends where `i + 1` starts).
    pub(crate) fn starts(&self) -> &[u32] {
        &self.starts
    }

    /// The byte range of token `i`.
    pub fn range(&self, i: usize) -> TextRange {
        TextRange::new(self.starts[i].into(), self.starts[i + 1].into())
    }

    /// The text of token `i` within `src`.
    pub fn text<'a>(&self, src: &'a str, i: usize) -> &'a str {
        &src[self.starts[i] as usize..self.starts[i + 1] as usize]
    }
}

/// Splits `src` into tokens. The tokens cover `src` exactly.
pub fn lex(src: &str) -> Lexed {
    let mut lexer = Lexer {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        out: Lexed {
            kinds: Vec::with_capacity(src.len() / 3),
            starts: Vec::with_capacity(src.len() / 3 + 1),
            errors: Vec::new(),
        },
        indents: vec![Indent { col: 0, alt: 0 }],
        brackets: Vec::new(),
        at_line_start: true,
        line_has_token: false,
        line: 1,
    };
    lexer.run();
    lexer.out
}

#[derive(Clone, Copy)]
struct Indent {
    /// Column with tabs to the next multiple of 8.
    col: u32,
    /// Column with tabs counted as 1: differs in order when tabs and spaces mix.
    alt: u32,
}

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    out: Lexed,
    indents: Vec<Indent>,
    /// Open brackets: the byte, its offset and its line.
    brackets: Vec<(u8, usize, u32)>,
    at_line_start: bool,
    /// Whether the current logical line has a real token (NEWLINE vs NL).
    line_has_token: bool,
    /// The 1-based line of `pos`.
    line: u32,
}

impl<'a> Lexer<'a> {
    fn run(&mut self) {
        if self.src.starts_with('\u{feff}') {
            self.push(BOM, 3);
        }
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                self.line_start();
            }
            let Some(&c) = self.bytes.get(self.pos) else {
                break;
            };
            match c {
                b' ' | b'\t' | b'\x0c' => {
                    let n = self.count_while(self.pos, |b| matches!(b, b' ' | b'\t' | b'\x0c'));
                    self.push(WHITESPACE, n);
                }
                b'#' => {
                    let n = self.count_while(self.pos, |b| b != b'\n' && b != b'\r');
                    self.push(COMMENT, n);
                }
                b'\n' | b'\r' => self.newline(),
                b'\\' => self.backslash(),
                b'\'' | b'"' => self.string(0),
                b'0'..=b'9' => self.number(),
                b'.' if self.peek(1).is_some_and(|b| b.is_ascii_digit()) => self.number(),
                b'a'..=b'z' | b'A'..=b'Z' | b'_' | 0x80.. => self.name_or_string(),
                _ => self.operator(),
            }
        }
        self.finish();
    }

    fn peek(&self, n: usize) -> Option<u8> {
        self.bytes.get(self.pos + n).copied()
    }

    fn count_while(&self, from: usize, f: impl Fn(u8) -> bool) -> usize {
        self.bytes[from..].iter().take_while(|&&b| f(b)).count() + from - self.pos
    }

    /// Pushes a token of `len` bytes at the current position.
    fn push(&mut self, kind: SyntaxKind, len: usize) {
        self.out.kinds.push(kind);
        self.out.starts.push(self.pos as u32);
        self.pos += len;
        if !kind.is_trivia() && !matches!(kind, NEWLINE | INDENT | DEDENT | EOF) {
            self.line_has_token = true;
        }
    }

    fn error_at(&mut self, kind: ErrorKind, message: impl Into<String>, range: TextRange) {
        self.out
            .errors
            .push(SyntaxError::new(message, range).with_kind(kind));
    }

    fn error_point(&mut self, message: impl Into<String>, at: usize) {
        let at = TextSize::from(at as u32);
        self.error_at(ErrorKind::SyntaxError, message, TextRange::empty(at));
    }

    /// Handles indentation at the start of a logical line.
    fn line_start(&mut self) {
        let (mut col, mut alt) = (0u32, 0u32);
        let mut i = self.pos;
        while let Some(&b) = self.bytes.get(i) {
            match b {
                b' ' => {
                    col += 1;
                    alt += 1;
                }
                b'\t' => {
                    col = (col / 8 + 1) * 8;
                    alt += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt = 0;
                }
                _ => break,
            }
            i += 1;
        }
        if i > self.pos {
            self.push(WHITESPACE, i - self.pos);
        }
        // Blank and comment-only lines do not take part in indentation.
        match self.bytes.get(i) {
            None | Some(b'#' | b'\n' | b'\r') => return,
            Some(b'\\') if matches!(self.bytes.get(i + 1), Some(b'\n' | b'\r')) => return,
            _ => {}
        }
        let top = *self.indents.last().unwrap();
        let here = TextSize::from(i as u32);
        if col == top.col {
            if alt != top.alt {
                self.tab_error(here);
            }
        } else if col > top.col {
            if alt <= top.alt {
                self.tab_error(here);
            }
            if self.indents.len() >= MAX_INDENT_DEPTH {
                self.error_at(
                    ErrorKind::IndentationError,
                    "too many levels of indentation",
                    TextRange::empty(here),
                );
            }
            self.indents.push(Indent { col, alt });
            self.push(INDENT, 0);
        } else {
            while self.indents.len() > 1 && col < self.indents.last().unwrap().col {
                self.indents.pop();
                self.push(DEDENT, 0);
            }
            let top = *self.indents.last().unwrap();
            if col != top.col {
                self.error_at(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    TextRange::empty(here),
                );
            } else if alt != top.alt {
                self.tab_error(here);
            }
        }
    }

    fn tab_error(&mut self, at: TextSize) {
        self.error_at(
            ErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            TextRange::empty(at),
        );
    }

    fn newline(&mut self) {
        let len = if self.bytes[self.pos] == b'\r' && self.peek(1) == Some(b'\n') {
            2
        } else {
            1
        };
        let logical = self.brackets.is_empty() && self.line_has_token;
        self.push(if logical { NEWLINE } else { NL }, len);
        self.line += 1;
        if logical {
            self.line_has_token = false;
        }
        if self.brackets.is_empty() {
            self.at_line_start = true;
        }
    }

    fn backslash(&mut self) {
        match self.peek(1) {
            Some(b'\n' | b'\r') => {
                let len = if self.peek(1) == Some(b'\r') && self.peek(2) == Some(b'\n') {
                    3
                } else {
                    2
                };
                if self.pos + len >= self.bytes.len() {
                    // A continuation with nothing after it.
                    self.error_point("unexpected EOF while parsing", self.pos);
                }
                self.push(LINE_CONTINUATION, len);
                self.line += 1;
            }
            None => {
                self.error_point("unexpected EOF while parsing", self.pos);
                self.push(ERROR_TOKEN, 1);
            }
            Some(_) => {
                self.error_point(
                    "unexpected character after line continuation character",
                    self.pos + 1,
                );
                self.push(ERROR_TOKEN, 1);
            }
        }
    }

    fn name_or_string(&mut self) {
        // A short run of letters right before a quote may be a string prefix.
        let prefix_len = self.count_while(self.pos, |b| b.is_ascii_alphabetic());
        if prefix_len <= 2 && matches!(self.bytes.get(self.pos + prefix_len), Some(b'\'' | b'"')) {
            let prefix = &self.src[self.pos..self.pos + prefix_len];
            if string::is_valid_prefix(prefix) {
                self.string(prefix_len);
                return;
            }
        }
        let start = self.pos;
        // The letters already counted are part of the name (the count is
        // from `start`).
        let len = self.count_while(start + prefix_len, |b| IDENTIFIER_BYTE[b as usize]);
        let text = &self.src[start..start + len];
        if !text.is_ascii() {
            if let Some((offset, c)) = invalid_identifier_char(text) {
                let at = start + offset;
                let message = if is_printable(c) {
                    format!("invalid character '{c}' (U+{:04X})", c as u32)
                } else {
                    format!("invalid non-printable character U+{:04X}", c as u32)
                };
                self.error_point(message, at);
                if offset > 0 {
                    self.push(NAME, offset);
                }
                self.push(ERROR_TOKEN, c.len_utf8());
                return;
            }
        }
        let kind = SyntaxKind::from_keyword(text).unwrap_or(NAME);
        self.push(kind, len);
    }

    fn operator(&mut self) {
        let c = self.bytes[self.pos];
        let n1 = self.peek(1).unwrap_or(0);
        let n2 = self.peek(2).unwrap_or(0);
        let (kind, len) = match (c, n1, n2) {
            (b'(', ..) => (LPAR, 1),
            (b')', ..) => (RPAR, 1),
            (b'[', ..) => (LSQB, 1),
            (b']', ..) => (RSQB, 1),
            (b'{', ..) => (LBRACE, 1),
            (b'}', ..) => (RBRACE, 1),
            (b':', b'=', _) => (COLONEQUAL, 2),
            (b':', ..) => (COLON, 1),
            (b',', ..) => (COMMA, 1),
            (b';', ..) => (SEMI, 1),
            (b'+', b'=', _) => (PLUSEQUAL, 2),
            (b'+', ..) => (PLUS, 1),
            (b'-', b'=', _) => (MINEQUAL, 2),
            (b'-', b'>', _) => (RARROW, 2),
            (b'-', ..) => (MINUS, 1),
            (b'*', b'*', b'=') => (DOUBLESTAREQUAL, 3),
            (b'*', b'*', _) => (DOUBLESTAR, 2),
            (b'*', b'=', _) => (STAREQUAL, 2),
            (b'*', ..) => (STAR, 1),
            (b'/', b'/', b'=') => (DOUBLESLASHEQUAL, 3),
            (b'/', b'/', _) => (DOUBLESLASH, 2),
            (b'/', b'=', _) => (SLASHEQUAL, 2),
            (b'/', ..) => (SLASH, 1),
            (b'|', b'=', _) => (VBAREQUAL, 2),
            (b'|', ..) => (VBAR, 1),
            (b'&', b'=', _) => (AMPEREQUAL, 2),
            (b'&', ..) => (AMPER, 1),
            (b'<', b'<', b'=') => (LEFTSHIFTEQUAL, 3),
            (b'<', b'<', _) => (LEFTSHIFT, 2),
            (b'<', b'=', _) => (LESSEQUAL, 2),
            (b'<', ..) => (LESS, 1),
            (b'>', b'>', b'=') => (RIGHTSHIFTEQUAL, 3),
            (b'>', b'>', _) => (RIGHTSHIFT, 2),
            (b'>', b'=', _) => (GREATEREQUAL, 2),
            (b'>', ..) => (GREATER, 1),
            (b'=', b'=', _) => (EQEQUAL, 2),
            (b'=', ..) => (EQUAL, 1),
            (b'!', b'=', _) => (NOTEQUAL, 2),
            (b'!', ..) => (EXCLAMATION, 1),
            (b'.', b'.', b'.') => (ELLIPSIS, 3),
            (b'.', ..) => (DOT, 1),
            (b'%', b'=', _) => (PERCENTEQUAL, 2),
            (b'%', ..) => (PERCENT, 1),
            (b'~', ..) => (TILDE, 1),
            (b'^', b'=', _) => (CIRCUMFLEXEQUAL, 2),
            (b'^', ..) => (CIRCUMFLEX, 1),
            (b'@', b'=', _) => (ATEQUAL, 2),
            (b'@', ..) => (AT, 1),
            _ => {
                // `$`, `?` and a backtick are left to the parser ("invalid
                // syntax"); a control character is the tokenizer's error.
                if c < 0x20 || c == 0x7f {
                    self.error_point(
                        format!("invalid non-printable character U+{:04X}", c),
                        self.pos,
                    );
                }
                (ERROR_TOKEN, 1)
            }
        };
        match kind {
            LPAR | LSQB | LBRACE => {
                if self.brackets.len() >= MAX_PAREN_DEPTH {
                    self.error_point("too many nested parentheses", self.pos);
                }
                self.brackets.push((c, self.pos, self.line));
            }
            RPAR | RSQB | RBRACE => self.close_bracket(c),
            _ => {}
        }
        self.push(kind, len);
    }

    fn close_bracket(&mut self, c: u8) {
        let at = self.pos;
        match self.brackets.pop() {
            None => self.error_point(format!("unmatched '{}'", c as char), at),
            Some((open, _, open_line)) if closer(open) != c => {
                let message = if open_line != self.line {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}' on line {open_line}",
                        c as char, open as char
                    )
                } else {
                    format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        c as char, open as char
                    )
                };
                self.error_point(message, at);
            }
            Some(_) => {}
        }
    }

    fn finish(&mut self) {
        // Like CPython's tokenizer at end of input: the innermost bracket
        // still open is the one reported.
        if let Some(&(open, at, _)) = self.brackets.last() {
            self.error_point(format!("'{}' was never closed", open as char), at);
        }
        if self.line_has_token {
            self.push(NEWLINE, 0);
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(DEDENT, 0);
        }
        self.push(EOF, 0);
        self.out.starts.push(self.pos as u32);
    }
}

fn closer(open: u8) -> u8 {
    match open {
        b'(' => b')',
        b'[' => b']',
        _ => b'}',
    }
}

/// The first character that makes `text` an invalid identifier, with its offset.
fn invalid_identifier_char(text: &str) -> Option<(usize, char)> {
    let mut chars = text.char_indices();
    let valid = |i: usize, c: char| {
        if i == 0 {
            c == '_' || unicode_ident::is_xid_start(c)
        } else {
            unicode_ident::is_xid_continue(c)
        }
    };
    if chars.all(|(i, c)| valid(i, c)) {
        return None;
    }
    // Some characters only become identifier characters after NFKC.
    use unicode_normalization::UnicodeNormalization;
    let normalized: String = text.nfkc().collect();
    if normalized.char_indices().all(|(i, c)| valid(i, c)) {
        return None;
    }
    text.char_indices()
        .find(|&(i, c)| !(valid(i, c) || (i > 0 && c.is_ascii_alphanumeric())))
        .or_else(|| text.char_indices().next())
}

/// Python's notion of a printable character, close enough for error messages.
pub(crate) fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c as u32, 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB | 0xE000..=0xF8FF))
}
