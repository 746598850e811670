//! Codegen's checks on the statements that push frame blocks or unwind
//! them: loops, `with`, `try` (with `except`, `except*`, `finally`),
//! `return`, `break` and `continue`.

use super::{Checker, FBlock, UnitKind};
use crate::fold::folds_to_constant;
use pvm_syntax::ast::{ExceptHandler, Expr, ExprContext, Stmt, WithItem};

/// How deep `finally` bodies are re-checked inside `finally` bodies (codegen
/// compiles each one twice; past this the second pass is skipped).
const MAX_FINALLY_REPLAY: u32 = 6;

impl Checker<'_> {
    pub(super) fn return_stmt(&mut self, s: &Stmt, value: Option<&Expr>) {
        if !self.in_function_block() {
            self.error("'return' outside function");
            return;
        }
        if value.is_some() && self.scope().is_some_and(|sc| sc.coroutine && sc.generator) {
            self.error("'return' with value in async generator");
            return;
        }
        match value {
            Some(v) if !folds_to_constant(v) => self.visit_expr(v),
            Some(v) => self.set_loc(v.pos),
            None => {}
        }
        if !matches!(value, Some(v) if v.pos.lineno == s.pos.lineno) {
            self.set_loc(s.pos);
        }
        if self.unit().fblocks.contains(&FBlock::ExceptionGroupHandler) {
            self.error("'break', 'continue' and 'return' cannot appear in an except* block");
        }
    }

    pub(super) fn break_continue(&mut self, is_break: bool) {
        for block in self.unit().fblocks.iter().rev() {
            match block {
                FBlock::ExceptionGroupHandler => {
                    self.error(
                        "'break', 'continue' and 'return' cannot appear in an except* block",
                    );
                    return;
                }
                FBlock::WhileLoop | FBlock::ForLoop => return,
                _ => {}
            }
        }
        self.error(if is_break {
            "'break' outside loop"
        } else {
            "'continue' not properly in loop"
        });
    }

    pub(super) fn for_loop(
        &mut self,
        target: &Expr,
        iter: &Expr,
        body: &[Stmt],
        orelse: &[Stmt],
        is_async: bool,
    ) {
        if is_async && self.unit().kind != UnitKind::AsyncFunction {
            self.error("'async for' outside async function");
            return;
        }
        if !self.push_fblock(FBlock::ForLoop) {
            return;
        }
        self.visit_expr(iter);
        self.visit_expr(target);
        self.visit_body(body);
        self.pop_fblock();
        self.visit_body(orelse);
    }

    /// `with a, b:` nests one block per item.
    pub(super) fn with(&mut self, items: &[WithItem], body: &[Stmt], is_async: bool) {
        let Some((item, rest)) = items.split_first() else {
            self.visit_body(body);
            return;
        };
        self.visit_expr(&item.context_expr);
        let block = if is_async {
            FBlock::AsyncWith
        } else {
            FBlock::With
        };
        if !self.push_fblock(block) {
            return;
        }
        if let Some(v) = &item.optional_vars {
            self.visit_expr(v);
        }
        if rest.is_empty() {
            self.visit_body(body);
        } else {
            self.with(rest, body, is_async);
        }
        self.pop_fblock();
    }

    pub(super) fn try_stmt(
        &mut self,
        s: &Stmt,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        finalbody: &[Stmt],
        star: bool,
    ) {
        if finalbody.is_empty() {
            self.try_except(s, body, handlers, orelse, star);
            return;
        }
        if !self.push_fblock(FBlock::FinallyTry) {
            return;
        }
        if handlers.is_empty() {
            self.visit_body(body);
        } else {
            self.try_except(s, body, handlers, orelse, star);
        }
        self.pop_fblock();
        self.visit_body(finalbody);
        // Codegen compiles the finally body a second time, one block deeper,
        // for the exceptional path.
        if self.finally_replay < MAX_FINALLY_REPLAY {
            self.set_loc(s.pos);
            if !self.push_fblock(FBlock::FinallyEnd) {
                return;
            }
            self.finally_replay += 1;
            self.visit_body(finalbody);
            self.finally_replay -= 1;
            self.pop_fblock();
        }
    }

    fn try_except(
        &mut self,
        s: &Stmt,
        body: &[Stmt],
        handlers: &[ExceptHandler],
        orelse: &[Stmt],
        star: bool,
    ) {
        if !self.push_fblock(FBlock::TryExcept) {
            return;
        }
        self.visit_body(body);
        self.pop_fblock();
        if !star {
            self.visit_body(orelse);
        }
        self.set_loc(s.pos);
        let handler_block = if star {
            FBlock::ExceptionGroupHandler
        } else {
            FBlock::ExceptionHandler
        };
        if !self.push_fblock(handler_block) {
            return;
        }
        for (i, h) in handlers.iter().enumerate() {
            self.set_loc(h.pos);
            if !star && h.r#type.is_none() && i + 1 < handlers.len() {
                self.error("default 'except:' must be last");
                break;
            }
            if let Some(t) = &h.r#type {
                self.visit_expr(t);
            }
            if let Some(n) = &h.name {
                self.forbidden_name(n, ExprContext::Store);
            }
            if !self.push_fblock(FBlock::HandlerCleanup) {
                break;
            }
            self.visit_body(&h.body);
            self.pop_fblock();
        }
        // Pop the handler block (and a cleanup block left by an error).
        let blocks = &mut self.unit_mut().fblocks;
        if let Some(i) = blocks.iter().rposition(|b| *b == handler_block) {
            blocks.truncate(i);
        }
        if star {
            self.visit_body(orelse);
        }
    }
}
