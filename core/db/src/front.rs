//! The compiler front: futures, symbol tables and compile errors.

use crate::input::SourceFile;
use crate::syntax::ast;
use pvm_compiler::{Analysis, CompileError};
use std::sync::Arc;

/// The compiler front's view of the module (symbol table complete even
/// with errors). Not comparable, so not compared.
#[salsa::tracked(returns(ref), no_eq)]
pub fn analysis(db: &dyn salsa::Database, file: SourceFile) -> Arc<Analysis> {
    Arc::new(pvm_compiler::analyze(&ast(db, file).module))
}

/// The compile errors, CPython's first; like CPython, none while the file
/// has syntax errors (it compiles only what parsed).
#[salsa::tracked(returns(ref))]
pub fn compile_errors(db: &dyn salsa::Database, file: SourceFile) -> Vec<CompileError> {
    if !ast(db, file).errors.is_empty() {
        return Vec::new();
    }
    analysis(db, file).errors.clone()
}
