//! One scope of the symbol table (CPython's `PySTEntryObject`).

use super::flags::{SymbolFlags, SymbolScope};
use crate::code::Name;
use crate::fxhash::{str_hash, FxHashMap as HashMap};
use pvm_syntax::ast::Pos;

/// Index of a scope in its [`SymbolTable`](super::SymbolTable); the module is 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ScopeId(pub u32);

impl ScopeId {
    /// The module scope.
    pub const MODULE: ScopeId = ScopeId(0);

    /// The position in the table's scope list.
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What kind of code block a scope is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScopeKind {
    /// The module.
    Module,
    /// A class body.
    Class,
    /// A `def`.
    Function,
    /// An `async def`.
    AsyncFunction,
    /// A `lambda`.
    Lambda,
    /// A list comprehension (a nested function in 3.11).
    ListComp,
    /// A set comprehension.
    SetComp,
    /// A dict comprehension.
    DictComp,
    /// A generator expression.
    GenExpr,
    /// An annotation under `from __future__ import annotations`: never
    /// compiled, kept out of its parent's children (CPython's `AnnotationBlock`).
    Annotation,
}

/// CPython's `_Py_block_ty`: the three kinds of namespace, plus annotations.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BlockType {
    /// `FunctionBlock`: functions, lambdas and comprehensions (fast locals).
    Function,
    /// `ClassBlock`.
    Class,
    /// `ModuleBlock`.
    Module,
    /// `AnnotationBlock`.
    Annotation,
}

impl ScopeKind {
    /// CPython's block type of this kind of scope.
    pub fn block_type(self) -> BlockType {
        match self {
            ScopeKind::Module => BlockType::Module,
            ScopeKind::Class => BlockType::Class,
            ScopeKind::Annotation => BlockType::Annotation,
            _ => BlockType::Function,
        }
    }

    /// Whether this is a comprehension or generator expression.
    pub fn is_comprehension(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp | ScopeKind::SetComp | ScopeKind::DictComp | ScopeKind::GenExpr
        )
    }

    /// CPython's `ste_name` for kinds whose name is fixed (`top`, `lambda`, `listcomp`, ...).
    pub fn fixed_name(self) -> Option<&'static str> {
        Some(match self {
            ScopeKind::Module => "top",
            ScopeKind::Lambda => "lambda",
            ScopeKind::ListComp => "listcomp",
            ScopeKind::SetComp => "setcomp",
            ScopeKind::DictComp => "dictcomp",
            ScopeKind::GenExpr => "genexpr",
            ScopeKind::Annotation => "_annotation",
            _ => return None,
        })
    }
}

/// One name of a scope: what the scope does with it and where it lives.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Symbol {
    /// The name, mangled when it is private to a class (`__x` in `C` is `_C__x`).
    /// Inline when short (see [`Name`]): the analysis copies each scope's
    /// names down to every nested scope, and a copy then allocates nothing.
    pub name: Name,
    /// What the scope does with the name.
    pub flags: SymbolFlags,
    /// Where the name lives, decided by the analysis.
    pub scope: SymbolScope,
}

/// A scope: its names, its nested scopes and the facts codegen needs.
#[derive(Clone, Debug)]
pub struct Scope {
    /// What kind of block this is.
    pub kind: ScopeKind,
    /// CPython's `ste_name`: the def/class name, or `top`, `lambda`, `listcomp`, ...
    pub name: String,
    /// CPython's `co_qualname` for this scope's code object (`f.<locals>.g`).
    pub qualname: String,
    /// A key unique in the table and stable across runs: the qualname, with
    /// `#2`, `#3`, ... appended to later scopes that share it.
    pub key: String,
    /// The defining node's position (the module's is all zeros).
    pub pos: Pos,
    /// The enclosing scope (None for the module).
    pub parent: Option<ScopeId>,
    /// Nested scopes in the order CPython's symtable visits them.
    pub children: Vec<ScopeId>,
    /// Parameter names in order: positional-only, positional, keyword-only, `*args`, `**kwargs`
    /// (a comprehension has the implicit `.0`).
    pub varnames: Vec<String>,
    /// `ste_nested`: inside a function-like scope.
    pub nested: bool,
    /// `ste_generator`: contains `yield` (or is a generator expression).
    pub generator: bool,
    /// `ste_coroutine`: async def, or contains `await` / `async for` / an async comprehension.
    pub coroutine: bool,
    /// `ste_varargs`: has `*args`.
    pub varargs: bool,
    /// `ste_varkeywords`: has `**kwargs`.
    pub varkeywords: bool,
    /// `ste_returns_value`: has `return value`.
    pub returns_value: bool,
    /// `ste_free`: has free variables.
    pub has_free: bool,
    /// `ste_child_free`: a nested scope has free variables.
    pub child_free: bool,
    /// `ste_needs_class_closure`: a class whose methods use `__class__` (or `super`).
    pub needs_class_closure: bool,
    /// The class name private names are mangled with inside this scope.
    pub private: Option<String>,
    pub(crate) symbols: Vec<Symbol>,
    /// Symbols by name hash: the last symbol added with that hash; `chain`
    /// links symbols of equal hash (names are stored once, in `symbols`).
    index: HashMap<u64, u32>,
    chain: Vec<u32>,
    /// `global`/`nonlocal` directives (and walrus bindings): name and statement position.
    pub(crate) directives: Vec<(String, Pos)>,
    pub(crate) comp_iter_target: bool,
    pub(crate) comp_iter_expr: u32,
}

/// `co_flags` bits computed from the symbol table (`compute_code_flags`).
pub mod code_flags {
    /// `CO_OPTIMIZED`.
    pub const OPTIMIZED: u32 = 0x1;
    /// `CO_NEWLOCALS`.
    pub const NEWLOCALS: u32 = 0x2;
    /// `CO_VARARGS`.
    pub const VARARGS: u32 = 0x4;
    /// `CO_VARKEYWORDS`.
    pub const VARKEYWORDS: u32 = 0x8;
    /// `CO_NESTED`.
    pub const NESTED: u32 = 0x10;
    /// `CO_GENERATOR`.
    pub const GENERATOR: u32 = 0x20;
    /// `CO_COROUTINE`.
    pub const COROUTINE: u32 = 0x80;
    /// `CO_ASYNC_GENERATOR`.
    pub const ASYNC_GENERATOR: u32 = 0x200;
    /// Any of the flags whose code, called, returns a generator, coroutine
    /// or async generator instead of running (`RETURN_GENERATOR` first).
    pub const RESUMABLE: u32 = GENERATOR | COROUTINE | ASYNC_GENERATOR;
}

impl Scope {
    pub(crate) fn new(kind: ScopeKind, name: String, pos: Pos, parent: Option<ScopeId>) -> Scope {
        Scope {
            kind,
            name,
            qualname: String::new(),
            key: String::new(),
            pos,
            parent,
            children: Vec::new(),
            varnames: Vec::new(),
            nested: false,
            generator: false,
            coroutine: false,
            varargs: false,
            varkeywords: false,
            returns_value: false,
            has_free: false,
            child_free: false,
            needs_class_closure: false,
            private: None,
            symbols: Vec::new(),
            index: HashMap::default(),
            chain: Vec::new(),
            directives: Vec::new(),
            comp_iter_target: false,
            comp_iter_expr: 0,
        }
    }

    /// The names of this scope, in the order CPython records them.
    pub fn symbols(&self) -> &[Symbol] {
        &self.symbols
    }

    /// The symbol for `name` (already mangled), if the scope has it.
    pub fn lookup(&self, name: &str) -> Option<&Symbol> {
        self.position(name).map(|i| &self.symbols[i as usize])
    }

    /// The flags of `name`, empty when the scope does not know it.
    pub fn flags(&self, name: &str) -> SymbolFlags {
        self.lookup(name).map_or(SymbolFlags::empty(), |s| s.flags)
    }

    /// The scope of `name`, if the scope has it.
    pub fn scope_of(&self, name: &str) -> Option<SymbolScope> {
        self.lookup(name).map(|s| s.scope)
    }

    /// [`Scope::scope_of`] with `name`'s [`str_hash`] already taken.
    pub(crate) fn scope_of_hashed(&self, name: &str, hash: u64) -> Option<SymbolScope> {
        self.position_hashed(name, hash)
            .map(|i| self.symbols[i as usize].scope)
    }

    /// Whether this is a function, lambda or comprehension (CPython's FunctionBlock).
    pub fn is_function_like(&self) -> bool {
        self.kind.block_type() == BlockType::Function
    }

    /// The `co_flags` CPython derives from this scope (no compiler or future flags).
    pub fn code_flags(&self) -> u32 {
        use code_flags::*;
        if !self.is_function_like() {
            return 0;
        }
        let mut flags = OPTIMIZED | NEWLOCALS;
        if self.nested {
            flags |= NESTED;
        }
        flags |= match (self.generator, self.coroutine) {
            (true, false) => GENERATOR,
            (false, true) => COROUTINE,
            (true, true) => ASYNC_GENERATOR,
            (false, false) => 0,
        };
        if self.varargs {
            flags |= VARARGS;
        }
        if self.varkeywords {
            flags |= VARKEYWORDS;
        }
        flags
    }

    /// `co_cellvars`: sorted cell names (plus `__class__` for a class that needs it).
    pub fn cellvars(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymbolScope::Cell)
            .map(|s| &*s.name)
            .collect();
        if self.needs_class_closure {
            names.push("__class__");
        }
        names.sort_unstable();
        names
    }

    /// `co_freevars`: sorted free names (including class names free in a method).
    pub fn freevars(&self) -> Vec<&str> {
        let mut names: Vec<&str> = self
            .symbols
            .iter()
            .filter(|s| s.scope == SymbolScope::Free || s.flags.intersects(SymbolFlags::FREE_CLASS))
            .map(|s| &*s.name)
            .collect();
        names.sort_unstable();
        names
    }

    /// Adds `flags` to `name`, creating the symbol if needed; returns the new flags.
    pub(crate) fn add_flags(&mut self, name: &str, flags: SymbolFlags) -> SymbolFlags {
        match self.position(name) {
            Some(i) => {
                let s = &mut self.symbols[i as usize];
                s.flags |= flags;
                s.flags
            }
            None => {
                self.set_new(name, flags, SymbolScope::GlobalImplicit);
                flags
            }
        }
    }

    pub(crate) fn set_new(&mut self, name: &str, flags: SymbolFlags, scope: SymbolScope) {
        self.set_new_hashed(name, str_hash(name), flags, scope);
    }

    /// [`Scope::set_new`] with `name`'s [`str_hash`] already taken.
    pub(crate) fn set_new_hashed(
        &mut self,
        name: &str,
        hash: u64,
        flags: SymbolFlags,
        scope: SymbolScope,
    ) {
        let i = self.symbols.len() as u32;
        let head = self.index.insert(hash, i).unwrap_or(u32::MAX);
        self.chain.push(head);
        self.symbols.push(Symbol {
            name: Name::from(name),
            flags,
            scope,
        });
    }

    /// The index in `symbols` of `name`, if the scope has it.
    pub(crate) fn position(&self, name: &str) -> Option<u32> {
        self.position_hashed(name, str_hash(name))
    }

    /// [`Scope::position`] with `name`'s [`str_hash`] already taken.
    pub(crate) fn position_hashed(&self, name: &str, hash: u64) -> Option<u32> {
        let mut i = *self.index.get(&hash)?;
        while i != u32::MAX {
            if &*self.symbols[i as usize].name == name {
                return Some(i);
            }
            i = self.chain[i as usize];
        }
        None
    }

    pub(crate) fn symbol_mut(&mut self, name: &str) -> Option<&mut Symbol> {
        let i = self.position(name)?;
        Some(&mut self.symbols[i as usize])
    }
}
