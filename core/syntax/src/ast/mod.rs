//! The owned AST, mirroring CPython 3.11's `ast` module (`Parser/Python.asdl`).
//!
//! Every ASDL constructor becomes an enum variant (or a struct, for product
//! types and single-constructor sums) with exactly the ASDL field names in
//! ASDL order; `r#type` stands for the field named `type`. ASDL `int` fields
//! are `i64`. Node types that carry ASDL attributes have a `pos: Pos`.

use num_bigint::BigInt;

pub mod dump;
#[cfg(test)]
mod dump_tests;

pub use dump::{dump, dump_node, NodeRef};

/// An ASDL `identifier`: a (NFKC-normalised) Python name.
pub type Identifier = compact_str::CompactString;

/// The `lineno`/`col_offset`/`end_lineno`/`end_col_offset` attributes; columns are UTF-8 byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Pos {
    /// `lineno`: first line, 1-based.
    pub lineno: u32,
    /// `col_offset`: UTF-8 byte offset of the first character in its line.
    pub col_offset: u32,
    /// `end_lineno`: last line, 1-based.
    pub end_lineno: u32,
    /// `end_col_offset`: UTF-8 byte offset just past the last character in its line.
    pub end_col_offset: u32,
}

/// `ast.mod`: the root of a parse.
#[derive(Clone, Debug, PartialEq)]
pub enum Mod {
    /// `ast.Module`: a whole file (`exec` mode).
    Module {
        body: Vec<Stmt>,
        type_ignores: Vec<TypeIgnore>,
    },
    /// `ast.Interactive`: one interactive input (`single` mode).
    Interactive { body: Vec<Stmt> },
    /// `ast.Expression`: a single expression (`eval` mode).
    Expression { body: Box<Expr> },
    /// `ast.FunctionType`: a function type comment (`func_type` mode).
    FunctionType {
        argtypes: Vec<Expr>,
        returns: Box<Expr>,
    },
}

/// `ast.stmt`: a statement with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Stmt {
    /// Which statement, with its fields.
    pub kind: StmtKind,
    /// Source position attributes.
    pub pos: Pos,
}

/// The constructors of `ast.stmt`.
#[derive(Clone, Debug, PartialEq)]
pub enum StmtKind {
    /// `ast.FunctionDef`: a `def` statement.
    FunctionDef {
        name: Identifier,
        args: Box<Arguments>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
        returns: Option<Box<Expr>>,
        type_comment: Option<String>,
    },
    /// `ast.AsyncFunctionDef`: an `async def` statement.
    AsyncFunctionDef {
        name: Identifier,
        args: Box<Arguments>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
        returns: Option<Box<Expr>>,
        type_comment: Option<String>,
    },
    /// `ast.ClassDef`: a `class` statement.
    ClassDef {
        name: Identifier,
        bases: Vec<Expr>,
        keywords: Vec<Keyword>,
        body: Vec<Stmt>,
        decorator_list: Vec<Expr>,
    },
    /// `ast.Return`: a `return` statement.
    Return { value: Option<Box<Expr>> },
    /// `ast.Delete`: a `del` statement.
    Delete { targets: Vec<Expr> },
    /// `ast.Assign`: an assignment `a = b = value`.
    Assign {
        targets: Vec<Expr>,
        value: Box<Expr>,
        type_comment: Option<String>,
    },
    /// `ast.AugAssign`: an augmented assignment `target op= value`.
    AugAssign {
        target: Box<Expr>,
        op: Operator,
        value: Box<Expr>,
    },
    /// `ast.AnnAssign`: an annotated assignment `target: annotation = value`.
    AnnAssign {
        target: Box<Expr>,
        annotation: Box<Expr>,
        value: Option<Box<Expr>>,
        simple: i64,
    },
    /// `ast.For`: a `for` loop.
    For {
        target: Box<Expr>,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        type_comment: Option<String>,
    },
    /// `ast.AsyncFor`: an `async for` loop.
    AsyncFor {
        target: Box<Expr>,
        iter: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
        type_comment: Option<String>,
    },
    /// `ast.While`: a `while` loop.
    While {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `ast.If`: an if statement.
    If {
        test: Box<Expr>,
        body: Vec<Stmt>,
        orelse: Vec<Stmt>,
    },
    /// `ast.With`: a `with` statement.
    With {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        type_comment: Option<String>,
    },
    /// `ast.AsyncWith`: an `async with` statement.
    AsyncWith {
        items: Vec<WithItem>,
        body: Vec<Stmt>,
        type_comment: Option<String>,
    },
    /// `ast.Match`: a `match` statement.
    Match {
        subject: Box<Expr>,
        cases: Vec<MatchCase>,
    },
    /// `ast.Raise`: a `raise` statement.
    Raise {
        exc: Option<Box<Expr>>,
        cause: Option<Box<Expr>>,
    },
    /// `ast.Try`: a `try` statement with `except` clauses.
    Try {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `ast.TryStar`: a `try` statement with `except*` clauses.
    TryStar {
        body: Vec<Stmt>,
        handlers: Vec<ExceptHandler>,
        orelse: Vec<Stmt>,
        finalbody: Vec<Stmt>,
    },
    /// `ast.Assert`: an `assert` statement.
    Assert {
        test: Box<Expr>,
        msg: Option<Box<Expr>>,
    },
    /// `ast.Import`: an `import` statement.
    Import { names: Vec<Alias> },
    /// `ast.ImportFrom`: a `from ... import` statement (`level` is ASDL `int?`, always set here).
    ImportFrom {
        module: Option<Identifier>,
        names: Vec<Alias>,
        level: i64,
    },
    /// `ast.Global`: a `global` statement.
    Global { names: Vec<Identifier> },
    /// `ast.Nonlocal`: a `nonlocal` statement.
    Nonlocal { names: Vec<Identifier> },
    /// `ast.Expr`: an expression statement.
    Expr { value: Box<Expr> },
    /// `ast.Pass`: a `pass` statement.
    Pass,
    /// `ast.Break`: a `break` statement.
    Break,
    /// `ast.Continue`: a `continue` statement.
    Continue,
}

/// `ast.expr`: an expression with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Expr {
    /// Which expression, with its fields.
    pub kind: ExprKind,
    /// Source position attributes.
    pub pos: Pos,
}

/// The constructors of `ast.expr`.
#[derive(Clone, Debug, PartialEq)]
pub enum ExprKind {
    /// `ast.BoolOp`: `a and b and c` / `a or b`.
    BoolOp { op: BoolOp, values: Vec<Expr> },
    /// `ast.NamedExpr`: an assignment expression `target := value`.
    NamedExpr { target: Box<Expr>, value: Box<Expr> },
    /// `ast.BinOp`: a binary operation.
    BinOp {
        left: Box<Expr>,
        op: Operator,
        right: Box<Expr>,
    },
    /// `ast.UnaryOp`: a unary operation.
    UnaryOp { op: UnaryOp, operand: Box<Expr> },
    /// `ast.Lambda`: a `lambda` expression.
    Lambda {
        args: Box<Arguments>,
        body: Box<Expr>,
    },
    /// `ast.IfExp`: a conditional expression `body if test else orelse`.
    IfExp {
        test: Box<Expr>,
        body: Box<Expr>,
        orelse: Box<Expr>,
    },
    /// `ast.Dict`: a dict display; a `None` key stands for a `**value` unpacking.
    Dict {
        keys: Vec<Option<Expr>>,
        values: Vec<Expr>,
    },
    /// `ast.Set`: a set display.
    Set { elts: Vec<Expr> },
    /// `ast.ListComp`: a list comprehension.
    ListComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `ast.SetComp`: a set comprehension.
    SetComp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `ast.DictComp`: a dict comprehension.
    DictComp {
        key: Box<Expr>,
        value: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `ast.GeneratorExp`: a generator expression.
    GeneratorExp {
        elt: Box<Expr>,
        generators: Vec<Comprehension>,
    },
    /// `ast.Await`: an `await` expression.
    Await { value: Box<Expr> },
    /// `ast.Yield`: a `yield` expression.
    Yield { value: Option<Box<Expr>> },
    /// `ast.YieldFrom`: a `yield from` expression.
    YieldFrom { value: Box<Expr> },
    /// `ast.Compare`: a comparison chain.
    Compare {
        left: Box<Expr>,
        ops: Vec<CmpOp>,
        comparators: Vec<Expr>,
    },
    /// `ast.Call`: a call.
    Call {
        func: Box<Expr>,
        args: Vec<Expr>,
        keywords: Vec<Keyword>,
    },
    /// `ast.FormattedValue`: an f-string replacement field (`conversion` -1, 115 `s`, 114 `r`, 97 `a`).
    FormattedValue {
        value: Box<Expr>,
        conversion: i64,
        format_spec: Option<Box<Expr>>,
    },
    /// `ast.JoinedStr`: an f-string.
    JoinedStr { values: Vec<Expr> },
    /// `ast.Constant`: a literal; `kind` is `Some("u")` for `u"..."` strings.
    Constant {
        value: Constant,
        kind: Option<String>,
    },
    /// `ast.Attribute`: `value.attr`.
    Attribute {
        value: Box<Expr>,
        attr: Identifier,
        ctx: ExprContext,
    },
    /// `ast.Subscript`: `value[slice]`.
    Subscript {
        value: Box<Expr>,
        slice: Box<Expr>,
        ctx: ExprContext,
    },
    /// `ast.Starred`: `*value`.
    Starred { value: Box<Expr>, ctx: ExprContext },
    /// `ast.Name`: a name.
    Name { id: Identifier, ctx: ExprContext },
    /// `ast.List`: a list display.
    List { elts: Vec<Expr>, ctx: ExprContext },
    /// `ast.Tuple`: a tuple.
    Tuple { elts: Vec<Expr>, ctx: ExprContext },
    /// `ast.Slice`: `lower:upper:step` inside a subscript.
    Slice {
        lower: Option<Box<Expr>>,
        upper: Option<Box<Expr>>,
        step: Option<Box<Expr>>,
    },
}

/// `ast.expr_context`: how a target expression is used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ExprContext {
    /// `ast.Load`: read.
    Load,
    /// `ast.Store`: assigned to.
    Store,
    /// `ast.Del`: deleted.
    Del,
}

/// `ast.boolop`: `and` / `or`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BoolOp {
    /// `ast.And`: `and`.
    And,
    /// `ast.Or`: `or`.
    Or,
}

/// `ast.operator`: a binary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Operator {
    /// `ast.Add`: `+`.
    Add,
    /// `ast.Sub`: `-`.
    Sub,
    /// `ast.Mult`: `*`.
    Mult,
    /// `ast.MatMult`: `@`.
    MatMult,
    /// `ast.Div`: `/`.
    Div,
    /// `ast.Mod`: `%`.
    Mod,
    /// `ast.Pow`: `**`.
    Pow,
    /// `ast.LShift`: `<<`.
    LShift,
    /// `ast.RShift`: `>>`.
    RShift,
    /// `ast.BitOr`: `|`.
    BitOr,
    /// `ast.BitXor`: `^`.
    BitXor,
    /// `ast.BitAnd`: `&`.
    BitAnd,
    /// `ast.FloorDiv`: `//`.
    FloorDiv,
}

/// `ast.unaryop`: a unary operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnaryOp {
    /// `ast.Invert`: `~`.
    Invert,
    /// `ast.Not`: `not`.
    Not,
    /// `ast.UAdd`: unary `+`.
    UAdd,
    /// `ast.USub`: unary `-`.
    USub,
}

/// `ast.cmpop`: a comparison operator.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CmpOp {
    /// `ast.Eq`: `==`.
    Eq,
    /// `ast.NotEq`: `!=`.
    NotEq,
    /// `ast.Lt`: `<`.
    Lt,
    /// `ast.LtE`: `<=`.
    LtE,
    /// `ast.Gt`: `>`.
    Gt,
    /// `ast.GtE`: `>=`.
    GtE,
    /// `ast.Is`: `is`.
    Is,
    /// `ast.IsNot`: `is not`.
    IsNot,
    /// `ast.In`: `in`.
    In,
    /// `ast.NotIn`: `not in`.
    NotIn,
}

/// Implements `name()` (the CPython class name) for the data-less enums.
macro_rules! class_names {
    ($($ty:ident { $($v:ident),* })*) => {$(
        impl $ty {
            /// The CPython `ast` class name of this operator/context.
            pub fn name(self) -> &'static str {
                match self { $($ty::$v => stringify!($v)),* }
            }
        }
    )*};
}

class_names! {
    ExprContext { Load, Store, Del }
    BoolOp { And, Or }
    Operator { Add, Sub, Mult, MatMult, Div, Mod, Pow, LShift, RShift, BitOr, BitXor, BitAnd, FloorDiv }
    UnaryOp { Invert, Not, UAdd, USub }
    CmpOp { Eq, NotEq, Lt, LtE, Gt, GtE, Is, IsNot, In, NotIn }
}

/// A literal value (ASDL `constant`). Invariant: an integer that fits in `i64` is always `Int`, never `BigInt`.
#[derive(Clone, Debug, PartialEq)]
pub enum Constant {
    /// `None`.
    None,
    /// `True` / `False`.
    Bool(bool),
    /// `...` (`Ellipsis`).
    Ellipsis,
    /// An integer that fits in `i64`.
    Int(i64),
    /// An integer that does not fit in `i64`.
    BigInt(BigInt),
    /// A float.
    Float(f64),
    /// A complex number (the literal `1j` is `real: 0.0, imag: 1.0`).
    Complex { real: f64, imag: f64 },
    /// A str.
    Str(String),
    /// A str holding lone surrogates (e.g. `'\ud800'`), as code points.
    /// `Str` is used whenever the value is valid Unicode.
    SurrogateStr(Vec<u32>),
    /// A bytes object.
    Bytes(Vec<u8>),
}

/// `ast.ExceptHandler` (the only `ast.excepthandler`): an `except` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct ExceptHandler {
    /// The exception type expression, if any.
    pub r#type: Option<Box<Expr>>,
    /// The `as` name, if any.
    pub name: Option<Identifier>,
    /// The clause body.
    pub body: Vec<Stmt>,
    /// Source position attributes.
    pub pos: Pos,
}

/// `ast.arguments`: a parameter list.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct Arguments {
    /// Positional-only parameters (before `/`).
    pub posonlyargs: Vec<Arg>,
    /// Positional-or-keyword parameters.
    pub args: Vec<Arg>,
    /// `*vararg`, if any.
    pub vararg: Option<Box<Arg>>,
    /// Keyword-only parameters.
    pub kwonlyargs: Vec<Arg>,
    /// Defaults of keyword-only parameters (`None` where absent), parallel to `kwonlyargs`.
    pub kw_defaults: Vec<Option<Expr>>,
    /// `**kwarg`, if any.
    pub kwarg: Option<Box<Arg>>,
    /// Defaults of the last positional parameters.
    pub defaults: Vec<Expr>,
}

/// `ast.arg`: one parameter.
#[derive(Clone, Debug, PartialEq)]
pub struct Arg {
    /// The parameter name.
    pub arg: Identifier,
    /// The annotation, if any.
    pub annotation: Option<Box<Expr>>,
    /// The type comment, if any.
    pub type_comment: Option<String>,
    /// Source position attributes.
    pub pos: Pos,
}

/// `ast.keyword`: a keyword argument `arg=value` (or `**value` when `arg` is `None`).
#[derive(Clone, Debug, PartialEq)]
pub struct Keyword {
    /// The keyword, or `None` for `**value`.
    pub arg: Option<Identifier>,
    /// The argument value.
    pub value: Expr,
    /// Source position attributes.
    pub pos: Pos,
}

/// `ast.alias`: `name as asname` in an import.
#[derive(Clone, Debug, PartialEq)]
pub struct Alias {
    /// The (dotted) imported name, or `*`.
    pub name: Identifier,
    /// The `as` name, if any.
    pub asname: Option<Identifier>,
    /// Source position attributes.
    pub pos: Pos,
}

/// `ast.withitem`: `context_expr as optional_vars` in a `with`.
#[derive(Clone, Debug, PartialEq)]
pub struct WithItem {
    /// The context manager expression.
    pub context_expr: Expr,
    /// The `as` target, if any.
    pub optional_vars: Option<Box<Expr>>,
}

/// `ast.match_case`: one `case` of a `match`.
#[derive(Clone, Debug, PartialEq)]
pub struct MatchCase {
    /// The pattern.
    pub pattern: Pattern,
    /// The `if` guard, if any.
    pub guard: Option<Box<Expr>>,
    /// The case body.
    pub body: Vec<Stmt>,
}

/// `ast.pattern`: a match pattern with its position.
#[derive(Clone, Debug, PartialEq)]
pub struct Pattern {
    /// Which pattern, with its fields.
    pub kind: PatternKind,
    /// Source position attributes.
    pub pos: Pos,
}

/// The constructors of `ast.pattern`.
#[derive(Clone, Debug, PartialEq)]
pub enum PatternKind {
    /// `ast.MatchValue`: a value pattern.
    MatchValue { value: Box<Expr> },
    /// `ast.MatchSingleton`: `None`, `True` or `False`.
    MatchSingleton { value: Constant },
    /// `ast.MatchSequence`: `[p, q]` / `(p, q)`.
    MatchSequence { patterns: Vec<Pattern> },
    /// `ast.MatchMapping`: `{k: p, **rest}`.
    MatchMapping {
        keys: Vec<Expr>,
        patterns: Vec<Pattern>,
        rest: Option<Identifier>,
    },
    /// `ast.MatchClass`: `Cls(p, kw=q)`.
    MatchClass {
        cls: Box<Expr>,
        patterns: Vec<Pattern>,
        kwd_attrs: Vec<Identifier>,
        kwd_patterns: Vec<Pattern>,
    },
    /// `ast.MatchStar`: `*name` in a sequence pattern.
    MatchStar { name: Option<Identifier> },
    /// `ast.MatchAs`: `pattern as name`, a capture `name`, or the wildcard `_`.
    MatchAs {
        pattern: Option<Box<Pattern>>,
        name: Option<Identifier>,
    },
    /// `ast.MatchOr`: `p | q`.
    MatchOr { patterns: Vec<Pattern> },
}

/// `ast.comprehension`: one `for ... in ... if ...` clause.
#[derive(Clone, Debug, PartialEq)]
pub struct Comprehension {
    /// The loop target.
    pub target: Expr,
    /// The iterated expression.
    pub iter: Expr,
    /// The `if` conditions.
    pub ifs: Vec<Expr>,
    /// 1 for `async for`, else 0.
    pub is_async: i64,
}

/// `ast.TypeIgnore` (the only `ast.type_ignore`): a `# type: ignore` comment.
#[derive(Clone, Debug, PartialEq)]
pub struct TypeIgnore {
    /// The line of the comment.
    pub lineno: i64,
    /// The text after `ignore`.
    pub tag: String,
}
