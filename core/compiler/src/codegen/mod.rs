//! Code generation (the codegen half of CPython's `Python/compile.c`):
//! walks the AST of each code unit and writes instructions into its
//! control-flow graph, with CPython's source locations, which the
//! flowgraph passes and the assembler then turn into a [`CodeObject`].
//!
//! One file per area: `stmt.rs` (simple statements), `control.rs` (loops,
//! `try`, `with`, unwinding), `expr.rs`, `call.rs`, `function.rs`
//! (functions, lambdas, classes), `comprehension.rs`, `pattern.rs`.

mod call;
mod comprehension;
mod control;
mod expr;
mod function;
mod pattern;
mod stmt;

use crate::code::{CodeObject, Constant, Name};
use crate::constfold::Folds;
use crate::consts::ConstPool;
use crate::future::FutureFeatures;
use crate::fxhash::str_hash;
use crate::ir::{BlockId, Cfg, Instr, Loc};
use crate::opcode::Opcode;
use crate::symtable::{mangle, BlockType, Scope, ScopeId, SymbolScope, SymbolTable};
use pvm_syntax::ast::{ExprContext, Mod, Pos, Stmt};
use std::sync::Arc;

/// CPython's `STACK_USE_GUIDELINE`: above it, displays and calls are built piecewise.
const STACK_USE_GUIDELINE: usize = 30;

/// Supplies the code object of a nested `def` or `class` scope instead of
/// compiling its body: given the scope and the `co_firstlineno` codegen
/// would give it, returns the code object codegen would produce, or None
/// to have it compiled (see [`crate::compile_reusing`]).
pub type Reuse<'r> = dyn FnMut(&Scope, u32) -> Option<Arc<CodeObject>> + 'r;

/// Compiles a module whose front passes found no error.
pub(crate) fn compile_module(
    module: &Mod,
    table: &SymbolTable,
    future: &FutureFeatures,
    filename: &str,
    reuse: Option<&mut Reuse<'_>>,
) -> CodeObject {
    let mut c = Compiler {
        table,
        folds: Folds::build(module, future),
        future: *future,
        filename,
        units: Vec::new(),
        interactive: false,
        // Shortens the closure's lifetime to the compiler's.
        reuse: reuse.map(|r| r as &mut Reuse<'_>),
    };
    c.enter_scope("<module>", UnitKind::Module, ScopeId::MODULE, 1);
    c.u().loc.line = 1;
    let mut add_none = true;
    match module {
        Mod::Module { body, .. } => c.module_body(body),
        Mod::Interactive { body } => {
            if find_ann(body) {
                c.emit(Opcode::SETUP_ANNOTATIONS, 0);
            }
            c.interactive = true;
            c.stmts(body);
        }
        Mod::Expression { body } => {
            c.expr(body);
            add_none = false;
        }
        Mod::FunctionType { .. } => {}
    }
    c.exit_scope(add_none)
}

/// What a code unit compiles (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// A frame block (CPython's `fblockinfo`): what `return`, `break` and
/// `continue` must unwind.
#[derive(Clone, Copy, Debug)]
pub(crate) enum FBlockKind<'a> {
    WhileLoop,
    ForLoop,
    TryExcept,
    /// The `finally` body, compiled again when unwinding.
    FinallyTry(&'a [Stmt]),
    FinallyEnd,
    /// The `with` statement's position.
    With(Pos),
    AsyncWith(Pos),
    /// The `except ... as name` name, if any.
    HandlerCleanup(Option<&'a str>),
    PopValue,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// One frame block with its blocks.
#[derive(Clone, Copy, Debug)]
pub(crate) struct FBlock<'a> {
    kind: FBlockKind<'a>,
    /// Where `continue` goes (the loop head).
    block: BlockId,
    /// Where `break` goes.
    exit: BlockId,
}

/// An ordered set of names with their indices (`u_names`, `u_varnames`, ...).
///
/// An open-addressed table of name indices, at most half full, finds a
/// name by its hash. Short names are stored inline (see [`Name`]), so a set
/// allocates three vectors when its first name comes and again only as
/// it grows: most units' sets never grow.
#[derive(Clone, Debug, Default)]
pub(crate) struct NameSet {
    names: Vec<Name>,
    /// The [`str_hash`] of each name.
    hashes: Vec<u64>,
    /// Index + 1 of the name whose hash leads here, 0 when free; the
    /// length is a power of two (or 0 before the first name).
    slots: Vec<u32>,
}

/// Slots of a name set's first table (room for 8 names).
const FIRST_SLOTS: usize = 16;

impl NameSet {
    /// The index of `name`, added at the end if new.
    pub fn add(&mut self, name: &str) -> u32 {
        self.add_hashed(name, str_hash(name))
    }

    /// [`NameSet::add`] with `name`'s [`str_hash`] already taken.
    pub fn add_hashed(&mut self, name: &str, hash: u64) -> u32 {
        if self.slots.is_empty() {
            self.slots = vec![0; FIRST_SLOTS];
            self.names.reserve(FIRST_SLOTS / 2);
            self.hashes.reserve(FIRST_SLOTS / 2);
        }
        let slot = match self.probe(name, hash) {
            Ok(i) => return i,
            Err(slot) => slot,
        };
        let i = self.names.len() as u32;
        self.names.push(Name::from(name));
        self.hashes.push(hash);
        self.slots[slot] = i + 1;
        if self.names.len() * 2 > self.slots.len() {
            self.grow();
        }
        i
    }

    /// The index of `name`, if present.
    pub fn get(&self, name: &str) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        self.probe(name, str_hash(name)).ok()
    }

    /// Where the table's first slot for `hash` is. Fx hashes are
    /// multiplicative, so their high bits are the well-mixed ones.
    fn home(hash: u64, len: usize) -> usize {
        (hash >> (64 - len.trailing_zeros())) as usize
    }

    /// `Ok(index)` of `name`, or `Err(slot)`: the free slot it would take.
    fn probe(&self, name: &str, hash: u64) -> Result<u32, usize> {
        let mask = self.slots.len() - 1;
        let mut slot = Self::home(hash, self.slots.len());
        loop {
            let entry = self.slots[slot];
            if entry == 0 {
                return Err(slot);
            }
            let i = (entry - 1) as usize;
            if self.hashes[i] == hash && self.names[i] == name {
                return Ok(entry - 1);
            }
            slot = (slot + 1) & mask;
        }
    }

    /// Doubles the table and places every name again.
    fn grow(&mut self) {
        let len = self.slots.len() * 2;
        self.slots.clear();
        self.slots.resize(len, 0);
        let mask = len - 1;
        for (i, &hash) in self.hashes.iter().enumerate() {
            let mut slot = Self::home(hash, len);
            while self.slots[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            self.slots[slot] = i as u32 + 1;
        }
    }

    /// How many names.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// The names in order.
    pub fn names(&self) -> &[Name] {
        &self.names
    }

    /// The names in order, taking them out of the set.
    pub fn into_names(self) -> Vec<Name> {
        self.names
    }
}

/// One code unit being compiled (CPython's `compiler_unit`).
pub(crate) struct Unit<'a> {
    /// The symbol table scope of the unit.
    pub scope: &'a Scope,
    /// What the unit compiles.
    pub kind: UnitKind,
    /// `co_name`.
    pub name: String,
    /// `co_qualname`.
    pub qualname: String,
    /// The control-flow graph being written.
    pub cfg: Cfg,
    /// `co_consts` so far.
    pub consts: ConstPool,
    /// `co_names` so far.
    pub names: NameSet,
    /// `co_varnames`: parameters, then locals in order of first use.
    pub varnames: NameSet,
    /// Cell variables (sorted; `__class__` for a class that needs it).
    pub cellvars: NameSet,
    /// Free variables; their deref index is `cellvars.len()` + position.
    pub freevars: NameSet,
    /// Positional-or-keyword parameters (positional-only ones apart).
    pub argcount: u32,
    /// Positional-only parameters.
    pub posonlyargcount: u32,
    /// Keyword-only parameters.
    pub kwonlyargcount: u32,
    /// `co_firstlineno`.
    pub firstlineno: u32,
    /// The location given to the next instruction.
    pub loc: Loc,
    /// The frame blocks being compiled, innermost last.
    pub fblocks: Vec<FBlock<'a>>,
    /// The class name private names are mangled with.
    pub private: Option<String>,
}

/// The compiler's state: the unit stack and what the front passes found.
pub(crate) struct Compiler<'a> {
    table: &'a SymbolTable,
    folds: Folds<'a>,
    future: FutureFeatures,
    filename: &'a str,
    units: Vec<Unit<'a>>,
    interactive: bool,
    reuse: Option<&'a mut Reuse<'a>>,
}

/// `find_ann`: whether a body has annotated assignments (not in nested defs).
fn find_ann(stmts: &[Stmt]) -> bool {
    use pvm_syntax::ast::StmtKind as S;
    stmts.iter().any(|s| match &s.kind {
        S::AnnAssign { .. } => true,
        S::For { body, orelse, .. }
        | S::AsyncFor { body, orelse, .. }
        | S::While { body, orelse, .. }
        | S::If { body, orelse, .. } => find_ann(body) || find_ann(orelse),
        S::With { body, .. } | S::AsyncWith { body, .. } => find_ann(body),
        S::Try {
            body,
            handlers,
            orelse,
            finalbody,
        }
        | S::TryStar {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            handlers.iter().any(|h| find_ann(&h.body))
                || find_ann(body)
                || find_ann(finalbody)
                || find_ann(orelse)
        }
        S::Match { cases, .. } => cases.iter().any(|c| find_ann(&c.body)),
        _ => false,
    })
}

impl<'a> Compiler<'a> {
    /// The unit being compiled.
    fn u(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit")
    }

    /// The unit being compiled.
    fn ur(&self) -> &Unit<'a> {
        self.units.last().expect("a unit")
    }

    /// `compiler_enter_scope`.
    fn enter_scope(&mut self, name: &str, kind: UnitKind, scope: ScopeId, lineno: u32) {
        let scope = self.table.scope(scope);
        let mut cellvars = NameSet::default();
        for n in scope.cellvars() {
            cellvars.add(n);
        }
        let mut freevars = NameSet::default();
        for n in scope.freevars() {
            freevars.add(n);
        }
        let mut varnames = NameSet::default();
        for n in &scope.varnames {
            varnames.add(n);
        }
        let private = self.units.last().and_then(|u| u.private.clone());
        let line = lineno as i32;
        self.units.push(Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname: if kind == UnitKind::Module {
                name.to_string()
            } else {
                scope.qualname.clone()
            },
            cfg: Cfg::new(),
            consts: ConstPool::default(),
            names: NameSet::default(),
            varnames,
            cellvars,
            freevars,
            argcount: 0,
            posonlyargcount: 0,
            kwonlyargcount: 0,
            firstlineno: lineno,
            loc: Loc {
                line,
                end_line: line,
                col: 0,
                end_col: 0,
            },
            fblocks: Vec::new(),
            private,
        });
        if kind == UnitKind::Module {
            self.u().loc.line = 0;
        }
        self.emit(Opcode::RESUME, 0);
        if kind == UnitKind::Module {
            self.u().loc.line = -1;
        }
    }

    /// Finishes the current unit (`assemble` + `compiler_exit_scope`).
    fn exit_scope(&mut self, add_none: bool) -> CodeObject {
        let unit = self.units.pop().expect("a unit");
        crate::assemble::assemble(unit, add_none, &self.future, self.filename)
    }

    /// The symbol table scope of the node at `pos`.
    fn scope_id(&self, pos: Pos) -> ScopeId {
        self.table
            .scope_at(pos)
            .expect("the symbol table has every scope")
    }

    // ---- locations ----

    /// `SET_LOC`.
    fn set_loc(&mut self, pos: Pos) {
        self.u().loc = Loc::of(pos);
    }

    /// `UNSET_LOC`: the next instructions are artificial.
    fn unset_loc(&mut self) {
        self.u().loc = Loc::NONE;
    }

    fn loc(&self) -> Loc {
        self.ur().loc
    }

    fn restore_loc(&mut self, loc: Loc) {
        self.u().loc = loc;
    }

    // ---- emitting ----

    /// `ADDOP` / `ADDOP_I` at the current location.
    fn emit(&mut self, op: Opcode, arg: u32) {
        let loc = self.loc();
        self.u().cfg.push(Instr::new(op, arg, loc));
    }

    /// `ADDOP_NOLINE`: an instruction without location.
    fn emit_noline(&mut self, op: Opcode, arg: u32) {
        self.u().cfg.push(Instr::new(op, arg, Loc::NONE));
    }

    /// `ADDOP_JUMP`.
    fn jump(&mut self, op: Opcode, target: BlockId) {
        let loc = self.loc();
        self.jump_at(op, target, loc);
    }

    /// `ADDOP_JUMP_NOLINE`.
    fn jump_noline(&mut self, op: Opcode, target: BlockId) {
        self.jump_at(op, target, Loc::NONE);
    }

    fn jump_at(&mut self, op: Opcode, target: BlockId, loc: Loc) {
        let mut i = Instr::new(op, 0, loc);
        i.target = target;
        self.u().cfg.push(i);
    }

    /// `ADDOP_LOAD_CONST`.
    fn load_const(&mut self, c: Constant) {
        let i = self.u().consts.add(c);
        self.emit(Opcode::LOAD_CONST, i);
    }

    /// Adds a constant without emitting (`compiler_add_const`).
    fn add_const(&mut self, c: Constant) -> u32 {
        self.u().consts.add(c)
    }

    /// `ADDOP_NAME`: an instruction on a (mangled) entry of `co_names`.
    fn emit_name(&mut self, op: Opcode, name: &str) {
        let u = self.units.last_mut().expect("a unit");
        let mangled = mangle(u.private.as_deref(), name);
        let i = u.names.add(&mangled);
        self.emit(op, i);
    }

    /// `ADDOP_N` with `names`: no mangling.
    fn emit_name_raw(&mut self, op: Opcode, name: &str) {
        let i = self.u().names.add(name);
        self.emit(op, i);
    }

    fn new_block(&mut self) -> BlockId {
        self.u().cfg.new_block()
    }

    fn use_next_block(&mut self, b: BlockId) {
        self.u().cfg.use_next_block(b);
    }

    // ---- names ----

    /// Whether the unit is a function-like block (fast locals).
    fn is_function_block(&self) -> bool {
        self.ur().scope.kind.block_type() == BlockType::Function
    }

    /// `compiler_nameop`: load, store or delete a name where it lives.
    fn nameop(&mut self, name: &str, ctx: ExprContext) {
        let mangled = mangle(self.ur().private.as_deref(), name);
        // One hash serves the scope lookup and the name table.
        let hash = str_hash(&mangled);
        let scope = self.ur().scope.scope_of_hashed(&mangled, hash);
        let function = self.is_function_block();
        enum Kind {
            Fast,
            Global,
            Cell,
            Free,
            Name,
        }
        let kind = match scope {
            Some(SymbolScope::Free) => Kind::Free,
            Some(SymbolScope::Cell) => Kind::Cell,
            Some(SymbolScope::Local) if function => Kind::Fast,
            Some(SymbolScope::GlobalImplicit) if function => Kind::Global,
            Some(SymbolScope::GlobalExplicit) => Kind::Global,
            _ => Kind::Name,
        };
        use Opcode::*;
        match kind {
            Kind::Fast => {
                let op = match ctx {
                    ExprContext::Load => LOAD_FAST,
                    ExprContext::Store => STORE_FAST,
                    ExprContext::Del => DELETE_FAST,
                };
                let i = self.u().varnames.add_hashed(&mangled, hash);
                self.emit(op, i);
            }
            Kind::Cell | Kind::Free => {
                let op = match ctx {
                    ExprContext::Load if self.ur().scope.kind.block_type() == BlockType::Class => {
                        LOAD_CLASSDEREF
                    }
                    ExprContext::Load => LOAD_DEREF,
                    ExprContext::Store => STORE_DEREF,
                    ExprContext::Del => DELETE_DEREF,
                };
                let i = if matches!(kind, Kind::Cell) {
                    self.u().cellvars.add_hashed(&mangled, hash)
                } else {
                    let ncells = self.ur().cellvars.len() as u32;
                    ncells + self.u().freevars.add_hashed(&mangled, hash)
                };
                self.emit(op, i);
            }
            Kind::Global => {
                let i = self.u().names.add_hashed(&mangled, hash);
                match ctx {
                    ExprContext::Load => self.emit(LOAD_GLOBAL, i << 1),
                    ExprContext::Store => self.emit(STORE_GLOBAL, i),
                    ExprContext::Del => self.emit(DELETE_GLOBAL, i),
                }
            }
            Kind::Name => {
                let op = match ctx {
                    ExprContext::Load => LOAD_NAME,
                    ExprContext::Store => STORE_NAME,
                    ExprContext::Del => DELETE_NAME,
                };
                let i = self.u().names.add_hashed(&mangled, hash);
                self.emit(op, i);
            }
        }
    }

    // ---- frame blocks ----

    fn push_fblock(&mut self, kind: FBlockKind<'a>, block: BlockId, exit: BlockId) {
        self.u().fblocks.push(FBlock { kind, block, exit });
    }

    fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    // ---- bodies ----

    fn stmts(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    /// `compiler_body` for a module.
    fn module_body(&mut self, stmts: &'a [Stmt]) {
        if let Some(first) = stmts.first() {
            self.set_loc(first.pos);
        }
        self.body(stmts);
    }

    /// `compiler_body`: annotations setup, docstring, statements.
    fn body(&mut self, stmts: &'a [Stmt]) {
        if find_ann(stmts) {
            self.emit(Opcode::SETUP_ANNOTATIONS, 0);
        }
        let mut rest = stmts;
        if crate::future::has_docstring(stmts) {
            if let pvm_syntax::ast::StmtKind::Expr { value } = &stmts[0].kind {
                self.expr(value);
                self.unset_loc();
                self.nameop("__doc__", ExprContext::Store);
                rest = &stmts[1..];
            }
        }
        self.stmts(rest);
    }

    /// The code object the caller supplies for the def/class scope
    /// `scope` whose code would start at `firstlineno`, if any.
    fn reused(&mut self, scope: ScopeId, firstlineno: u32) -> Option<Arc<CodeObject>> {
        let reuse = self.reuse.as_mut()?;
        reuse(self.table.scope(scope), firstlineno)
    }

    /// `compiler_make_closure`: pushes a function made from `code`.
    fn make_closure(&mut self, code: impl Into<Arc<CodeObject>>, mut flags: u32) {
        let code: Arc<CodeObject> = code.into();
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                let parent = self.ur();
                let is_cell = (parent.kind == UnitKind::Class && name == "__class__")
                    || parent.scope.scope_of(name) == Some(SymbolScope::Cell);
                let arg = if is_cell {
                    parent.cellvars.get(name)
                } else {
                    parent
                        .freevars
                        .get(name)
                        .map(|i| i + parent.cellvars.len() as u32)
                }
                .expect("closure variable of the enclosing scope");
                self.emit(Opcode::LOAD_CLOSURE, arg);
            }
            flags |= 0x08;
            self.emit(Opcode::BUILD_TUPLE, code.freevars.len() as u32);
        }
        self.load_const(Constant::Code(code));
        self.emit(Opcode::MAKE_FUNCTION, flags);
    }
}
