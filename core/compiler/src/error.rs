//! Compile errors: CPython's exception type, message and AST position.

use pvm_syntax::ast::Pos;

/// The exception class CPython raises for a compile error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `SyntaxError`: every rule of the compiler front.
    SyntaxError,
    /// `RecursionError`: "maximum recursion depth exceeded during compilation".
    RecursionError,
}

impl ErrorKind {
    /// The Python exception class name.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::RecursionError => "RecursionError",
        }
    }
}

/// One compile error at the position of the AST node CPython blames.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    /// The exception class.
    pub kind: ErrorKind,
    /// CPython's message, without location.
    pub message: String,
    /// Where: lines 1-based, columns 0-based UTF-8 byte offsets (as in the AST).
    pub pos: Pos,
    /// False when CPython reports no end position (future-statement errors).
    pub has_end: bool,
}

impl CompileError {
    /// A SyntaxError spanning `pos`.
    pub fn syntax(message: impl Into<String>, pos: Pos) -> CompileError {
        CompileError {
            kind: ErrorKind::SyntaxError,
            message: message.into(),
            pos,
            has_end: true,
        }
    }

    /// A SyntaxError that points at the start of `pos` only.
    pub fn syntax_at(message: impl Into<String>, lineno: u32, col_offset: u32) -> CompileError {
        CompileError {
            kind: ErrorKind::SyntaxError,
            message: message.into(),
            pos: Pos {
                lineno,
                col_offset,
                end_lineno: lineno,
                end_col_offset: col_offset,
            },
            has_end: false,
        }
    }

    /// The 1-based line CPython reports.
    pub fn line(&self) -> u32 {
        self.pos.lineno
    }
}
