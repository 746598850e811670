//! Annotations as source text, for `from __future__ import annotations`
//! (CPython's `Python/ast_unparse.c`).

use pvm_syntax::ast::Expr;

/// The source text CPython stores for an annotation.
pub fn unparse(e: &Expr) -> String {
    let _ = e;
    String::new()
}
