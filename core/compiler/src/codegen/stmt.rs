//! Statements (`compiler_visit_stmt` and the simple statements):
//! assignments, imports, `assert`, `raise`, `del`, expression statements.
//! Compound statements are in `control.rs`, definitions in `function.rs`.

use super::{Compiler, UnitKind};
use crate::code::Constant;
use crate::opcode::{nb, Opcode};
use pvm_syntax::ast::{Alias, Expr, ExprContext, ExprKind, Operator, Stmt, StmtKind};

/// The `NB_*` argument of `BINARY_OP` for an operator.
pub(super) fn binary_op_arg(op: Operator, inplace: bool) -> u32 {
    let base = match op {
        Operator::Add => nb::ADD,
        Operator::Sub => nb::SUBTRACT,
        Operator::Mult => nb::MULTIPLY,
        Operator::MatMult => nb::MATRIX_MULTIPLY,
        Operator::Div => nb::TRUE_DIVIDE,
        Operator::Mod => nb::REMAINDER,
        Operator::Pow => nb::POWER,
        Operator::LShift => nb::LSHIFT,
        Operator::RShift => nb::RSHIFT,
        Operator::BitOr => nb::OR,
        Operator::BitXor => nb::XOR,
        Operator::BitAnd => nb::AND,
        Operator::FloorDiv => nb::FLOOR_DIVIDE,
    };
    if inplace {
        base + nb::INPLACE
    } else {
        base
    }
}

impl<'a> Compiler<'a> {
    /// `compiler_visit_stmt`.
    pub(super) fn stmt(&mut self, s: &'a Stmt) {
        self.set_loc(s.pos);
        match &s.kind {
            StmtKind::FunctionDef { .. } | StmtKind::AsyncFunctionDef { .. } => self.function(s),
            StmtKind::ClassDef { .. } => self.class(s),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.expr(t);
                }
            }
            StmtKind::Assign { targets, value, .. } => {
                self.expr(value);
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Opcode::COPY, 1);
                    }
                    self.expr(t);
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple != 0),
            StmtKind::For { .. } => self.for_loop(s),
            StmtKind::AsyncFor { .. } => self.async_for(s),
            StmtKind::While { test, body, orelse } => self.while_loop(s, test, body, orelse),
            StmtKind::If { test, body, orelse } => self.if_stmt(test, body, orelse),
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(exc) = exc {
                    self.expr(exc);
                    n += 1;
                    if let Some(cause) = cause {
                        self.expr(cause);
                        n += 1;
                    }
                }
                self.emit(Opcode::RAISE_VARARGS, n);
            }
            StmtKind::Try { finalbody, .. } => {
                if finalbody.is_empty() {
                    self.try_except(s);
                } else {
                    self.try_finally(s);
                }
            }
            StmtKind::TryStar { finalbody, .. } => {
                if finalbody.is_empty() {
                    self.try_star_except(s);
                } else {
                    self.try_star_finally(s);
                }
            }
            StmtKind::Assert { test, msg } => self.assert_stmt(test, msg.as_deref()),
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } => {}
            StmtKind::Expr { value } => self.expr_stmt(value),
            StmtKind::Pass => self.emit(Opcode::NOP, 0),
            StmtKind::Break => self.break_stmt(),
            StmtKind::Continue => self.continue_stmt(),
            StmtKind::With { .. } => self.with(s, 0),
            StmtKind::AsyncWith { .. } => self.async_with(s, 0),
        }
    }

    /// `compiler_visit_stmt_expr`.
    fn expr_stmt(&mut self, value: &'a Expr) {
        if self.interactive && self.units.len() <= 1 {
            self.expr(value);
            self.emit(Opcode::PRINT_EXPR, 0);
            return;
        }
        if matches!(value.kind, ExprKind::Constant { .. }) || self.folded_statement_constant(value)
        {
            self.emit(Opcode::NOP, 0);
            return;
        }
        self.expr(value);
        self.unset_loc();
        self.emit(Opcode::POP_TOP, 0);
    }

    /// Whether an expression statement folded into a constant compiles to
    /// a NOP; CPython wraps a str that would pass for a docstring in an
    /// f-string, which is then loaded and popped.
    fn folded_statement_constant(&self, value: &Expr) -> bool {
        self.folds.is_constant(value) && !self.folds.is_wrapped_docstring(value)
    }

    /// `compiler_augassign`.
    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) {
        let saved = self.loc();
        self.set_loc(target.pos);
        match &target.kind {
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj);
                self.emit(Opcode::COPY, 1);
                self.update_start_location_to_match_attr(target, attr);
                self.emit_name(Opcode::LOAD_ATTR, attr);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj);
                self.expr(slice);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::COPY, 2);
                self.emit(Opcode::BINARY_SUBSCR, 0);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Load),
            _ => {}
        }
        self.restore_loc(saved);
        self.expr(value);
        self.emit(Opcode::BINARY_OP, binary_op_arg(op, true));
        self.set_loc(target.pos);
        match &target.kind {
            ExprKind::Attribute { attr, .. } => {
                self.update_start_location_to_match_attr(target, attr);
                self.emit(Opcode::SWAP, 2);
                self.emit_name(Opcode::STORE_ATTR, attr);
            }
            ExprKind::Subscript { .. } => {
                self.emit(Opcode::SWAP, 3);
                self.emit(Opcode::SWAP, 2);
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            ExprKind::Name { id, .. } => self.nameop(id, ExprContext::Store),
            _ => {}
        }
    }

    /// `check_ann_expr`: evaluate and drop.
    fn check_ann_expr(&mut self, e: &'a Expr) {
        self.expr(e);
        self.emit(Opcode::POP_TOP, 0);
    }

    /// `check_ann_subscr`.
    fn check_ann_subscr(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.check_ann_expr(part);
                }
            }
            ExprKind::Tuple { elts, .. } if !self.folds.is_constant(e) => {
                for x in elts {
                    self.check_ann_subscr(x);
                }
            }
            _ => self.check_ann_expr(e),
        }
    }

    /// Whether annotations are evaluated here (module and class bodies).
    fn annotations_evaluated_here(&self) -> bool {
        matches!(self.ur().kind, UnitKind::Module | UnitKind::Class)
    }

    /// `compiler_annassign`.
    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) {
        if let Some(value) = value {
            self.expr(value);
            self.expr(target);
        }
        match &target.kind {
            ExprKind::Name { id, .. } if simple && self.annotations_evaluated_here() => {
                if self.future.annotations {
                    self.annotation_string(annotation);
                } else {
                    self.expr(annotation);
                }
                self.emit_name(Opcode::LOAD_NAME, "__annotations__");
                let mangled =
                    crate::symtable::mangle(self.ur().private.as_deref(), id).into_owned();
                self.load_const(Constant::Str(mangled));
                self.emit(Opcode::STORE_SUBSCR, 0);
            }
            ExprKind::Attribute { value: obj, .. } if value.is_none() => self.check_ann_expr(obj),
            ExprKind::Subscript {
                value: obj, slice, ..
            } if value.is_none() => {
                self.check_ann_expr(obj);
                self.check_ann_subscr(slice);
            }
            _ => {}
        }
        if !simple && !self.future.annotations && self.annotations_evaluated_here() {
            self.check_ann_expr(annotation);
        }
    }

    /// `compiler_assert`.
    /// (3.11.7 raises at the current location, not at the test's.)
    fn assert_stmt(&mut self, test: &'a Expr, msg: Option<&'a Expr>) {
        let end = self.new_block();
        self.jump_if(test, end, true);
        self.emit(Opcode::LOAD_ASSERTION_ERROR, 0);
        if let Some(msg) = msg {
            self.expr(msg);
            self.emit(Opcode::PRECALL, 0);
            self.emit(Opcode::CALL, 0);
        }
        self.emit(Opcode::RAISE_VARARGS, 1);
        self.use_next_block(end);
    }

    /// `compiler_import`.
    fn import(&mut self, names: &'a [Alias]) {
        for alias in names {
            self.load_const(Constant::Int(0));
            self.load_const(Constant::None);
            self.emit_name(Opcode::IMPORT_NAME, &alias.name);
            match &alias.asname {
                Some(asname) => self.import_as(&alias.name, asname),
                None => {
                    let first = alias.name.split('.').next().unwrap_or(&alias.name);
                    self.nameop(first, ExprContext::Store);
                }
            }
        }
    }

    /// `compiler_import_as`: `import a.b.c as d` binds the innermost module.
    fn import_as(&mut self, name: &str, asname: &str) {
        let parts: Vec<&str> = name.split('.').collect();
        if parts.len() > 1 {
            for (i, attr) in parts[1..].iter().enumerate() {
                self.emit_name_raw(Opcode::IMPORT_FROM, attr);
                if i + 2 < parts.len() {
                    self.emit(Opcode::SWAP, 2);
                    self.emit(Opcode::POP_TOP, 0);
                }
            }
            self.nameop(asname, ExprContext::Store);
            self.emit(Opcode::POP_TOP, 0);
        } else {
            self.nameop(asname, ExprContext::Store);
        }
    }

    /// `compiler_from_import`.
    fn import_from(&mut self, module: Option<&str>, names: &'a [Alias], level: i64) {
        self.load_const(Constant::Int(level));
        let items = names
            .iter()
            .map(|a| Constant::Str(a.name.to_string()))
            .collect();
        self.load_const(Constant::Tuple(items));
        self.emit_name(Opcode::IMPORT_NAME, module.unwrap_or(""));
        for (i, alias) in names.iter().enumerate() {
            if i == 0 && alias.name.starts_with('*') {
                self.emit(Opcode::IMPORT_STAR, 0);
                return;
            }
            self.emit_name(Opcode::IMPORT_FROM, &alias.name);
            let store = alias.asname.as_deref().unwrap_or(&alias.name);
            self.nameop(store, ExprContext::Store);
        }
        self.emit(Opcode::POP_TOP, 0);
    }
}
