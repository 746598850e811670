//! `SyntaxKind`: every token and node kind of the lossless tree.

/// The kind of a token or node in the concrete syntax tree.
#[allow(non_camel_case_types, missing_docs)]
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
#[repr(u16)]
pub enum SyntaxKind {
    // Trivia: kept in the tree, skipped by the parser.
    WHITESPACE,
    COMMENT,
    /// A newline that does not end a logical line (blank line, inside brackets).
    NL,
    /// A backslash followed by a newline.
    LINE_CONTINUATION,
    /// A byte-order mark at the start of the file.
    BOM,

    // Layout tokens.
    NEWLINE,
    INDENT,
    DEDENT,
    EOF,

    // Atoms.
    NAME,
    NUMBER,
    STRING,
    ERROR_TOKEN,

    // Operators and delimiters.
    LPAR,
    RPAR,
    LSQB,
    RSQB,
    LBRACE,
    RBRACE,
    COLON,
    COMMA,
    SEMI,
    PLUS,
    MINUS,
    STAR,
    SLASH,
    VBAR,
    AMPER,
    LESS,
    GREATER,
    EQUAL,
    DOT,
    PERCENT,
    EQEQUAL,
    NOTEQUAL,
    LESSEQUAL,
    GREATEREQUAL,
    TILDE,
    CIRCUMFLEX,
    LEFTSHIFT,
    RIGHTSHIFT,
    DOUBLESTAR,
    PLUSEQUAL,
    MINEQUAL,
    STAREQUAL,
    SLASHEQUAL,
    PERCENTEQUAL,
    AMPEREQUAL,
    VBAREQUAL,
    CIRCUMFLEXEQUAL,
    LEFTSHIFTEQUAL,
    RIGHTSHIFTEQUAL,
    DOUBLESTAREQUAL,
    DOUBLESLASH,
    DOUBLESLASHEQUAL,
    AT,
    ATEQUAL,
    RARROW,
    ELLIPSIS,
    COLONEQUAL,
    /// `!`, only meaningful inside f-string replacement fields.
    EXCLAMATION,

    // Keywords.
    FALSE_KW,
    NONE_KW,
    TRUE_KW,
    AND_KW,
    AS_KW,
    ASSERT_KW,
    ASYNC_KW,
    AWAIT_KW,
    BREAK_KW,
    CLASS_KW,
    CONTINUE_KW,
    DEF_KW,
    DEL_KW,
    ELIF_KW,
    ELSE_KW,
    EXCEPT_KW,
    FINALLY_KW,
    FOR_KW,
    FROM_KW,
    GLOBAL_KW,
    IF_KW,
    IMPORT_KW,
    IN_KW,
    IS_KW,
    LAMBDA_KW,
    NONLOCAL_KW,
    NOT_KW,
    OR_KW,
    PASS_KW,
    RAISE_KW,
    RETURN_KW,
    TRY_KW,
    WHILE_KW,
    WITH_KW,
    YIELD_KW,

    // Nodes.
    SOURCE_FILE,
    ERROR,
    BLOCK,

    // Simple statements.
    EXPR_STMT,
    ASSIGN_STMT,
    AUG_ASSIGN_STMT,
    ANN_ASSIGN_STMT,
    PASS_STMT,
    BREAK_STMT,
    CONTINUE_STMT,
    RETURN_STMT,
    RAISE_STMT,
    GLOBAL_STMT,
    NONLOCAL_STMT,
    DEL_STMT,
    ASSERT_STMT,
    IMPORT_STMT,
    IMPORT_FROM_STMT,
    DOTTED_NAME,
    IMPORT_ALIAS,

    // Compound statements.
    IF_STMT,
    ELIF_CLAUSE,
    ELSE_CLAUSE,
    WHILE_STMT,
    FOR_STMT,
    TRY_STMT,
    EXCEPT_CLAUSE,
    FINALLY_CLAUSE,
    WITH_STMT,
    WITH_ITEM,
    FUNCTION_DEF,
    CLASS_DEF,
    DECORATOR,
    PARAM_LIST,
    PARAM,
    STAR_PARAM,
    DOUBLE_STAR_PARAM,
    SLASH_PARAM,
    ANNOTATION,
    DEFAULT,
    RETURN_TYPE,
    MATCH_STMT,
    CASE_CLAUSE,
    GUARD,

    // Expressions.
    NAME_EXPR,
    LITERAL,
    STRING_EXPR,
    PAREN_EXPR,
    TUPLE_EXPR,
    LIST_EXPR,
    SET_EXPR,
    DICT_EXPR,
    DICT_ITEM,
    LIST_COMP,
    SET_COMP,
    DICT_COMP,
    GENERATOR_EXP,
    COMP_FOR,
    COMP_IF,
    BIN_EXPR,
    UNARY_EXPR,
    BOOL_EXPR,
    COMPARE_EXPR,
    CALL_EXPR,
    ARG_LIST,
    KEYWORD_ARG,
    STAR_ARG,
    DOUBLE_STAR_ARG,
    ATTRIBUTE_EXPR,
    SUBSCRIPT_EXPR,
    SLICE_EXPR,
    STARRED_EXPR,
    NAMED_EXPR,
    IF_EXPR,
    LAMBDA_EXPR,
    YIELD_EXPR,
    AWAIT_EXPR,

    // Patterns.
    AS_PATTERN,
    OR_PATTERN,
    LITERAL_PATTERN,
    CAPTURE_PATTERN,
    WILDCARD_PATTERN,
    VALUE_PATTERN,
    GROUP_PATTERN,
    SEQUENCE_PATTERN,
    STAR_PATTERN,
    MAPPING_PATTERN,
    MAPPING_ITEM,
    DOUBLE_STAR_PATTERN,
    CLASS_PATTERN,
    PATTERN_ARGS,
    KEYWORD_PATTERN,

    #[doc(hidden)]
    __LAST,
}

use SyntaxKind::*;

impl SyntaxKind {
    /// True for tokens the parser skips (they stay in the tree).
    pub fn is_trivia(self) -> bool {
        matches!(self, WHITESPACE | COMMENT | NL | LINE_CONTINUATION | BOM)
    }

    /// True for the hard keywords of Python 3.11.
    pub fn is_keyword(self) -> bool {
        (FALSE_KW as u16..=YIELD_KW as u16).contains(&(self as u16))
    }

    /// True for node kinds that are expressions.
    pub fn is_expr(self) -> bool {
        (NAME_EXPR as u16..=AWAIT_EXPR as u16).contains(&(self as u16))
            && !matches!(
                self,
                DICT_ITEM
                    | COMP_FOR
                    | COMP_IF
                    | ARG_LIST
                    | KEYWORD_ARG
                    | STAR_ARG
                    | DOUBLE_STAR_ARG
            )
    }

    /// True for node kinds that are statements.
    pub fn is_stmt(self) -> bool {
        matches!(
            self,
            EXPR_STMT
                | ASSIGN_STMT
                | AUG_ASSIGN_STMT
                | ANN_ASSIGN_STMT
                | PASS_STMT
                | BREAK_STMT
                | CONTINUE_STMT
                | RETURN_STMT
                | RAISE_STMT
                | GLOBAL_STMT
                | NONLOCAL_STMT
                | DEL_STMT
                | ASSERT_STMT
                | IMPORT_STMT
                | IMPORT_FROM_STMT
                | IF_STMT
                | WHILE_STMT
                | FOR_STMT
                | TRY_STMT
                | WITH_STMT
                | FUNCTION_DEF
                | CLASS_DEF
                | MATCH_STMT
        )
    }

    /// True for node kinds that are match patterns.
    pub fn is_pattern(self) -> bool {
        (AS_PATTERN as u16..=KEYWORD_PATTERN as u16).contains(&(self as u16))
            && !matches!(self, MAPPING_ITEM | PATTERN_ARGS | KEYWORD_PATTERN)
    }

    /// The keyword kind spelled by `text`, if it is a hard keyword.
    pub fn from_keyword(text: &str) -> Option<SyntaxKind> {
        Some(match text {
            "False" => FALSE_KW,
            "None" => NONE_KW,
            "True" => TRUE_KW,
            "and" => AND_KW,
            "as" => AS_KW,
            "assert" => ASSERT_KW,
            "async" => ASYNC_KW,
            "await" => AWAIT_KW,
            "break" => BREAK_KW,
            "class" => CLASS_KW,
            "continue" => CONTINUE_KW,
            "def" => DEF_KW,
            "del" => DEL_KW,
            "elif" => ELIF_KW,
            "else" => ELSE_KW,
            "except" => EXCEPT_KW,
            "finally" => FINALLY_KW,
            "for" => FOR_KW,
            "from" => FROM_KW,
            "global" => GLOBAL_KW,
            "if" => IF_KW,
            "import" => IMPORT_KW,
            "in" => IN_KW,
            "is" => IS_KW,
            "lambda" => LAMBDA_KW,
            "nonlocal" => NONLOCAL_KW,
            "not" => NOT_KW,
            "or" => OR_KW,
            "pass" => PASS_KW,
            "raise" => RAISE_KW,
            "return" => RETURN_KW,
            "try" => TRY_KW,
            "while" => WHILE_KW,
            "with" => WITH_KW,
            "yield" => YIELD_KW,
            _ => return None,
        })
    }

    /// The fixed text of a punctuation or keyword token, for messages.
    pub fn text(self) -> Option<&'static str> {
        Some(match self {
            LPAR => "(",
            RPAR => ")",
            LSQB => "[",
            RSQB => "]",
            LBRACE => "{",
            RBRACE => "}",
            COLON => ":",
            COMMA => ",",
            SEMI => ";",
            PLUS => "+",
            MINUS => "-",
            STAR => "*",
            SLASH => "/",
            VBAR => "|",
            AMPER => "&",
            LESS => "<",
            GREATER => ">",
            EQUAL => "=",
            DOT => ".",
            PERCENT => "%",
            EQEQUAL => "==",
            NOTEQUAL => "!=",
            LESSEQUAL => "<=",
            GREATEREQUAL => ">=",
            TILDE => "~",
            CIRCUMFLEX => "^",
            LEFTSHIFT => "<<",
            RIGHTSHIFT => ">>",
            DOUBLESTAR => "**",
            PLUSEQUAL => "+=",
            MINEQUAL => "-=",
            STAREQUAL => "*=",
            SLASHEQUAL => "/=",
            PERCENTEQUAL => "%=",
            AMPEREQUAL => "&=",
            VBAREQUAL => "|=",
            CIRCUMFLEXEQUAL => "^=",
            LEFTSHIFTEQUAL => "<<=",
            RIGHTSHIFTEQUAL => ">>=",
            DOUBLESTAREQUAL => "**=",
            DOUBLESLASH => "//",
            DOUBLESLASHEQUAL => "//=",
            AT => "@",
            ATEQUAL => "@=",
            RARROW => "->",
            ELLIPSIS => "...",
            COLONEQUAL => ":=",
            EXCLAMATION => "!",
            FALSE_KW => "False",
            NONE_KW => "None",
            TRUE_KW => "True",
            AND_KW => "and",
            AS_KW => "as",
            ASSERT_KW => "assert",
            ASYNC_KW => "async",
            AWAIT_KW => "await",
            BREAK_KW => "break",
            CLASS_KW => "class",
            CONTINUE_KW => "continue",
            DEF_KW => "def",
            DEL_KW => "del",
            ELIF_KW => "elif",
            ELSE_KW => "else",
            EXCEPT_KW => "except",
            FINALLY_KW => "finally",
            FOR_KW => "for",
            FROM_KW => "from",
            GLOBAL_KW => "global",
            IF_KW => "if",
            IMPORT_KW => "import",
            IN_KW => "in",
            IS_KW => "is",
            LAMBDA_KW => "lambda",
            NONLOCAL_KW => "nonlocal",
            NOT_KW => "not",
            OR_KW => "or",
            PASS_KW => "pass",
            RAISE_KW => "raise",
            RETURN_KW => "return",
            TRY_KW => "try",
            WHILE_KW => "while",
            WITH_KW => "with",
            YIELD_KW => "yield",
            _ => return None,
        })
    }
}

impl From<SyntaxKind> for rowan::SyntaxKind {
    fn from(kind: SyntaxKind) -> Self {
        rowan::SyntaxKind(kind as u16)
    }
}

impl SyntaxKind {
    /// Converts a raw rowan kind back; panics only on a kind we never created.
    pub fn from_raw(raw: u16) -> SyntaxKind {
        assert!(raw < __LAST as u16, "invalid SyntaxKind {raw}");
        // SAFETY: SyntaxKind is repr(u16) and `raw` is in range.
        unsafe { std::mem::transmute::<u16, SyntaxKind>(raw) }
    }
}
