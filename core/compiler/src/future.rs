//! `from __future__ import ...`: the features a module turns on, and the
//! errors of CPython's future pass (`Python/future.c`), which runs before
//! the symbol table.

use crate::error::CompileError;
use pvm_syntax::ast::{Constant, ExprKind, Mod, Stmt, StmtKind};

/// The features recognised by Python 3.11; all but two are no-ops.
const FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// The future features of one module.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct FutureFeatures {
    /// `from __future__ import annotations` (PEP 563): annotations are not evaluated.
    pub annotations: bool,
    /// `from __future__ import barry_as_FLUFL`.
    pub barry_as_flufl: bool,
    /// Line of the last future statement of the leading block (0 if none);
    /// a future import on a later line is an error of codegen.
    pub lineno: u32,
}

/// Whether `body` starts with a docstring (CPython's `_PyAST_GetDocString`).
pub fn has_docstring(body: &[Stmt]) -> bool {
    matches!(
        body.first().map(|s| &s.kind),
        Some(StmtKind::Expr { value }) if matches!(
            &value.kind,
            ExprKind::Constant { value: Constant::Str(_) | Constant::SurrogateStr(_), .. }
        )
    )
}

/// Reads the leading future statements. On error, the features found so
/// far and the error CPython raises.
pub fn parse(module: &Mod) -> Result<FutureFeatures, (FutureFeatures, CompileError)> {
    let mut ff = FutureFeatures::default();
    let body = match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => body,
        _ => return Ok(ff),
    };
    let start = usize::from(has_docstring(body));
    let (mut done, mut prev_line) = (false, 0);
    for s in &body[start..] {
        if done && s.pos.lineno > prev_line {
            break;
        }
        prev_line = s.pos.lineno;
        match &s.kind {
            StmtKind::ImportFrom {
                module: Some(m),
                names,
                ..
            } if m == "__future__" => {
                if done {
                    // Codegen would report this line again: mark it as seen.
                    ff.lineno = s.pos.lineno;
                    // future.c reports the 0-based column as the 1-based offset.
                    let e = CompileError::syntax_at(
                        "from __future__ imports must occur at the beginning of the file",
                        s.pos.lineno,
                        s.pos.col_offset.saturating_sub(1),
                    );
                    return Err((ff, e));
                }
                for alias in names {
                    let feature = alias.name.as_str();
                    match feature {
                        "annotations" => ff.annotations = true,
                        "barry_as_FLUFL" => ff.barry_as_flufl = true,
                        f if FEATURES.contains(&f) => {}
                        _ => {
                            let message = if feature == "braces" {
                                "not a chance".to_string()
                            } else {
                                format!("future feature {feature} is not defined")
                            };
                            let e =
                                CompileError::syntax_at(message, s.pos.lineno, s.pos.col_offset);
                            ff.lineno = s.pos.lineno;
                            return Err((ff, e));
                        }
                    }
                }
                ff.lineno = s.pos.lineno;
            }
            _ => done = true,
        }
    }
    Ok(ff)
}
