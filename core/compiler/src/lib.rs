//! PVM's compiler: CPython 3.11's compiler, from the future-statement pass,
//! the symbol table and the compile-time SyntaxErrors to code generation,
//! the flowgraph optimisations and the assembler, producing code objects
//! with CPython 3.11's instruction set; and `dis`, which shows them as
//! CPython's `dis` module does.
//!
//! The order of the passes is CPython's (`_PyAST_Compile`): future
//! features, then the symbol table (collection, then analysis), then the
//! checks codegen makes. Errors come back in the order CPython would find
//! them, so the first one is the error `compile()` raises; CPython stops
//! there, PVM keeps going and reports the independent errors after it.

mod assemble;
mod check;
pub mod code;
mod codegen;
pub use codegen::Reuse;
pub mod constfold;
pub mod consts;
pub mod dis;
pub mod error;
mod flowgraph;
mod fold;
pub mod future;
pub use pvm_syntax::fxhash;
mod ir;
pub mod marshal;
pub mod opcode;
pub mod pyc;
pub mod pyhash;
pub mod symtable;
pub mod unparse;

pub use code::{CodeObject, Constant};
pub use error::{CompileError, ErrorKind};
pub use future::FutureFeatures;
pub use opcode::Opcode;
pub use symtable::{Scope, ScopeId, ScopeKind, Symbol, SymbolFlags, SymbolScope, SymbolTable};

use pvm_syntax::ast::Mod;

/// Everything the compiler front knows about a module.
#[derive(Clone, Debug)]
pub struct Analysis {
    /// The `from __future__` features the module turns on.
    pub future: FutureFeatures,
    /// The symbol table (complete even when there are errors).
    pub symtable: SymbolTable,
    /// Compile errors, the one CPython raises first.
    pub errors: Vec<CompileError>,
}

/// Runs the compiler front over a module: futures, symbol table, checks.
pub fn analyze(module: &Mod) -> Analysis {
    let (future, mut errors) = match future::parse(module) {
        Ok(f) => (f, Vec::new()),
        Err((f, e)) => (f, vec![e]),
    };
    let (symtable, table_errors) = symtable::build(module, &future);
    let overflowed = table_errors
        .iter()
        .any(|e| e.kind == ErrorKind::RecursionError);
    errors.extend(table_errors);
    if !overflowed {
        errors.extend(check::run(module, &symtable, &future));
    }
    dedup(&mut errors);
    Analysis {
        future,
        symtable,
        errors,
    }
}

/// Compiles a parsed module into its code object, or returns the compile
/// errors (the first is the one CPython raises). `filename` becomes
/// `co_filename`.
pub fn compile(module: &Mod, filename: &str) -> Result<CodeObject, Vec<CompileError>> {
    let analysis = analyze(module);
    if !analysis.errors.is_empty() {
        return Err(analysis.errors);
    }
    Ok(codegen::compile_module(
        module,
        &analysis.symtable,
        &analysis.future,
        filename,
        None,
    ))
}

/// Compiles a module whose analysis found no error, taking the code
/// object of each nested `def`/`class` that `reuse` supplies instead of
/// compiling its body again (the language server's per-function cache).
/// `reuse` must return exactly what codegen would produce for that scope.
pub fn compile_reusing(
    module: &Mod,
    analysis: &Analysis,
    filename: &str,
    reuse: &mut codegen::Reuse<'_>,
) -> CodeObject {
    codegen::compile_module(
        module,
        &analysis.symtable,
        &analysis.future,
        filename,
        Some(reuse),
    )
}

/// The compile errors of a parsed module; the first is the one CPython raises.
pub fn check(module: &Mod) -> Vec<CompileError> {
    analyze(module).errors
}

/// Drops repeated errors (same message at the same place), keeping order.
fn dedup(errors: &mut Vec<CompileError>) {
    let mut seen = std::collections::HashSet::new();
    errors.retain(|e| seen.insert((e.message.clone(), pos_key(e.pos))));
}

fn pos_key(p: pvm_syntax::ast::Pos) -> (u32, u32, u32, u32) {
    (p.lineno, p.col_offset, p.end_lineno, p.end_col_offset)
}
