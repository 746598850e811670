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
    /// `RecursionError`: a source nested deeper than the tools allow.
    RecursionError,
}

impl ErrorKind {
    /// The exception class name, as CPython prints it.
    pub fn name(self) -> &'static str {
        match self {
            ErrorKind::SyntaxError => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::RecursionError => "RecursionError",
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

/// Orders errors so the first is the one CPython 3.11 would raise.
///
/// CPython stops at its first error, but which one that is depends on the
/// stage: the parser fails at a token; after a parser error it tokenizes
/// the rest of the file, and a tokenizer error found there wins; an
/// indentation error stops tokenizing where it is; "'(' was never closed"
/// is only known at the end of the file. Further errors follow by position.
pub fn order_errors(lexer: &[SyntaxError], parser: &[SyntaxError], text: &str) -> Vec<SyntaxError> {
    let text_len = text.len();
    let mut all: Vec<(bool, &SyntaxError)> = lexer
        .iter()
        .map(|e| (true, e))
        .chain(parser.iter().map(|e| (false, e)))
        .collect();
    all.sort_by_key(|(is_lexer, e)| (e.range.start(), !*is_lexer));
    let at_eof = |e: &SyntaxError| usize::from(e.range.start()) >= text_len;
    let primary = all
        .iter()
        .position(|(is_lexer, e)| {
            !((*is_lexer && is_deferred(e)) || (!*is_lexer && at_eof(e) && has_deferred(lexer)))
        })
        .map(|first| {
            let (is_lexer, e) = all[first];
            if is_lexer {
                return first;
            }
            // A parser error on a later line than a bracket that is never
            // closed is reported as the unclosed bracket.
            if let Some(i) = all.iter().position(|(lex, d)| {
                *lex && is_deferred(d) && d.range.start() < e.range.start() && {
                    let between = &text
                        [usize::from(d.range.start())..usize::from(e.range.start()).min(text_len)];
                    between.contains(['\n', '\r'])
                }
            }) {
                return i;
            }
            // A later tokenizer error that raises replaces a parser error.
            all.iter()
                .enumerate()
                .skip(first)
                .find(|(_, (lex, e))| *lex && raises(e))
                .map_or(first, |(i, _)| i)
        })
        .or_else(|| all.iter().position(|(lex, e)| *lex && is_deferred(e)))
        .or(if all.is_empty() { None } else { Some(0) });
    let mut out: Vec<SyntaxError> = Vec::with_capacity(all.len());
    if let Some(i) = primary {
        out.push(all[i].1.clone());
        out.extend(
            all.iter()
                .enumerate()
                .filter(|&(j, _)| j != i)
                .map(|(_, (_, e))| (*e).clone()),
        );
    }
    out
}

/// "'(' was never closed": only reported when the parser reaches the end.
fn is_deferred(e: &SyntaxError) -> bool {
    e.message.ends_with("was never closed")
}

fn has_deferred(lexer: &[SyntaxError]) -> bool {
    lexer.iter().any(is_deferred)
}

/// Tokenizer errors that raise at once (as opposed to status codes the
/// parser turns into errors only when it gets there).
fn raises(e: &SyntaxError) -> bool {
    e.kind == ErrorKind::SyntaxError
        && !is_deferred(e)
        && !matches!(
            e.message.as_str(),
            "unexpected character after line continuation character"
                | "unexpected EOF while parsing"
        )
}
