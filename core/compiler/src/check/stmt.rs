//! Codegen's checks on statements: definitions, assignments (to
//! `__debug__`), imports (late future imports), `async with` outside async
//! functions; the block statements are in `blocks.rs`.

use super::{Checker, FBlock, UnitKind};
use crate::future::has_docstring;
use pvm_syntax::ast::{Alias, Arguments, Expr, ExprContext, ExprKind, Stmt, StmtKind};

impl Checker<'_> {
    /// Checks a statement list.
    pub(super) fn visit_body(&mut self, body: &[Stmt]) {
        for s in body {
            self.visit_stmt(s);
        }
    }

    /// Checks a function or class body (its docstring compiles to nothing).
    fn visit_code_body(&mut self, body: &[Stmt]) {
        self.visit_body(&body[usize::from(has_docstring(body))..]);
    }

    fn visit_stmt(&mut self, s: &Stmt) {
        self.set_loc(s.pos);
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => self.function(
                s,
                name,
                args,
                body,
                decorator_list,
                returns.as_deref(),
                false,
            ),
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => self.function(
                s,
                name,
                args,
                body,
                decorator_list,
                returns.as_deref(),
                true,
            ),
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.visit_exprs(decorator_list);
                self.enter_unit(UnitKind::Class, s.pos);
                self.visit_code_body(body);
                self.exit_unit();
                self.call_args(bases, keywords);
                self.forbidden_name(name, ExprContext::Store);
            }
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => self.visit_exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.visit_expr(value);
                self.visit_exprs(targets);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.set_loc(target.pos);
                match &target.kind {
                    ExprKind::Attribute { value, .. } => self.visit_expr(value),
                    ExprKind::Subscript { value, slice, .. } => {
                        self.visit_expr(value);
                        self.visit_expr(slice);
                    }
                    _ => {}
                }
                self.visit_expr(value);
                if let ExprKind::Name { id, .. } = &target.kind {
                    self.forbidden_name(id, ExprContext::Store);
                }
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple != 0),
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.for_loop(target, iter, body, orelse, false),
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => self.for_loop(target, iter, body, orelse, true),
            StmtKind::While { test, body, orelse } => {
                if !self.push_fblock(FBlock::WhileLoop) {
                    return;
                }
                self.visit_expr(test);
                self.visit_body(body);
                self.pop_fblock();
                self.visit_body(orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.visit_expr(test);
                self.visit_body(body);
                self.visit_body(orelse);
            }
            StmtKind::With { items, body, .. } => self.with(items, body, false),
            StmtKind::AsyncWith { items, body, .. } => {
                if self.unit().kind != UnitKind::AsyncFunction {
                    self.error("'async with' outside async function");
                    return;
                }
                self.with(items, body, true)
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                for e in [exc, cause].into_iter().flatten() {
                    self.visit_expr(e);
                }
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(s, body, handlers, orelse, finalbody, false),
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            } => self.try_stmt(s, body, handlers, orelse, finalbody, true),
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test);
                if let Some(m) = msg {
                    self.visit_expr(m);
                }
            }
            StmtKind::Import { names } => self.import(names),
            StmtKind::ImportFrom { module, names, .. } => {
                if s.pos.lineno > self.future.lineno && module.as_deref() == Some("__future__") {
                    self.error("from __future__ imports must occur at the beginning of the file");
                    return;
                }
                for a in names {
                    if a.name.starts_with('*') {
                        break;
                    }
                    let store = a.asname.as_deref().unwrap_or(&a.name);
                    if self.forbidden_name(store, ExprContext::Store) {
                        return;
                    }
                }
            }
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => {}
            StmtKind::Break => self.break_continue(true),
            StmtKind::Continue => self.break_continue(false),
            StmtKind::Expr { value } => self.visit_expr(value),
        }
    }

    fn function(
        &mut self,
        s: &Stmt,
        name: &str,
        args: &Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: Option<&Expr>,
        is_async: bool,
    ) {
        self.check_debug_args(args);
        self.visit_exprs(decorators);
        self.visit_defaults(args);
        if !self.future.annotations {
            let singles = [args.vararg.as_deref(), args.kwarg.as_deref()];
            let all = args
                .args
                .iter()
                .chain(&args.posonlyargs)
                .chain(singles[0])
                .chain(&args.kwonlyargs)
                .chain(singles[1]);
            for ann in all.filter_map(|a| a.annotation.as_deref()).chain(returns) {
                match &ann.kind {
                    ExprKind::Starred { value, .. } => self.visit_expr(value),
                    _ => self.visit_expr(ann),
                }
            }
        }
        let kind = if is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_unit(kind, s.pos);
        self.visit_code_body(body);
        self.exit_unit();
        self.forbidden_name(name, ExprContext::Store);
    }

    /// Default values of a `def` or `lambda`.
    pub(super) fn visit_defaults(&mut self, args: &Arguments) {
        self.visit_exprs(&args.defaults);
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d);
        }
    }

    /// `compiler_check_debug_args`: no parameter may be called `__debug__`.
    pub(super) fn check_debug_args(&mut self, args: &Arguments) -> bool {
        let singles = [args.vararg.as_deref(), args.kwarg.as_deref()];
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(singles[0])
            .chain(&args.kwonlyargs)
            .chain(singles[1]);
        for a in all {
            if self.forbidden_name(&a.arg, ExprContext::Store) {
                return false;
            }
        }
        true
    }

    fn import(&mut self, names: &[Alias]) {
        for a in names {
            let store = match &a.asname {
                Some(asname) => asname.as_str(),
                None => a.name.split('.').next().unwrap_or(&a.name),
            };
            if self.forbidden_name(store, ExprContext::Store) {
                return;
            }
        }
    }

    fn ann_assign(&mut self, target: &Expr, annotation: &Expr, value: Option<&Expr>, simple: bool) {
        if let Some(v) = value {
            self.visit_expr(v);
            self.visit_expr(target);
        }
        let evaluated = !self.future.annotations
            && matches!(self.unit().kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if self.forbidden_name(id, ExprContext::Store) {
                    return;
                }
                if simple && evaluated {
                    self.visit_expr(annotation);
                }
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                if self.forbidden_name(attr, ExprContext::Store) {
                    return;
                }
                if value.is_none() {
                    self.visit_expr(obj);
                }
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if value.is_none() => {
                self.visit_expr(obj);
                self.visit_expr(slice);
            }
            _ => {}
        }
        if !simple && evaluated {
            self.visit_expr(annotation);
        }
    }
}
