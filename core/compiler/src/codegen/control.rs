//! Control flow: `if`, loops, `return`/`break`/`continue` with frame
//! block unwinding, `try` (`except`, `except*`, `finally`) and `with`.

use super::{Compiler, FBlock, FBlockKind};
use crate::code::Constant;
use crate::ir::{BlockId, NO_BLOCK};
use crate::opcode::Opcode;
use pvm_syntax::ast::{Expr, ExprContext, Stmt, StmtKind};

impl<'a> Compiler<'a> {
    /// `compiler_if`.
    pub(super) fn if_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) {
        let end = self.new_block();
        let next = if orelse.is_empty() {
            end
        } else {
            self.new_block()
        };
        self.jump_if(test, next, false);
        self.stmts(body);
        if !orelse.is_empty() {
            self.jump_noline(Opcode::JUMP, end);
            self.use_next_block(next);
            self.stmts(orelse);
        }
        self.use_next_block(end);
    }

    /// `compiler_for`.
    pub(super) fn for_loop(&mut self, s: &'a Stmt) {
        let StmtKind::For {
            target,
            iter,
            body,
            orelse,
            ..
        } = &s.kind
        else {
            return;
        };
        let start = self.new_block();
        let body_block = self.new_block();
        let cleanup = self.new_block();
        let end = self.new_block();
        self.push_fblock(FBlockKind::ForLoop, start, end);
        self.expr(iter);
        self.emit(Opcode::GET_ITER, 0);
        self.use_next_block(start);
        self.jump(Opcode::FOR_ITER, cleanup);
        self.use_next_block(body_block);
        self.expr(target);
        self.stmts(body);
        self.unset_loc();
        self.jump(Opcode::JUMP, start);
        self.use_next_block(cleanup);
        self.pop_fblock();
        self.stmts(orelse);
        self.use_next_block(end);
    }

    /// `compiler_async_for`.
    pub(super) fn async_for(&mut self, s: &'a Stmt) {
        let StmtKind::AsyncFor {
            target,
            iter,
            body,
            orelse,
            ..
        } = &s.kind
        else {
            return;
        };
        let start = self.new_block();
        let except = self.new_block();
        let end = self.new_block();
        self.expr(iter);
        self.emit(Opcode::GET_AITER, 0);
        self.use_next_block(start);
        self.push_fblock(FBlockKind::ForLoop, start, end);
        self.jump(Opcode::SETUP_FINALLY, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit(Opcode::POP_BLOCK, 0);
        self.expr(target);
        self.stmts(body);
        self.unset_loc();
        self.jump(Opcode::JUMP, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.set_loc(iter.pos);
        self.emit(Opcode::END_ASYNC_FOR, 0);
        self.stmts(orelse);
        self.use_next_block(end);
    }

    /// `compiler_while`.
    pub(super) fn while_loop(
        &mut self,
        s: &'a Stmt,
        test: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) {
        let lp = self.new_block();
        let body_block = self.new_block();
        let anchor = self.new_block();
        let end = self.new_block();
        self.use_next_block(lp);
        self.push_fblock(FBlockKind::WhileLoop, lp, end);
        self.jump_if(test, anchor, false);
        self.use_next_block(body_block);
        self.stmts(body);
        self.set_loc(s.pos);
        self.jump_if(test, body_block, true);
        self.pop_fblock();
        self.use_next_block(anchor);
        self.stmts(orelse);
        self.use_next_block(end);
    }

    /// `compiler_return`.
    pub(super) fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) {
        let preserve_tos = value.is_some_and(|v| !self.folds.is_constant(v));
        match value {
            Some(v) if preserve_tos => self.expr(v),
            Some(v) => {
                self.set_loc(v.pos);
                self.emit(Opcode::NOP, 0);
            }
            None => {}
        }
        if !matches!(value, Some(v) if v.pos.lineno == s.pos.lineno) {
            self.set_loc(s.pos);
            self.emit(Opcode::NOP, 0);
        }
        self.unwind_fblock_stack(preserve_tos, false);
        match value {
            None => self.load_const(Constant::None),
            Some(v) if !preserve_tos => {
                let c = self.folds.constant(v).unwrap_or(Constant::None);
                self.load_const(c);
            }
            _ => {}
        }
        self.emit(Opcode::RETURN_VALUE, 0);
    }

    /// `compiler_break`.
    pub(super) fn break_stmt(&mut self) {
        self.emit(Opcode::NOP, 0);
        if let Some(lp) = self.unwind_fblock_stack(false, true) {
            self.unwind_fblock(lp, false);
            self.jump(Opcode::JUMP, lp.exit);
        }
    }

    /// `compiler_continue`.
    pub(super) fn continue_stmt(&mut self) {
        self.emit(Opcode::NOP, 0);
        if let Some(lp) = self.unwind_fblock_stack(false, true) {
            self.jump(Opcode::JUMP, lp.block);
        }
    }

    /// `compiler_unwind_fblock_stack`: unwinds the frame blocks (down to
    /// the innermost loop when `to_loop`); returns that loop.
    fn unwind_fblock_stack(&mut self, preserve_tos: bool, to_loop: bool) -> Option<FBlock<'a>> {
        let top = *self.ur().fblocks.last()?;
        if to_loop && matches!(top.kind, FBlockKind::WhileLoop | FBlockKind::ForLoop) {
            return Some(top);
        }
        self.u().fblocks.pop();
        self.unwind_fblock(top, preserve_tos);
        let found = self.unwind_fblock_stack(preserve_tos, to_loop);
        self.u().fblocks.push(top);
        found
    }

    /// `compiler_unwind_fblock`: the code leaving one frame block early.
    fn unwind_fblock(&mut self, info: FBlock<'a>, preserve_tos: bool) {
        match info.kind {
            FBlockKind::WhileLoop
            | FBlockKind::ExceptionHandler
            | FBlockKind::ExceptionGroupHandler
            | FBlockKind::AsyncComprehensionGenerator => {}
            FBlockKind::ForLoop => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
            FBlockKind::TryExcept => self.emit(Opcode::POP_BLOCK, 0),
            FBlockKind::FinallyTry(body) => {
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.push_fblock(FBlockKind::PopValue, NO_BLOCK, NO_BLOCK);
                }
                self.stmts(body);
                if preserve_tos {
                    self.pop_fblock();
                }
                self.unset_loc();
            }
            FBlockKind::FinallyEnd => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
            }
            FBlockKind::With(pos) | FBlockKind::AsyncWith(pos) => {
                self.set_loc(pos);
                self.emit(Opcode::POP_BLOCK, 0);
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.call_exit_with_nones();
                if matches!(info.kind, FBlockKind::AsyncWith(_)) {
                    self.emit(Opcode::GET_AWAITABLE, 2);
                    self.load_const(Constant::None);
                    self.yield_from(true);
                }
                self.emit(Opcode::POP_TOP, 0);
                self.unset_loc();
            }
            FBlockKind::HandlerCleanup(name) => {
                if name.is_some() {
                    self.emit(Opcode::POP_BLOCK, 0);
                }
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                if let Some(name) = name {
                    self.load_const(Constant::None);
                    self.nameop(name, ExprContext::Store);
                    self.nameop(name, ExprContext::Del);
                }
            }
            FBlockKind::PopValue => {
                if preserve_tos {
                    self.emit(Opcode::SWAP, 2);
                }
                self.emit(Opcode::POP_TOP, 0);
            }
        }
    }

    /// `compiler_call_exit_with_nones`: `__exit__(None, None, None)`.
    fn call_exit_with_nones(&mut self) {
        for _ in 0..3 {
            self.load_const(Constant::None);
        }
        self.emit(Opcode::PRECALL, 2);
        self.emit(Opcode::CALL, 2);
    }

    /// `compiler_pop_except_and_reraise`.
    fn pop_except_and_reraise(&mut self) {
        self.emit(Opcode::COPY, 3);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 1);
    }

    fn try_parts(
        s: &'a Stmt,
    ) -> (
        &'a [Stmt],
        &'a [pvm_syntax::ast::ExceptHandler],
        &'a [Stmt],
        &'a [Stmt],
    ) {
        match &s.kind {
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
            } => (body, handlers, orelse, finalbody),
            _ => (&[], &[], &[], &[]),
        }
    }

    /// `compiler_try_finally` (and `compiler_try_star_finally`).
    pub(super) fn try_finally(&mut self, s: &'a Stmt) {
        self.try_finally_with(s, false);
    }

    /// `compiler_try_star_finally`.
    pub(super) fn try_star_finally(&mut self, s: &'a Stmt) {
        self.try_finally_with(s, true);
    }

    fn try_finally_with(&mut self, s: &'a Stmt, star: bool) {
        let (body, handlers, _, finalbody) = Self::try_parts(s);
        let body_block = self.new_block();
        let end = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.jump(Opcode::SETUP_FINALLY, end);
        self.use_next_block(body_block);
        self.push_fblock(FBlockKind::FinallyTry(finalbody), body_block, end);
        if !handlers.is_empty() {
            if star {
                self.try_star_except(s);
            } else {
                self.try_except(s);
            }
        } else {
            self.stmts(body);
        }
        self.emit_noline(Opcode::POP_BLOCK, 0);
        self.pop_fblock();
        self.stmts(finalbody);
        self.jump_noline(Opcode::JUMP, exit);
        self.use_next_block(end);
        self.unset_loc();
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::FinallyEnd, end, NO_BLOCK);
        self.stmts(finalbody);
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
    }

    /// `compiler_try_except`.
    pub(super) fn try_except(&mut self, s: &'a Stmt) {
        let (body, handlers, orelse, _) = Self::try_parts(s);
        let body_block = self.new_block();
        let mut except = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        self.jump(Opcode::SETUP_FINALLY, except);
        self.use_next_block(body_block);
        self.push_fblock(FBlockKind::TryExcept, body_block, NO_BLOCK);
        self.stmts(body);
        self.pop_fblock();
        self.emit_noline(Opcode::POP_BLOCK, 0);
        self.stmts(orelse);
        self.jump_noline(Opcode::JUMP, end);
        self.use_next_block(except);
        self.unset_loc();
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::ExceptionHandler, NO_BLOCK, NO_BLOCK);
        for handler in handlers {
            self.set_loc(handler.pos);
            except = self.new_block();
            if let Some(t) = &handler.r#type {
                self.expr(t);
                self.emit(Opcode::CHECK_EXC_MATCH, 0);
                self.jump(Opcode::POP_JUMP_IF_FALSE, except);
            }
            if let Some(name) = &handler.name {
                let cleanup_end = self.new_block();
                let cleanup_body = self.new_block();
                self.nameop(name, ExprContext::Store);
                self.jump(Opcode::SETUP_CLEANUP, cleanup_end);
                self.use_next_block(cleanup_body);
                self.push_fblock(
                    FBlockKind::HandlerCleanup(Some(name)),
                    cleanup_body,
                    NO_BLOCK,
                );
                self.stmts(&handler.body);
                self.pop_fblock();
                self.unset_loc();
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store);
                self.nameop(name, ExprContext::Del);
                self.jump(Opcode::JUMP, end);
                self.use_next_block(cleanup_end);
                self.unset_loc();
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store);
                self.nameop(name, ExprContext::Del);
                self.emit(Opcode::RERAISE, 1);
            } else {
                let cleanup_body = self.new_block();
                self.emit(Opcode::POP_TOP, 0);
                self.use_next_block(cleanup_body);
                self.push_fblock(FBlockKind::HandlerCleanup(None), cleanup_body, NO_BLOCK);
                self.stmts(&handler.body);
                self.pop_fblock();
                self.unset_loc();
                self.emit(Opcode::POP_BLOCK, 0);
                self.emit(Opcode::POP_EXCEPT, 0);
                self.jump(Opcode::JUMP, end);
            }
            self.use_next_block(except);
        }
        self.unset_loc();
        self.pop_fblock();
        self.emit(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(end);
    }

    /// `compiler_try_star_except`.
    pub(super) fn try_star_except(&mut self, s: &'a Stmt) {
        let (body, handlers, orelse, _) = Self::try_parts(s);
        let body_block = self.new_block();
        let except = self.new_block();
        let orelse_block = self.new_block();
        let end = self.new_block();
        let cleanup = self.new_block();
        let reraise_star = self.new_block();
        self.jump(Opcode::SETUP_FINALLY, except);
        self.use_next_block(body_block);
        self.push_fblock(FBlockKind::TryExcept, body_block, NO_BLOCK);
        self.stmts(body);
        self.pop_fblock();
        self.emit_noline(Opcode::POP_BLOCK, 0);
        self.jump_noline(Opcode::JUMP, orelse_block);
        let n = handlers.len();
        self.use_next_block(except);
        self.unset_loc();
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.push_fblock(FBlockKind::ExceptionGroupHandler, NO_BLOCK, NO_BLOCK);
        for (i, handler) in handlers.iter().enumerate() {
            self.set_loc(handler.pos);
            let next_except = self.new_block();
            let except_with_error = self.new_block();
            let no_match = self.new_block();
            if i == 0 {
                self.emit(Opcode::COPY, 1);
                self.emit(Opcode::BUILD_LIST, 0);
                self.emit(Opcode::SWAP, 2);
            }
            if let Some(t) = &handler.r#type {
                self.expr(t);
                self.emit(Opcode::CHECK_EG_MATCH, 0);
                self.emit(Opcode::COPY, 1);
                self.jump(Opcode::POP_JUMP_IF_NONE, no_match);
            }
            let cleanup_end = self.new_block();
            let cleanup_body = self.new_block();
            match &handler.name {
                Some(name) => self.nameop(name, ExprContext::Store),
                None => self.emit(Opcode::POP_TOP, 0),
            }
            self.jump(Opcode::SETUP_CLEANUP, cleanup_end);
            self.use_next_block(cleanup_body);
            self.push_fblock(
                FBlockKind::HandlerCleanup(handler.name.as_deref()),
                cleanup_body,
                NO_BLOCK,
            );
            self.stmts(&handler.body);
            self.pop_fblock();
            self.unset_loc();
            self.emit(Opcode::POP_BLOCK, 0);
            if let Some(name) = &handler.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store);
                self.nameop(name, ExprContext::Del);
            }
            self.jump(Opcode::JUMP, next_except);
            self.use_next_block(cleanup_end);
            self.unset_loc();
            if let Some(name) = &handler.name {
                self.load_const(Constant::None);
                self.nameop(name, ExprContext::Store);
                self.nameop(name, ExprContext::Del);
            }
            self.emit(Opcode::LIST_APPEND, 3);
            self.emit(Opcode::POP_TOP, 0);
            self.jump(Opcode::JUMP, except_with_error);
            self.use_next_block(next_except);
            self.emit(Opcode::NOP, 0);
            self.jump(Opcode::JUMP, except_with_error);
            self.use_next_block(no_match);
            self.emit(Opcode::POP_TOP, 0);
            self.use_next_block(except_with_error);
            if i == n - 1 {
                self.emit(Opcode::LIST_APPEND, 1);
                self.jump(Opcode::JUMP, reraise_star);
            }
        }
        self.unset_loc();
        self.pop_fblock();
        let reraise = self.new_block();
        self.use_next_block(reraise_star);
        self.emit(Opcode::PREP_RERAISE_STAR, 0);
        self.emit(Opcode::COPY, 1);
        self.jump(Opcode::POP_JUMP_IF_NOT_NONE, reraise);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.jump(Opcode::JUMP, end);
        self.use_next_block(reraise);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::SWAP, 2);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::RERAISE, 0);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(orelse_block);
        self.stmts(orelse);
        self.use_next_block(end);
    }

    /// `compiler_with`: item `pos` of a `with` statement.
    pub(super) fn with(&mut self, s: &'a Stmt, pos: usize) {
        let StmtKind::With { items, body, .. } = &s.kind else {
            return;
        };
        let item = &items[pos];
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.expr(&item.context_expr);
        self.emit(Opcode::BEFORE_WITH, 0);
        self.jump(Opcode::SETUP_WITH, fin);
        self.use_next_block(block);
        self.push_fblock(FBlockKind::With(s.pos), block, fin);
        match &item.optional_vars {
            Some(v) => self.expr(v),
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if pos + 1 == items.len() {
            self.stmts(body);
        } else {
            self.with(s, pos + 1);
        }
        self.unset_loc();
        self.emit(Opcode::POP_BLOCK, 0);
        self.pop_fblock();
        self.set_loc(s.pos);
        self.call_exit_with_nones();
        self.emit(Opcode::POP_TOP, 0);
        self.jump(Opcode::JUMP, exit);
        self.use_next_block(fin);
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
    }

    /// `compiler_async_with`.
    pub(super) fn async_with(&mut self, s: &'a Stmt, pos: usize) {
        let StmtKind::AsyncWith { items, body, .. } = &s.kind else {
            return;
        };
        let item = &items[pos];
        let block = self.new_block();
        let fin = self.new_block();
        let exit = self.new_block();
        let cleanup = self.new_block();
        self.expr(&item.context_expr);
        self.emit(Opcode::BEFORE_ASYNC_WITH, 0);
        self.emit(Opcode::GET_AWAITABLE, 1);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.jump(Opcode::SETUP_WITH, fin);
        self.use_next_block(block);
        self.push_fblock(FBlockKind::AsyncWith(s.pos), block, fin);
        match &item.optional_vars {
            Some(v) => self.expr(v),
            None => self.emit(Opcode::POP_TOP, 0),
        }
        if pos + 1 == items.len() {
            self.stmts(body);
        } else {
            self.async_with(s, pos + 1);
        }
        self.pop_fblock();
        self.emit(Opcode::POP_BLOCK, 0);
        self.set_loc(s.pos);
        self.call_exit_with_nones();
        self.emit(Opcode::GET_AWAITABLE, 2);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit(Opcode::POP_TOP, 0);
        self.jump(Opcode::JUMP, exit);
        self.use_next_block(fin);
        self.jump(Opcode::SETUP_CLEANUP, cleanup);
        self.emit(Opcode::PUSH_EXC_INFO, 0);
        self.emit(Opcode::WITH_EXCEPT_START, 0);
        self.emit(Opcode::GET_AWAITABLE, 2);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.with_except_finish(cleanup);
        self.use_next_block(exit);
    }

    /// `compiler_with_except_finish`.
    fn with_except_finish(&mut self, cleanup: BlockId) {
        self.unset_loc();
        let exit = self.new_block();
        self.jump(Opcode::POP_JUMP_IF_TRUE, exit);
        self.emit(Opcode::RERAISE, 2);
        self.use_next_block(cleanup);
        self.pop_except_and_reraise();
        self.use_next_block(exit);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_BLOCK, 0);
        self.emit(Opcode::POP_EXCEPT, 0);
        self.emit(Opcode::POP_TOP, 0);
        self.emit(Opcode::POP_TOP, 0);
    }
}
