//! One wrapper struct per node kind, and the enums that group them.

use super::{cst_enum, cst_nodes, CstNode};
use crate::{SyntaxKind, SyntaxNode};

cst_nodes! {
    /// The root of every tree: a module's statements.
    SourceFile = SOURCE_FILE;
    /// Tokens (and nodes) the parser could not place.
    ErrorNode = ERROR;
    /// The suite of a compound statement: an indented block or a simple line.
    Block = BLOCK;

    /// An expression used as a statement.
    ExprStmt = EXPR_STMT;
    /// `a = b = value`.
    AssignStmt = ASSIGN_STMT;
    /// `a += value` and the other augmented assignments.
    AugAssignStmt = AUG_ASSIGN_STMT;
    /// `a: annotation [= value]`.
    AnnAssignStmt = ANN_ASSIGN_STMT;
    /// `pass`.
    PassStmt = PASS_STMT;
    /// `break`.
    BreakStmt = BREAK_STMT;
    /// `continue`.
    ContinueStmt = CONTINUE_STMT;
    /// `return [value]`.
    ReturnStmt = RETURN_STMT;
    /// `raise [exc [from cause]]`.
    RaiseStmt = RAISE_STMT;
    /// `global a, b`.
    GlobalStmt = GLOBAL_STMT;
    /// `nonlocal a, b`.
    NonlocalStmt = NONLOCAL_STMT;
    /// `del targets`.
    DelStmt = DEL_STMT;
    /// `assert test [, msg]`.
    AssertStmt = ASSERT_STMT;
    /// `import a.b as c, d`.
    ImportStmt = IMPORT_STMT;
    /// `from .mod import a as b, c`.
    ImportFromStmt = IMPORT_FROM_STMT;
    /// `a.b.c` in an import.
    DottedName = DOTTED_NAME;
    /// One imported name with its optional `as` name.
    ImportAlias = IMPORT_ALIAS;

    /// `if cond: ...` with its `elif` and `else` clauses.
    IfStmt = IF_STMT;
    /// `elif cond: ...`.
    ElifClause = ELIF_CLAUSE;
    /// `else: ...` of `if`, `while`, `for` or `try`.
    ElseClause = ELSE_CLAUSE;
    /// `while cond: ...`.
    WhileStmt = WHILE_STMT;
    /// `[async] for target in iter: ...`.
    ForStmt = FOR_STMT;
    /// `try: ...` with its handlers, `else` and `finally`.
    TryStmt = TRY_STMT;
    /// `except[*] [type [as name]]: ...`.
    ExceptClause = EXCEPT_CLAUSE;
    /// `finally: ...`.
    FinallyClause = FINALLY_CLAUSE;
    /// `[async] with items: ...`.
    WithStmt = WITH_STMT;
    /// `expr [as target]` in a `with`.
    WithItem = WITH_ITEM;
    /// `[decorators] [async] def name(params) [-> type]: ...`.
    FunctionDef = FUNCTION_DEF;
    /// `[decorators] class name[(args)]: ...`.
    ClassDef = CLASS_DEF;
    /// `@expr` before a definition.
    Decorator = DECORATOR;
    /// The parameters of a `def` (with parentheses) or a lambda.
    ParamList = PARAM_LIST;
    /// `name [: annotation] [= default]`.
    Param = PARAM;
    /// `*[name [: annotation]]`.
    StarParam = STAR_PARAM;
    /// `**name [: annotation]`.
    DoubleStarParam = DOUBLE_STAR_PARAM;
    /// The `/` that ends positional-only parameters.
    SlashParam = SLASH_PARAM;
    /// `: expr` of a parameter.
    Annotation = ANNOTATION;
    /// `= expr` of a parameter.
    ParamDefault = DEFAULT;
    /// `-> expr` of a `def`.
    ReturnType = RETURN_TYPE;
    /// `match subject:` with its cases.
    MatchStmt = MATCH_STMT;
    /// `case pattern [if guard]: ...`.
    CaseClause = CASE_CLAUSE;
    /// `if cond` of a case.
    Guard = GUARD;

    /// A name used as an expression.
    NameExpr = NAME_EXPR;
    /// A number, `None`, `True`, `False` or `...`.
    Literal = LITERAL;
    /// One or more adjacent string literals.
    StringExpr = STRING_EXPR;
    /// `(expr)`.
    ParenExpr = PAREN_EXPR;
    /// `a, b` or `(a, b)` or `()`.
    TupleExpr = TUPLE_EXPR;
    /// `[a, b]`.
    ListExpr = LIST_EXPR;
    /// `{a, b}`.
    SetExpr = SET_EXPR;
    /// `{k: v, **d}`.
    DictExpr = DICT_EXPR;
    /// `k: v` or `**d` in a dict display or comprehension.
    DictItem = DICT_ITEM;
    /// `[elt for ...]`.
    ListComp = LIST_COMP;
    /// `{elt for ...}`.
    SetComp = SET_COMP;
    /// `{k: v for ...}`.
    DictComp = DICT_COMP;
    /// `(elt for ...)`, also as a sole call argument.
    GeneratorExp = GENERATOR_EXP;
    /// `[async] for target in iter [if cond]*` of a comprehension.
    CompFor = COMP_FOR;
    /// `if cond` of a comprehension.
    CompIf = COMP_IF;
    /// `a op b` for arithmetic and bitwise operators.
    BinExpr = BIN_EXPR;
    /// `-a`, `+a`, `~a`, `not a`.
    UnaryExpr = UNARY_EXPR;
    /// `a and b`, `a or b`.
    BoolExpr = BOOL_EXPR;
    /// `a < b <= c`, `a in b`, `a is not b`, ...
    CompareExpr = COMPARE_EXPR;
    /// `callee(args)`.
    CallExpr = CALL_EXPR;
    /// `(args)` of a call or a class definition.
    ArgList = ARG_LIST;
    /// `name=value` in an argument list.
    KeywordArg = KEYWORD_ARG;
    /// `*expr` in an argument list.
    StarArg = STAR_ARG;
    /// `**expr` in an argument list.
    DoubleStarArg = DOUBLE_STAR_ARG;
    /// `receiver.name`.
    AttributeExpr = ATTRIBUTE_EXPR;
    /// `value[index]`.
    SubscriptExpr = SUBSCRIPT_EXPR;
    /// `[lower]:[upper][:[step]]` inside a subscript.
    SliceExpr = SLICE_EXPR;
    /// `*expr`.
    StarredExpr = STARRED_EXPR;
    /// `name := value`.
    NamedExpr = NAMED_EXPR;
    /// `body if test else orelse`.
    IfExpr = IF_EXPR;
    /// `lambda params: body`.
    LambdaExpr = LAMBDA_EXPR;
    /// `yield [value]`, `yield from value`.
    YieldExpr = YIELD_EXPR;
    /// `await value`.
    AwaitExpr = AWAIT_EXPR;

    /// `pattern as name`.
    AsPattern = AS_PATTERN;
    /// `p1 | p2 | ...`.
    OrPattern = OR_PATTERN;
    /// A number, string, `None`, `True` or `False` pattern.
    LiteralPattern = LITERAL_PATTERN;
    /// A bare name that binds the subject.
    CapturePattern = CAPTURE_PATTERN;
    /// `_`.
    WildcardPattern = WILDCARD_PATTERN;
    /// A dotted name compared by value.
    ValuePattern = VALUE_PATTERN;
    /// `(pattern)`.
    GroupPattern = GROUP_PATTERN;
    /// `[p, ...]`, `(p, ...)` or an open `p, ...`.
    SequencePattern = SEQUENCE_PATTERN;
    /// `*name` in a sequence pattern.
    StarPattern = STAR_PATTERN;
    /// `{key: pattern, **rest}`.
    MappingPattern = MAPPING_PATTERN;
    /// `key: pattern` in a mapping pattern.
    MappingItem = MAPPING_ITEM;
    /// `**rest` in a mapping pattern.
    DoubleStarPattern = DOUBLE_STAR_PATTERN;
    /// `Cls(args)`.
    ClassPattern = CLASS_PATTERN;
    /// `(p, name=p)` of a class pattern.
    PatternArgs = PATTERN_ARGS;
    /// `name=pattern` in a class pattern.
    KeywordPattern = KEYWORD_PATTERN;
}

cst_enum! {
    /// Any statement.
    Stmt {
        ExprStmt,
        AssignStmt,
        AugAssignStmt,
        AnnAssignStmt,
        PassStmt,
        BreakStmt,
        ContinueStmt,
        ReturnStmt,
        RaiseStmt,
        GlobalStmt,
        NonlocalStmt,
        DelStmt,
        AssertStmt,
        ImportStmt,
        ImportFromStmt,
        IfStmt,
        WhileStmt,
        ForStmt,
        TryStmt,
        WithStmt,
        FunctionDef,
        ClassDef,
        MatchStmt,
    }
}

cst_enum! {
    /// Any expression.
    Expr {
        NameExpr,
        Literal,
        StringExpr,
        ParenExpr,
        TupleExpr,
        ListExpr,
        SetExpr,
        DictExpr,
        ListComp,
        SetComp,
        DictComp,
        GeneratorExp,
        BinExpr,
        UnaryExpr,
        BoolExpr,
        CompareExpr,
        CallExpr,
        AttributeExpr,
        SubscriptExpr,
        SliceExpr,
        StarredExpr,
        NamedExpr,
        IfExpr,
        LambdaExpr,
        YieldExpr,
        AwaitExpr,
    }
}

cst_enum! {
    /// Any match pattern.
    Pattern {
        AsPattern,
        OrPattern,
        LiteralPattern,
        CapturePattern,
        WildcardPattern,
        ValuePattern,
        GroupPattern,
        SequencePattern,
        StarPattern,
        MappingPattern,
        DoubleStarPattern,
        ClassPattern,
    }
}

cst_enum! {
    /// Any entry of a parameter list.
    AnyParam {
        Param,
        StarParam,
        DoubleStarParam,
        SlashParam,
    }
}

cst_enum! {
    /// Any argument of a call or class definition: a positional expression
    /// (or a bare generator expression) or one of the special forms.
    Arg {
        KeywordArg,
        StarArg,
        DoubleStarArg,
        Expr,
    }
}
