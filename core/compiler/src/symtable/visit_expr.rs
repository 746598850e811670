//! Pass 1 over expressions and patterns (CPython's `symtable_visit_expr`),
//! with comprehension scopes and the assignment-expression rules.

use super::builder::Builder;
use super::flags::SymbolFlags as F;
use super::scope::{BlockType, ScopeKind};
use pvm_syntax::ast::{Comprehension, Expr, ExprContext, ExprKind, Pattern, PatternKind};

impl Builder<'_> {
    /// Visits expressions in order.
    pub fn visit_exprs(&mut self, exprs: &[Expr]) {
        for e in exprs {
            self.visit_expr(e);
        }
    }

    /// Visits one expression.
    pub fn visit_expr(&mut self, e: &Expr) {
        if !self.descend(e.pos) {
            return;
        }
        self.visit_expr_inner(e);
        self.ascend();
    }

    fn visit_expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                if self.refuse_in_annotation("named expression", e) {
                    return;
                }
                self.visit_named_expr(e, target, value);
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left);
                self.visit_expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Lambda { args, body } => {
                self.visit_defaults(args);
                self.enter(ScopeKind::Lambda, "lambda", e.pos);
                self.visit_params(args);
                self.visit_expr(body);
                self.exit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test);
                self.visit_expr(body);
                self.visit_expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.visit_expr(k);
                }
                self.visit_exprs(values);
            }
            ExprKind::Set { elts } => self.visit_exprs(elts),
            ExprKind::ListComp { elt, generators } => {
                self.visit_comprehension(e, ScopeKind::ListComp, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.visit_comprehension(e, ScopeKind::SetComp, generators, elt, None)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.visit_comprehension(e, ScopeKind::GenExpr, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.visit_comprehension(e, ScopeKind::DictComp, generators, key, Some(value)),
            ExprKind::Yield { value } => {
                if self.refuse_in_annotation("yield expression", e) {
                    return;
                }
                if let Some(v) = value {
                    self.visit_expr(v);
                }
                self.yield_seen(e);
            }
            ExprKind::YieldFrom { value } => {
                if self.refuse_in_annotation("yield expression", e) {
                    return;
                }
                self.visit_expr(value);
                self.yield_seen(e);
            }
            ExprKind::Await { value } => {
                if self.refuse_in_annotation("await expression", e) {
                    return;
                }
                self.visit_expr(value);
                self.cur_mut().coroutine = true;
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.visit_expr(left);
                self.visit_exprs(comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.visit_expr(func);
                self.visit_exprs(args);
                for k in keywords {
                    self.visit_expr(&k.value);
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.visit_expr(value);
                if let Some(f) = format_spec {
                    self.visit_expr(f);
                }
            }
            ExprKind::JoinedStr { values } => self.visit_exprs(values),
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.visit_expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value);
                self.visit_expr(slice);
            }
            ExprKind::Starred { value, .. } => self.visit_expr(value),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part);
                }
            }
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    F::USE
                } else {
                    F::LOCAL
                };
                self.add_def(id, flag, e.pos);
                // `super()` needs the `__class__` cell.
                if *ctx == ExprContext::Load && self.cur_ref().is_function_like() && id == "super" {
                    self.add_def("__class__", F::USE, e.pos);
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.visit_exprs(elts),
        }
    }

    /// `yield` / `yield from`: marks a generator; refused in comprehensions.
    fn yield_seen(&mut self, e: &Expr) {
        let cur = self.cur_mut();
        cur.generator = true;
        let what = match cur.kind {
            ScopeKind::ListComp => "list comprehension",
            ScopeKind::SetComp => "set comprehension",
            ScopeKind::DictComp => "dict comprehension",
            ScopeKind::GenExpr => "generator expression",
            _ => return,
        };
        self.error(format!("'yield' inside {what}"), e.pos);
    }

    /// The PEP 563 rule: no walrus, yield or await inside an annotation.
    fn refuse_in_annotation(&mut self, what: &str, e: &Expr) -> bool {
        if self.cur_ref().kind != ScopeKind::Annotation {
            return false;
        }
        self.error(
            format!("'{what}' can not be used within an annotation"),
            e.pos,
        );
        true
    }

    fn visit_named_expr(&mut self, e: &Expr, target: &Expr, value: &Expr) {
        if self.cur_ref().comp_iter_expr > 0 {
            self.error(
                "assignment expression cannot be used in a comprehension iterable expression",
                e.pos,
            );
            return;
        }
        if self.cur_ref().kind.is_comprehension() && !self.extend_named_expr_scope(target) {
            return;
        }
        self.visit_expr(value);
        self.visit_expr(target);
    }

    /// A walrus in a comprehension binds in the nearest enclosing function
    /// or module (`symtable_extend_namedexpr_scope`).
    fn extend_named_expr_scope(&mut self, target: &Expr) -> bool {
        let ExprKind::Name { id, .. } = &target.kind else {
            return true;
        };
        let pos = target.pos;
        for &sid in self.stack().to_vec().iter().rev() {
            let scope = &self.scopes[sid.index()];
            if scope.kind.is_comprehension() {
                if scope.flags(id).intersects(F::COMP_ITER) {
                    self.error(
                        format!(
                            "assignment expression cannot rebind comprehension iteration variable '{id}'"
                        ),
                        pos,
                    );
                    return false;
                }
                continue;
            }
            match scope.kind.block_type() {
                BlockType::Function => {
                    let flag = if scope.flags(id).intersects(F::GLOBAL) {
                        F::GLOBAL
                    } else {
                        F::NONLOCAL
                    };
                    self.add_def(id, flag, pos);
                    self.record_directive(id, pos);
                    return self.add_def_in(sid, id, F::LOCAL, pos);
                }
                BlockType::Module => {
                    self.add_def(id, F::GLOBAL, pos);
                    self.record_directive(id, pos);
                    return self.add_def_in(sid, id, F::GLOBAL, pos);
                }
                BlockType::Class => {
                    self.error(
                        "assignment expression within a comprehension cannot be used in a class body",
                        pos,
                    );
                    return false;
                }
                BlockType::Annotation => {}
            }
        }
        true
    }

    /// A comprehension: the first iterable in the current scope, the rest
    /// in a new function scope that receives it as `.0`.
    fn visit_comprehension(
        &mut self,
        e: &Expr,
        kind: ScopeKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) {
        let Some(outermost) = generators.first() else {
            return;
        };
        self.cur_mut().comp_iter_expr += 1;
        self.visit_expr(&outermost.iter);
        self.cur_mut().comp_iter_expr -= 1;
        self.enter(kind, kind.fixed_name().unwrap_or_default(), e.pos);
        if outermost.is_async != 0 {
            self.cur_mut().coroutine = true;
        }
        self.add_def(".0", F::PARAM, e.pos);
        self.cur_mut().comp_iter_target = true;
        self.visit_expr(&outermost.target);
        self.cur_mut().comp_iter_target = false;
        self.visit_exprs(&outermost.ifs);
        for g in &generators[1..] {
            self.cur_mut().comp_iter_target = true;
            self.visit_expr(&g.target);
            self.cur_mut().comp_iter_target = false;
            self.cur_mut().comp_iter_expr += 1;
            self.visit_expr(&g.iter);
            self.cur_mut().comp_iter_expr -= 1;
            self.visit_exprs(&g.ifs);
            if g.is_async != 0 {
                self.cur_mut().coroutine = true;
            }
        }
        if let Some(v) = value {
            self.visit_expr(v);
        }
        self.visit_expr(elt);
        let is_generator = kind == ScopeKind::GenExpr;
        let cur = self.cur_mut();
        cur.generator = is_generator;
        let is_async = cur.coroutine && !is_generator;
        self.exit();
        if is_async {
            // An async list/set/dict comprehension makes its scope async too.
            self.cur_mut().coroutine = true;
        }
    }

    /// Visits a match pattern: captures bind in the current scope.
    pub fn visit_pattern(&mut self, p: &Pattern) {
        if !self.descend(p.pos) {
            return;
        }
        match &p.kind {
            PatternKind::MatchValue { value } => self.visit_expr(value),
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.visit_pattern(q);
                }
            }
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, F::LOCAL, p.pos);
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.visit_exprs(keys);
                for q in patterns {
                    self.visit_pattern(q);
                }
                if let Some(r) = rest {
                    self.add_def(r, F::LOCAL, p.pos);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.visit_expr(cls);
                for q in patterns.iter().chain(kwd_patterns) {
                    self.visit_pattern(q);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(q) = pattern {
                    self.visit_pattern(q);
                }
                if let Some(n) = name {
                    self.add_def(n, F::LOCAL, p.pos);
                }
            }
        }
        self.ascend();
    }
}
