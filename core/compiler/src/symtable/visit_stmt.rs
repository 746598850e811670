//! Pass 1 over statements (CPython's `symtable_visit_stmt`), including the
//! errors of `global`, `nonlocal`, annotated names and `import *`.

use super::builder::Builder;
use super::flags::SymbolFlags as F;
use super::scope::{BlockType, ScopeKind};
use pvm_syntax::ast::{Alias, Arguments, Expr, ExprKind, Pos, Stmt, StmtKind};

impl Builder<'_> {
    /// Visits a statement list.
    pub fn visit_body(&mut self, body: &[Stmt]) {
        for s in body {
            self.visit_stmt(s);
        }
    }

    /// Visits one statement.
    pub fn visit_stmt(&mut self, s: &Stmt) {
        if !self.descend(s.pos) {
            return;
        }
        self.visit_stmt_inner(s);
        self.ascend();
    }

    fn visit_stmt_inner(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                ..
            } => {
                self.add_def(name, F::LOCAL, s.pos);
                self.visit_defaults(args);
                self.visit_annotations(s.pos, args, returns.as_deref());
                self.visit_exprs(decorator_list);
                let is_async = matches!(s.kind, StmtKind::AsyncFunctionDef { .. });
                let kind = if is_async {
                    ScopeKind::AsyncFunction
                } else {
                    ScopeKind::Function
                };
                self.enter(kind, name, s.pos);
                if is_async {
                    self.cur_mut().coroutine = true;
                }
                self.visit_params(args);
                self.visit_body(body);
                self.exit();
            }
            StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            } => {
                self.add_def(name, F::LOCAL, s.pos);
                self.visit_exprs(bases);
                for k in keywords {
                    self.visit_expr(&k.value);
                }
                self.visit_exprs(decorator_list);
                self.enter(ScopeKind::Class, name, s.pos);
                let outer = self.private.replace(name.to_string());
                self.cur_mut().private = Some(name.to_string());
                self.visit_body(body);
                self.private = outer;
                self.exit();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.visit_expr(v);
                    self.cur_mut().returns_value = true;
                }
            }
            StmtKind::Delete { targets } => self.visit_exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.visit_exprs(targets);
                self.visit_expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.visit_ann_assign(s.pos, target, annotation, value.as_deref(), *simple != 0),
            StmtKind::AugAssign { target, value, .. } => {
                self.visit_expr(target);
                self.visit_expr(value);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            }
            | StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.visit_expr(target);
                self.visit_expr(iter);
                self.visit_body(body);
                self.visit_body(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.visit_expr(test);
                self.visit_body(body);
                self.visit_body(orelse);
            }
            StmtKind::Match { subject, cases } => {
                self.visit_expr(subject);
                for case in cases {
                    self.visit_pattern(&case.pattern);
                    if let Some(g) = &case.guard {
                        self.visit_expr(g);
                    }
                    self.visit_body(&case.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(exc) = exc {
                    self.visit_expr(exc);
                    if let Some(cause) = cause {
                        self.visit_expr(cause);
                    }
                }
            }
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
                self.visit_body(body);
                for h in handlers {
                    if let Some(t) = &h.r#type {
                        self.visit_expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.add_def(n, F::LOCAL, h.pos);
                    }
                    self.visit_body(&h.body);
                }
                self.visit_body(orelse);
                self.visit_body(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.visit_expr(test);
                if let Some(m) = msg {
                    self.visit_expr(m);
                }
            }
            StmtKind::Import { names } | StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    self.visit_alias(a);
                }
            }
            StmtKind::Global { names } => self.visit_directive(s.pos, names, true),
            StmtKind::Nonlocal { names } => self.visit_directive(s.pos, names, false),
            StmtKind::Expr { value } => self.visit_expr(value),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                for item in items {
                    self.visit_expr(&item.context_expr);
                    if let Some(v) = &item.optional_vars {
                        self.visit_expr(v);
                    }
                }
                self.visit_body(body);
            }
        }
    }

    /// `global` / `nonlocal`: refused after any use or binding of the name.
    fn visit_directive(&mut self, pos: Pos, names: &[pvm_syntax::ast::Identifier], global: bool) {
        for name in names {
            let cur = self.lookup(name);
            if cur.intersects(F::PARAM | F::LOCAL | F::USE | F::ANNOT) {
                let what = if global { "global" } else { "nonlocal" };
                let message = if cur.intersects(F::PARAM) {
                    format!("name '{name}' is parameter and {what}")
                } else if cur.intersects(F::USE) {
                    format!("name '{name}' is used prior to {what} declaration")
                } else if cur.intersects(F::ANNOT) {
                    format!("annotated name '{name}' can't be {what}")
                } else {
                    format!("name '{name}' is assigned to before {what} declaration")
                };
                self.error(message, pos);
                continue;
            }
            let flag = if global { F::GLOBAL } else { F::NONLOCAL };
            self.add_def(name, flag, pos);
            self.record_directive(name, pos);
        }
    }

    fn visit_ann_assign(
        &mut self,
        pos: Pos,
        target: &Expr,
        annotation: &Expr,
        value: Option<&Expr>,
        simple: bool,
    ) {
        if let ExprKind::Name { id, .. } = &target.kind {
            let cur = self.lookup(id);
            let in_module = self.cur_ref().kind.block_type() == BlockType::Module;
            if cur.intersects(F::GLOBAL | F::NONLOCAL) && !in_module && simple {
                let what = if cur.intersects(F::GLOBAL) {
                    "global"
                } else {
                    "nonlocal"
                };
                self.error(format!("annotated name '{id}' can't be {what}"), pos);
                return;
            }
            if simple {
                self.add_def(id, F::ANNOT | F::LOCAL, target.pos);
            } else if value.is_some() {
                self.add_def(id, F::LOCAL, target.pos);
            }
        } else {
            self.visit_expr(target);
        }
        self.visit_annotation(annotation);
        if let Some(v) = value {
            self.visit_expr(v);
        }
    }

    /// Default values, evaluated in the enclosing scope.
    pub fn visit_defaults(&mut self, args: &Arguments) {
        self.visit_exprs(&args.defaults);
        for d in args.kw_defaults.iter().flatten() {
            self.visit_expr(d);
        }
    }

    /// One annotation; under `from __future__ import annotations` it gets
    /// a scope of its own that is never compiled.
    pub fn visit_annotation(&mut self, annotation: &Expr) {
        let future = self.future.annotations;
        if future {
            self.enter(ScopeKind::Annotation, "_annotation", annotation.pos);
        }
        self.visit_expr(annotation);
        if future {
            self.exit();
        }
    }

    /// Parameter and return annotations of a `def`.
    fn visit_annotations(&mut self, pos: Pos, args: &Arguments, returns: Option<&Expr>) {
        let future = self.future.annotations;
        if future {
            self.enter(ScopeKind::Annotation, "_annotation", pos);
        }
        let singles = [args.vararg.as_deref(), args.kwarg.as_deref()];
        let all = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(singles.into_iter().flatten())
            .chain(&args.kwonlyargs);
        for a in all {
            if let Some(ann) = &a.annotation {
                self.visit_expr(ann);
            }
        }
        if future {
            self.exit();
        }
        if let Some(r) = returns {
            self.visit_annotation(r);
        }
    }

    /// The parameters, bound in the function's own scope.
    pub fn visit_params(&mut self, args: &Arguments) {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            self.add_def(&a.arg, F::PARAM, a.pos);
        }
        if let Some(a) = &args.vararg {
            self.add_def(&a.arg, F::PARAM, a.pos);
            self.cur_mut().varargs = true;
        }
        if let Some(a) = &args.kwarg {
            self.add_def(&a.arg, F::PARAM, a.pos);
            self.cur_mut().varkeywords = true;
        }
    }

    fn visit_alias(&mut self, a: &Alias) {
        let name = a.asname.as_deref().unwrap_or(&a.name);
        if name == "*" {
            if self.cur_ref().kind.block_type() != BlockType::Module {
                self.error("import * only allowed at module level", a.pos);
            }
            return;
        }
        let store = name.split('.').next().unwrap_or(name);
        self.add_def(store, F::IMPORT, a.pos);
    }
}
