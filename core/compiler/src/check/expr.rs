//! Codegen's checks on expressions: `yield`/`await` placement, async
//! comprehensions, starred expressions and unpacking, repeated keyword
//! arguments, assignments to `__debug__`.

use super::{Checker, FBlock, UnitKind};
use pvm_syntax::ast::{Comprehension, Expr, ExprContext, ExprKind, Keyword};

impl Checker<'_> {
    /// Checks expressions in order.
    pub(super) fn visit_exprs(&mut self, exprs: &[Expr]) {
        for e in exprs {
            self.visit_expr(e);
        }
    }

    /// Checks one expression; the location is the expression's while inside it.
    pub(super) fn visit_expr(&mut self, e: &Expr) {
        let saved = self.loc();
        self.set_loc(e.pos);
        self.visit_expr_inner(e);
        self.set_loc(saved);
    }

    /// An element of a display or call: `*x` is allowed there.
    fn visit_element(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Starred { value, .. } => self.visit_expr(value),
            _ => self.visit_expr(e),
        }
    }

    fn visit_expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.visit_expr(value);
                self.visit_expr(target);
            }
            ExprKind::BoolOp { values, .. } => self.visit_exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.visit_expr(left);
                self.visit_expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.visit_expr(operand),
            ExprKind::Lambda { args, body } => {
                self.check_debug_args(args);
                self.visit_defaults(args);
                self.enter_unit(UnitKind::Lambda, e.pos);
                self.visit_expr(body);
                self.exit_unit();
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.visit_expr(test);
                self.visit_expr(body);
                self.visit_expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for (k, v) in keys.iter().zip(values) {
                    if let Some(k) = k {
                        self.visit_expr(k);
                    }
                    self.visit_expr(v);
                }
            }
            ExprKind::Set { elts } => {
                for x in elts {
                    self.visit_element(x);
                }
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, elt, None, false)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, elt, None, true)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, key, Some(value), false),
            ExprKind::Await { value } => {
                if !self.in_function_block() {
                    self.error("'await' outside function");
                    return;
                }
                if !matches!(
                    self.unit().kind,
                    UnitKind::AsyncFunction | UnitKind::Comprehension
                ) {
                    self.error("'await' outside async function");
                    return;
                }
                self.visit_expr(value);
            }
            ExprKind::Yield { value } => {
                if !self.in_function_block() {
                    self.error("'yield' outside function");
                    return;
                }
                if let Some(v) = value {
                    self.visit_expr(v);
                }
            }
            ExprKind::YieldFrom { value } => {
                if !self.in_function_block() {
                    self.error("'yield' outside function");
                    return;
                }
                if self.unit().kind == UnitKind::AsyncFunction {
                    self.error("'yield from' inside async function");
                    return;
                }
                self.visit_expr(value);
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
                self.call_args(args, keywords);
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
            ExprKind::Attribute { value, attr, ctx } => {
                // Only assignment: `del x.__debug__` is allowed.
                if *ctx == ExprContext::Store && self.forbidden_name(attr, *ctx) {
                    return;
                }
                self.visit_expr(value);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.visit_expr(value);
                self.visit_expr(slice);
            }
            ExprKind::Starred { ctx, .. } => {
                if *ctx == ExprContext::Store {
                    self.error("starred assignment target must be in a list or tuple");
                } else {
                    self.error("can't use starred expression here");
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.visit_expr(part);
                }
            }
            ExprKind::Name { id, ctx } => {
                self.forbidden_name(id, *ctx);
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => {
                    if self.unpack_targets(elts) {
                        for x in elts {
                            self.visit_element(x);
                        }
                    }
                }
                ExprContext::Load => {
                    for x in elts {
                        self.visit_element(x);
                    }
                }
                ExprContext::Del => self.visit_exprs(elts),
            },
        }
    }

    /// `unpack_helper`: at most one starred target, at most 255 before it.
    fn unpack_targets(&mut self, elts: &[Expr]) -> bool {
        let mut seen_star = false;
        for (i, x) in elts.iter().enumerate() {
            if !matches!(x.kind, ExprKind::Starred { .. }) {
                continue;
            }
            if seen_star {
                self.error("multiple starred expressions in assignment");
                return false;
            }
            if i >= 1 << 8 || elts.len() - i > (i32::MAX >> 8) as usize {
                self.error("too many expressions in star-unpacking assignment");
                return false;
            }
            seen_star = true;
        }
        true
    }

    /// Positional and keyword arguments of a call or class statement.
    pub(super) fn call_args(&mut self, args: &[Expr], keywords: &[Keyword]) {
        if !self.validate_keywords(keywords) {
            return;
        }
        for a in args {
            self.visit_element(a);
        }
        for k in keywords {
            self.visit_expr(&k.value);
        }
    }

    /// `compiler_comprehension`: the body in its own unit, then the first
    /// iterable in the enclosing one.
    fn comprehension(
        &mut self,
        e: &Expr,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
        genexp: bool,
    ) {
        let outer = self.unit().kind;
        self.enter_unit(UnitKind::Comprehension, e.pos);
        let is_async = self.scope().is_some_and(|s| s.coroutine);
        if is_async
            && !genexp
            && !matches!(outer, UnitKind::AsyncFunction | UnitKind::Comprehension)
        {
            self.error("asynchronous comprehension outside of an asynchronous function");
        }
        self.comprehension_generator(generators, 0, elt, value);
        self.exit_unit();
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
    }

    fn comprehension_generator(
        &mut self,
        generators: &[Comprehension],
        index: usize,
        elt: &Expr,
        value: Option<&Expr>,
    ) {
        let Some(g) = generators.get(index) else {
            self.visit_expr(elt);
            if let Some(v) = value {
                self.visit_expr(v);
            }
            return;
        };
        if index > 0 {
            self.visit_expr(&g.iter);
        }
        let is_async = g.is_async != 0;
        if is_async && !self.push_fblock(FBlock::AsyncComprehensionGenerator) {
            return;
        }
        self.visit_expr(&g.target);
        self.visit_exprs(&g.ifs);
        self.comprehension_generator(generators, index + 1, elt, value);
        if is_async {
            self.pop_fblock();
        }
    }
}
