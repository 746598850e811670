//! Pass 1 of the symbol table: the scope stack and the recording of what
//! each scope does with each name (CPython's `symtable_add_def` and
//! friends). The visitors are in `visit_stmt.rs` and `visit_expr.rs`.

use super::flags::{SymbolFlags, SymbolScope};
use super::mangle::mangle;
use super::scope::{BlockType, Scope, ScopeId, ScopeKind};
use crate::error::{CompileError, ErrorKind};
use crate::future::FutureFeatures;
use crate::fxhash::str_hash;
use pvm_syntax::ast::{Mod, Pos};

/// CPython's compiler recursion limit: 1000 (the default recursion limit)
/// times `COMPILER_STACK_FRAME_SCALE`, counted over statements, expressions
/// and patterns.
const RECURSION_LIMIT: u32 = 3000;

/// The state of pass 1.
pub(crate) struct Builder<'a> {
    /// Every scope created so far; index 0 is the module.
    pub scopes: Vec<Scope>,
    /// The scopes being visited, innermost last.
    stack: Vec<ScopeId>,
    /// The class name private names are mangled with (`st_private`).
    pub private: Option<String>,
    pub future: &'a FutureFeatures,
    pub errors: Vec<CompileError>,
    depth: u32,
    /// Set once the recursion limit was hit: nothing more is visited.
    pub overflowed: bool,
}

impl<'a> Builder<'a> {
    pub fn new(future: &'a FutureFeatures) -> Builder<'a> {
        Builder {
            scopes: Vec::new(),
            stack: Vec::new(),
            private: None,
            future,
            errors: Vec::new(),
            depth: 0,
            overflowed: false,
        }
    }

    /// Visits a whole module (or interactive input, or expression).
    pub fn visit_mod(&mut self, module: &Mod) {
        self.enter(ScopeKind::Module, "top", Pos::default());
        match module {
            Mod::Module { body, .. } | Mod::Interactive { body } => self.visit_body(body),
            Mod::Expression { body } => self.visit_expr(body),
            Mod::FunctionType { .. } => {}
        }
        self.exit();
    }

    /// The innermost scope being visited.
    pub fn cur(&self) -> ScopeId {
        *self.stack.last().expect("inside a scope")
    }

    /// The innermost scope being visited, mutably.
    pub fn cur_mut(&mut self) -> &mut Scope {
        let id = self.cur();
        &mut self.scopes[id.index()]
    }

    /// The innermost scope being visited.
    pub fn cur_ref(&self) -> &Scope {
        &self.scopes[self.cur().index()]
    }

    /// The scope stack, innermost last.
    pub fn stack(&self) -> &[ScopeId] {
        &self.stack
    }

    /// Opens a new scope nested in the current one (`symtable_enter_block`).
    pub fn enter(&mut self, kind: ScopeKind, name: &str, pos: Pos) -> ScopeId {
        let id = ScopeId(self.scopes.len() as u32);
        let parent = self.stack.last().copied();
        let mut scope = Scope::new(kind, name.to_string(), pos, parent);
        scope.private = self.private.clone();
        if let Some(p) = parent {
            let p = &mut self.scopes[p.index()];
            scope.nested = p.nested || p.kind.block_type() == BlockType::Function;
            // bpo-37757: a walrus is refused anywhere inside a comprehension's
            // iterable, even inside a nested lambda or comprehension.
            scope.comp_iter_expr = p.comp_iter_expr;
            if kind != ScopeKind::Annotation {
                p.children.push(id);
            }
        }
        self.scopes.push(scope);
        self.stack.push(id);
        id
    }

    /// Closes the current scope.
    pub fn exit(&mut self) {
        self.stack.pop();
    }

    /// Records a SyntaxError spanning `pos`.
    pub fn error(&mut self, message: impl Into<String>, pos: Pos) {
        self.errors.push(CompileError::syntax(message, pos));
    }

    /// Counts one level of recursion; false (once with an error) past the limit.
    pub fn descend(&mut self, pos: Pos) -> bool {
        if self.overflowed {
            return false;
        }
        self.depth += 1;
        if self.depth > RECURSION_LIMIT {
            self.overflowed = true;
            self.errors.push(CompileError {
                kind: ErrorKind::RecursionError,
                message: "maximum recursion depth exceeded during compilation".into(),
                pos,
                has_end: true,
            });
            self.depth -= 1;
            return false;
        }
        true
    }

    /// Leaves one level counted by `descend`.
    pub fn ascend(&mut self) {
        self.depth -= 1;
    }

    /// Records `flag` for `name` in the current scope (`symtable_add_def`).
    pub fn add_def(&mut self, name: &str, flag: SymbolFlags, pos: Pos) -> bool {
        self.add_def_in(self.cur(), name, flag, pos)
    }

    /// Records `flag` for `name` in scope `id` (`symtable_add_def_helper`).
    pub fn add_def_in(&mut self, id: ScopeId, name: &str, flag: SymbolFlags, pos: Pos) -> bool {
        let mangled = mangle(self.private.as_deref(), name);
        let scope = &self.scopes[id.index()];
        // One hash lookup serves both the read and the write below.
        let hash = str_hash(&mangled);
        let existing = scope.position_hashed(&mangled, hash);
        let mut val = match existing {
            Some(i) => {
                let sym = &scope.symbols[i as usize];
                if flag.intersects(SymbolFlags::PARAM) && sym.flags.intersects(SymbolFlags::PARAM) {
                    self.error(
                        format!("duplicate argument '{name}' in function definition"),
                        pos,
                    );
                    return false;
                }
                sym.flags | flag
            }
            None => flag,
        };
        if scope.comp_iter_target {
            if val.intersects(SymbolFlags::GLOBAL | SymbolFlags::NONLOCAL) {
                self.error(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    pos,
                );
                return false;
            }
            val |= SymbolFlags::COMP_ITER;
        }
        let scope = &mut self.scopes[id.index()];
        match existing {
            Some(i) => scope.symbols[i as usize].flags = val,
            None => scope.set_new_hashed(&mangled, hash, val, SymbolScope::GlobalImplicit),
        }
        if flag.intersects(SymbolFlags::PARAM) {
            scope.varnames.push(mangled.into_owned());
        } else if flag.intersects(SymbolFlags::GLOBAL) {
            // Every global is also recorded in the module (`st_global`).
            self.scopes[0].add_flags(&mangled, flag);
        }
        true
    }

    /// The flags `name` has so far in the current scope (`symtable_lookup`).
    pub fn lookup(&self, name: &str) -> SymbolFlags {
        self.cur_ref().flags(&mangle(self.private.as_deref(), name))
    }

    /// Remembers where `name` was declared global/nonlocal in the current scope.
    pub fn record_directive(&mut self, name: &str, pos: Pos) {
        let mangled = mangle(self.private.as_deref(), name).into_owned();
        self.cur_mut().directives.push((mangled, pos));
    }
}
