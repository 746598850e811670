//! The little of CPython's AST optimizer (`Python/ast_opt.c`) that decides
//! compile errors: folding the numeric literals of match patterns
//! (`-1`, `1+2j`), Python's equality of constants for duplicate mapping
//! keys, and whether a `return` value folds to a constant.

use pvm_syntax::ast::{Constant, Expr, ExprContext, ExprKind, Operator, UnaryOp};
use pvm_syntax::pyrepr;

/// The constant a pattern value or mapping key folds to, if any.
pub fn fold_constant(e: &Expr) -> Option<Constant> {
    match &e.kind {
        ExprKind::Constant { value, .. } => Some(value.clone()),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => negate(fold_constant(operand)?),
        ExprKind::BinOp { left, op, right } if matches!(op, Operator::Add | Operator::Sub) => {
            let (lr, li) = as_complex(&fold_constant(left)?)?;
            let (rr, ri) = as_complex(&fold_constant(right)?)?;
            let sign = if *op == Operator::Add { 1.0 } else { -1.0 };
            Some(Constant::Complex {
                real: lr + sign * rr,
                imag: li + sign * ri,
            })
        }
        _ => None,
    }
}

fn negate(c: Constant) -> Option<Constant> {
    Some(match c {
        Constant::Int(i) => Constant::Int(i.checked_neg()?),
        Constant::BigInt(b) => {
            let n = -b;
            // Keep the invariant: an integer that fits in i64 is an Int.
            if n.to_string() == i64::MIN.to_string() {
                Constant::Int(i64::MIN)
            } else {
                Constant::BigInt(n)
            }
        }
        Constant::Float(f) => Constant::Float(-f),
        Constant::Complex { real, imag } => Constant::Complex {
            real: -real,
            imag: -imag,
        },
        _ => return None,
    })
}

/// A number as a complex (real, imag); None for non-numbers.
fn as_complex(c: &Constant) -> Option<(f64, f64)> {
    match c {
        Constant::Int(i) => Some((*i as f64, 0.0)),
        Constant::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
        Constant::BigInt(b) => Some((b.to_string().parse().ok()?, 0.0)),
        Constant::Float(f) => Some((*f, 0.0)),
        Constant::Complex { real, imag } => Some((*real, *imag)),
        _ => None,
    }
}

/// An exact integer view of a number: Some(decimal digits) if integral.
fn integral_digits(c: &Constant) -> Option<String> {
    match c {
        Constant::Int(i) => Some(i.to_string()),
        Constant::Bool(b) => Some(u8::from(*b).to_string()),
        Constant::BigInt(b) => Some(b.to_string()),
        Constant::Float(f) if f.is_finite() && f.fract() == 0.0 => {
            let s = format!("{f:.0}");
            Some(if s == "-0" { "0".into() } else { s })
        }
        Constant::Complex { real, imag } if *imag == 0.0 => {
            integral_digits(&Constant::Float(*real))
        }
        _ => None,
    }
}

/// Python's `a == b` for two constants (as a set of keys sees them).
pub fn constants_equal(a: &Constant, b: &Constant) -> bool {
    use Constant::*;
    match (a, b) {
        (None, None) | (Ellipsis, Ellipsis) => true,
        (Str(x), Str(y)) => x == y,
        (SurrogateStr(x), SurrogateStr(y)) => x == y,
        (Bytes(x), Bytes(y)) => x == y,
        _ => match (as_complex(a), as_complex(b)) {
            (Some(x), Some(y)) => match (integral_digits(a), integral_digits(b)) {
                (Some(p), Some(q)) => p == q,
                _ => x == y,
            },
            _ => false,
        },
    }
}

/// Python's `repr` of a constant.
pub fn repr_constant(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(b) => b.to_string(),
        Constant::Float(f) => pyrepr::repr_float(*f),
        Constant::Complex { real, imag } => pyrepr::repr_complex(*real, *imag),
        Constant::Str(s) => pyrepr::repr_str(s),
        Constant::SurrogateStr(cps) => {
            let mut out = String::new();
            pyrepr::write_repr_code_points(&mut out, cps);
            out
        }
        Constant::Bytes(b) => pyrepr::repr_bytes(b),
    }
}

/// Whether the optimizer turns `e` into a constant (`return` then points at it).
pub fn folds_to_constant(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant { .. } => true,
        ExprKind::UnaryOp { op, operand } => fold_constant(operand).is_some_and(|c| match op {
            UnaryOp::Not => true,
            UnaryOp::Invert => matches!(
                c,
                Constant::Int(_) | Constant::BigInt(_) | Constant::Bool(_)
            ),
            UnaryOp::UAdd | UnaryOp::USub => as_complex(&c).is_some(),
        }),
        ExprKind::BinOp { left, op, right } => {
            let (Some(l), Some(r)) = (fold_constant(left), fold_constant(right)) else {
                return false;
            };
            let (Some(_), Some(rv)) = (as_complex(&l), as_complex(&r)) else {
                return false;
            };
            let by_zero = rv == (0.0, 0.0)
                && matches!(op, Operator::Div | Operator::FloorDiv | Operator::Mod);
            !by_zero && !matches!(op, Operator::MatMult)
        }
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => elts.iter().all(folds_to_constant),
        _ => false,
    }
}
