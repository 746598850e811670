//! Comprehensions and generator expressions (`compiler_comprehension`):
//! 3.11 compiles each as a nested function that receives the outermost
//! iterator as its argument `.0` and is called at once.

use super::{Compiler, FBlockKind, UnitKind};
use crate::code::Constant;
use crate::constfold::Folded;
use crate::ir::NO_BLOCK;
use crate::opcode::Opcode;
use pvm_syntax::ast::{Comprehension, Expr, ExprKind};

/// What a comprehension builds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    GenExp,
    List,
    Set,
    Dict,
}

impl<'a> Compiler<'a> {
    /// `compiler_comprehension` for any of the four kinds.
    pub(super) fn comprehension(&mut self, e: &'a Expr) {
        let (kind, name, generators, elt, val) = match &e.kind {
            ExprKind::GeneratorExp { elt, generators } => {
                (CompKind::GenExp, "<genexpr>", generators, &**elt, None)
            }
            ExprKind::ListComp { elt, generators } => {
                (CompKind::List, "<listcomp>", generators, &**elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                (CompKind::Set, "<setcomp>", generators, &**elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => (
                CompKind::Dict,
                "<dictcomp>",
                generators,
                &**key,
                Some(&**value),
            ),
            _ => return,
        };
        let outermost = &generators[0];
        let scope = self.scope_id(e.pos);
        self.enter_scope(name, UnitKind::Comprehension, scope, e.pos.lineno);
        self.set_loc(e.pos);
        let is_async_generator = self.ur().scope.coroutine;
        match kind {
            CompKind::List => self.emit(Opcode::BUILD_LIST, 0),
            CompKind::Set => self.emit(Opcode::BUILD_SET, 0),
            CompKind::Dict => self.emit(Opcode::BUILD_MAP, 0),
            CompKind::GenExp => {}
        }
        self.comprehension_generator(generators, 0, 0, elt, val, kind);
        if kind != CompKind::GenExp {
            self.emit(Opcode::RETURN_VALUE, 0);
        }
        let code = self.exit_scope(true);
        self.make_closure(code, 0);
        self.expr(&outermost.iter);
        if outermost.is_async != 0 {
            self.emit(Opcode::GET_AITER, 0);
        } else {
            self.emit(Opcode::GET_ITER, 0);
        }
        self.emit(Opcode::PRECALL, 0);
        self.emit(Opcode::CALL, 0);
        if is_async_generator && kind != CompKind::GenExp {
            self.emit(Opcode::GET_AWAITABLE, 0);
            self.load_const(Constant::None);
            self.yield_from(true);
        }
    }

    fn comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) {
        if generators[index].is_async != 0 {
            self.async_comprehension_generator(generators, index, depth, elt, val, kind);
        } else {
            self.sync_comprehension_generator(generators, index, depth, elt, val, kind);
        }
    }

    /// The element code after the last `for` clause.
    fn comprehension_element(
        &mut self,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
        depth: u32,
    ) {
        match kind {
            CompKind::GenExp => {
                self.expr(elt);
                self.yield_value();
                self.emit(Opcode::POP_TOP, 0);
            }
            CompKind::List => {
                self.expr(elt);
                self.emit(Opcode::LIST_APPEND, depth + 1);
            }
            CompKind::Set => {
                self.expr(elt);
                self.emit(Opcode::SET_ADD, depth + 1);
            }
            CompKind::Dict => {
                self.expr(elt);
                if let Some(val) = val {
                    self.expr(val);
                }
                self.emit(Opcode::MAP_ADD, depth + 1);
            }
        }
    }

    /// The one element of `for y in [x]` (the temporary-variable idiom), if it is that.
    fn single_item_iter(&self, iter: &'a Expr) -> Option<&'a Expr> {
        let elts = match &iter.kind {
            ExprKind::List { elts, .. } => match self.folds.get(iter) {
                None | Some(Folded::ListAsTuple) => elts,
                _ => return None,
            },
            ExprKind::Tuple { elts, .. } if self.folds.get(iter).is_none() => elts,
            _ => return None,
        };
        match elts.as_slice() {
            [one] if !matches!(one.kind, ExprKind::Starred { .. }) => Some(one),
            _ => None,
        }
    }

    fn sync_comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) {
        let mut start = self.new_block();
        let if_cleanup = self.new_block();
        let anchor = self.new_block();
        let gen = &generators[index];
        if index == 0 {
            self.u().argcount = 1;
            self.emit(Opcode::LOAD_FAST, 0);
        } else if let Some(one) = self.single_item_iter(&gen.iter) {
            self.expr(one);
            start = NO_BLOCK;
        } else {
            self.expr(&gen.iter);
            self.emit(Opcode::GET_ITER, 0);
        }
        if start != NO_BLOCK {
            depth += 1;
            self.use_next_block(start);
            self.jump(Opcode::FOR_ITER, anchor);
        }
        self.expr(&gen.target);
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false);
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, val, kind);
        } else {
            self.comprehension_element(elt, val, kind, depth);
        }
        self.use_next_block(if_cleanup);
        if start != NO_BLOCK {
            self.jump(Opcode::JUMP, start);
            self.use_next_block(anchor);
        }
    }

    fn async_comprehension_generator(
        &mut self,
        generators: &'a [Comprehension],
        index: usize,
        mut depth: u32,
        elt: &'a Expr,
        val: Option<&'a Expr>,
        kind: CompKind,
    ) {
        let start = self.new_block();
        let except = self.new_block();
        let if_cleanup = self.new_block();
        let gen = &generators[index];
        if index == 0 {
            self.u().argcount = 1;
            self.emit(Opcode::LOAD_FAST, 0);
        } else {
            self.expr(&gen.iter);
            self.emit(Opcode::GET_AITER, 0);
        }
        self.use_next_block(start);
        self.push_fblock(FBlockKind::AsyncComprehensionGenerator, start, NO_BLOCK);
        self.jump(Opcode::SETUP_FINALLY, except);
        self.emit(Opcode::GET_ANEXT, 0);
        self.load_const(Constant::None);
        self.yield_from(true);
        self.emit(Opcode::POP_BLOCK, 0);
        self.expr(&gen.target);
        for cond in &gen.ifs {
            self.jump_if(cond, if_cleanup, false);
        }
        depth += 1;
        if index + 1 < generators.len() {
            self.comprehension_generator(generators, index + 1, depth, elt, val, kind);
        } else {
            self.comprehension_element(elt, val, kind, depth);
        }
        self.use_next_block(if_cleanup);
        self.jump(Opcode::JUMP, start);
        self.pop_fblock();
        self.use_next_block(except);
        self.emit(Opcode::END_ASYNC_FOR, 0);
    }
}
