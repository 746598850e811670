//! `ast::dump` against `ast.dump` output recorded from CPython by `scripts/record_pyrepr.py`.
//!
//! The script stores each tree in a token format (see the script's docstring); this
//! module reads it back into a [`Mod`], dumps it in five variants and compares.
//! `PVM_AST_DUMP_DIR=DIR` reads `DIR/ast_dump.{ser,txt}` instead (e.g. the whole stdlib).

use super::*;
use num_bigint::BigInt;
use std::collections::HashMap;

/// One token-format value.
#[derive(Debug)]
enum T {
    Node(String, Vec<T>),
    List(Vec<T>),
    None,
    Bool(bool),
    Ellipsis,
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
    Str(String),
    Bytes(Vec<u8>),
}

fn hex(h: &str) -> Vec<u8> {
    (0..h.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&h[i..i + 2], 16).unwrap())
        .collect()
}

fn bits(h: &str) -> f64 {
    f64::from_bits(u64::from_str_radix(h, 16).unwrap())
}

/// A scalar token (`N`, `T`, `F`, `E`, `i..`, `f..`, `c..`, `s..`, `b..`).
fn scalar(tok: &str) -> T {
    let (tag, rest) = tok.split_at(1);
    match tag {
        "N" => T::None,
        "T" => T::Bool(true),
        "F" => T::Bool(false),
        "E" => T::Ellipsis,
        "i" => T::Int(rest.parse().unwrap()),
        "f" => T::Float(bits(rest)),
        "c" => {
            let (re, im) = rest.split_once(',').unwrap();
            T::Complex(bits(re), bits(im))
        }
        "s" => T::Str(String::from_utf8(hex(rest)).unwrap()),
        "b" => T::Bytes(hex(rest)),
        _ => panic!("bad token {tok}"),
    }
}

/// Reads a whole `.ser` tree.
fn read_tree(text: &str) -> T {
    let mut stack: Vec<(Option<String>, Vec<T>)> = vec![(None, Vec::new())];
    for tok in text.split_ascii_whitespace() {
        match tok {
            ")" => {
                let (class, items) = stack.pop().unwrap();
                stack
                    .last_mut()
                    .unwrap()
                    .1
                    .push(T::Node(class.unwrap(), items));
            }
            "]" => {
                let (_, items) = stack.pop().unwrap();
                stack.last_mut().unwrap().1.push(T::List(items));
            }
            "[" => stack.push((None, Vec::new())),
            _ if tok.starts_with('(') => stack.push((Some(tok[1..].to_string()), Vec::new())),
            _ => stack.last_mut().unwrap().1.push(scalar(tok)),
        }
    }
    assert_eq!(stack.len(), 1);
    stack.pop().unwrap().1.pop().unwrap()
}

fn node(t: T) -> (String, Vec<T>) {
    match t {
        T::Node(c, items) => (c, items),
        other => panic!("expected a node, got {other:?}"),
    }
}

fn list<R>(t: T, f: impl Fn(T) -> R) -> Vec<R> {
    match t {
        T::List(items) => items.into_iter().map(f).collect(),
        other => panic!("expected a list, got {other:?}"),
    }
}

fn opt<R>(t: T, f: impl Fn(T) -> R) -> Option<R> {
    match t {
        T::None => None,
        t => Some(f(t)),
    }
}

fn string(t: T) -> String {
    match t {
        T::Str(s) => s,
        other => panic!("expected a str, got {other:?}"),
    }
}

fn ident(t: T) -> Identifier {
    string(t).into()
}

fn int(t: T) -> i64 {
    match t {
        T::Int(i) => i64::try_from(i).unwrap(),
        other => panic!("expected an int, got {other:?}"),
    }
}

fn pos(rest: &mut std::vec::IntoIter<T>) -> Pos {
    let mut n = || u32::try_from(int(rest.next().unwrap())).unwrap();
    Pos {
        lineno: n(),
        col_offset: n(),
        end_lineno: n(),
        end_col_offset: n(),
    }
}

fn constant(t: T) -> Constant {
    match t {
        T::None => Constant::None,
        T::Bool(b) => Constant::Bool(b),
        T::Ellipsis => Constant::Ellipsis,
        T::Int(i) => match i64::try_from(&i) {
            Ok(i) => Constant::Int(i),
            Err(_) => Constant::BigInt(i),
        },
        T::Float(x) => Constant::Float(x),
        T::Complex(real, imag) => Constant::Complex { real, imag },
        T::Str(s) => Constant::Str(s),
        T::Bytes(b) => Constant::Bytes(b),
        other => panic!("expected a constant, got {other:?}"),
    }
}

fn simple_name(t: T) -> String {
    node(t).0
}

fn ctx(t: T) -> ExprContext {
    match simple_name(t).as_str() {
        "Load" => ExprContext::Load,
        "Store" => ExprContext::Store,
        "Del" => ExprContext::Del,
        other => panic!("bad ctx {other}"),
    }
}

fn operator(t: T) -> Operator {
    use Operator::*;
    let name = simple_name(t);
    [
        Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv,
    ]
    .into_iter()
    .find(|o| o.name() == name)
    .unwrap()
}

fn unaryop(t: T) -> UnaryOp {
    let name = simple_name(t);
    [UnaryOp::Invert, UnaryOp::Not, UnaryOp::UAdd, UnaryOp::USub]
        .into_iter()
        .find(|o| o.name() == name)
        .unwrap()
}

fn boolop(t: T) -> BoolOp {
    let name = simple_name(t);
    [BoolOp::And, BoolOp::Or]
        .into_iter()
        .find(|o| o.name() == name)
        .unwrap()
}

fn cmpop(t: T) -> CmpOp {
    use CmpOp::*;
    let name = simple_name(t);
    [Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn]
        .into_iter()
        .find(|o| o.name() == name)
        .unwrap()
}

fn bx(t: T) -> Box<Expr> {
    Box::new(expr(t))
}

fn exprs(t: T) -> Vec<Expr> {
    list(t, expr)
}

fn stmts(t: T) -> Vec<Stmt> {
    list(t, stmt)
}

fn arguments(t: T) -> Arguments {
    let (class, items) = node(t);
    assert_eq!(class, "arguments");
    let mut it = items.into_iter();
    let mut n = || it.next().unwrap();
    Arguments {
        posonlyargs: list(n(), arg),
        args: list(n(), arg),
        vararg: opt(n(), |t| Box::new(arg(t))),
        kwonlyargs: list(n(), arg),
        kw_defaults: list(n(), |t| opt(t, expr)),
        kwarg: opt(n(), |t| Box::new(arg(t))),
        defaults: exprs(n()),
    }
}

fn arg(t: T) -> Arg {
    let (_, items) = node(t);
    let mut it = items.into_iter();
    Arg {
        arg: ident(it.next().unwrap()),
        annotation: opt(it.next().unwrap(), bx),
        type_comment: opt(it.next().unwrap(), string),
        pos: pos(&mut it),
    }
}

fn keyword(t: T) -> Keyword {
    let (_, items) = node(t);
    let mut it = items.into_iter();
    Keyword {
        arg: opt(it.next().unwrap(), ident),
        value: expr(it.next().unwrap()),
        pos: pos(&mut it),
    }
}

fn alias(t: T) -> Alias {
    let (_, items) = node(t);
    let mut it = items.into_iter();
    Alias {
        name: ident(it.next().unwrap()),
        asname: opt(it.next().unwrap(), ident),
        pos: pos(&mut it),
    }
}

fn comprehension(t: T) -> Comprehension {
    let (_, items) = node(t);
    let mut it = items.into_iter();
    let mut n = || it.next().unwrap();
    Comprehension {
        target: expr(n()),
        iter: expr(n()),
        ifs: exprs(n()),
        is_async: int(n()),
    }
}

fn expr(t: T) -> Expr {
    use ExprKind as E;
    let (class, items) = node(t);
    let mut it = items.into_iter();
    let mut n = || it.next().unwrap();
    let kind = match class.as_str() {
        "BoolOp" => E::BoolOp {
            op: boolop(n()),
            values: exprs(n()),
        },
        "NamedExpr" => E::NamedExpr {
            target: bx(n()),
            value: bx(n()),
        },
        "BinOp" => E::BinOp {
            left: bx(n()),
            op: operator(n()),
            right: bx(n()),
        },
        "UnaryOp" => E::UnaryOp {
            op: unaryop(n()),
            operand: bx(n()),
        },
        "Lambda" => E::Lambda {
            args: Box::new(arguments(n())),
            body: bx(n()),
        },
        "IfExp" => E::IfExp {
            test: bx(n()),
            body: bx(n()),
            orelse: bx(n()),
        },
        "Dict" => E::Dict {
            keys: list(n(), |t| opt(t, expr)),
            values: exprs(n()),
        },
        "Set" => E::Set { elts: exprs(n()) },
        "ListComp" => E::ListComp {
            elt: bx(n()),
            generators: list(n(), comprehension),
        },
        "SetComp" => E::SetComp {
            elt: bx(n()),
            generators: list(n(), comprehension),
        },
        "DictComp" => E::DictComp {
            key: bx(n()),
            value: bx(n()),
            generators: list(n(), comprehension),
        },
        "GeneratorExp" => E::GeneratorExp {
            elt: bx(n()),
            generators: list(n(), comprehension),
        },
        "Await" => E::Await { value: bx(n()) },
        "Yield" => E::Yield {
            value: opt(n(), bx),
        },
        "YieldFrom" => E::YieldFrom { value: bx(n()) },
        "Compare" => E::Compare {
            left: bx(n()),
            ops: list(n(), cmpop),
            comparators: exprs(n()),
        },
        "Call" => E::Call {
            func: bx(n()),
            args: exprs(n()),
            keywords: list(n(), keyword),
        },
        "FormattedValue" => E::FormattedValue {
            value: bx(n()),
            conversion: int(n()),
            format_spec: opt(n(), bx),
        },
        "JoinedStr" => E::JoinedStr { values: exprs(n()) },
        "Constant" => E::Constant {
            value: constant(n()),
            kind: opt(n(), string),
        },
        "Attribute" => E::Attribute {
            value: bx(n()),
            attr: ident(n()),
            ctx: ctx(n()),
        },
        "Subscript" => E::Subscript {
            value: bx(n()),
            slice: bx(n()),
            ctx: ctx(n()),
        },
        "Starred" => E::Starred {
            value: bx(n()),
            ctx: ctx(n()),
        },
        "Name" => E::Name {
            id: ident(n()),
            ctx: ctx(n()),
        },
        "List" => E::List {
            elts: exprs(n()),
            ctx: ctx(n()),
        },
        "Tuple" => E::Tuple {
            elts: exprs(n()),
            ctx: ctx(n()),
        },
        "Slice" => E::Slice {
            lower: opt(n(), bx),
            upper: opt(n(), bx),
            step: opt(n(), bx),
        },
        other => panic!("unknown expr {other}"),
    };
    Expr {
        kind,
        pos: pos(&mut it),
    }
}

fn pattern(t: T) -> Pattern {
    use PatternKind as P;
    let (class, items) = node(t);
    let mut it = items.into_iter();
    let mut n = || it.next().unwrap();
    let kind = match class.as_str() {
        "MatchValue" => P::MatchValue { value: bx(n()) },
        "MatchSingleton" => P::MatchSingleton {
            value: constant(n()),
        },
        "MatchSequence" => P::MatchSequence {
            patterns: list(n(), pattern),
        },
        "MatchMapping" => P::MatchMapping {
            keys: exprs(n()),
            patterns: list(n(), pattern),
            rest: opt(n(), ident),
        },
        "MatchClass" => P::MatchClass {
            cls: bx(n()),
            patterns: list(n(), pattern),
            kwd_attrs: list(n(), ident),
            kwd_patterns: list(n(), pattern),
        },
        "MatchStar" => P::MatchStar {
            name: opt(n(), ident),
        },
        "MatchAs" => P::MatchAs {
            pattern: opt(n(), |t| Box::new(pattern(t))),
            name: opt(n(), ident),
        },
        "MatchOr" => P::MatchOr {
            patterns: list(n(), pattern),
        },
        other => panic!("unknown pattern {other}"),
    };
    Pattern {
        kind,
        pos: pos(&mut it),
    }
}

fn withitem(t: T) -> WithItem {
    let (_, items) = node(t);
    let mut it = items.into_iter();
    WithItem {
        context_expr: expr(it.next().unwrap()),
        optional_vars: opt(it.next().unwrap(), bx),
    }
}

fn match_case(t: T) -> MatchCase {
    let (_, items) = node(t);
    let mut it = items.into_iter();
    let mut n = || it.next().unwrap();
    MatchCase {
        pattern: pattern(n()),
        guard: opt(n(), bx),
        body: stmts(n()),
    }
}

fn handler(t: T) -> ExceptHandler {
    let (_, items) = node(t);
    let mut it = items.into_iter();
    let r#type = opt(it.next().unwrap(), bx);
    let name = opt(it.next().unwrap(), ident);
    let body = stmts(it.next().unwrap());
    ExceptHandler {
        r#type,
        name,
        body,
        pos: pos(&mut it),
    }
}

fn stmt(t: T) -> Stmt {
    use StmtKind as S;
    let (class, items) = node(t);
    let mut it = items.into_iter();
    let mut n = || it.next().unwrap();
    let kind = match class.as_str() {
        "FunctionDef" | "AsyncFunctionDef" => {
            let (name, args, body) = (ident(n()), Box::new(arguments(n())), stmts(n()));
            let (decorator_list, returns, type_comment) =
                (exprs(n()), opt(n(), bx), opt(n(), string));
            if class == "FunctionDef" {
                S::FunctionDef {
                    name,
                    args,
                    body,
                    decorator_list,
                    returns,
                    type_comment,
                }
            } else {
                S::AsyncFunctionDef {
                    name,
                    args,
                    body,
                    decorator_list,
                    returns,
                    type_comment,
                }
            }
        }
        "ClassDef" => S::ClassDef {
            name: ident(n()),
            bases: exprs(n()),
            keywords: list(n(), keyword),
            body: stmts(n()),
            decorator_list: exprs(n()),
        },
        "Return" => S::Return {
            value: opt(n(), bx),
        },
        "Delete" => S::Delete {
            targets: exprs(n()),
        },
        "Assign" => S::Assign {
            targets: exprs(n()),
            value: bx(n()),
            type_comment: opt(n(), string),
        },
        "AugAssign" => S::AugAssign {
            target: bx(n()),
            op: operator(n()),
            value: bx(n()),
        },
        "AnnAssign" => S::AnnAssign {
            target: bx(n()),
            annotation: bx(n()),
            value: opt(n(), bx),
            simple: int(n()),
        },
        "For" | "AsyncFor" => {
            let (target, iter, body, orelse, type_comment) =
                (bx(n()), bx(n()), stmts(n()), stmts(n()), opt(n(), string));
            if class == "For" {
                S::For {
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment,
                }
            } else {
                S::AsyncFor {
                    target,
                    iter,
                    body,
                    orelse,
                    type_comment,
                }
            }
        }
        "While" => S::While {
            test: bx(n()),
            body: stmts(n()),
            orelse: stmts(n()),
        },
        "If" => S::If {
            test: bx(n()),
            body: stmts(n()),
            orelse: stmts(n()),
        },
        "With" => S::With {
            items: list(n(), withitem),
            body: stmts(n()),
            type_comment: opt(n(), string),
        },
        "AsyncWith" => S::AsyncWith {
            items: list(n(), withitem),
            body: stmts(n()),
            type_comment: opt(n(), string),
        },
        "Match" => S::Match {
            subject: bx(n()),
            cases: list(n(), match_case),
        },
        "Raise" => S::Raise {
            exc: opt(n(), bx),
            cause: opt(n(), bx),
        },
        "Try" => S::Try {
            body: stmts(n()),
            handlers: list(n(), handler),
            orelse: stmts(n()),
            finalbody: stmts(n()),
        },
        "TryStar" => S::TryStar {
            body: stmts(n()),
            handlers: list(n(), handler),
            orelse: stmts(n()),
            finalbody: stmts(n()),
        },
        "Assert" => S::Assert {
            test: bx(n()),
            msg: opt(n(), bx),
        },
        "Import" => S::Import {
            names: list(n(), alias),
        },
        "ImportFrom" => S::ImportFrom {
            module: opt(n(), ident),
            names: list(n(), alias),
            level: int(n()),
        },
        "Global" => S::Global {
            names: list(n(), ident),
        },
        "Nonlocal" => S::Nonlocal {
            names: list(n(), ident),
        },
        "Expr" => S::Expr { value: bx(n()) },
        "Pass" => S::Pass,
        "Break" => S::Break,
        "Continue" => S::Continue,
        other => panic!("unknown stmt {other}"),
    };
    Stmt {
        kind,
        pos: pos(&mut it),
    }
}

fn module(t: T) -> Mod {
    let (class, items) = node(t);
    let mut it = items.into_iter();
    let mut n = || it.next().unwrap();
    match class.as_str() {
        "Module" => Mod::Module {
            body: stmts(n()),
            type_ignores: list(n(), |t| {
                let (_, items) = node(t);
                let mut it = items.into_iter();
                TypeIgnore {
                    lineno: int(it.next().unwrap()),
                    tag: string(it.next().unwrap()),
                }
            }),
        },
        "Interactive" => Mod::Interactive { body: stmts(n()) },
        "Expression" => Mod::Expression { body: bx(n()) },
        "FunctionType" => Mod::FunctionType {
            argtypes: exprs(n()),
            returns: bx(n()),
        },
        other => panic!("unknown mod {other}"),
    }
}

const VARIANTS: [(&str, Option<usize>, bool); 5] = [
    ("plain", None, false),
    ("attrs", None, true),
    ("indent2", Some(2), false),
    ("indent2attrs", Some(2), true),
    ("indent0", Some(0), false),
];

#[test]
fn recorded_dumps() {
    let dir = std::env::var("PVM_AST_DUMP_DIR")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/pyrepr").to_string());
    let ser = std::fs::read_to_string(format!("{dir}/ast_dump.ser"))
        .expect("run scripts/record_pyrepr.py");
    let txt = std::fs::read_to_string(format!("{dir}/ast_dump.txt")).unwrap();
    let mut expected: HashMap<(&str, &str), String> = HashMap::new();
    let mut current: Option<((&str, &str), String)> = None;
    for line in txt.split_inclusive('\n') {
        if let Some(head) = line.strip_prefix("=== ") {
            if let Some((key, text)) = current.take() {
                expected.insert(key, text);
            }
            let (name, variant) = head.trim_end().rsplit_once(' ').unwrap();
            current = Some(((name, variant), String::new()));
        } else {
            current.as_mut().unwrap().1.push_str(line);
        }
    }
    if let Some((key, text)) = current.take() {
        expected.insert(key, text);
    }
    let mut cases = 0;
    let mut failures = Vec::new();
    let mut dump_time = std::time::Duration::ZERO;
    for line in ser.lines() {
        let (name, tokens) = line.split_once('\t').unwrap();
        let tree = module(read_tree(tokens));
        cases += 1;
        for (variant, indent, attrs) in VARIANTS {
            let start = std::time::Instant::now();
            let got = dump(&tree, indent, attrs);
            dump_time += start.elapsed();
            let want = &expected[&(name, variant)];
            let want = want.strip_suffix('\n').unwrap();
            if got != want {
                let at = got
                    .bytes()
                    .zip(want.bytes())
                    .take_while(|(a, b)| a == b)
                    .count();
                let lo = at.saturating_sub(150);
                failures.push(format!(
                    "{name} {variant}: first difference at byte {at}\n  want ...{}\n  got  ...{}",
                    &want[lo..(at + 80).min(want.len())].escape_debug(),
                    &got[lo..(at + 80).min(got.len())].escape_debug(),
                ));
            }
        }
    }
    eprintln!(
        "{cases} trees, {} dumps in {dump_time:?}",
        cases * VARIANTS.len()
    );
    assert!(cases > 0);
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn dump_any_node() {
    let ser = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/pyrepr/ast_dump.ser"
    ))
    .unwrap();
    let (_, tokens) = ser
        .lines()
        .find(|l| l.starts_with("small\t"))
        .unwrap()
        .split_once('\t')
        .unwrap();
    let tree = module(read_tree(tokens));
    assert_eq!(
        dump_node((&tree).into(), Some(1), true),
        dump(&tree, Some(1), true)
    );
    let Mod::Module { body, .. } = &tree else {
        panic!()
    };
    let StmtKind::Assign { value, .. } = &body[1].kind else {
        panic!()
    };
    for (_, indent, attrs) in VARIANTS {
        let whole = dump(&tree, indent, attrs);
        for node in [
            NodeRef::from(&body[1]),
            NodeRef::from(&**value),
            NodeRef::ExprContext(ExprContext::Load),
        ] {
            let part = dump_node(node, indent, attrs);
            // Nested one level deeper, only the indentation differs.
            let unindented: String = whole
                .split('\n')
                .map(|l| l.trim_start())
                .collect::<Vec<_>>()
                .join("\n");
            let part_unindented: String = part
                .split('\n')
                .map(|l| l.trim_start())
                .collect::<Vec<_>>()
                .join("\n");
            assert!(
                unindented.contains(&part_unindented),
                "{part} not in {whole}"
            );
        }
    }
}
