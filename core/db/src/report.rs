//! Diagnostics: the syntax errors, then the compile errors, as byte ranges.

use crate::front::compile_errors;
use crate::input::{Settings, SourceFile};
use crate::syntax::{ast, line_index};
use pvm_syntax::{TextRange, TextSize};

/// One error of a file, in the order CPython would report them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// The byte range it covers (empty when CPython gives no end).
    pub range: TextRange,
    /// The 1-based line CPython reports (the line of `range`'s start, but
    /// 0 for the few compile errors CPython places nowhere).
    pub line: u32,
    /// The exception class: `SyntaxError`, `IndentationError`, `TabError`, ...
    pub kind: &'static str,
    /// CPython's message.
    pub message: String,
}

/// The file's syntax errors, then (when it parsed) its compile errors, at
/// most [`Settings::max_diagnostics`].
#[salsa::tracked(returns(ref))]
pub fn diagnostics(db: &dyn salsa::Database, file: SourceFile) -> Vec<Diagnostic> {
    let text = file.text(db);
    let index = line_index(db, file);
    let mut out: Vec<Diagnostic> = ast(db, file)
        .errors
        .iter()
        .map(|e| Diagnostic {
            range: e.range,
            line: index.line(e.range.start()),
            kind: e.kind.name(),
            message: e.message.clone(),
        })
        .collect();
    // Compile errors carry AST positions: line and UTF-8 byte column.
    let offset = |line: u32, col: u32| {
        TextSize::from(
            index
                .line_start(line)
                .saturating_add(col)
                .min(text.len() as u32),
        )
    };
    out.extend(compile_errors(db, file).iter().map(|e| {
        let start = offset(e.pos.lineno, e.pos.col_offset);
        let end = if e.has_end {
            offset(e.pos.end_lineno, e.pos.end_col_offset).max(start)
        } else {
            start
        };
        Diagnostic {
            range: TextRange::new(start, end),
            line: e.pos.lineno,
            kind: e.kind.name(),
            message: e.message.clone(),
        }
    }));
    out.truncate(Settings::max_diagnostics_of(db));
    out
}
