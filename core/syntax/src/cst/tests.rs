//! Tests of the typed CST: accessors on small snippets, and a walk over
//! the syntax corpus that casts every node.

use super::*;
use crate::SyntaxKind::*;
use crate::TextRange;
use std::path::Path;

fn file(text: &str) -> SourceFile {
    SourceFile::cast(crate::parse(text).syntax()).expect("root is SOURCE_FILE")
}

fn text<N: CstNode>(node: Option<N>) -> Option<String> {
    node.map(|n| n.syntax().to_string())
}

fn tok(token: Option<SyntaxToken>) -> Option<String> {
    token.map(|t| t.text().to_string())
}

fn first_stmt(text: &str) -> Stmt {
    file(text).statements().next().expect("one statement")
}

/// The blocks directly nested in a statement, found through accessors.
fn blocks_of(stmt: &Stmt) -> Vec<Block> {
    let mut blocks = Vec::new();
    match stmt {
        Stmt::FunctionDef(f) => blocks.extend(f.body()),
        Stmt::ClassDef(c) => blocks.extend(c.body()),
        Stmt::IfStmt(s) => {
            blocks.extend(s.then_block());
            blocks.extend(s.elif_clauses().filter_map(|e| e.body()));
            blocks.extend(s.else_clause().and_then(|e| e.body()));
        }
        Stmt::WhileStmt(s) => {
            blocks.extend(s.body());
            blocks.extend(s.else_clause().and_then(|e| e.body()));
        }
        Stmt::ForStmt(s) => {
            blocks.extend(s.body());
            blocks.extend(s.else_clause().and_then(|e| e.body()));
        }
        Stmt::TryStmt(s) => {
            blocks.extend(s.body());
            blocks.extend(s.except_clauses().filter_map(|e| e.body()));
            blocks.extend(s.else_clause().and_then(|e| e.body()));
            blocks.extend(s.finally_clause().and_then(|e| e.body()));
        }
        Stmt::WithStmt(s) => blocks.extend(s.body()),
        Stmt::MatchStmt(s) => blocks.extend(s.cases().filter_map(|c| c.body())),
        _ => {}
    }
    blocks
}

/// Qualified names of every function and class, in source order.
fn symbols(stmts: impl Iterator<Item = Stmt>, prefix: &str, out: &mut Vec<String>) {
    for stmt in stmts {
        let name = match &stmt {
            Stmt::FunctionDef(f) => f.name_text(),
            Stmt::ClassDef(c) => c.name_text(),
            _ => None,
        };
        let inner = match name {
            Some(name) => {
                let qualname = format!("{prefix}{name}");
                out.push(qualname.clone());
                format!("{qualname}.")
            }
            None => prefix.to_string(),
        };
        for block in blocks_of(&stmt) {
            symbols(block.statements(), &inner, out);
        }
    }
}

#[test]
fn nested_symbols() {
    let src = "\
class A:
    def m(self): pass
    class B:
        async def n(self):
            return lambda: 0
def f():
    def g(): pass
    if x:
        def h(): pass
    elif y:
        class K: pass
    else:
        for i in r:
            def loop(): pass
    try:
        def t(): pass
    except E:
        def e(): pass
    finally:
        def fin(): pass
    with m:
        def w(): pass
    match s:
        case 1:
            def c(): pass
    while 1:
        def wh(): pass
";
    let mut out = Vec::new();
    symbols(file(src).statements(), "", &mut out);
    let expected = [
        "A", "A.m", "A.B", "A.B.n", "f", "f.g", "f.h", "f.K", "f.loop", "f.t", "f.e", "f.fin",
        "f.w", "f.c", "f.wh",
    ];
    assert_eq!(out, expected);
}

#[test]
fn decorators() {
    let src = "@a\n@b.c(1)\n@d.e\ndef f(): pass\n";
    let Stmt::FunctionDef(f) = first_stmt(src) else {
        panic!("not a function");
    };
    let exprs: Vec<Expr> = f.decorators().filter_map(|d| d.expr()).collect();
    assert_eq!(exprs.len(), 3);
    let Expr::NameExpr(a) = &exprs[0] else {
        panic!()
    };
    assert_eq!(a.name_text().as_deref(), Some("a"));
    let Expr::CallExpr(call) = &exprs[1] else {
        panic!()
    };
    let Some(Expr::AttributeExpr(attr)) = call.callee() else {
        panic!()
    };
    assert_eq!(text(attr.receiver()).as_deref(), Some("b"));
    assert_eq!(attr.name_text().as_deref(), Some("c"));
    let args: Vec<String> = call
        .arg_list()
        .unwrap()
        .args()
        .map(|a| a.to_string())
        .collect();
    assert_eq!(args, ["1"]);
    assert_eq!(exprs[2].to_string(), "d.e");
    assert!(!f.is_async());
    assert_eq!(f.name_text().as_deref(), Some("f"));
    assert_eq!(f.header_range(), TextRange::new(16.into(), 24.into()));
    assert_eq!(&src[f.header_range()], "def f():");
}

#[test]
fn class_def() {
    let src = "@dataclass\nclass C(Base, metaclass=M):\n    x: int = 1\n";
    let Stmt::ClassDef(c) = first_stmt(src) else {
        panic!()
    };
    assert_eq!(c.decorators().count(), 1);
    assert_eq!(c.name_text().as_deref(), Some("C"));
    let args = c.arg_list().unwrap();
    let bases: Vec<String> = args.positional().map(|e| e.to_string()).collect();
    assert_eq!(bases, ["Base"]);
    let kw = args.keywords().next().unwrap();
    assert_eq!(tok(kw.name()).as_deref(), Some("metaclass"));
    assert_eq!(text(kw.value()).as_deref(), Some("M"));
    assert_eq!(&src[c.header_range()], "class C(Base, metaclass=M):");
    let Some(Stmt::AnnAssignStmt(a)) = c.body().unwrap().statements().next() else {
        panic!()
    };
    assert_eq!(text(a.target()).as_deref(), Some("x"));
    assert_eq!(text(a.annotation()).as_deref(), Some("int"));
    assert_eq!(text(a.value()).as_deref(), Some("1"));

    let Stmt::ClassDef(plain) = first_stmt("class D: pass\n") else {
        panic!()
    };
    assert!(plain.arg_list().is_none());
    assert_eq!(plain.body().unwrap().statements().count(), 1);
}

#[test]
fn header_ranges() {
    let src = "@d\nasync def f(x,\n    y) -> int:  # note\n    pass\n";
    let Stmt::FunctionDef(f) = first_stmt(src) else {
        panic!()
    };
    assert!(f.is_async());
    assert_eq!(&src[f.header_range()], "async def f(x,\n    y) -> int:");
    assert_eq!(
        text(f.return_type().and_then(|r| r.expr())).as_deref(),
        Some("int")
    );

    // A header without ':' still has a range, and nothing panics.
    let src = "def g(a)\n    pass\n";
    let Stmt::FunctionDef(g) = first_stmt(src) else {
        panic!()
    };
    assert!(g.colon_token().is_none());
    assert_eq!(&src[g.header_range()], "def g(a)");

    let src = "class\n";
    let root = crate::parse(src).syntax();
    for c in root.descendants().filter_map(ClassDef::cast) {
        assert!(c.name().is_none());
        assert_eq!(&src[c.header_range()], "class");
    }
}

#[test]
fn params() {
    let src = "def f(a, b: int = 1, /, *args: str, c, d=2, **kw: Any) -> R: pass\n";
    let Stmt::FunctionDef(f) = first_stmt(src) else {
        panic!()
    };
    type Row = (String, Option<String>, Option<String>, Option<String>);
    let rows: Vec<Row> = f
        .param_list()
        .unwrap()
        .params()
        .map(|p| {
            let marker = tok(p.marker_token()).unwrap_or_default();
            (
                marker,
                p.name_text(),
                text(p.annotation().and_then(|a| a.expr())),
                text(p.default().and_then(|d| d.expr())),
            )
        })
        .collect();
    let s = |x: &str| Some(x.to_string());
    let expected = vec![
        (String::new(), s("a"), None, None),
        (String::new(), s("b"), s("int"), s("1")),
        ("/".to_string(), None, None, None),
        ("*".to_string(), s("args"), s("str"), None),
        (String::new(), s("c"), None, None),
        (String::new(), s("d"), None, s("2")),
        ("**".to_string(), s("kw"), s("Any"), None),
    ];
    assert_eq!(rows, expected);
    let names: Vec<String> = f
        .param_list()
        .unwrap()
        .named_params()
        .map(|(_, n)| n.text().to_string())
        .collect();
    assert_eq!(names, ["a", "b", "args", "c", "d", "kw"]);

    let Stmt::FunctionDef(g) = first_stmt("def g(a, *, b): pass\n") else {
        panic!()
    };
    let params: Vec<AnyParam> = g.param_list().unwrap().params().collect();
    let AnyParam::StarParam(star) = &params[1] else {
        panic!()
    };
    assert!(star.name().is_none());
    let AnyParam::Param(b) = &params[2] else {
        panic!()
    };
    assert_eq!(b.name_text().as_deref(), Some("b"));
    assert!(b.annotation().is_none() && b.default().is_none());
}

#[test]
fn elif_chain() {
    let src = "if a:\n    x\nelif b: y\nelif c:\n    z\nelse:\n    w\n";
    let Stmt::IfStmt(s) = first_stmt(src) else {
        panic!()
    };
    assert_eq!(text(s.condition()).as_deref(), Some("a"));
    let then: Vec<String> = s
        .then_block()
        .unwrap()
        .statements()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(then, ["x"]);
    let elifs: Vec<(Option<String>, Vec<String>)> = s
        .elif_clauses()
        .map(|e| {
            let body = e
                .body()
                .unwrap()
                .statements()
                .map(|s| s.to_string())
                .collect();
            (text(e.condition()), body)
        })
        .collect();
    assert_eq!(
        elifs,
        vec![
            (Some("b".to_string()), vec!["y".to_string()]),
            (Some("c".to_string()), vec!["z".to_string()])
        ]
    );
    let else_body = s.else_clause().and_then(|e| e.body()).unwrap();
    assert_eq!(else_body.statements().count(), 1);

    let Stmt::IfStmt(bare) = first_stmt("if a: pass\n") else {
        panic!()
    };
    assert_eq!(bare.elif_clauses().count(), 0);
    assert!(bare.else_clause().is_none());
}

#[test]
fn loops_try_with() {
    let src = "\
while n > 0:
    n -= 1
else:
    done()
async for k, v in items():
    pass
try:
    pass
except* (A, B) as err:
    pass
except C:
    pass
else:
    pass
finally:
    pass
async with open(p) as fh, lock:
    pass
";
    let stmts: Vec<Stmt> = file(src).statements().collect();
    let Stmt::WhileStmt(w) = &stmts[0] else {
        panic!()
    };
    assert_eq!(text(w.condition()).as_deref(), Some("n > 0"));
    let Some(Stmt::AugAssignStmt(aug)) = w.body().unwrap().statements().next() else {
        panic!()
    };
    assert_eq!(tok(aug.op_token()).as_deref(), Some("-="));
    assert_eq!(text(aug.target()).as_deref(), Some("n"));
    assert_eq!(text(aug.value()).as_deref(), Some("1"));
    assert!(w.else_clause().is_some());

    let Stmt::ForStmt(f) = &stmts[1] else {
        panic!()
    };
    assert!(f.is_async());
    assert_eq!(text(f.target()).as_deref(), Some("k, v"));
    assert_eq!(text(f.iter()).as_deref(), Some("items()"));
    assert!(f.body().is_some() && f.else_clause().is_none());

    let Stmt::TryStmt(t) = &stmts[2] else {
        panic!()
    };
    let handlers: Vec<ExceptClause> = t.except_clauses().collect();
    assert_eq!(handlers.len(), 2);
    assert!(handlers[0].is_star() && !handlers[1].is_star());
    assert_eq!(text(handlers[0].type_expr()).as_deref(), Some("(A, B)"));
    assert_eq!(tok(handlers[0].name()).as_deref(), Some("err"));
    assert!(handlers[1].name().is_none());
    assert!(t.body().is_some() && t.else_clause().is_some() && t.finally_clause().is_some());

    let Stmt::WithStmt(w) = &stmts[3] else {
        panic!()
    };
    assert!(w.is_async());
    let items: Vec<(Option<String>, Option<String>)> = w
        .items()
        .map(|i| (text(i.context_expr()), text(i.target())))
        .collect();
    assert_eq!(
        items,
        vec![
            (Some("open(p)".to_string()), Some("fh".to_string())),
            (Some("lock".to_string()), None)
        ]
    );
}

#[test]
fn match_cases() {
    let src = "\
match cmd, arg:
    case [\"go\", *rest] if rest:
        pass
    case {\"k\": v, **others} | Point(1, y=2) as p:
        pass
    case _:
        pass
";
    let Stmt::MatchStmt(m) = first_stmt(src) else {
        panic!()
    };
    assert_eq!(text(m.subject()).as_deref(), Some("cmd, arg"));
    let cases: Vec<CaseClause> = m.cases().collect();
    assert_eq!(cases.len(), 3);

    let Some(Pattern::SequencePattern(seq)) = cases[0].pattern() else {
        panic!()
    };
    let elems: Vec<Pattern> = seq.patterns().collect();
    assert!(matches!(elems[0], Pattern::LiteralPattern(_)));
    let Pattern::StarPattern(star) = &elems[1] else {
        panic!()
    };
    assert_eq!(tok(star.name()).as_deref(), Some("rest"));
    let guard = cases[0].guard().and_then(|g| g.condition());
    assert_eq!(text(guard).as_deref(), Some("rest"));

    let Some(Pattern::AsPattern(as_pat)) = cases[1].pattern() else {
        panic!()
    };
    assert_eq!(tok(as_pat.name()).as_deref(), Some("p"));
    let Some(Pattern::OrPattern(or)) = as_pat.pattern() else {
        panic!()
    };
    let alts: Vec<Pattern> = or.patterns().collect();
    let Pattern::MappingPattern(map) = &alts[0] else {
        panic!()
    };
    let item = map.items().next().unwrap();
    assert_eq!(text(item.key()).as_deref(), Some("\"k\""));
    let Some(Pattern::CapturePattern(v)) = item.value() else {
        panic!()
    };
    assert_eq!(tok(v.name()).as_deref(), Some("v"));
    assert_eq!(
        tok(map.rest().and_then(|r| r.name())).as_deref(),
        Some("others")
    );
    let Pattern::ClassPattern(cls) = &alts[1] else {
        panic!()
    };
    let cls_names: Vec<String> = cls.class_names().map(|t| t.text().to_string()).collect();
    assert_eq!(cls_names, ["Point"]);
    let args = cls.args().unwrap();
    assert_eq!(args.patterns().count(), 1);
    let kw = args.keywords().next().unwrap();
    assert_eq!(tok(kw.name()).as_deref(), Some("y"));
    assert_eq!(text(kw.pattern()).as_deref(), Some("2"));

    assert!(matches!(
        cases[2].pattern(),
        Some(Pattern::WildcardPattern(_))
    ));
    assert!(cases[2].guard().is_none());
}

#[test]
fn imports() {
    let src = "\
import os.path as p, sys
from ..pkg.mod import a as b, c
from . import x
from ... import y
from m import *
from n import (d,
    e as f,)
";
    let stmts: Vec<Stmt> = file(src).statements().collect();
    let Stmt::ImportStmt(imp) = &stmts[0] else {
        panic!()
    };
    let rows: Vec<(Option<String>, Option<String>, Option<String>)> = imp
        .aliases()
        .map(|a| {
            (
                a.dotted_name().map(|d| d.text()),
                tok(a.asname()),
                tok(a.binding()),
            )
        })
        .collect();
    let s = |x: &str| Some(x.to_string());
    assert_eq!(
        rows,
        vec![(s("os.path"), s("p"), s("p")), (s("sys"), None, s("sys"))]
    );

    let from_rows = |stmt: &Stmt| {
        let Stmt::ImportFromStmt(f) = stmt else {
            panic!()
        };
        let names: Vec<(Option<String>, Option<String>)> = f
            .aliases()
            .map(|a| (tok(a.name()), tok(a.asname())))
            .collect();
        (f.module().map(|m| m.text()), f.level(), f.is_star(), names)
    };
    assert_eq!(
        from_rows(&stmts[1]),
        (
            s("pkg.mod"),
            2,
            false,
            vec![(s("a"), s("b")), (s("c"), None)]
        )
    );
    assert_eq!(from_rows(&stmts[2]), (None, 1, false, vec![(s("x"), None)]));
    assert_eq!(from_rows(&stmts[3]), (None, 3, false, vec![(s("y"), None)]));
    assert_eq!(from_rows(&stmts[4]), (s("m"), 0, true, vec![]));
    assert_eq!(
        from_rows(&stmts[5]),
        (s("n"), 0, false, vec![(s("d"), None), (s("e"), s("f"))])
    );
}

#[test]
fn expressions() {
    let src = "\
x = y = lambda a, *b: a + b[0]
f(x)(*args, k=1, **kw).attr
z = [i for i in r if i if j]
d = {k: v, **m}
s = t[1:2, ::3]
v = a if b else c
(w := await g())
";
    let stmts: Vec<Stmt> = file(src).statements().collect();
    let Stmt::AssignStmt(assign) = &stmts[0] else {
        panic!()
    };
    let targets: Vec<String> = assign.targets().map(|t| t.to_string()).collect();
    assert_eq!(targets, ["x", "y"]);
    let Some(Expr::LambdaExpr(lambda)) = assign.value() else {
        panic!()
    };
    let names: Vec<Option<String>> = lambda
        .param_list()
        .unwrap()
        .params()
        .map(|p| p.name_text())
        .collect();
    assert_eq!(names, [Some("a".to_string()), Some("b".to_string())]);
    let Some(Expr::BinExpr(sum)) = lambda.body() else {
        panic!()
    };
    assert_eq!(tok(sum.op_token()).as_deref(), Some("+"));
    let Some(Expr::SubscriptExpr(sub)) = sum.rhs() else {
        panic!()
    };
    assert_eq!(text(sub.value()).as_deref(), Some("b"));
    assert_eq!(text(sub.index()).as_deref(), Some("0"));

    let Stmt::ExprStmt(e) = &stmts[1] else {
        panic!()
    };
    let Some(Expr::AttributeExpr(attr)) = e.expr() else {
        panic!()
    };
    assert_eq!(attr.name_text().as_deref(), Some("attr"));
    let Some(Expr::CallExpr(outer)) = attr.receiver() else {
        panic!()
    };
    assert_eq!(text(outer.callee()).as_deref(), Some("f(x)"));
    let args: Vec<Arg> = outer.arg_list().unwrap().args().collect();
    assert!(matches!(&args[0], Arg::StarArg(s) if text(s.expr()).as_deref() == Some("args")));
    assert!(matches!(&args[1], Arg::KeywordArg(k) if tok(k.name()).as_deref() == Some("k")));
    assert!(matches!(&args[2], Arg::DoubleStarArg(_)));

    let Stmt::AssignStmt(comp) = &stmts[2] else {
        panic!()
    };
    let Some(Expr::ListComp(lc)) = comp.value() else {
        panic!()
    };
    assert_eq!(text(lc.element()).as_deref(), Some("i"));
    let gen = lc.generators().next().unwrap();
    assert_eq!(text(gen.target()).as_deref(), Some("i"));
    assert_eq!(text(gen.iter()).as_deref(), Some("r"));
    assert_eq!(gen.ifs().count(), 2);

    let Stmt::AssignStmt(dict) = &stmts[3] else {
        panic!()
    };
    let Some(Expr::DictExpr(dict)) = dict.value() else {
        panic!()
    };
    let items: Vec<(Option<String>, Option<String>)> = dict
        .items()
        .map(|i| (text(i.key()), text(i.value())))
        .collect();
    let s = |x: &str| Some(x.to_string());
    assert_eq!(items, vec![(s("k"), s("v")), (None, s("m"))]);

    let Stmt::AssignStmt(slice) = &stmts[4] else {
        panic!()
    };
    let Some(Expr::SubscriptExpr(sub)) = slice.value() else {
        panic!()
    };
    let Some(Expr::TupleExpr(tuple)) = sub.index() else {
        panic!()
    };
    let slices: Vec<Expr> = tuple.elements().collect();
    let Expr::SliceExpr(first) = &slices[0] else {
        panic!()
    };
    assert_eq!(
        (text(first.lower()), text(first.upper()), text(first.step())),
        (s("1"), s("2"), None)
    );
    let Expr::SliceExpr(second) = &slices[1] else {
        panic!()
    };
    assert_eq!(
        (
            text(second.lower()),
            text(second.upper()),
            text(second.step())
        ),
        (None, None, s("3"))
    );

    let Stmt::AssignStmt(cond) = &stmts[5] else {
        panic!()
    };
    let Some(Expr::IfExpr(ife)) = cond.value() else {
        panic!()
    };
    assert_eq!(
        (text(ife.body()), text(ife.test()), text(ife.orelse())),
        (s("a"), s("b"), s("c"))
    );

    let Stmt::ExprStmt(walrus) = &stmts[6] else {
        panic!()
    };
    let Some(Expr::ParenExpr(paren)) = walrus.expr() else {
        panic!()
    };
    let Some(Expr::NamedExpr(named)) = paren.expr() else {
        panic!()
    };
    assert_eq!(text(named.target()).as_deref(), Some("w"));
    let Some(Expr::AwaitExpr(aw)) = named.value() else {
        panic!()
    };
    assert_eq!(text(aw.value()).as_deref(), Some("g()"));
}

#[test]
fn enums_match_kind_predicates() {
    let node_kinds: Vec<SyntaxKind> = (SOURCE_FILE as u16..__LAST as u16)
        .map(SyntaxKind::from_raw)
        .collect();
    for &kind in &node_kinds {
        let wrappers = NODE_KINDS.iter().filter(|&&k| k == kind).count();
        assert_eq!(wrappers, 1, "{kind:?} needs exactly one wrapper");
        assert_eq!(Stmt::can_cast(kind), kind.is_stmt(), "{kind:?}");
        assert_eq!(Expr::can_cast(kind), kind.is_expr(), "{kind:?}");
        assert_eq!(Pattern::can_cast(kind), kind.is_pattern(), "{kind:?}");
    }
    assert_eq!(NODE_KINDS.len(), node_kinds.len());
}

/// Consumes an accessor's result.
fn touch<T>(_: T) {}

/// Calls the accessors a node's kind offers; a panic fails the test.
fn exercise(node: &SyntaxNode) {
    if let Some(stmt) = Stmt::cast(node.clone()) {
        let _ = blocks_of(&stmt);
        match stmt {
            Stmt::FunctionDef(f) => {
                let _ = (f.decorators().count(), f.is_async(), f.name_text());
                let _ = (f.param_list(), f.return_type().and_then(|r| r.expr()));
                let _ = (f.body(), f.header_range(), f.def_token(), f.colon_token());
            }
            Stmt::ClassDef(c) => {
                let _ = (c.decorators().count(), c.name_text(), c.arg_list());
                let _ = (c.body(), c.header_range(), c.class_token(), c.colon_token());
            }
            Stmt::AssignStmt(s) => {
                let _ = (s.targets().count(), s.value());
            }
            Stmt::AugAssignStmt(s) => {
                let _ = (s.target(), s.op_token(), s.value());
            }
            Stmt::AnnAssignStmt(s) => {
                let _ = (s.target(), s.annotation(), s.value());
            }
            Stmt::ExprStmt(s) => touch(s.expr()),
            Stmt::ReturnStmt(s) => touch(s.value()),
            Stmt::RaiseStmt(s) => touch((s.exc(), s.cause())),
            Stmt::GlobalStmt(s) => touch(s.names().count()),
            Stmt::NonlocalStmt(s) => touch(s.names().count()),
            Stmt::DelStmt(s) => touch(s.target()),
            Stmt::AssertStmt(s) => touch((s.test(), s.msg())),
            Stmt::ImportStmt(s) => {
                for a in s.aliases() {
                    let _ = (a.dotted_name().map(|d| d.text()), a.asname(), a.binding());
                }
            }
            Stmt::ImportFromStmt(s) => {
                let _ = (s.module(), s.level(), s.is_star());
                for a in s.aliases() {
                    let _ = (a.name(), a.asname(), a.binding());
                }
            }
            Stmt::IfStmt(s) => {
                let _ = s.condition();
                for e in s.elif_clauses() {
                    touch(e.condition());
                }
            }
            Stmt::WhileStmt(s) => touch(s.condition()),
            Stmt::ForStmt(s) => touch((s.is_async(), s.target(), s.iter())),
            Stmt::TryStmt(s) => {
                for e in s.except_clauses() {
                    let _ = (e.is_star(), e.type_expr(), e.name());
                }
            }
            Stmt::WithStmt(s) => {
                for i in s.items() {
                    let _ = (s.is_async(), i.context_expr(), i.target());
                }
            }
            Stmt::MatchStmt(s) => {
                let _ = s.subject();
                for c in s.cases() {
                    let _ = (c.pattern(), c.guard().and_then(|g| g.condition()));
                }
            }
            Stmt::PassStmt(_) | Stmt::BreakStmt(_) | Stmt::ContinueStmt(_) => {}
        }
    }
    if let Some(expr) = Expr::cast(node.clone()) {
        match expr {
            Expr::NameExpr(e) => touch(e.name_text()),
            Expr::Literal(e) => touch(e.token()),
            Expr::StringExpr(e) => touch(e.strings().count()),
            Expr::ParenExpr(e) => touch(e.expr()),
            Expr::TupleExpr(e) => touch(e.elements().count()),
            Expr::ListExpr(e) => touch(e.elements().count()),
            Expr::SetExpr(e) => touch(e.elements().count()),
            Expr::DictExpr(e) => {
                for i in e.items() {
                    let _ = (i.is_unpack(), i.key(), i.value());
                }
            }
            Expr::ListComp(e) => touch((e.element(), e.generators().count())),
            Expr::SetComp(e) => touch((e.element(), e.generators().count())),
            Expr::GeneratorExp(e) => touch((e.element(), e.generators().count())),
            Expr::DictComp(e) => touch((e.item(), e.generators().count())),
            Expr::BinExpr(e) => touch((e.lhs(), e.op_token(), e.rhs())),
            Expr::UnaryExpr(e) => touch((e.op_token(), e.operand())),
            Expr::BoolExpr(e) => touch((e.op_token(), e.operands().count())),
            Expr::CompareExpr(e) => touch((e.operands().count(), e.op_tokens().count())),
            Expr::CallExpr(e) => {
                let _ = e.callee();
                for arg in e.arg_list().into_iter().flat_map(|a| a.args()) {
                    match arg {
                        Arg::KeywordArg(k) => touch((k.name(), k.value())),
                        Arg::StarArg(s) => touch(s.expr()),
                        Arg::DoubleStarArg(s) => touch(s.expr()),
                        Arg::Expr(_) => {}
                    }
                }
            }
            Expr::AttributeExpr(e) => touch((e.receiver(), e.name_text())),
            Expr::SubscriptExpr(e) => touch((e.value(), e.index())),
            Expr::SliceExpr(e) => touch((e.lower(), e.upper(), e.step())),
            Expr::StarredExpr(e) => touch(e.expr()),
            Expr::NamedExpr(e) => touch((e.target(), e.value())),
            Expr::IfExpr(e) => touch((e.body(), e.test(), e.orelse())),
            Expr::LambdaExpr(e) => touch((e.param_list(), e.body())),
            Expr::YieldExpr(e) => touch((e.is_from(), e.value())),
            Expr::AwaitExpr(e) => touch(e.value()),
        }
    }
    if let Some(pattern) = Pattern::cast(node.clone()) {
        match pattern {
            Pattern::AsPattern(p) => touch((p.pattern(), p.name())),
            Pattern::OrPattern(p) => touch(p.patterns().count()),
            Pattern::CapturePattern(p) => touch(p.name()),
            Pattern::ValuePattern(p) => touch(p.names().count()),
            Pattern::GroupPattern(p) => touch(p.pattern()),
            Pattern::SequencePattern(p) => touch(p.patterns().count()),
            Pattern::StarPattern(p) => touch(p.name()),
            Pattern::MappingPattern(p) => {
                let _ = p.rest().and_then(|r| r.name());
                for i in p.items() {
                    let _ = (i.key(), i.value());
                }
            }
            Pattern::ClassPattern(p) => {
                let _ = p.class_names().count();
                if let Some(args) = p.args() {
                    let _ = args.patterns().count();
                    for k in args.keywords() {
                        let _ = (k.name(), k.pattern());
                    }
                }
            }
            Pattern::DoubleStarPattern(p) => touch(p.name()),
            Pattern::LiteralPattern(_) | Pattern::WildcardPattern(_) => {}
        }
    }
    if let Some(list) = ParamList::cast(node.clone()) {
        for p in list.params() {
            let _ = (p.name_text(), p.marker_token(), p.annotation(), p.default());
        }
    }
    if let Some(comp) = CompFor::cast(node.clone()) {
        let _ = (comp.is_async(), comp.target(), comp.iter());
        for i in comp.ifs() {
            touch(i.condition());
        }
    }
}

/// Structural facts that hold for every node of a valid tree.
fn check_valid(node: &SyntaxNode, src: &str) {
    if let Some(f) = FunctionDef::cast(node.clone()) {
        assert!(f.name().is_some() && f.param_list().is_some() && f.body().is_some());
        let header = &src[f.header_range()];
        assert!(header.starts_with("def ") || header.starts_with("async"));
        assert!(header.ends_with(':'), "{header:?}");
    }
    if let Some(c) = ClassDef::cast(node.clone()) {
        assert!(c.name().is_some() && c.body().is_some());
        let header = &src[c.header_range()];
        assert!(
            header.starts_with("class ") && header.ends_with(':'),
            "{header:?}"
        );
    }
    if let Some(n) = NameExpr::cast(node.clone()) {
        assert!(n.name().is_some());
    }
    if let Some(a) = AttributeExpr::cast(node.clone()) {
        assert!(a.receiver().is_some() && a.name().is_some());
    }
    if let Some(c) = CallExpr::cast(node.clone()) {
        assert!(c.callee().is_some() && c.arg_list().is_some());
    }
    if let Some(d) = Decorator::cast(node.clone()) {
        assert!(d.expr().is_some());
    }
    if let Some(s) = IfStmt::cast(node.clone()) {
        assert!(s.condition().is_some() && s.then_block().is_some());
    }
    if let Some(s) = ForStmt::cast(node.clone()) {
        assert!(s.target().is_some() && s.iter().is_some() && s.body().is_some());
    }
}

/// Walks every tree of `dir`, checking that every node casts to its wrapper
/// (and to `Stmt`/`Expr`/`Pattern` when its kind is one) and exercising
/// the accessors. Returns the number of files walked.
fn walk_corpus(dir: &str, valid: bool) -> usize {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    for path in &paths {
        let bytes = std::fs::read(path).unwrap();
        let Ok(src) = crate::source::decode(&bytes) else {
            continue;
        };
        let root = crate::parse(&src).syntax();
        assert!(SourceFile::cast(root.clone()).is_some());
        for node in root.descendants() {
            let kind = node.kind();
            let where_ = format!("{}: {kind:?} at {:?}", path.display(), node.text_range());
            assert!(casts_to_wrapper(&node), "{where_}");
            assert_eq!(
                Stmt::cast(node.clone()).is_some(),
                kind.is_stmt(),
                "{where_}"
            );
            assert_eq!(
                Expr::cast(node.clone()).is_some(),
                kind.is_expr(),
                "{where_}"
            );
            assert_eq!(
                Pattern::cast(node.clone()).is_some(),
                kind.is_pattern(),
                "{where_}"
            );
            exercise(&node);
            if valid {
                check_valid(&node, &src);
            }
        }
    }
    paths.len()
}

#[test]
fn valid_corpus_casts() {
    assert!(walk_corpus("../../tests/syntax/valid", true) > 0);
}

#[test]
fn error_corpus_never_panics() {
    assert!(walk_corpus("../../tests/syntax/errors", false) > 0);
}
