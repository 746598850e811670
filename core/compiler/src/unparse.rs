//! Annotations as source text, for `from __future__ import annotations`:
//! CPython 3.11's `Python/ast_unparse.c` (`_PyAST_ExprAsUnicode`), with its
//! precedence rules and spacing, so the strings equal CPython's.

use crate::code::Constant;
use pvm_syntax::ast::{
    Arg, Arguments, BoolOp, CmpOp, Comprehension, Expr, ExprKind, Keyword, Operator, UnaryOp,
};

const PR_TUPLE: u8 = 0;
const PR_TEST: u8 = 1;
const PR_OR: u8 = 2;
const PR_AND: u8 = 3;
const PR_NOT: u8 = 4;
const PR_CMP: u8 = 5;
const PR_EXPR: u8 = 6;
const PR_BOR: u8 = 6;
const PR_BXOR: u8 = 7;
const PR_BAND: u8 = 8;
const PR_SHIFT: u8 = 9;
const PR_ARITH: u8 = 10;
const PR_TERM: u8 = 11;
const PR_FACTOR: u8 = 12;
const PR_POWER: u8 = 13;
const PR_AWAIT: u8 = 14;
const PR_ATOM: u8 = 15;

/// The source text CPython stores for an annotation.
pub fn unparse(e: &Expr) -> String {
    let mut out = String::new();
    expr(&mut out, e, PR_TEST);
    out
}

fn open(out: &mut String, cond: bool) {
    if cond {
        out.push('(');
    }
}

fn close(out: &mut String, cond: bool) {
    if cond {
        out.push(')');
    }
}

fn expr(out: &mut String, e: &Expr, level: u8) {
    match &e.kind {
        ExprKind::BoolOp { op, values } => {
            let (sep, pr) = match op {
                BoolOp::And => (" and ", PR_AND),
                BoolOp::Or => (" or ", PR_OR),
            };
            open(out, level > pr);
            for (i, v) in values.iter().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                expr(out, v, pr + 1);
            }
            close(out, level > pr);
        }
        ExprKind::BinOp { left, op, right } => {
            let (sym, pr) = match op {
                Operator::Add => (" + ", PR_ARITH),
                Operator::Sub => (" - ", PR_ARITH),
                Operator::Mult => (" * ", PR_TERM),
                Operator::MatMult => (" @ ", PR_TERM),
                Operator::Div => (" / ", PR_TERM),
                Operator::Mod => (" % ", PR_TERM),
                Operator::FloorDiv => (" // ", PR_TERM),
                Operator::LShift => (" << ", PR_SHIFT),
                Operator::RShift => (" >> ", PR_SHIFT),
                Operator::BitOr => (" | ", PR_BOR),
                Operator::BitXor => (" ^ ", PR_BXOR),
                Operator::BitAnd => (" & ", PR_BAND),
                Operator::Pow => (" ** ", PR_POWER),
            };
            let rassoc = u8::from(*op == Operator::Pow);
            open(out, level > pr);
            expr(out, left, pr + rassoc);
            out.push_str(sym);
            expr(out, right, pr + 1 - rassoc);
            close(out, level > pr);
        }
        ExprKind::UnaryOp { op, operand } => {
            let (sym, pr) = match op {
                UnaryOp::Invert => ("~", PR_FACTOR),
                UnaryOp::Not => ("not ", PR_NOT),
                UnaryOp::UAdd => ("+", PR_FACTOR),
                UnaryOp::USub => ("-", PR_FACTOR),
            };
            open(out, level > pr);
            out.push_str(sym);
            expr(out, operand, pr);
            close(out, level > pr);
        }
        ExprKind::Lambda { args, body } => {
            open(out, level > PR_TEST);
            let positional = args.args.len() + args.posonlyargs.len();
            out.push_str(if positional > 0 { "lambda " } else { "lambda" });
            arguments(out, args);
            out.push_str(": ");
            expr(out, body, PR_TEST);
            close(out, level > PR_TEST);
        }
        ExprKind::IfExp { test, body, orelse } => {
            open(out, level > PR_TEST);
            expr(out, body, PR_TEST + 1);
            out.push_str(" if ");
            expr(out, test, PR_TEST + 1);
            out.push_str(" else ");
            expr(out, orelse, PR_TEST);
            close(out, level > PR_TEST);
        }
        ExprKind::Dict { keys, values } => {
            out.push('{');
            for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                match k {
                    Some(k) => {
                        expr(out, k, PR_TEST);
                        out.push_str(": ");
                        expr(out, v, PR_TEST);
                    }
                    None => {
                        out.push_str("**");
                        expr(out, v, PR_EXPR);
                    }
                }
            }
            out.push('}');
        }
        ExprKind::Set { elts } => {
            if elts.is_empty() {
                out.push_str("{*()}");
            } else {
                out.push('{');
                seq(out, elts);
                out.push('}');
            }
        }
        ExprKind::ListComp { elt, generators } => {
            out.push('[');
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push(']');
        }
        ExprKind::SetComp { elt, generators } => {
            out.push('{');
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.push('{');
            expr(out, key, PR_TEST);
            out.push_str(": ");
            expr(out, value, PR_TEST);
            comprehensions(out, generators);
            out.push('}');
        }
        ExprKind::GeneratorExp { elt, generators } => {
            out.push('(');
            expr(out, elt, PR_TEST);
            comprehensions(out, generators);
            out.push(')');
        }
        ExprKind::Await { value } => {
            open(out, level > PR_AWAIT);
            out.push_str("await ");
            expr(out, value, PR_ATOM);
            close(out, level > PR_AWAIT);
        }
        ExprKind::Yield { value } => match value {
            None => out.push_str("(yield)"),
            Some(v) => {
                out.push_str("(yield ");
                expr(out, v, PR_TEST);
                out.push(')');
            }
        },
        ExprKind::YieldFrom { value } => {
            out.push_str("(yield from ");
            expr(out, value, PR_TEST);
            out.push(')');
        }
        ExprKind::Compare {
            left,
            ops,
            comparators,
        } => {
            open(out, level > PR_CMP);
            expr(out, left, PR_CMP + 1);
            for (op, c) in ops.iter().zip(comparators) {
                out.push_str(match op {
                    CmpOp::Eq => " == ",
                    CmpOp::NotEq => " != ",
                    CmpOp::Lt => " < ",
                    CmpOp::LtE => " <= ",
                    CmpOp::Gt => " > ",
                    CmpOp::GtE => " >= ",
                    CmpOp::Is => " is ",
                    CmpOp::IsNot => " is not ",
                    CmpOp::In => " in ",
                    CmpOp::NotIn => " not in ",
                });
                expr(out, c, PR_CMP + 1);
            }
            close(out, level > PR_CMP);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => call(out, func, args, keywords),
        ExprKind::FormattedValue { .. } => formatted_value(out, e),
        ExprKind::JoinedStr { values } => {
            let body = fstring_body(values);
            out.push('f');
            out.push_str(&Constant::Str(body).repr());
        }
        ExprKind::Constant { value, kind } => {
            if matches!(value, pvm_syntax::ast::Constant::Ellipsis) {
                out.push_str("...");
                return;
            }
            if kind.is_some() {
                out.push('u');
            }
            let c = Constant::from(value);
            let r = c.repr();
            if matches!(c, Constant::Float(_) | Constant::Complex { .. }) {
                out.push_str(&r.replace("inf", "1e309"));
            } else {
                out.push_str(&r);
            }
        }
        ExprKind::Attribute { value, attr, .. } => {
            expr(out, value, PR_ATOM);
            let int_literal = matches!(
                &value.kind,
                ExprKind::Constant {
                    value: pvm_syntax::ast::Constant::Int(_) | pvm_syntax::ast::Constant::BigInt(_),
                    ..
                }
            );
            out.push_str(if int_literal { " ." } else { "." });
            out.push_str(attr);
        }
        ExprKind::Subscript { value, slice, .. } => {
            expr(out, value, PR_ATOM);
            out.push('[');
            expr(out, slice, PR_TUPLE);
            out.push(']');
        }
        ExprKind::Starred { value, .. } => {
            out.push('*');
            expr(out, value, PR_EXPR);
        }
        ExprKind::Name { id, .. } => out.push_str(id),
        ExprKind::List { elts, .. } => {
            out.push('[');
            seq(out, elts);
            out.push(']');
        }
        ExprKind::Tuple { elts, .. } => {
            if elts.is_empty() {
                out.push_str("()");
                return;
            }
            open(out, level > PR_TUPLE);
            seq(out, elts);
            if elts.len() == 1 {
                out.push(',');
            }
            close(out, level > PR_TUPLE);
        }
        ExprKind::Slice { lower, upper, step } => {
            if let Some(l) = lower {
                expr(out, l, PR_TEST);
            }
            out.push(':');
            if let Some(u) = upper {
                expr(out, u, PR_TEST);
            }
            if let Some(s) = step {
                out.push(':');
                expr(out, s, PR_TEST);
            }
        }
        ExprKind::NamedExpr { target, value } => {
            open(out, level > PR_TUPLE);
            expr(out, target, PR_ATOM);
            out.push_str(" := ");
            expr(out, value, PR_ATOM);
            close(out, level > PR_TUPLE);
        }
    }
}

fn seq(out: &mut String, elts: &[Expr]) {
    for (i, x) in elts.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        expr(out, x, PR_TEST);
    }
}

fn comprehensions(out: &mut String, generators: &[Comprehension]) {
    for g in generators {
        out.push_str(if g.is_async != 0 {
            " async for "
        } else {
            " for "
        });
        expr(out, &g.target, PR_TUPLE);
        out.push_str(" in ");
        expr(out, &g.iter, PR_TEST + 1);
        for cond in &g.ifs {
            out.push_str(" if ");
            expr(out, cond, PR_TEST + 1);
        }
    }
}

fn call(out: &mut String, func: &Expr, args: &[Expr], keywords: &[Keyword]) {
    expr(out, func, PR_ATOM);
    if let ([one], []) = (args, keywords) {
        if matches!(one.kind, ExprKind::GeneratorExp { .. }) {
            expr(out, one, PR_TEST);
            return;
        }
    }
    out.push('(');
    let mut first = true;
    for a in args {
        if !first {
            out.push_str(", ");
        }
        first = false;
        expr(out, a, PR_TEST);
    }
    for k in keywords {
        if !first {
            out.push_str(", ");
        }
        first = false;
        match &k.arg {
            Some(name) => {
                out.push_str(name);
                out.push('=');
            }
            None => out.push_str("**"),
        }
        expr(out, &k.value, PR_TEST);
    }
    out.push(')');
}

fn arg(out: &mut String, a: &Arg) {
    out.push_str(&a.arg);
    if let Some(ann) = &a.annotation {
        out.push_str(": ");
        expr(out, ann, PR_TEST);
    }
}

fn arguments(out: &mut String, args: &Arguments) {
    let mut first = true;
    let mut sep = |out: &mut String| {
        if !first {
            out.push_str(", ");
        }
        first = false;
    };
    let posonly = args.posonlyargs.len();
    let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
    let ndefaults = args.defaults.len() as isize;
    for (i, a) in positional.iter().enumerate() {
        sep(out);
        arg(out, a);
        let di = i as isize - positional.len() as isize + ndefaults;
        if di >= 0 {
            out.push('=');
            expr(out, &args.defaults[di as usize], PR_TEST);
        }
        if posonly > 0 && i + 1 == posonly {
            out.push_str(", /");
        }
    }
    if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
        sep(out);
        out.push('*');
        if let Some(v) = &args.vararg {
            arg(out, v);
        }
    }
    let nkw = args.kwonlyargs.len() as isize;
    let nkwdefaults = args.kw_defaults.len() as isize;
    for (i, a) in args.kwonlyargs.iter().enumerate() {
        sep(out);
        arg(out, a);
        let di = i as isize - nkw + nkwdefaults;
        if di >= 0 {
            if let Some(d) = &args.kw_defaults[di as usize] {
                out.push('=');
                expr(out, d, PR_TEST);
            }
        }
    }
    if let Some(k) = &args.kwarg {
        sep(out);
        out.push_str("**");
        arg(out, k);
    }
}

fn fstring_body(values: &[Expr]) -> String {
    let mut body = String::new();
    for v in values {
        fstring_element(&mut body, v, true);
    }
    body
}

fn fstring_element(out: &mut String, e: &Expr, _in_body: bool) {
    match &e.kind {
        ExprKind::Constant {
            value: pvm_syntax::ast::Constant::Str(s),
            ..
        } => out.push_str(&s.replace('{', "{{").replace('}', "}}")),
        ExprKind::JoinedStr { values } => {
            for v in values {
                fstring_element(out, v, true);
            }
        }
        ExprKind::FormattedValue { .. } => formatted_value(out, e),
        _ => {}
    }
}

fn formatted_value(out: &mut String, e: &Expr) {
    let ExprKind::FormattedValue {
        value,
        conversion,
        format_spec,
    } = &e.kind
    else {
        return;
    };
    let mut inner = String::new();
    expr(&mut inner, value, PR_TEST + 1);
    out.push_str(if inner.starts_with('{') { "{ " } else { "{" });
    out.push_str(&inner);
    match *conversion {
        97 => out.push_str("!a"),
        114 => out.push_str("!r"),
        115 => out.push_str("!s"),
        _ => {}
    }
    if let Some(spec) = format_spec {
        out.push(':');
        fstring_element(out, spec, true);
    }
    out.push('}');
}

#[cfg(test)]
mod tests {
    use super::unparse;
    use pvm_syntax::ast::{Mod, StmtKind};

    fn roundtrip(src: &str) -> String {
        let (module, errors) = pvm_syntax::parse_module(src);
        assert!(errors.is_empty());
        let Mod::Module { body, .. } = module else {
            unreachable!()
        };
        let StmtKind::Expr { value } = &body[0].kind else {
            unreachable!()
        };
        unparse(value)
    }

    #[test]
    fn unparses_like_cpython() {
        assert_eq!(roundtrip("a+b*c"), "a + b * c");
        assert_eq!(roundtrip("(a+b)*c"), "(a + b) * c");
        assert_eq!(roundtrip("a, b"), "(a, b)");
        assert_eq!(roundtrip("x[1:2, ::3]"), "x[1:2, ::3]");
        assert_eq!(roundtrip("-x ** 2"), "-x ** 2");
        assert_eq!(roundtrip("(-x) ** 2"), "(-x) ** 2");
        assert_eq!(
            roundtrip("lambda a, *b, c=1, **d: a"),
            "lambda a, *b, c=1, **d: a"
        );
        assert_eq!(roundtrip("f(x for x in y)"), "f(x for x in y)");
        assert_eq!(roundtrip("f'{a!r:>{w}}'"), "f'{a!r:>{w}}'");
        assert_eq!(roundtrip("1 .real"), "1 .real");
        assert_eq!(roundtrip("not a in b"), "not a in b");
    }
}
