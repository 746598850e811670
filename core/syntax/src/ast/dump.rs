//! `ast.dump`: CPython 3.11's text form of an AST, byte for byte (with `annotate_fields=True`).

use super::*;
use crate::pyrepr;
use std::fmt::Write as _;

/// CPython 3.11's `ast.dump(module, indent=indent, include_attributes=include_attributes)`.
pub fn dump(module: &Mod, indent: Option<usize>, include_attributes: bool) -> String {
    dump_node(NodeRef::Mod(module), indent, include_attributes)
}

/// CPython 3.11's `ast.dump(node, indent=indent, include_attributes=include_attributes)` of any node.
pub fn dump_node(node: NodeRef<'_>, indent: Option<usize>, include_attributes: bool) -> String {
    let mut d = Dumper {
        out: String::with_capacity(256),
        indent,
        attrs: include_attributes,
    };
    d.node(node, 0);
    d.out
}

/// A borrowed reference to any AST node, for [`dump_node`].
#[derive(Clone, Copy, Debug)]
pub enum NodeRef<'a> {
    /// An `ast.mod`.
    Mod(&'a Mod),
    /// An `ast.stmt`.
    Stmt(&'a Stmt),
    /// An `ast.expr`.
    Expr(&'a Expr),
    /// An `ast.expr_context`.
    ExprContext(ExprContext),
    /// An `ast.boolop`.
    BoolOp(BoolOp),
    /// An `ast.operator`.
    Operator(Operator),
    /// An `ast.unaryop`.
    UnaryOp(UnaryOp),
    /// An `ast.cmpop`.
    CmpOp(CmpOp),
    /// An `ast.excepthandler`.
    ExceptHandler(&'a ExceptHandler),
    /// An `ast.arguments`.
    Arguments(&'a Arguments),
    /// An `ast.arg`.
    Arg(&'a Arg),
    /// An `ast.keyword`.
    Keyword(&'a Keyword),
    /// An `ast.alias`.
    Alias(&'a Alias),
    /// An `ast.withitem`.
    WithItem(&'a WithItem),
    /// An `ast.match_case`.
    MatchCase(&'a MatchCase),
    /// An `ast.pattern`.
    Pattern(&'a Pattern),
    /// An `ast.comprehension`.
    Comprehension(&'a Comprehension),
    /// An `ast.type_ignore`.
    TypeIgnore(&'a TypeIgnore),
}

macro_rules! node_ref_from {
    ($($ty:ident),*) => {$(
        impl<'a> From<&'a $ty> for NodeRef<'a> {
            fn from(node: &'a $ty) -> Self {
                NodeRef::$ty(node)
            }
        }
    )*};
}
node_ref_from!(
    Mod,
    Stmt,
    Expr,
    ExceptHandler,
    Arguments,
    Arg,
    Keyword,
    Alias,
    WithItem,
    MatchCase
);
node_ref_from!(Pattern, Comprehension, TypeIgnore);

/// One field value, as `_format` in `Lib/ast.py` sees it.
#[derive(Clone, Copy)]
enum Val<'a> {
    Node(NodeRef<'a>),
    Str(&'a str),
    Int(i64),
    Const(&'a Constant),
    Stmts(&'a [Stmt]),
    Exprs(&'a [Expr]),
    OptExprs(&'a [Option<Expr>]),
    Idents(&'a [Identifier]),
    CmpOps(&'a [CmpOp]),
    Keywords(&'a [Keyword]),
    Aliases(&'a [Alias]),
    WithItems(&'a [WithItem]),
    MatchCases(&'a [MatchCase]),
    Handlers(&'a [ExceptHandler]),
    Patterns(&'a [Pattern]),
    Comprehensions(&'a [Comprehension]),
    Args(&'a [Arg]),
    TypeIgnores(&'a [TypeIgnore]),
}

/// The most fields a node prints: `FunctionDef`'s six plus four position attributes.
const MAX_FIELDS: usize = 10;

/// A node's class name and the `name=value` pairs it prints, in order (no allocation).
struct Fields<'a> {
    class: &'static str,
    items: [(&'static str, Val<'a>); MAX_FIELDS],
    len: usize,
}

impl<'a> Fields<'a> {
    fn new(class: &'static str) -> Self {
        Fields {
            class,
            items: [("", Val::Int(0)); MAX_FIELDS],
            len: 0,
        }
    }

    fn push(&mut self, name: &'static str, val: Val<'a>) -> &mut Self {
        self.items[self.len] = (name, val);
        self.len += 1;
        self
    }

    fn expr(&mut self, name: &'static str, e: &'a Expr) -> &mut Self {
        self.push(name, Val::Node(NodeRef::Expr(e)))
    }

    /// An optional field: omitted when `None`, as 3.11 does for `?` fields.
    fn opt_expr(&mut self, name: &'static str, e: &'a Option<Box<Expr>>) -> &mut Self {
        match e {
            Some(e) => self.expr(name, e),
            None => self,
        }
    }

    fn opt_str<S: AsRef<str>>(&mut self, name: &'static str, s: &'a Option<S>) -> &mut Self {
        match s {
            Some(s) => self.push(name, Val::Str(s.as_ref())),
            None => self,
        }
    }

    fn node(&mut self, name: &'static str, n: NodeRef<'a>) -> &mut Self {
        self.push(name, Val::Node(n))
    }

    fn pos(&mut self, attrs: bool, pos: &Pos) {
        if attrs {
            self.push("lineno", Val::Int(pos.lineno.into()))
                .push("col_offset", Val::Int(pos.col_offset.into()))
                .push("end_lineno", Val::Int(pos.end_lineno.into()))
                .push("end_col_offset", Val::Int(pos.end_col_offset.into()));
        }
    }
}

/// The printable fields of a node (`attrs`: with its position attributes, if it has them).
fn fields(node: NodeRef<'_>, attrs: bool) -> Fields<'_> {
    match node {
        NodeRef::Mod(m) => mod_fields(m),
        NodeRef::Stmt(s) => {
            let mut f = stmt_fields(&s.kind);
            f.pos(attrs, &s.pos);
            f
        }
        NodeRef::Expr(e) => {
            let mut f = expr_fields(&e.kind);
            f.pos(attrs, &e.pos);
            f
        }
        NodeRef::Pattern(p) => {
            let mut f = pattern_fields(&p.kind);
            f.pos(attrs, &p.pos);
            f
        }
        NodeRef::ExprContext(x) => Fields::new(x.name()),
        NodeRef::BoolOp(x) => Fields::new(x.name()),
        NodeRef::Operator(x) => Fields::new(x.name()),
        NodeRef::UnaryOp(x) => Fields::new(x.name()),
        NodeRef::CmpOp(x) => Fields::new(x.name()),
        NodeRef::ExceptHandler(h) => {
            let mut f = Fields::new("ExceptHandler");
            f.opt_expr("type", &h.r#type)
                .opt_str("name", &h.name)
                .push("body", Val::Stmts(&h.body));
            f.pos(attrs, &h.pos);
            f
        }
        NodeRef::Arguments(a) => {
            let mut f = Fields::new("arguments");
            f.push("posonlyargs", Val::Args(&a.posonlyargs))
                .push("args", Val::Args(&a.args));
            if let Some(v) = &a.vararg {
                f.node("vararg", NodeRef::Arg(v));
            }
            f.push("kwonlyargs", Val::Args(&a.kwonlyargs))
                .push("kw_defaults", Val::OptExprs(&a.kw_defaults));
            if let Some(k) = &a.kwarg {
                f.node("kwarg", NodeRef::Arg(k));
            }
            f.push("defaults", Val::Exprs(&a.defaults));
            f
        }
        NodeRef::Arg(a) => {
            let mut f = Fields::new("arg");
            f.push("arg", Val::Str(&a.arg))
                .opt_expr("annotation", &a.annotation)
                .opt_str("type_comment", &a.type_comment);
            f.pos(attrs, &a.pos);
            f
        }
        NodeRef::Keyword(k) => {
            let mut f = Fields::new("keyword");
            f.opt_str("arg", &k.arg).expr("value", &k.value);
            f.pos(attrs, &k.pos);
            f
        }
        NodeRef::Alias(a) => {
            let mut f = Fields::new("alias");
            f.push("name", Val::Str(&a.name))
                .opt_str("asname", &a.asname);
            f.pos(attrs, &a.pos);
            f
        }
        NodeRef::WithItem(w) => {
            let mut f = Fields::new("withitem");
            f.expr("context_expr", &w.context_expr)
                .opt_expr("optional_vars", &w.optional_vars);
            f
        }
        NodeRef::MatchCase(c) => {
            let mut f = Fields::new("match_case");
            f.node("pattern", NodeRef::Pattern(&c.pattern))
                .opt_expr("guard", &c.guard)
                .push("body", Val::Stmts(&c.body));
            f
        }
        NodeRef::Comprehension(c) => {
            let mut f = Fields::new("comprehension");
            f.expr("target", &c.target)
                .expr("iter", &c.iter)
                .push("ifs", Val::Exprs(&c.ifs))
                .push("is_async", Val::Int(c.is_async));
            f
        }
        NodeRef::TypeIgnore(t) => {
            let mut f = Fields::new("TypeIgnore");
            f.push("lineno", Val::Int(t.lineno))
                .push("tag", Val::Str(&t.tag));
            f
        }
    }
}

fn mod_fields(m: &Mod) -> Fields<'_> {
    match m {
        Mod::Module { body, type_ignores } => {
            let mut f = Fields::new("Module");
            f.push("body", Val::Stmts(body))
                .push("type_ignores", Val::TypeIgnores(type_ignores));
            f
        }
        Mod::Interactive { body } => {
            let mut f = Fields::new("Interactive");
            f.push("body", Val::Stmts(body));
            f
        }
        Mod::Expression { body } => {
            let mut f = Fields::new("Expression");
            f.expr("body", body);
            f
        }
        Mod::FunctionType { argtypes, returns } => {
            let mut f = Fields::new("FunctionType");
            f.push("argtypes", Val::Exprs(argtypes))
                .expr("returns", returns);
            f
        }
    }
}

fn stmt_fields(s: &StmtKind) -> Fields<'_> {
    use StmtKind as S;
    let mut f;
    match s {
        S::FunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            type_comment,
        }
        | S::AsyncFunctionDef {
            name,
            args,
            body,
            decorator_list,
            returns,
            type_comment,
        } => {
            f = Fields::new(if matches!(s, S::FunctionDef { .. }) {
                "FunctionDef"
            } else {
                "AsyncFunctionDef"
            });
            f.push("name", Val::Str(name))
                .node("args", NodeRef::Arguments(args))
                .push("body", Val::Stmts(body))
                .push("decorator_list", Val::Exprs(decorator_list))
                .opt_expr("returns", returns)
                .opt_str("type_comment", type_comment);
        }
        S::ClassDef {
            name,
            bases,
            keywords,
            body,
            decorator_list,
        } => {
            f = Fields::new("ClassDef");
            f.push("name", Val::Str(name))
                .push("bases", Val::Exprs(bases))
                .push("keywords", Val::Keywords(keywords))
                .push("body", Val::Stmts(body))
                .push("decorator_list", Val::Exprs(decorator_list));
        }
        S::Return { value } => {
            f = Fields::new("Return");
            f.opt_expr("value", value);
        }
        S::Delete { targets } => {
            f = Fields::new("Delete");
            f.push("targets", Val::Exprs(targets));
        }
        S::Assign {
            targets,
            value,
            type_comment,
        } => {
            f = Fields::new("Assign");
            f.push("targets", Val::Exprs(targets))
                .expr("value", value)
                .opt_str("type_comment", type_comment);
        }
        S::AugAssign { target, op, value } => {
            f = Fields::new("AugAssign");
            f.expr("target", target)
                .node("op", NodeRef::Operator(*op))
                .expr("value", value);
        }
        S::AnnAssign {
            target,
            annotation,
            value,
            simple,
        } => {
            f = Fields::new("AnnAssign");
            f.expr("target", target)
                .expr("annotation", annotation)
                .opt_expr("value", value)
                .push("simple", Val::Int(*simple));
        }
        S::For {
            target,
            iter,
            body,
            orelse,
            type_comment,
        }
        | S::AsyncFor {
            target,
            iter,
            body,
            orelse,
            type_comment,
        } => {
            f = Fields::new(if matches!(s, S::For { .. }) {
                "For"
            } else {
                "AsyncFor"
            });
            f.expr("target", target)
                .expr("iter", iter)
                .push("body", Val::Stmts(body))
                .push("orelse", Val::Stmts(orelse))
                .opt_str("type_comment", type_comment);
        }
        S::While { test, body, orelse } | S::If { test, body, orelse } => {
            f = Fields::new(if matches!(s, S::While { .. }) {
                "While"
            } else {
                "If"
            });
            f.expr("test", test)
                .push("body", Val::Stmts(body))
                .push("orelse", Val::Stmts(orelse));
        }
        S::With {
            items,
            body,
            type_comment,
        }
        | S::AsyncWith {
            items,
            body,
            type_comment,
        } => {
            f = Fields::new(if matches!(s, S::With { .. }) {
                "With"
            } else {
                "AsyncWith"
            });
            f.push("items", Val::WithItems(items))
                .push("body", Val::Stmts(body))
                .opt_str("type_comment", type_comment);
        }
        S::Match { subject, cases } => {
            f = Fields::new("Match");
            f.expr("subject", subject)
                .push("cases", Val::MatchCases(cases));
        }
        S::Raise { exc, cause } => {
            f = Fields::new("Raise");
            f.opt_expr("exc", exc).opt_expr("cause", cause);
        }
        S::Try {
            body,
            handlers,
            orelse,
            finalbody,
        }
        | S::TryStar {
            body,
            handlers,
            orelse,
            finalbody,
        } => {
            f = Fields::new(if matches!(s, S::Try { .. }) {
                "Try"
            } else {
                "TryStar"
            });
            f.push("body", Val::Stmts(body))
                .push("handlers", Val::Handlers(handlers))
                .push("orelse", Val::Stmts(orelse))
                .push("finalbody", Val::Stmts(finalbody));
        }
        S::Assert { test, msg } => {
            f = Fields::new("Assert");
            f.expr("test", test).opt_expr("msg", msg);
        }
        S::Import { names } => {
            f = Fields::new("Import");
            f.push("names", Val::Aliases(names));
        }
        S::ImportFrom {
            module,
            names,
            level,
        } => {
            f = Fields::new("ImportFrom");
            f.opt_str("module", module)
                .push("names", Val::Aliases(names))
                .push("level", Val::Int(*level));
        }
        S::Global { names } | S::Nonlocal { names } => {
            f = Fields::new(if matches!(s, S::Global { .. }) {
                "Global"
            } else {
                "Nonlocal"
            });
            f.push("names", Val::Idents(names));
        }
        S::Expr { value } => {
            f = Fields::new("Expr");
            f.expr("value", value);
        }
        S::Pass => f = Fields::new("Pass"),
        S::Break => f = Fields::new("Break"),
        S::Continue => f = Fields::new("Continue"),
    }
    f
}

fn expr_fields(e: &ExprKind) -> Fields<'_> {
    use ExprKind as E;
    let mut f;
    match e {
        E::BoolOp { op, values } => {
            f = Fields::new("BoolOp");
            f.node("op", NodeRef::BoolOp(*op))
                .push("values", Val::Exprs(values));
        }
        E::NamedExpr { target, value } => {
            f = Fields::new("NamedExpr");
            f.expr("target", target).expr("value", value);
        }
        E::BinOp { left, op, right } => {
            f = Fields::new("BinOp");
            f.expr("left", left)
                .node("op", NodeRef::Operator(*op))
                .expr("right", right);
        }
        E::UnaryOp { op, operand } => {
            f = Fields::new("UnaryOp");
            f.node("op", NodeRef::UnaryOp(*op)).expr("operand", operand);
        }
        E::Lambda { args, body } => {
            f = Fields::new("Lambda");
            f.node("args", NodeRef::Arguments(args)).expr("body", body);
        }
        E::IfExp { test, body, orelse } => {
            f = Fields::new("IfExp");
            f.expr("test", test)
                .expr("body", body)
                .expr("orelse", orelse);
        }
        E::Dict { keys, values } => {
            f = Fields::new("Dict");
            f.push("keys", Val::OptExprs(keys))
                .push("values", Val::Exprs(values));
        }
        E::Set { elts } => {
            f = Fields::new("Set");
            f.push("elts", Val::Exprs(elts));
        }
        E::ListComp { elt, generators }
        | E::SetComp { elt, generators }
        | E::GeneratorExp { elt, generators } => {
            f = Fields::new(match e {
                E::ListComp { .. } => "ListComp",
                E::SetComp { .. } => "SetComp",
                _ => "GeneratorExp",
            });
            f.expr("elt", elt)
                .push("generators", Val::Comprehensions(generators));
        }
        E::DictComp {
            key,
            value,
            generators,
        } => {
            f = Fields::new("DictComp");
            f.expr("key", key)
                .expr("value", value)
                .push("generators", Val::Comprehensions(generators));
        }
        E::Await { value } | E::YieldFrom { value } => {
            f = Fields::new(if matches!(e, E::Await { .. }) {
                "Await"
            } else {
                "YieldFrom"
            });
            f.expr("value", value);
        }
        E::Yield { value } => {
            f = Fields::new("Yield");
            f.opt_expr("value", value);
        }
        E::Compare {
            left,
            ops,
            comparators,
        } => {
            f = Fields::new("Compare");
            f.expr("left", left)
                .push("ops", Val::CmpOps(ops))
                .push("comparators", Val::Exprs(comparators));
        }
        E::Call {
            func,
            args,
            keywords,
        } => {
            f = Fields::new("Call");
            f.expr("func", func)
                .push("args", Val::Exprs(args))
                .push("keywords", Val::Keywords(keywords));
        }
        E::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            f = Fields::new("FormattedValue");
            f.expr("value", value)
                .push("conversion", Val::Int(*conversion))
                .opt_expr("format_spec", format_spec);
        }
        E::JoinedStr { values } => {
            f = Fields::new("JoinedStr");
            f.push("values", Val::Exprs(values));
        }
        E::Constant { value, kind } => {
            f = Fields::new("Constant");
            f.push("value", Val::Const(value)).opt_str("kind", kind);
        }
        E::Attribute { value, attr, ctx } => {
            f = Fields::new("Attribute");
            f.expr("value", value)
                .push("attr", Val::Str(attr))
                .node("ctx", NodeRef::ExprContext(*ctx));
        }
        E::Subscript { value, slice, ctx } => {
            f = Fields::new("Subscript");
            f.expr("value", value)
                .expr("slice", slice)
                .node("ctx", NodeRef::ExprContext(*ctx));
        }
        E::Starred { value, ctx } => {
            f = Fields::new("Starred");
            f.expr("value", value)
                .node("ctx", NodeRef::ExprContext(*ctx));
        }
        E::Name { id, ctx } => {
            f = Fields::new("Name");
            f.push("id", Val::Str(id))
                .node("ctx", NodeRef::ExprContext(*ctx));
        }
        E::List { elts, ctx } | E::Tuple { elts, ctx } => {
            f = Fields::new(if matches!(e, E::List { .. }) {
                "List"
            } else {
                "Tuple"
            });
            f.push("elts", Val::Exprs(elts))
                .node("ctx", NodeRef::ExprContext(*ctx));
        }
        E::Slice { lower, upper, step } => {
            f = Fields::new("Slice");
            f.opt_expr("lower", lower)
                .opt_expr("upper", upper)
                .opt_expr("step", step);
        }
    }
    f
}

fn pattern_fields(p: &PatternKind) -> Fields<'_> {
    use PatternKind as P;
    let mut f;
    match p {
        P::MatchValue { value } => {
            f = Fields::new("MatchValue");
            f.expr("value", value);
        }
        P::MatchSingleton { value } => {
            f = Fields::new("MatchSingleton");
            f.push("value", Val::Const(value));
        }
        P::MatchSequence { patterns } | P::MatchOr { patterns } => {
            f = Fields::new(if matches!(p, P::MatchSequence { .. }) {
                "MatchSequence"
            } else {
                "MatchOr"
            });
            f.push("patterns", Val::Patterns(patterns));
        }
        P::MatchMapping {
            keys,
            patterns,
            rest,
        } => {
            f = Fields::new("MatchMapping");
            f.push("keys", Val::Exprs(keys))
                .push("patterns", Val::Patterns(patterns))
                .opt_str("rest", rest);
        }
        P::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => {
            f = Fields::new("MatchClass");
            f.expr("cls", cls)
                .push("patterns", Val::Patterns(patterns))
                .push("kwd_attrs", Val::Idents(kwd_attrs))
                .push("kwd_patterns", Val::Patterns(kwd_patterns));
        }
        P::MatchStar { name } => {
            f = Fields::new("MatchStar");
            f.opt_str("name", name);
        }
        P::MatchAs { pattern, name } => {
            f = Fields::new("MatchAs");
            if let Some(p) = pattern {
                f.node("pattern", NodeRef::Pattern(p));
            }
            f.opt_str("name", name);
        }
    }
    f
}

/// The state of one dump: `_format` of `Lib/ast.py`, writing into one `String`.
struct Dumper {
    out: String,
    indent: Option<usize>,
    attrs: bool,
}

impl Dumper {
    /// Whether `_format` would call the value "simple": a scalar, `[]`, or a node that prints no fields.
    fn is_simple(&self, v: &Val<'_>) -> bool {
        match *v {
            Val::Node(n) => fields(n, self.attrs).len == 0,
            Val::Str(_) | Val::Int(_) | Val::Const(_) => true,
            Val::Stmts(l) => l.is_empty(),
            Val::Exprs(l) => l.is_empty(),
            Val::OptExprs(l) => l.is_empty(),
            Val::Idents(l) => l.is_empty(),
            Val::CmpOps(l) => l.is_empty(),
            Val::Keywords(l) => l.is_empty(),
            Val::Aliases(l) => l.is_empty(),
            Val::WithItems(l) => l.is_empty(),
            Val::MatchCases(l) => l.is_empty(),
            Val::Handlers(l) => l.is_empty(),
            Val::Patterns(l) => l.is_empty(),
            Val::Comprehensions(l) => l.is_empty(),
            Val::Args(l) => l.is_empty(),
            Val::TypeIgnores(l) => l.is_empty(),
        }
    }

    /// Writes `'\n' + indent * level` (the `prefix`), or nothing on one line.
    fn newline(&mut self, level: usize) {
        if let Some(indent) = self.indent {
            const SPACES: &str = "                                                                ";
            self.out.push('\n');
            let mut n = indent * level;
            while n > 0 {
                let k = n.min(SPACES.len());
                self.out.push_str(&SPACES[..k]);
                n -= k;
            }
        }
    }

    /// Writes the separator between items: `,` plus a newline and indentation, or `, `.
    fn sep(&mut self, level: usize) {
        self.out.push(',');
        if self.indent.is_some() {
            self.newline(level);
        } else {
            self.out.push(' ');
        }
    }

    /// `_format(node, level)` for a node.
    fn node(&mut self, node: NodeRef<'_>, level: usize) {
        let level = if self.indent.is_some() {
            level + 1
        } else {
            level
        };
        let f = fields(node, self.attrs);
        let items = &f.items[..f.len];
        let one_line = items.len() <= 3 && items.iter().all(|(_, v)| self.is_simple(v));
        self.out.push_str(f.class);
        self.out.push('(');
        for (i, (name, v)) in items.iter().enumerate() {
            if one_line {
                if i > 0 {
                    self.out.push_str(", ");
                }
            } else if i == 0 {
                self.newline(level);
            } else {
                self.sep(level);
            }
            self.out.push_str(name);
            self.out.push('=');
            self.value(*v, level);
        }
        self.out.push(')');
    }

    /// `_format(value, level)` for a field value.
    fn value(&mut self, v: Val<'_>, level: usize) {
        match v {
            Val::Node(n) => self.node(n, level),
            Val::Str(s) => pyrepr::write_repr_str(&mut self.out, s),
            Val::Int(i) => {
                let _ = write!(self.out, "{i}");
            }
            Val::Const(c) => self.constant(c),
            Val::Stmts(l) => self.list(l, level, |x| Val::Node(NodeRef::Stmt(x))),
            Val::Exprs(l) => self.list(l, level, |x| Val::Node(NodeRef::Expr(x))),
            Val::OptExprs(l) => self.list(l, level, |x| match x {
                Some(e) => Val::Node(NodeRef::Expr(e)),
                None => Val::Const(&Constant::None),
            }),
            Val::Idents(l) => self.list(l, level, |x| Val::Str(x)),
            Val::CmpOps(l) => self.list(l, level, |x| Val::Node(NodeRef::CmpOp(*x))),
            Val::Keywords(l) => self.list(l, level, |x| Val::Node(NodeRef::Keyword(x))),
            Val::Aliases(l) => self.list(l, level, |x| Val::Node(NodeRef::Alias(x))),
            Val::WithItems(l) => self.list(l, level, |x| Val::Node(NodeRef::WithItem(x))),
            Val::MatchCases(l) => self.list(l, level, |x| Val::Node(NodeRef::MatchCase(x))),
            Val::Handlers(l) => self.list(l, level, |x| Val::Node(NodeRef::ExceptHandler(x))),
            Val::Patterns(l) => self.list(l, level, |x| Val::Node(NodeRef::Pattern(x))),
            Val::Comprehensions(l) => self.list(l, level, |x| Val::Node(NodeRef::Comprehension(x))),
            Val::Args(l) => self.list(l, level, |x| Val::Node(NodeRef::Arg(x))),
            Val::TypeIgnores(l) => self.list(l, level, |x| Val::Node(NodeRef::TypeIgnore(x))),
        }
    }

    /// `_format(list, level)`: `[]`, or the items on indented lines (or `, `-separated).
    fn list<'a, T>(&mut self, items: &'a [T], level: usize, val: impl Fn(&'a T) -> Val<'a>) {
        let level = if self.indent.is_some() {
            level + 1
        } else {
            level
        };
        self.out.push('[');
        for (i, x) in items.iter().enumerate() {
            if i == 0 {
                self.newline(level);
            } else {
                self.sep(level);
            }
            self.value(val(x), level);
        }
        self.out.push(']');
    }

    /// `repr()` of a constant value.
    fn constant(&mut self, c: &Constant) {
        let out = &mut self.out;
        match c {
            Constant::None => out.push_str("None"),
            Constant::Bool(true) => out.push_str("True"),
            Constant::Bool(false) => out.push_str("False"),
            Constant::Ellipsis => out.push_str("Ellipsis"),
            Constant::Int(i) => {
                let _ = write!(out, "{i}");
            }
            Constant::BigInt(i) => pyrepr::write_repr_int_big(out, i),
            Constant::Float(x) => pyrepr::write_repr_float(out, *x),
            Constant::Complex { real, imag } => pyrepr::write_repr_complex(out, *real, *imag),
            Constant::Str(s) => pyrepr::write_repr_str(out, s),
            Constant::SurrogateStr(cps) => pyrepr::write_repr_code_points(out, cps),
            Constant::Bytes(b) => pyrepr::write_repr_bytes(out, b),
        }
    }
}
