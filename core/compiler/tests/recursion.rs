//! Very deep expressions end in CPython's RecursionError, not a crash.

use pvm_syntax::ast::{Expr, ExprContext, ExprKind, Mod, Operator, Pos, Stmt, StmtKind};

fn name(id: &str) -> Expr {
    Expr {
        kind: ExprKind::Name {
            id: id.into(),
            ctx: ExprContext::Load,
        },
        pos: Pos::default(),
    }
}

/// `a + a + ... + a` with `terms` terms, as one expression statement.
fn chain(terms: usize) -> Mod {
    let mut e = name("a");
    for _ in 1..terms {
        e = Expr {
            kind: ExprKind::BinOp {
                left: Box::new(e),
                op: Operator::Add,
                right: Box::new(name("a")),
            },
            pos: Pos::default(),
        };
    }
    Mod::Module {
        body: vec![Stmt {
            kind: StmtKind::Expr { value: Box::new(e) },
            pos: Pos::default(),
        }],
        type_ignores: Vec::new(),
    }
}

#[test]
fn deep_chains_raise_recursion_error() {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| {
            assert!(pvm_compiler::check(&chain(2000)).is_empty());
            let errors = pvm_compiler::check(&chain(5000));
            assert_eq!(errors.len(), 1);
            assert_eq!(errors[0].kind.name(), "RecursionError");
            assert_eq!(
                errors[0].message,
                "maximum recursion depth exceeded during compilation"
            );
        })
        .unwrap()
        .join()
        .unwrap();
}
