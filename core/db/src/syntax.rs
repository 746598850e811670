//! The syntax queries: the lossless tree, the AST and the line index.

use crate::input::SourceFile;
use pvm_syntax::ast::Mod;
use pvm_syntax::{LineIndex, Parse, SyntaxError};

/// The lossless CST and the parser's and tokenizer's errors. Never equal
/// after an edit that matters, so not compared (`no_eq`).
#[salsa::tracked(returns(ref), no_eq)]
pub fn parse(db: &dyn salsa::Database, file: SourceFile) -> Parse {
    pvm_syntax::parse(file.text(db))
}

/// A module lowered to CPython's AST, with every syntax error.
#[derive(Clone, Debug, PartialEq)]
pub struct Lowered {
    /// The AST (complete even when there are errors).
    pub module: Mod,
    /// Syntax errors of every stage, CPython's first.
    pub errors: Vec<SyntaxError>,
}

/// The AST and all syntax errors, from the [`parse`] tree. Compared, so an
/// edit of a comment stops here.
#[salsa::tracked(returns(ref))]
pub fn ast(db: &dyn salsa::Database, file: SourceFile) -> Lowered {
    let (module, errors) = pvm_syntax::lower_parsed(parse(db, file), file.text(db));
    Lowered { module, errors }
}

/// Line starts of the text, for offset ↔ position conversions.
#[salsa::tracked(returns(ref))]
pub fn line_index(db: &dyn salsa::Database, file: SourceFile) -> LineIndex {
    LineIndex::new(file.text(db))
}
