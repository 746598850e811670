//! The symbol table: CPython 3.11's scopes and the classification of every
//! name (local, global explicit/implicit, free, cell), built in CPython's
//! two passes (`Python/symtable.c`): `builder` collects what each scope
//! does with each name and raises the errors found on the way; `analyze`
//! decides where each name lives and raises the `nonlocal` errors.
//!
//! Comprehensions and generator expressions are nested function scopes
//! (3.11 does not inline them); their first iterable is evaluated in the
//! enclosing scope and received as the implicit parameter `.0`.

mod analyze;
mod builder;
mod flags;
mod keys;
mod mangle;
mod scope;
mod visit_expr;
mod visit_stmt;

pub use flags::{SymbolFlags, SymbolScope};
pub use mangle::mangle;
pub use scope::{code_flags, BlockType, Scope, ScopeId, ScopeKind, Symbol};

use crate::error::CompileError;
use crate::future::FutureFeatures;
use crate::fxhash::FxHashMap as HashMap;
use pvm_syntax::ast::{Mod, Pos};

/// The scopes of one module, the module first, each child after its parent.
#[derive(Clone, Debug)]
pub struct SymbolTable {
    scopes: Vec<Scope>,
    by_pos: HashMap<(u32, u32, u32, u32), ScopeId>,
    by_key: HashMap<String, ScopeId>,
}

impl SymbolTable {
    /// The module scope.
    pub fn module(&self) -> &Scope {
        &self.scopes[0]
    }

    /// The scope with id `id`.
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.index()]
    }

    /// Every scope with its id (annotation scopes included), parents first.
    pub fn scopes(&self) -> impl Iterator<Item = (ScopeId, &Scope)> {
        self.scopes
            .iter()
            .enumerate()
            .map(|(i, s)| (ScopeId(i as u32), s))
    }

    /// The scope a `def`, `class`, `lambda` or comprehension node at `pos` defines.
    pub fn scope_at(&self, pos: Pos) -> Option<ScopeId> {
        self.by_pos.get(&pos_key(pos)).copied()
    }

    /// The scope with the stable key `key` (see [`Scope::key`]).
    pub fn scope_by_key(&self, key: &str) -> Option<ScopeId> {
        self.by_key.get(key).copied()
    }
}

fn pos_key(p: Pos) -> (u32, u32, u32, u32) {
    (p.lineno, p.col_offset, p.end_lineno, p.end_col_offset)
}

/// Builds and analyses the symbol table of `module`. The errors come in
/// the order CPython finds them; the table is complete even when there are
/// errors, but then it is only as meaningful as the code.
pub fn build(module: &Mod, future: &FutureFeatures) -> (SymbolTable, Vec<CompileError>) {
    let mut b = builder::Builder::new(future);
    b.visit_mod(module);
    let mut errors = std::mem::take(&mut b.errors);
    let mut scopes = b.scopes;
    if !b.overflowed {
        errors.extend(analyze::analyze(&mut scopes));
    }
    keys::assign(&mut scopes);
    let mut by_pos = HashMap::default();
    let mut by_key = HashMap::default();
    for (i, s) in scopes.iter().enumerate() {
        if i > 0 && s.kind != ScopeKind::Annotation {
            by_pos.entry(pos_key(s.pos)).or_insert(ScopeId(i as u32));
        }
        by_key.insert(s.key.clone(), ScopeId(i as u32));
    }
    (
        SymbolTable {
            scopes,
            by_pos,
            by_key,
        },
        errors,
    )
}
