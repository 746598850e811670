//! Lowering of expressions, call arguments and assignment contexts.

use super::node::Node;
use super::{has_token, identifier, token, tokens, Lowerer};
use crate::ast::*;
use crate::SyntaxKind::{self, *};
use num_bigint::BigInt;
use num_traits::Num;

impl Lowerer<'_> {
    /// Lowers one expression node.
    pub(super) fn expr(&mut self, node: &Node) -> Expr {
        let pos = self.pos(node);
        let kind = match node.kind() {
            NAME_EXPR => {
                let id = token(node, NAME)
                    .map(|t| identifier(t.text()))
                    .unwrap_or_default();
                ExprKind::Name {
                    id,
                    ctx: ExprContext::Load,
                }
            }
            LITERAL => {
                let value = match tokens(node).next().map(|t| (t.kind(), t)) {
                    Some((NUMBER, t)) => number(t.text()),
                    Some((TRUE_KW, _)) => Constant::Bool(true),
                    Some((FALSE_KW, _)) => Constant::Bool(false),
                    Some((ELLIPSIS, _)) => Constant::Ellipsis,
                    _ => Constant::None,
                };
                ExprKind::Constant { value, kind: None }
            }
            STRING_EXPR => return self.strings(node),
            PAREN_EXPR => {
                return match node.children().find(|c| c.kind().is_expr()) {
                    Some(inner) => self.expr(&inner),
                    None => self.missing(node.text_range()),
                }
            }
            TUPLE_EXPR => ExprKind::Tuple {
                elts: self.exprs(node).collect(),
                ctx: ExprContext::Load,
            },
            LIST_EXPR => ExprKind::List {
                elts: self.exprs(node).collect(),
                ctx: ExprContext::Load,
            },
            SET_EXPR => ExprKind::Set {
                elts: self.exprs(node).collect(),
            },
            DICT_EXPR => {
                let (mut keys, mut values) = (Vec::new(), Vec::new());
                for item in node.children().filter(|c| c.kind() == DICT_ITEM) {
                    let mut parts: Vec<Expr> = self.exprs(&item).collect();
                    if has_token(&item, DOUBLESTAR) {
                        keys.push(None);
                        values.push(
                            parts
                                .pop()
                                .unwrap_or_else(|| self.missing(item.text_range())),
                        );
                    } else {
                        let value = if parts.len() > 1 { parts.pop() } else { None };
                        keys.push(parts.pop());
                        values.push(value.unwrap_or_else(|| self.missing(item.text_range())));
                    }
                }
                ExprKind::Dict { keys, values }
            }
            LIST_COMP | SET_COMP | GENERATOR_EXP => {
                let elt = Box::new(
                    self.first_expr(node)
                        .unwrap_or_else(|| self.missing(node.text_range())),
                );
                let generators = self.comprehensions(node);
                match node.kind() {
                    LIST_COMP => ExprKind::ListComp { elt, generators },
                    SET_COMP => ExprKind::SetComp { elt, generators },
                    _ => ExprKind::GeneratorExp { elt, generators },
                }
            }
            DICT_COMP => {
                let item = node.children().find(|c| c.kind() == DICT_ITEM);
                let mut parts: Vec<Expr> = match &item {
                    Some(item) => self.exprs(item).collect(),
                    None => Vec::new(),
                };
                let value = parts
                    .pop()
                    .unwrap_or_else(|| self.missing(node.text_range()));
                let key = parts
                    .pop()
                    .unwrap_or_else(|| self.missing(node.text_range()));
                let generators = self.comprehensions(node);
                ExprKind::DictComp {
                    key: Box::new(key),
                    value: Box::new(value),
                    generators,
                }
            }
            BIN_EXPR => {
                let op = tokens(node)
                    .find_map(|t| binop(t.kind()))
                    .unwrap_or(Operator::Add);
                let (left, right) = self.two(node);
                ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                }
            }
            UNARY_EXPR => {
                let op = match tokens(node).next().map(|t| t.kind()) {
                    Some(NOT_KW) => UnaryOp::Not,
                    Some(MINUS) => UnaryOp::USub,
                    Some(PLUS) => UnaryOp::UAdd,
                    _ => UnaryOp::Invert,
                };
                let operand = self
                    .first_expr(node)
                    .unwrap_or_else(|| self.missing(node.text_range()));
                ExprKind::UnaryOp {
                    op,
                    operand: Box::new(operand),
                }
            }
            BOOL_EXPR => {
                let op = if has_token(node, AND_KW) {
                    BoolOp::And
                } else {
                    BoolOp::Or
                };
                let mut values = Vec::new();
                self.flatten_bool(node, op, &mut values);
                ExprKind::BoolOp { op, values }
            }
            COMPARE_EXPR => {
                let mut ops = Vec::new();
                let mut prev: Option<SyntaxKind> = None;
                for t in tokens(node) {
                    let op = match (prev, t.kind()) {
                        (Some(NOT_KW), IN_KW) => Some(CmpOp::NotIn),
                        (Some(IS_KW), NOT_KW) => Some(CmpOp::IsNot),
                        (_, NOT_KW) => None,
                        (_, IS_KW) => None,
                        (_, k) => cmpop(k),
                    };
                    if matches!(prev, Some(IS_KW)) && t.kind() != NOT_KW {
                        ops.push(CmpOp::Is);
                    }
                    if let Some(op) = op {
                        ops.push(op);
                    }
                    // A two-word operator is complete: don't pair its second word again.
                    prev = if matches!(op, Some(CmpOp::NotIn | CmpOp::IsNot)) {
                        None
                    } else {
                        Some(t.kind())
                    };
                }
                if matches!(prev, Some(IS_KW)) {
                    ops.push(CmpOp::Is);
                }
                let mut all: Vec<Expr> = self.exprs(node).collect();
                if all.is_empty() {
                    all.push(self.missing(node.text_range()));
                }
                let left = all.remove(0);
                ExprKind::Compare {
                    left: Box::new(left),
                    ops,
                    comparators: all,
                }
            }
            CALL_EXPR => {
                let func = self
                    .first_expr(node)
                    .unwrap_or_else(|| self.missing(node.text_range()));
                let (args, keywords) = match node.children().find(|c| c.kind() == ARG_LIST) {
                    Some(list) => self.call_args(&list),
                    None => (Vec::new(), Vec::new()),
                };
                ExprKind::Call {
                    func: Box::new(func),
                    args,
                    keywords,
                }
            }
            ATTRIBUTE_EXPR => {
                let value = self
                    .first_expr(node)
                    .unwrap_or_else(|| self.missing(node.text_range()));
                let attr = tokens(node)
                    .filter(|t| t.kind() == NAME)
                    .last()
                    .map(|t| identifier(t.text()))
                    .unwrap_or_default();
                ExprKind::Attribute {
                    value: Box::new(value),
                    attr,
                    ctx: ExprContext::Load,
                }
            }
            SUBSCRIPT_EXPR => {
                let (value, mut slice) = self.two(node);
                if matches!(slice.kind, ExprKind::Starred { .. }) {
                    // `a[*b]` subscripts with a one-element tuple.
                    let pos = slice.pos;
                    slice = Expr {
                        kind: ExprKind::Tuple {
                            elts: vec![slice],
                            ctx: ExprContext::Load,
                        },
                        pos,
                    };
                }
                ExprKind::Subscript {
                    value: Box::new(value),
                    slice: Box::new(slice),
                    ctx: ExprContext::Load,
                }
            }
            SLICE_EXPR => {
                let (mut lower, mut upper, mut step) = (None, None, None);
                let mut colons = 0;
                for el in node.children_with_tokens() {
                    match el {
                        rowan::NodeOrToken::Token(t) if t.kind() == COLON => colons += 1,
                        rowan::NodeOrToken::Node(n) if n.kind().is_expr() => {
                            let e = Some(Box::new(self.expr(&n)));
                            match colons {
                                0 => lower = e,
                                1 => upper = e,
                                _ => step = e,
                            }
                        }
                        _ => {}
                    }
                }
                ExprKind::Slice { lower, upper, step }
            }
            STARRED_EXPR => {
                let value = self
                    .first_expr(node)
                    .unwrap_or_else(|| self.missing(node.text_range()));
                ExprKind::Starred {
                    value: Box::new(value),
                    ctx: ExprContext::Load,
                }
            }
            NAMED_EXPR => {
                let (target, value) = self.two(node);
                let target = if matches!(target.kind, ExprKind::Name { .. }) {
                    self.set_ctx(target, ExprContext::Store, "assign to")
                } else {
                    let name = expr_name(&target);
                    let range = node
                        .children()
                        .find(|c| c.kind().is_expr())
                        .unwrap()
                        .text_range();
                    self.error(
                        format!("cannot use assignment expressions with {name}"),
                        range,
                    );
                    target
                };
                ExprKind::NamedExpr {
                    target: Box::new(target),
                    value: Box::new(value),
                }
            }
            IF_EXPR => {
                let mut all: Vec<Expr> = self.exprs(node).collect();
                while all.len() < 3 {
                    all.push(self.missing(node.text_range()));
                }
                let orelse = all.pop().unwrap();
                let test = all.pop().unwrap();
                let body = all.pop().unwrap();
                ExprKind::IfExp {
                    test: Box::new(test),
                    body: Box::new(body),
                    orelse: Box::new(orelse),
                }
            }
            LAMBDA_EXPR => {
                let args = match node.children().find(|c| c.kind() == PARAM_LIST) {
                    Some(p) => self.arguments(&p),
                    None => Arguments::default(),
                };
                let body = self
                    .first_expr(node)
                    .unwrap_or_else(|| self.missing(node.text_range()));
                ExprKind::Lambda {
                    args: Box::new(args),
                    body: Box::new(body),
                }
            }
            YIELD_EXPR => {
                let value = self.first_expr(node);
                if has_token(node, FROM_KW) {
                    ExprKind::YieldFrom {
                        value: Box::new(value.unwrap_or_else(|| self.missing(node.text_range()))),
                    }
                } else {
                    ExprKind::Yield {
                        value: value.map(Box::new),
                    }
                }
            }
            AWAIT_EXPR => {
                let value = self
                    .first_expr(node)
                    .unwrap_or_else(|| self.missing(node.text_range()));
                ExprKind::Await {
                    value: Box::new(value),
                }
            }
            _ => return self.missing(node.text_range()),
        };
        Expr { kind, pos }
    }

    /// The first two expression children, with placeholders when missing.
    fn two(&mut self, node: &Node) -> (Expr, Expr) {
        let mut it: Vec<Expr> = self.exprs(node).take(2).collect();
        while it.len() < 2 {
            it.push(self.missing(node.text_range()));
        }
        let b = it.pop().unwrap();
        (it.pop().unwrap(), b)
    }

    fn flatten_bool(&mut self, node: &Node, op: BoolOp, out: &mut Vec<Expr>) {
        for child in node.children().filter(|c| c.kind().is_expr()) {
            let same =
                child.kind() == BOOL_EXPR && (has_token(&child, AND_KW) == (op == BoolOp::And));
            if same {
                self.flatten_bool(&child, op, out);
            } else {
                out.push(self.expr(&child));
            }
        }
    }

    fn comprehensions(&mut self, node: &Node) -> Vec<Comprehension> {
        let clauses: Vec<Node> = node.children().filter(|c| c.kind() == COMP_FOR).collect();
        clauses
            .iter()
            .map(|c| {
                let mut parts = self.exprs(c);
                let target = parts.next();
                let iter = parts.next();
                drop(parts);
                let target = target.unwrap_or_else(|| self.missing(c.text_range()));
                let iter = iter.unwrap_or_else(|| self.missing(c.text_range()));
                let target = self.set_ctx(target, ExprContext::Store, "assign to");
                let ifs: Vec<Node> = c.children().filter(|i| i.kind() == COMP_IF).collect();
                let ifs = ifs.iter().filter_map(|i| self.first_expr(i)).collect();
                Comprehension {
                    target,
                    iter,
                    ifs,
                    is_async: has_token(c, ASYNC_KW) as i64,
                }
            })
            .collect()
    }

    /// Positional and keyword arguments of a call or class header.
    pub(super) fn call_args(&mut self, list: &Node) -> (Vec<Expr>, Vec<Keyword>) {
        let mut args = Vec::new();
        let mut keywords = Vec::new();
        let children: Vec<Node> = list.children().collect();
        let n_args = children
            .iter()
            .filter(|c| {
                c.kind().is_expr() || matches!(c.kind(), KEYWORD_ARG | STAR_ARG | DOUBLE_STAR_ARG)
            })
            .count();
        let mut seen_keyword = false;
        let mut seen_double_star = false;
        for child in &children {
            match child.kind() {
                KEYWORD_ARG => {
                    seen_keyword = true;
                    let arg = token(child, NAME).map(|t| identifier(t.text()));
                    let value = self
                        .first_expr(child)
                        .unwrap_or_else(|| self.missing(child.text_range()));
                    keywords.push(Keyword {
                        arg,
                        value,
                        pos: self.pos(child),
                    });
                }
                DOUBLE_STAR_ARG => {
                    seen_double_star = true;
                    let value = self
                        .first_expr(child)
                        .unwrap_or_else(|| self.missing(child.text_range()));
                    keywords.push(Keyword {
                        arg: None,
                        value,
                        pos: self.pos(child),
                    });
                }
                STAR_ARG => {
                    if seen_double_star {
                        self.error(
                            "iterable argument unpacking follows keyword argument unpacking",
                            child.text_range(),
                        );
                    }
                    let value = self
                        .first_expr(child)
                        .unwrap_or_else(|| self.missing(child.text_range()));
                    args.push(Expr {
                        kind: ExprKind::Starred {
                            value: Box::new(value),
                            ctx: ExprContext::Load,
                        },
                        pos: self.pos(child),
                    });
                }
                k if k.is_expr() => {
                    if seen_double_star {
                        self.error(
                            "positional argument follows keyword argument unpacking",
                            child.text_range(),
                        );
                    } else if seen_keyword {
                        self.error(
                            "positional argument follows keyword argument",
                            child.text_range(),
                        );
                    }
                    let mut e = self.expr(child);
                    if k == GENERATOR_EXP {
                        // A parenthesized genexp has its own parens as direct children.
                        let parenthesized = has_token(child, LPAR);
                        if n_args == 1 && !parenthesized {
                            e.pos = self.pos(list);
                        } else if n_args > 1 && !parenthesized {
                            self.error(
                                "Generator expression must be parenthesized",
                                child.text_range(),
                            );
                        }
                    }
                    args.push(e);
                }
                _ => {}
            }
        }
        (args, keywords)
    }

    /// Sets the context of an assignment target, reporting invalid ones.
    pub(super) fn set_ctx(&mut self, mut e: Expr, ctx: ExprContext, verb: &str) -> Expr {
        match &mut e.kind {
            ExprKind::Name { ctx: c, .. }
            | ExprKind::Attribute { ctx: c, .. }
            | ExprKind::Subscript { ctx: c, .. } => {
                *c = ctx;
            }
            ExprKind::Starred { .. } if ctx == ExprContext::Del => {
                let range = self.range_of(&e);
                self.error("cannot delete starred", range);
            }
            ExprKind::Starred { value, ctx: c } => {
                *c = ctx;
                let v = std::mem::replace(value.as_mut(), placeholder());
                **value = self.set_ctx(v, ctx, verb);
            }
            ExprKind::List { elts, ctx: c } | ExprKind::Tuple { elts, ctx: c } => {
                *c = ctx;
                let old = std::mem::take(elts);
                *elts = old
                    .into_iter()
                    .map(|x| self.set_ctx(x, ctx, verb))
                    .collect();
            }
            _ => {
                let name = expr_name(&e);
                let range = self.range_of(&e);
                self.error(format!("cannot {verb} {name}"), range);
            }
        }
        e
    }

    /// An `=` target: CPython adds a hint when a lone expression is assigned.
    pub(super) fn set_ctx_assign(&mut self, e: Expr) -> Expr {
        let hint = matches!(
            &e.kind,
            ExprKind::Call { .. }
                | ExprKind::BinOp { .. }
                | ExprKind::Await { .. }
                | ExprKind::Dict { .. }
                | ExprKind::Set { .. }
                | ExprKind::ListComp { .. }
                | ExprKind::SetComp { .. }
                | ExprKind::DictComp { .. }
                | ExprKind::JoinedStr { .. }
        ) || matches!(&e.kind, ExprKind::UnaryOp { op, .. } if *op != UnaryOp::Not)
            || matches!(&e.kind, ExprKind::Constant { value, .. } if !matches!(value, Constant::None | Constant::Bool(_) | Constant::Ellipsis));
        if hint {
            let name = expr_name(&e);
            let range = self.range_of(&e);
            self.error(
                format!("cannot assign to {name} here. Maybe you meant '==' instead of '='?"),
                range,
            );
            return e;
        }
        if matches!(e.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }) {
            let range = self.range_of(&e);
            self.error("assignment to yield expression not possible", range);
            return e;
        }
        self.set_ctx(e, ExprContext::Store, "assign to")
    }

    pub(super) fn set_ctx_aug(&mut self, mut e: Expr) -> Expr {
        match &mut e.kind {
            ExprKind::Name { ctx, .. }
            | ExprKind::Attribute { ctx, .. }
            | ExprKind::Subscript { ctx, .. } => {
                *ctx = ExprContext::Store;
            }
            _ => {
                let name = expr_name(&e);
                let range = self.range_of(&e);
                self.error(
                    format!("'{name}' is an illegal expression for augmented assignment"),
                    range,
                );
            }
        }
        e
    }

    pub(super) fn set_ctx_ann(&mut self, mut e: Expr, node: &Node) -> Expr {
        match &mut e.kind {
            ExprKind::Name { ctx, .. }
            | ExprKind::Attribute { ctx, .. }
            | ExprKind::Subscript { ctx, .. } => {
                *ctx = ExprContext::Store;
            }
            ExprKind::Tuple { .. } | ExprKind::List { .. } => {
                let what = if matches!(e.kind, ExprKind::Tuple { .. }) {
                    "tuple"
                } else {
                    "list"
                };
                self.error(
                    format!("only single target (not {what}) can be annotated"),
                    node.text_range(),
                );
            }
            _ => self.error("illegal target for annotation", node.text_range()),
        }
        e
    }

    /// The byte range (relative to this lowering's base) of a lowered expression.
    fn range_of(&self, e: &Expr) -> rowan::TextRange {
        let start = self.index.line_start(e.pos.lineno) + e.pos.col_offset;
        let end = self.index.line_start(e.pos.end_lineno) + e.pos.end_col_offset;
        let base = self.base;
        rowan::TextRange::new(
            (start.saturating_sub(base)).into(),
            (end.saturating_sub(base))
                .max(start.saturating_sub(base))
                .into(),
        )
    }
}

fn placeholder() -> Expr {
    Expr {
        kind: ExprKind::Name {
            id: Identifier::default(),
            ctx: ExprContext::Load,
        },
        pos: Pos::default(),
    }
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub(crate) fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value, .. } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

fn binop(kind: SyntaxKind) -> Option<Operator> {
    Some(match kind {
        PLUS => Operator::Add,
        MINUS => Operator::Sub,
        STAR => Operator::Mult,
        AT => Operator::MatMult,
        SLASH => Operator::Div,
        PERCENT => Operator::Mod,
        DOUBLESTAR => Operator::Pow,
        LEFTSHIFT => Operator::LShift,
        RIGHTSHIFT => Operator::RShift,
        VBAR => Operator::BitOr,
        CIRCUMFLEX => Operator::BitXor,
        AMPER => Operator::BitAnd,
        DOUBLESLASH => Operator::FloorDiv,
        _ => return None,
    })
}

fn cmpop(kind: SyntaxKind) -> Option<CmpOp> {
    Some(match kind {
        EQEQUAL => CmpOp::Eq,
        NOTEQUAL => CmpOp::NotEq,
        LESS => CmpOp::Lt,
        LESSEQUAL => CmpOp::LtE,
        GREATER => CmpOp::Gt,
        GREATEREQUAL => CmpOp::GtE,
        IN_KW => CmpOp::In,
        _ => return None,
    })
}

/// The value of a NUMBER token (the lexer has validated its shape).
pub(crate) fn number(text: &str) -> Constant {
    let clean: String = text.chars().filter(|&c| c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    if lower.ends_with('j') {
        let imag = lower[..lower.len() - 1].parse::<f64>().unwrap_or(0.0);
        return Constant::Complex { real: 0.0, imag };
    }
    let (digits, radix) = match lower.get(..2) {
        Some("0x") => (&lower[2..], 16),
        Some("0o") => (&lower[2..], 8),
        Some("0b") => (&lower[2..], 2),
        _ if lower.contains(['.', 'e']) => {
            return Constant::Float(lower.parse::<f64>().unwrap_or(0.0))
        }
        _ => (lower.as_str(), 10),
    };
    if let Ok(v) = i64::from_str_radix(digits, radix) {
        return Constant::Int(v);
    }
    match BigInt::from_str_radix(digits, radix) {
        Ok(v) => Constant::BigInt(v),
        Err(_) => Constant::Int(0),
    }
}
