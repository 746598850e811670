//! Compilation units: the module, and every `def` or `class` nested only in
//! classes. Such a statement compiles the same wherever it stands in the
//! file (its code depends on its own text, the names of the classes around
//! it and the module's `__future__` features), so each is compiled on its
//! own and reused by the units around it.

use crate::front::analysis;
use crate::input::SourceFile;
use crate::syntax::{ast, line_index};
use pvm_compiler::SymbolTable;
use pvm_syntax::ast::{Mod, Stmt, StmtKind};

/// The key of the module unit (its symbol-table scope key).
pub const MODULE_KEY: &str = "<module>";

/// What a unit defines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnitKind {
    /// The whole module.
    Module,
    /// A `def` or `async def`.
    Function,
    /// A `class`.
    Class,
}

/// One unit, with 1-based line numbers.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitInfo {
    /// The scope's stable key (qualname, `#2`... for repeats).
    pub key: String,
    /// The def or class name (`<module>` for the module).
    pub name: String,
    /// What it defines.
    pub kind: UnitKind,
    /// Index of the enclosing unit in [`units`] (None for the module).
    pub parent: Option<usize>,
    /// First line: the first decorator's, else the keyword's (`co_firstlineno`).
    pub first_line: u32,
    /// The line of the `def`/`class` keyword.
    pub def_line: u32,
    /// The line the body starts on (the header ends before it, or is the
    /// keyword's line for a one-line body).
    pub body_line: u32,
    /// Last line.
    pub last_line: u32,
}

impl UnitInfo {
    /// Whether `line` is on the header (keyword to colon).
    pub fn is_header(&self, line: u32) -> bool {
        self.kind != UnitKind::Module
            && (line == self.def_line || (self.def_line..self.body_line).contains(&line))
    }
}

/// Every unit of the file, the module first, each parent before its children.
#[salsa::tracked(returns(ref))]
pub fn units(db: &dyn salsa::Database, file: SourceFile) -> Vec<UnitInfo> {
    let lines = line_index(db, file).line_count() as u32;
    let mut out = vec![UnitInfo {
        key: MODULE_KEY.to_string(),
        name: MODULE_KEY.to_string(),
        kind: UnitKind::Module,
        parent: None,
        first_line: 1,
        def_line: 1,
        body_line: 1,
        last_line: lines,
    }];
    if let Mod::Module { body, .. } = &ast(db, file).module {
        let table = &analysis(db, file).symtable;
        collect(body, 0, table, &mut out);
    }
    out
}

/// The innermost unit containing `line`.
pub fn unit_at_line(units: &[UnitInfo], line: u32) -> usize {
    // Parents come first and children lie inside them: the last match is innermost.
    units
        .iter()
        .rposition(|u| (u.first_line..=u.last_line).contains(&line))
        .unwrap_or(0)
}

/// Adds the units among `stmts` (statements of the unit `parent`).
fn collect(stmts: &[Stmt], parent: usize, table: &SymbolTable, out: &mut Vec<UnitInfo>) {
    for s in stmts {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                body,
                decorator_list,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                name,
                body,
                decorator_list,
                ..
            } => {
                push(
                    s,
                    name,
                    UnitKind::Function,
                    body,
                    decorator_list,
                    parent,
                    table,
                    out,
                );
            }
            StmtKind::ClassDef {
                name,
                body,
                decorator_list,
                ..
            } => {
                if let Some(index) = push(
                    s,
                    name,
                    UnitKind::Class,
                    body,
                    decorator_list,
                    parent,
                    table,
                    out,
                ) {
                    // A `global` or `nonlocal` in the class body changes the
                    // qualnames of its methods: then they stay in the class.
                    if !declares_names(body) {
                        collect(body, index, table, out);
                    }
                }
            }
            _ => for_each_block(s, &mut |block| collect(block, parent, table, out)),
        }
    }
}

/// Records one def or class; returns its index.
fn push(
    s: &Stmt,
    name: &str,
    kind: UnitKind,
    body: &[Stmt],
    decorators: &[pvm_syntax::ast::Expr],
    parent: usize,
    table: &SymbolTable,
    out: &mut Vec<UnitInfo>,
) -> Option<usize> {
    let scope = table.scope_at(s.pos)?;
    let first_line = decorators
        .first()
        .map_or(s.pos.lineno, |d| d.pos.lineno.min(s.pos.lineno));
    let body_line = body.first().map_or(s.pos.lineno, |b| b.pos.lineno);
    out.push(UnitInfo {
        key: table.scope(scope).key.clone(),
        name: name.to_string(),
        kind,
        parent: Some(parent),
        first_line,
        def_line: s.pos.lineno,
        body_line: body_line.max(s.pos.lineno),
        last_line: s.pos.end_lineno.max(s.pos.lineno),
    });
    Some(out.len() - 1)
}

/// Whether a class body has `global` or `nonlocal` statements of its own.
fn declares_names(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| match &s.kind {
        StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => true,
        StmtKind::FunctionDef { .. }
        | StmtKind::AsyncFunctionDef { .. }
        | StmtKind::ClassDef { .. } => false,
        _ => {
            let mut found = false;
            for_each_block(s, &mut |block| found |= declares_names(block));
            found
        }
    })
}

/// Calls `f` on each statement block of a compound statement that is not a
/// scope of its own (`if`, loops, `with`, `try`, `match`).
pub(crate) fn for_each_block(s: &Stmt, f: &mut dyn FnMut(&[Stmt])) {
    match &s.kind {
        StmtKind::If { body, orelse, .. }
        | StmtKind::For { body, orelse, .. }
        | StmtKind::AsyncFor { body, orelse, .. }
        | StmtKind::While { body, orelse, .. } => {
            f(body);
            f(orelse);
        }
        StmtKind::With { body, .. } | StmtKind::AsyncWith { body, .. } => f(body),
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        }
        | StmtKind::TryStar {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            f(body);
            for h in handlers {
                f(&h.body);
            }
            f(orelse);
            f(finalbody);
        }
        StmtKind::Match { cases, .. } => {
            for c in cases {
                f(&c.body);
            }
        }
        _ => {}
    }
}
