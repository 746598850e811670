//! Syntax errors with CPython's exception types and messages.

use rowan::TextRange;

/// Which exception CPython raises for an error.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrorKind {
    /// `SyntaxError`.
    SyntaxError,
    /// `IndentationError` (a subclass of SyntaxError).
    IndentationError,
    /// `TabError` (a subclass of IndentationError).
    TabError,
}

impl ErrorKind {
    /// The exception class name, as CPython prints it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
        }
    }
}

/// One syntax error: its type, CPython's message and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// The exception type.
    pub kind: ErrorKind,
    /// The message, exactly as CPython words it.
    pub message: String,
    /// The byte range the error covers (may be empty).
    pub range: TextRange,
}

impl SyntaxError {
    /// A `SyntaxError` with `message` over `range`.
    pub fn new(message: impl Into<String>, range: TextRange) -> SyntaxError {
        SyntaxError {
            kind: ErrorKind::SyntaxError,
            message: message.into(),
            range,
        }
    }

    /// The same error with another exception type.
    pub fn with_kind(mut self, kind: ErrorKind) -> SyntaxError {
        self.kind = kind;
        self
    }
}
