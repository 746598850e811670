//! CPython 3.11's AST optimizer (`Python/ast_opt.c`), as a side table:
//! instead of rewriting the AST, it records for each rewritten node what
//! CPython's optimizer would have put there, and codegen asks.
//!
//! The rewrites: operators on constants (with the optimizer's size
//! limits), tuples of constants, constant subscripts, `__debug__`,
//! `not (a in b)` into `a not in b` (also `is`), a literal list or set
//! after `in` or as a `for` iterable into a tuple or frozenset, and
//! `'%s' % (a, b)` into an f-string.

pub mod eval;

use crate::code::Constant;
use crate::future::FutureFeatures;
use crate::fxhash::{FxHashMap, FxHashSet};
use pvm_syntax::ast::{
    Arguments, CmpOp, Comprehension, Expr, ExprContext, ExprKind, Keyword, Mod, Operator, Pattern,
    PatternKind, Stmt, StmtKind, UnaryOp,
};

/// What the optimizer made of one expression node.
#[derive(Clone, Debug)]
pub enum Folded<'a> {
    /// The node is this constant.
    Const(Constant),
    /// A list display (not constant) compiled as a tuple display.
    ListAsTuple,
    /// `not <compare>` turned into the compare with its operator inverted.
    InvertedCompare,
    /// `'...' % (...)` turned into an f-string with these parts.
    Format(Vec<FormatPart<'a>>),
}

/// One part of an f-string made from a `%` format.
#[derive(Clone, Debug)]
pub enum FormatPart<'a> {
    /// Literal text (compiled without a source location).
    Literal(String),
    /// A formatted value: `conversion` is `s`, `r` or `a`; `spec` the format spec.
    Value {
        /// The value.
        value: &'a Expr,
        /// The conversion character.
        conversion: char,
        /// The format spec, if any.
        spec: Option<String>,
    },
}

/// The optimizer's decisions for one module.
#[derive(Debug, Default)]
pub struct Folds<'a> {
    map: FxHashMap<usize, Folded<'a>>,
    /// Expression statements that fold to a str at the head of a body,
    /// which CPython wraps in an f-string so they are no docstring.
    wrapped: FxHashSet<usize>,
    future_annotations: bool,
}

/// The map key of a node: its address.
fn addr(e: &Expr) -> usize {
    e as *const Expr as usize
}

/// The map key of a node the optimizer rewrites.
fn key(e: &Expr) -> usize {
    debug_assert!(
        may_fold(e),
        "the optimizer rewrote a kind `may_fold` rules out"
    );
    addr(e)
}

/// Whether the optimizer can rewrite a node like `e`: codegen asks about
/// every expression, and most (calls, attributes, names) need no lookup.
fn may_fold(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::BinOp { .. }
        | ExprKind::UnaryOp { .. }
        | ExprKind::Subscript { .. }
        | ExprKind::Tuple { .. }
        | ExprKind::List { .. }
        | ExprKind::Set { .. } => true,
        ExprKind::Name { id, .. } => id == "__debug__",
        _ => false,
    }
}

/// The inverse of an identity or membership test.
pub fn invert(op: CmpOp) -> Option<CmpOp> {
    Some(match op {
        CmpOp::Is => CmpOp::IsNot,
        CmpOp::IsNot => CmpOp::Is,
        CmpOp::In => CmpOp::NotIn,
        CmpOp::NotIn => CmpOp::In,
        _ => return None,
    })
}

impl<'a> Folds<'a> {
    /// Runs the optimizer over a module.
    pub fn build(module: &'a Mod, future: &FutureFeatures) -> Folds<'a> {
        let mut f = Folds {
            map: FxHashMap::default(),
            wrapped: FxHashSet::default(),
            future_annotations: future.annotations,
        };
        match module {
            Mod::Module { body, .. } => f.code_body(body),
            Mod::Interactive { body } => f.body(body),
            Mod::Expression { body } => {
                f.expr(body);
            }
            Mod::FunctionType { .. } => {}
        }
        f
    }

    /// What became of `e`, if the optimizer changed it.
    pub fn get(&self, e: &Expr) -> Option<&Folded<'a>> {
        if self.map.is_empty() || !may_fold(e) {
            return None;
        }
        self.map.get(&addr(e))
    }

    /// The constant `e` is after optimization (a literal or a folded node).
    pub fn constant(&self, e: &Expr) -> Option<Constant> {
        match &e.kind {
            ExprKind::Constant { value, .. } => Some(value.into()),
            _ => match self.get(e) {
                Some(Folded::Const(c)) => Some(c.clone()),
                _ => None,
            },
        }
    }

    /// Whether `e` is a constant after optimization.
    pub fn is_constant(&self, e: &Expr) -> bool {
        matches!(e.kind, ExprKind::Constant { .. }) || matches!(self.get(e), Some(Folded::Const(_)))
    }

    /// Whether `e`, a statement's expression, is a folded str CPython
    /// wraps in an f-string (`astfold_body`).
    pub fn is_wrapped_docstring(&self, e: &Expr) -> bool {
        !self.wrapped.is_empty() && self.wrapped.contains(&addr(e))
    }

    /// `astfold_body`: a module, class or function body.
    fn code_body(&mut self, body: &'a [Stmt]) {
        self.body(body);
        if crate::future::has_docstring(body) {
            return;
        }
        if let Some(StmtKind::Expr { value }) = body.first().map(|s| &s.kind) {
            if matches!(
                self.get(value),
                Some(Folded::Const(Constant::Str(_) | Constant::SurrogateStr(_)))
            ) {
                self.wrapped.insert(key(value));
            }
        }
    }

    fn set_const(&mut self, e: &Expr, c: Constant) -> Option<Constant> {
        self.map.insert(key(e), Folded::Const(c.clone()));
        Some(c)
    }

    fn body(&mut self, body: &'a [Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn exprs(&mut self, exprs: &'a [Expr]) {
        for e in exprs {
            self.expr(e);
        }
    }

    fn opt(&mut self, e: Option<&'a Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn annotation(&mut self, e: Option<&'a Expr>) {
        if !self.future_annotations {
            self.opt(e);
        }
    }

    fn arguments(&mut self, a: &'a Arguments) {
        for arg in a.posonlyargs.iter().chain(&a.args) {
            self.annotation(arg.annotation.as_deref());
        }
        if let Some(v) = &a.vararg {
            self.annotation(v.annotation.as_deref());
        }
        for arg in &a.kwonlyargs {
            self.annotation(arg.annotation.as_deref());
        }
        for d in a.kw_defaults.iter().flatten() {
            self.expr(d);
        }
        if let Some(k) = &a.kwarg {
            self.annotation(k.annotation.as_deref());
        }
        self.exprs(&a.defaults);
    }

    fn keywords(&mut self, keywords: &'a [Keyword]) {
        for k in keywords {
            self.expr(&k.value);
        }
    }

    fn comprehensions(&mut self, generators: &'a [Comprehension]) {
        for g in generators {
            self.expr(&g.target);
            self.expr(&g.iter);
            self.exprs(&g.ifs);
            self.fold_iter(&g.iter);
        }
    }

    fn stmt(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::FunctionDef {
                args,
                body,
                decorator_list,
                returns,
                ..
            }
            | StmtKind::AsyncFunctionDef {
                args,
                body,
                decorator_list,
                returns,
                ..
            } => {
                self.arguments(args);
                self.code_body(body);
                self.exprs(decorator_list);
                self.annotation(returns.as_deref());
            }
            StmtKind::ClassDef {
                bases,
                keywords,
                body,
                decorator_list,
                ..
            } => {
                self.exprs(bases);
                self.keywords(keywords);
                self.code_body(body);
                self.exprs(decorator_list);
            }
            StmtKind::Return { value } => self.opt(value.as_deref()),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value, .. } => {
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target);
                self.annotation(Some(annotation));
                self.opt(value.as_deref());
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target);
                self.expr(iter);
                self.body(body);
                self.body(orelse);
                self.fold_iter(iter);
            }
            StmtKind::AsyncFor {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target);
                self.expr(iter);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.body(body);
                self.body(orelse);
            }
            StmtKind::With { items, body, .. } | StmtKind::AsyncWith { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr);
                    self.opt(item.optional_vars.as_deref());
                }
                self.body(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&case.pattern);
                    self.opt(case.guard.as_deref());
                    self.body(&case.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_deref());
                self.opt(cause.as_deref());
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
                self.body(body);
                for h in handlers {
                    self.opt(h.r#type.as_deref());
                    self.body(&h.body);
                }
                self.body(orelse);
                self.body(finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt(msg.as_deref());
            }
            StmtKind::Expr { value } => {
                self.expr(value);
            }
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }

    fn pattern(&mut self, p: &'a Pattern) {
        match &p.kind {
            PatternKind::MatchValue { value } => {
                self.expr(value);
            }
            PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for q in patterns {
                    self.pattern(q);
                }
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                self.exprs(keys);
                for q in patterns {
                    self.pattern(q);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                for q in patterns.iter().chain(kwd_patterns) {
                    self.pattern(q);
                }
            }
            PatternKind::MatchAs { pattern, .. } => {
                if let Some(q) = pattern {
                    self.pattern(q);
                }
            }
        }
    }

    /// Folds `e` and its children; returns the constant `e` becomes.
    fn expr(&mut self, e: &'a Expr) -> Option<Constant> {
        match &e.kind {
            ExprKind::Constant { value, .. } => Some(value.into()),
            ExprKind::BoolOp { values, .. } => {
                self.exprs(values);
                None
            }
            ExprKind::BinOp { left, op, right } => {
                let l = self.expr(left);
                let r = self.expr(right);
                let l = l?;
                if *op == Operator::Mod {
                    if let (Constant::Str(fmt), ExprKind::Tuple { elts, .. }) = (&l, &right.kind) {
                        if r.is_none()
                            && !elts
                                .iter()
                                .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
                        {
                            if let Some(parts) = format::optimize(fmt, elts) {
                                self.map.insert(key(e), Folded::Format(parts));
                            }
                            return None;
                        }
                    }
                }
                let folded = eval::binary(*op, &l, &r?)?;
                self.set_const(e, folded)
            }
            ExprKind::UnaryOp { op, operand } => {
                let c = self.expr(operand);
                match c {
                    Some(c) => {
                        let folded = eval::unary(*op, &c)?;
                        self.set_const(e, folded)
                    }
                    None => {
                        if *op == UnaryOp::Not {
                            if let ExprKind::Compare { ops, .. } = &operand.kind {
                                if ops.len() == 1 && invert(ops[0]).is_some() {
                                    self.map.insert(key(e), Folded::InvertedCompare);
                                }
                            }
                        }
                        None
                    }
                }
            }
            ExprKind::Lambda { args, body } => {
                self.arguments(args);
                self.expr(body);
                None
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
                None
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
                None
            }
            ExprKind::Set { elts } => {
                self.exprs(elts);
                None
            }
            ExprKind::ListComp { elt, generators }
            | ExprKind::SetComp { elt, generators }
            | ExprKind::GeneratorExp { elt, generators } => {
                self.expr(elt);
                self.comprehensions(generators);
                None
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.expr(key);
                self.expr(value);
                self.comprehensions(generators);
                None
            }
            ExprKind::Await { value } | ExprKind::YieldFrom { value } => {
                self.expr(value);
                None
            }
            ExprKind::Yield { value } => {
                self.opt(value.as_deref());
                None
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.expr(left);
                self.exprs(comparators);
                if matches!(ops.last(), Some(CmpOp::In | CmpOp::NotIn)) {
                    if let Some(last) = comparators.last() {
                        self.fold_iter(last);
                    }
                }
                None
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func);
                self.exprs(args);
                self.keywords(keywords);
                None
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                self.opt(format_spec.as_deref());
                None
            }
            ExprKind::JoinedStr { values } => {
                self.exprs(values);
                None
            }
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => {
                self.expr(value);
                None
            }
            ExprKind::Subscript { value, slice, ctx } => {
                let v = self.expr(value);
                let i = self.expr(slice);
                if *ctx != ExprContext::Load {
                    return None;
                }
                let folded = eval::subscript(&v?, &i?)?;
                self.set_const(e, folded)
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower.as_deref());
                self.opt(upper.as_deref());
                self.opt(step.as_deref());
                None
            }
            ExprKind::List { elts, .. } => {
                self.exprs(elts);
                None
            }
            ExprKind::Tuple { elts, ctx } => {
                let items: Vec<Option<Constant>> = elts.iter().map(|x| self.expr(x)).collect();
                if *ctx != ExprContext::Load {
                    return None;
                }
                let items: Option<Vec<Constant>> = items.into_iter().collect();
                self.set_const(e, Constant::Tuple(items?))
            }
            ExprKind::Name { id, ctx } => {
                if *ctx == ExprContext::Load && id == "__debug__" {
                    return self.set_const(e, Constant::Bool(true));
                }
                None
            }
            ExprKind::NamedExpr { value, .. } => {
                self.expr(value);
                None
            }
        }
    }

    /// `fold_iter`: a list display becomes a tuple (a constant one if it
    /// can), a set display of constants a frozenset.
    fn fold_iter(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::List { elts, .. } => {
                if elts
                    .iter()
                    .any(|x| matches!(x.kind, ExprKind::Starred { .. }))
                {
                    return;
                }
                match self.all_constant(elts) {
                    Some(items) => {
                        self.set_const(e, Constant::Tuple(items));
                    }
                    None => {
                        self.map.insert(key(e), Folded::ListAsTuple);
                    }
                }
            }
            ExprKind::Set { elts } => {
                if let Some(items) = self.all_constant(elts) {
                    self.set_const(e, frozenset(items));
                }
            }
            _ => {}
        }
    }

    fn all_constant(&self, elts: &[Expr]) -> Option<Vec<Constant>> {
        elts.iter().map(|x| self.constant(x)).collect()
    }
}

/// A frozenset of `items`, equal items (in Python's sense) kept once, in
/// CPython's iteration order.
pub fn frozenset(items: Vec<Constant>) -> Constant {
    let mut out: Vec<Constant> = Vec::with_capacity(items.len());
    for item in items {
        if !out.iter().any(|o| python_eq(o, &item)) {
            out.push(item);
        }
    }
    // The compiler's constant cache rebuilds the set from its iteration
    // order; interning its name-like strings rebuilds it once more.
    let has_name_str = out
        .iter()
        .any(|c| matches!(c, Constant::Str(s) if s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_')));
    let mut ordered = out;
    for _ in 0..if has_name_str { 3 } else { 2 } {
        ordered = match crate::pyhash::set_order(ordered) {
            Ok(o) => o,
            Err(items) => break_order(items),
        };
    }
    Constant::FrozenSet(ordered)
}

/// Items whose hashes are unknown keep their order.
fn break_order(items: Vec<Constant>) -> Vec<Constant> {
    items
}

/// Python's `==` between two constants (numbers compare across types).
pub fn python_eq(a: &Constant, b: &Constant) -> bool {
    use Constant as C;
    let as_num = |c: &C| -> Option<(f64, f64, Option<num_bigint::BigInt>)> {
        Some(match c {
            C::Bool(x) => (f64::from(u8::from(*x)), 0.0, Some(u8::from(*x).into())),
            C::Int(i) => (*i as f64, 0.0, Some((*i).into())),
            C::BigInt(b) => (num_traits::ToPrimitive::to_f64(b)?, 0.0, Some(b.clone())),
            C::Float(f) => (*f, 0.0, None),
            C::Complex { real, imag } => (*real, *imag, None),
            _ => return None,
        })
    };
    match (a, b) {
        (C::Tuple(x), C::Tuple(y)) | (C::FrozenSet(x), C::FrozenSet(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| python_eq(p, q))
        }
        _ => match (as_num(a), as_num(b)) {
            (Some((ar, ai, aint)), Some((br, bi, bint))) => match (aint, bint) {
                (Some(x), Some(y)) => x == y,
                _ => ar == br && ai == bi,
            },
            (None, None) => crate::consts::same_constant(a, b),
            _ => false,
        },
    }
}

mod format;
