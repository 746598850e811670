//! The SyntaxErrors CPython's codegen raises (`Python/compile.c`), found by
//! walking the AST in codegen's order with codegen's state: the stack of
//! code units (module, class, function, lambda, comprehension), each with
//! its stack of frame blocks (loops, `try`, `with`, handlers) and its
//! current location, which is what `compiler_error` reports.

mod blocks;
mod expr;
mod pattern;
mod stmt;

use crate::error::CompileError;
use crate::future::FutureFeatures;
use crate::symtable::{Scope, ScopeId, SymbolTable};
use pvm_syntax::ast::{ExprContext, Keyword, Mod, Pos};

/// CPython's `CO_MAXBLOCKS`: frame blocks one code unit may nest.
const MAX_BLOCKS: usize = 20;

/// Runs codegen's checks over a module whose symbol table is `table`.
pub(crate) fn run(module: &Mod, table: &SymbolTable, future: &FutureFeatures) -> Vec<CompileError> {
    let mut c = Checker {
        table,
        future,
        units: Vec::new(),
        errors: Vec::new(),
        finally_replay: 0,
    };
    c.units.push(Unit {
        kind: UnitKind::Module,
        scope: Some(ScopeId::MODULE),
        fblocks: Vec::new(),
        loc: Pos::default(),
    });
    match module {
        Mod::Module { body, .. } | Mod::Interactive { body } => c.visit_body(body),
        Mod::Expression { body } => c.visit_expr(body),
        Mod::FunctionType { .. } => {}
    }
    c.errors
}

/// What a code unit compiles (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

/// A frame block (CPython's `fblocktype`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FBlock {
    WhileLoop,
    ForLoop,
    TryExcept,
    FinallyTry,
    FinallyEnd,
    With,
    AsyncWith,
    HandlerCleanup,
    ExceptionHandler,
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
}

/// One code unit being compiled.
struct Unit {
    kind: UnitKind,
    scope: Option<ScopeId>,
    fblocks: Vec<FBlock>,
    /// The location errors are reported at (`u_lineno` and friends).
    loc: Pos,
}

struct Checker<'a> {
    table: &'a SymbolTable,
    future: &'a FutureFeatures,
    units: Vec<Unit>,
    errors: Vec<CompileError>,
    /// How many `finally` bodies are being compiled a second time.
    finally_replay: u32,
}

impl Checker<'_> {
    fn unit(&self) -> &Unit {
        self.units.last().expect("a unit")
    }

    fn unit_mut(&mut self) -> &mut Unit {
        self.units.last_mut().expect("a unit")
    }

    /// The symbol table scope of the current unit.
    fn scope(&self) -> Option<&Scope> {
        self.unit().scope.map(|id| self.table.scope(id))
    }

    /// Whether the current unit is a function-like block (CPython's `FunctionBlock`).
    fn in_function_block(&self) -> bool {
        !matches!(self.unit().kind, UnitKind::Module | UnitKind::Class)
    }

    fn loc(&self) -> Pos {
        self.unit().loc
    }

    fn set_loc(&mut self, pos: Pos) {
        self.unit_mut().loc = pos;
    }

    /// `compiler_error`: an error at the current location.
    fn error(&mut self, message: impl Into<String>) {
        let pos = self.loc();
        self.errors.push(CompileError::syntax(message, pos));
    }

    /// Starts compiling the code of the node at `pos` (`compiler_enter_scope`).
    fn enter_unit(&mut self, kind: UnitKind, pos: Pos) {
        let scope = self.table.scope_at(pos);
        self.units.push(Unit {
            kind,
            scope,
            fblocks: Vec::new(),
            loc: pos,
        });
    }

    fn exit_unit(&mut self) {
        self.units.pop();
    }

    /// `compiler_push_fblock`: false (with an error) past `CO_MAXBLOCKS`.
    fn push_fblock(&mut self, block: FBlock) -> bool {
        if self.unit().fblocks.len() >= MAX_BLOCKS {
            self.error("too many statically nested blocks");
            return false;
        }
        self.unit_mut().fblocks.push(block);
        true
    }

    fn pop_fblock(&mut self) {
        self.unit_mut().fblocks.pop();
    }

    /// `forbidden_name`: `__debug__` cannot be assigned or deleted.
    fn forbidden_name(&mut self, name: &str, ctx: ExprContext) -> bool {
        if name != "__debug__" {
            return false;
        }
        match ctx {
            ExprContext::Store => self.error("cannot assign to __debug__"),
            ExprContext::Del => self.error("cannot delete __debug__"),
            ExprContext::Load => return false,
        }
        true
    }

    /// `validate_keywords`: no `__debug__=`, no keyword given twice.
    fn validate_keywords(&mut self, keywords: &[Keyword]) -> bool {
        for (i, k) in keywords.iter().enumerate() {
            let Some(arg) = &k.arg else { continue };
            if self.forbidden_name(arg, ExprContext::Store) {
                return false;
            }
            if let Some(other) = keywords[i + 1..]
                .iter()
                .find(|o| o.arg.as_deref() == Some(arg.as_str()))
            {
                self.set_loc(other.pos);
                self.error(format!("keyword argument repeated: {arg}"));
                return false;
            }
        }
        true
    }
}
