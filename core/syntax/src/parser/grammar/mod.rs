//! The grammar of Python 3.11 statements. Expressions, parameters and
//! patterns live in sibling modules.

mod expr;
mod params;
mod pattern;
mod targets;

use super::Parser;
use crate::error::ErrorKind;
use crate::SyntaxKind::{self, *};
use rowan::TextRange;

pub(crate) use expr::*;

/// file: statement* EOF
pub(crate) fn source_file(p: &mut Parser) {
    let m = p.start();
    while !p.at(EOF) {
        statement_with_progress(p);
    }
    m.complete(p, SOURCE_FILE);
}

/// A statement, guaranteed to consume at least one token.
pub(crate) fn statement_with_progress(p: &mut Parser) {
    let before = p.token_pos();
    statement(p);
    if p.token_pos() == before && !p.at(EOF) {
        let m = p.start();
        p.bump();
        m.complete(p, ERROR);
    }
}

/// The parenthesized expression of an f-string replacement field.
pub(crate) fn fstring_expr(p: &mut Parser) {
    let m = p.start();
    expression(p);
    if !p.at(EOF) {
        p.error("invalid syntax");
        while !p.at(EOF) {
            p.bump();
        }
    }
    m.complete(p, SOURCE_FILE);
}

fn statement(p: &mut Parser) {
    p.reset_quiet();
    if !p.enter() {
        p.leave();
        p.recover_to_line_end();
        return;
    }
    statement_inner(p);
    p.leave();
}

fn statement_inner(p: &mut Parser) {
    match p.current() {
        DEF_KW | CLASS_KW | AT => decorated(p),
        ASYNC_KW => match p.nth(1) {
            DEF_KW => decorated(p),
            FOR_KW => for_stmt(p),
            WITH_KW => with_stmt(p),
            _ => simple_stmts(p),
        },
        IF_KW => if_stmt(p),
        WHILE_KW => while_stmt(p),
        FOR_KW => for_stmt(p),
        TRY_KW => try_stmt(p),
        WITH_KW => with_stmt(p),
        NAME if p.at_name("match") && pattern::at_match_stmt(p) => pattern::match_stmt(p),
        INDENT => {
            p.error_kind(ErrorKind::IndentationError, "unexpected indent", p.range());
            let m = p.start();
            p.bump();
            while !matches!(p.current(), DEDENT | EOF) {
                statement_with_progress(p);
            }
            p.eat(DEDENT);
            m.complete(p, ERROR);
        }
        DEDENT | NEWLINE => {
            let m = p.start();
            p.bump();
            m.complete(p, ERROR);
        }
        _ => simple_stmts(p),
    }
}

/// simple_stmts: simple_stmt (';' simple_stmt)* [';'] NEWLINE
fn simple_stmts(p: &mut Parser) {
    loop {
        simple_stmt(p);
        if !p.at(SEMI) {
            break;
        }
        p.bump();
        if matches!(p.current(), NEWLINE | EOF) {
            break;
        }
    }
    if !p.eat(NEWLINE) {
        if !p.at(EOF) {
            p.invalid_syntax();
        }
        p.recover_to_line_end();
        p.eat(NEWLINE);
    }
}

fn simple_stmt(p: &mut Parser) {
    let m = p.start();
    let kind = match p.current() {
        PASS_KW | BREAK_KW | CONTINUE_KW => {
            let kind = match p.current() {
                PASS_KW => PASS_STMT,
                BREAK_KW => BREAK_STMT,
                _ => CONTINUE_STMT,
            };
            p.bump();
            kind
        }
        RETURN_KW => {
            p.bump();
            if !at_simple_stmt_end(p) {
                star_expressions(p);
            }
            RETURN_STMT
        }
        RAISE_KW => {
            p.bump();
            if !at_simple_stmt_end(p) {
                expression(p);
                if p.eat(FROM_KW) {
                    expression(p);
                }
            }
            RAISE_STMT
        }
        GLOBAL_KW | NONLOCAL_KW => {
            let kind = if p.at(GLOBAL_KW) {
                GLOBAL_STMT
            } else {
                NONLOCAL_STMT
            };
            p.bump();
            loop {
                if !p.eat(NAME) {
                    p.invalid_syntax();
                    break;
                }
                if !p.eat(COMMA) {
                    break;
                }
            }
            kind
        }
        DEL_KW => {
            p.bump();
            targets::del_targets(p);
            DEL_STMT
        }
        ASSERT_KW => {
            p.bump();
            expression(p);
            if p.eat(COMMA) {
                expression(p);
            }
            ASSERT_STMT
        }
        IMPORT_KW => {
            import_names(p);
            IMPORT_STMT
        }
        FROM_KW => {
            import_from(p);
            IMPORT_FROM_STMT
        }
        _ => return expression_statement(p, m),
    };
    m.complete(p, kind);
}

fn at_simple_stmt_end(p: &Parser) -> bool {
    matches!(p.current(), NEWLINE | SEMI | EOF)
}

/// Assignment, annotated assignment, augmented assignment or a bare expression.
fn expression_statement(p: &mut Parser, m: super::Marker) {
    let first = if p.at(YIELD_KW) {
        expr::yield_expr(p)
    } else {
        star_expressions(p)
    };
    match p.current() {
        EQUAL => {
            while p.at(EQUAL) {
                p.bump();
                if p.at(YIELD_KW) {
                    expr::yield_expr(p);
                } else {
                    star_expressions(p);
                }
            }
            m.complete(p, ASSIGN_STMT);
        }
        COLON => {
            p.bump();
            expression(p);
            if p.eat(EQUAL) {
                if p.at(YIELD_KW) {
                    expr::yield_expr(p);
                } else {
                    star_expressions(p);
                }
            }
            m.complete(p, ANN_ASSIGN_STMT);
        }
        k if is_augassign(k) => {
            p.bump();
            if p.at(YIELD_KW) {
                expr::yield_expr(p);
            } else {
                star_expressions(p);
            }
            m.complete(p, AUG_ASSIGN_STMT);
        }
        COLONEQUAL if !p.in_error() => {
            // `x := 1` needs parentheses; other targets get CPython's message.
            match first {
                Some(f) if !matches!(f.kind(), NAME_EXPR | YIELD_EXPR) => {
                    let what = walrus_target_name(p, f);
                    p.error_range(
                        &format!("cannot use assignment expressions with {what}"),
                        f.range(p),
                    );
                }
                _ => p.invalid_syntax(),
            }
            m.complete(p, EXPR_STMT);
        }
        _ => {
            m.complete(p, EXPR_STMT);
            if !p.in_error() && !at_simple_stmt_end(p) {
                expr::invalid_expression_tail(p, first);
            }
        }
    }
}

/// CPython's name for a walrus target, looking through parentheses.
fn walrus_target_name(p: &Parser, e: super::CompletedMarker) -> &'static str {
    match e.kind() {
        PAREN_EXPR => "name",
        TUPLE_EXPR => "tuple",
        LIST_EXPR => "list",
        _ => expr_kind_name(p, e),
    }
}

fn is_augassign(k: SyntaxKind) -> bool {
    matches!(
        k,
        PLUSEQUAL
            | MINEQUAL
            | STAREQUAL
            | ATEQUAL
            | SLASHEQUAL
            | PERCENTEQUAL
            | AMPEREQUAL
            | VBAREQUAL
            | CIRCUMFLEXEQUAL
            | LEFTSHIFTEQUAL
            | RIGHTSHIFTEQUAL
            | DOUBLESTAREQUAL
            | DOUBLESLASHEQUAL
    )
}

/// import_name: 'import' dotted_as_names
fn import_names(p: &mut Parser) {
    p.bump();
    loop {
        let m = p.start();
        dotted_name(p);
        if p.eat(AS_KW) && !p.eat(NAME) {
            p.invalid_syntax();
        }
        m.complete(p, IMPORT_ALIAS);
        if !p.eat(COMMA) {
            break;
        }
    }
}

fn dotted_name(p: &mut Parser) {
    let m = p.start();
    if !p.eat(NAME) {
        p.invalid_syntax();
    }
    while p.at(DOT) && p.nth(1) == NAME {
        p.bump();
        p.bump();
    }
    m.complete(p, DOTTED_NAME);
}

/// import_from: 'from' ('.' | '...')* dotted_name 'import' targets
fn import_from(p: &mut Parser) {
    p.bump();
    let mut dots = 0;
    while matches!(p.current(), DOT | ELLIPSIS) {
        dots += 1;
        p.bump();
    }
    if p.at(NAME) || dots == 0 {
        dotted_name(p);
    }
    if !p.eat(IMPORT_KW) {
        p.error("invalid syntax");
        return;
    }
    if p.eat(STAR) {
        return;
    }
    let parenthesized = p.eat(LPAR);
    let mut names = 0;
    loop {
        let m = p.start();
        if !p.eat(NAME) {
            m.abandon(p);
            if parenthesized && p.at(RPAR) && p.prev_kind() == COMMA {
                break;
            }
            if p.prev_kind() == COMMA && !parenthesized && names > 0 && at_simple_stmt_end(p) {
                p.error_range(
                    "trailing comma not allowed without surrounding parentheses",
                    p.prev_range(),
                );
            } else {
                p.invalid_syntax();
            }
            break;
        }
        if p.eat(AS_KW) && !p.eat(NAME) {
            p.invalid_syntax();
        }
        m.complete(p, IMPORT_ALIAS);
        names += 1;
        if !p.eat(COMMA) {
            break;
        }
        if parenthesized && p.at(RPAR) {
            break;
        }
        if !parenthesized && at_simple_stmt_end(p) {
            p.error_range(
                "trailing comma not allowed without surrounding parentheses",
                p.prev_range(),
            );
            break;
        }
    }
    if parenthesized && !p.eat(RPAR) && !p.in_error() {
        p.invalid_syntax();
    }
}

/// What a block's header was, for "expected an indented block after ...".
pub(crate) fn block(p: &mut Parser, what: &str, header: TextRange) {
    let m = p.start();
    if p.at(NEWLINE) {
        p.bump();
        if !p.at(INDENT) {
            let line = p.line_of(header.start());
            p.error_kind(
                ErrorKind::IndentationError,
                &format!("expected an indented block after {what} on line {line}"),
                p.range(),
            );
            m.complete(p, BLOCK);
            return;
        }
        p.bump();
        while !matches!(p.current(), DEDENT | EOF) {
            statement_with_progress(p);
        }
        p.eat(DEDENT);
    } else if matches!(p.current(), EOF) {
        p.error("invalid syntax");
    } else {
        simple_stmts(p);
    }
    m.complete(p, BLOCK);
}

/// `colon_block` for other grammar modules.
pub(crate) fn colon_block_after(p: &mut Parser, what: &str, header: TextRange) {
    colon_block(p, what, header);
}

/// Expects the ':' that ends a compound statement header, then the block.
fn colon_block(p: &mut Parser, what: &str, header: TextRange) {
    if !p.eat(COLON) {
        if !p.in_error() {
            // CPython 3.11 insists on ':' after def/else/try/finally; after
            // other headers it says "expected ':'" only at the line's end.
            let forced = matches!(
                what,
                "function definition"
                    | "'else' statement"
                    | "'try' statement"
                    | "'finally' statement"
            );
            if p.at(NEWLINE) || forced {
                p.error_range("expected ':'", p.range());
            } else {
                p.invalid_syntax();
            }
        }
        p.recover_to_line_end();
        if p.at(NEWLINE) && p.nth(1) != INDENT {
            p.bump();
            return;
        }
    }
    block(p, what, header);
}

fn if_stmt(p: &mut Parser) {
    let m = p.start();
    let header = p.range();
    p.bump();
    condition(p);
    colon_block(p, "'if' statement", header);
    while p.at(ELIF_KW) {
        let e = p.start();
        let header = p.range();
        p.bump();
        condition(p);
        colon_block(p, "'elif' statement", header);
        e.complete(p, ELIF_CLAUSE);
    }
    else_clause(p);
    m.complete(p, IF_STMT);
}

/// The condition of if/elif/while.
fn condition(p: &mut Parser) {
    named_expression(p);
}

/// After a named expression `e` comes `=`: CPython's hint for `==`/`:=`.
pub(crate) fn mistaken_equal(p: &mut Parser, e: super::CompletedMarker) {
    let is_name = e.kind() == NAME_EXPR;
    let excluded = matches!(
        e.kind(),
        LIST_EXPR | TUPLE_EXPR | GENERATOR_EXP | BOOL_EXPR | COMPARE_EXPR | IF_EXPR | LAMBDA_EXPR
    ) || (e.kind() == UNARY_EXPR && e.first_text(p) == "not")
        || (e.kind() == LITERAL && matches!(e.first_text(p), "True" | "False" | "None"));
    let start = e.range(p).start();
    p.bump();
    let b = expr_bp(p, BOR);
    if matches!(p.current(), EQUAL | COLONEQUAL) || p.in_error() {
        return;
    }
    let end = b.map_or(p.prev_range().end(), |b| b.range(p).end());
    if is_name {
        p.error_range(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            TextRange::new(start, end),
        );
    } else if !excluded {
        let what = expr_kind_name(p, e);
        p.error_range(
            &format!("cannot assign to {what} here. Maybe you meant '==' instead of '='?"),
            e.range(p),
        );
    } else {
        p.invalid_syntax();
    }
}

/// CPython's name for an expression node, for messages the parser raises.
fn expr_kind_name(p: &Parser, e: super::CompletedMarker) -> &'static str {
    match e.kind() {
        CALL_EXPR => "function call",
        ATTRIBUTE_EXPR => "attribute",
        SUBSCRIPT_EXPR => "subscript",
        STARRED_EXPR => "starred",
        BIN_EXPR | UNARY_EXPR | BOOL_EXPR => "expression",
        AWAIT_EXPR => "await expression",
        YIELD_EXPR => "yield expression",
        LIST_COMP => "list comprehension",
        SET_COMP => "set comprehension",
        DICT_COMP => "dict comprehension",
        DICT_EXPR => "dict literal",
        SET_EXPR => "set display",
        STRING_EXPR
            if e.first_text(p).to_ascii_lowercase().contains('f')
                && !e.first_text(p).starts_with(['\'', '"']) =>
        {
            "f-string expression"
        }
        LITERAL if e.first_text(p) == "..." => "ellipsis",
        LITERAL | STRING_EXPR => "literal",
        NAMED_EXPR => "named expression",
        _ => "expression",
    }
}

fn else_clause(p: &mut Parser) {
    if p.at(ELSE_KW) {
        let e = p.start();
        let header = p.range();
        p.bump();
        colon_block(p, "'else' statement", header);
        e.complete(p, ELSE_CLAUSE);
    }
}

fn while_stmt(p: &mut Parser) {
    let m = p.start();
    let header = p.range();
    p.bump();
    condition(p);
    colon_block(p, "'while' statement", header);
    else_clause(p);
    m.complete(p, WHILE_STMT);
}

fn for_stmt(p: &mut Parser) {
    let m = p.start();
    let header = p.range();
    p.eat(ASYNC_KW);
    p.bump();
    targets::star_targets(p);
    if !p.eat(IN_KW) {
        if !p.in_error() {
            p.invalid_syntax();
        }
        p.recover_to_line_end();
    } else {
        star_expressions(p);
    }
    colon_block(p, "'for' statement", header);
    else_clause(p);
    m.complete(p, FOR_STMT);
}

fn try_stmt(p: &mut Parser) {
    let m = p.start();
    let header = p.range();
    p.bump();
    colon_block(p, "'try' statement", header);
    let mut handlers = 0;
    let mut star = None;
    while p.at(EXCEPT_KW) {
        p.reset_quiet();
        let e = p.start();
        let header = p.range();
        p.bump();
        let is_star = p.eat(STAR);
        match star {
            None => star = Some(is_star),
            Some(s) if s != is_star => p.error_range(
                "cannot have both 'except' and 'except*' on the same 'try'",
                TextRange::new(header.start(), p.prev_range().end()),
            ),
            _ => {}
        }
        if !matches!(p.current(), COLON | NEWLINE) {
            let first = expression(p);
            if p.at(COMMA) {
                // `except A, B:` needs parentheses.
                let start = first.map_or(p.range(), |_| p.range());
                p.bump();
                expression(p);
                while p.eat(COMMA) {
                    expression(p);
                }
                if p.at(COLON) || p.at(AS_KW) {
                    p.error_range("multiple exception types must be parenthesized", start);
                }
            }
            if p.eat(AS_KW) && !p.eat(NAME) {
                p.invalid_syntax();
            }
        } else if is_star {
            p.error("expected one or more exception types");
        }
        let what = if is_star {
            "'except*' statement"
        } else {
            "'except' statement"
        };
        colon_block(p, what, header);
        e.complete(p, EXCEPT_CLAUSE);
        handlers += 1;
    }
    if handlers > 0 {
        else_clause(p);
    }
    if p.at(FINALLY_KW) {
        p.reset_quiet();
        let f = p.start();
        let header = p.range();
        p.bump();
        colon_block(p, "'finally' statement", header);
        f.complete(p, FINALLY_CLAUSE);
    } else if handlers == 0 {
        p.error("expected 'except' or 'finally' block");
    }
    m.complete(p, TRY_STMT);
}

fn with_stmt(p: &mut Parser) {
    let m = p.start();
    let header = p.range();
    p.eat(ASYNC_KW);
    p.bump();
    if p.at(LPAR) && parenthesized_with_items_follow(p) {
        p.bump();
        loop {
            with_item(p);
            if !p.eat(COMMA) || p.at(RPAR) {
                break;
            }
        }
        p.expect(RPAR);
    } else {
        loop {
            with_item(p);
            if !p.eat(COMMA) {
                break;
            }
        }
    }
    colon_block(p, "'with' statement", header);
    m.complete(p, WITH_STMT);
}

/// `with (a, b as c):` lists items in parentheses; `with (a, b) as c:` does not.
fn parenthesized_with_items_follow(p: &Parser) -> bool {
    let mut depth = 0i32;
    let mut n = 0;
    loop {
        match p.nth(n) {
            LPAR | LSQB | LBRACE => depth += 1,
            RPAR | RSQB | RBRACE => {
                depth -= 1;
                if depth == 0 {
                    // `with (a as b)` then ':' (or a missing ':' at the line's end).
                    return matches!(p.nth(n + 1), COLON | NEWLINE);
                }
            }
            NEWLINE | EOF => return false,
            // `with (x := f()):` is a parenthesized walrus, not an item list.
            COLONEQUAL if depth == 1 => return false,
            _ => {}
        }
        n += 1;
    }
}

fn with_item(p: &mut Parser) {
    let m = p.start();
    expression(p);
    if p.eat(AS_KW) {
        targets::star_target(p);
    }
    m.complete(p, WITH_ITEM);
}

/// Decorators followed by a function or class definition.
fn decorated(p: &mut Parser) {
    let m = p.start();
    while p.at(AT) {
        let d = p.start();
        p.bump();
        named_expression(p);
        if !p.eat(NEWLINE) {
            p.invalid_syntax();
            p.recover_to_line_end();
            p.eat(NEWLINE);
        }
        d.complete(p, DECORATOR);
        p.reset_quiet();
    }
    match p.current() {
        CLASS_KW => class_def(p, m),
        DEF_KW => function_def(p, m),
        ASYNC_KW if p.nth(1) == DEF_KW => function_def(p, m),
        DEDENT => {
            p.error_kind(
                ErrorKind::IndentationError,
                "unexpected unindent",
                p.prev_range(),
            );
            m.complete(p, ERROR);
        }
        EOF => {
            // CPython reports the end of input on the decorator's line.
            p.error_range("invalid syntax", p.prev_range());
            m.complete(p, ERROR);
        }
        _ => {
            p.invalid_syntax();
            m.complete(p, ERROR);
        }
    }
}

fn function_def(p: &mut Parser, m: super::Marker) {
    let header = p.range();
    p.eat(ASYNC_KW);
    p.bump();
    if !p.eat(NAME) {
        p.invalid_syntax();
    }
    if p.at(LPAR) {
        params::param_list(p, true);
    } else {
        p.expect(LPAR);
    }
    if p.at(RARROW) {
        let r = p.start();
        p.bump();
        if at_expr_start(p.current()) {
            expression(p);
        } else {
            p.error_range("expected ':'", p.prev_range());
        }
        r.complete(p, RETURN_TYPE);
    }
    colon_block(p, "function definition", header);
    m.complete(p, FUNCTION_DEF);
}

fn class_def(p: &mut Parser, m: super::Marker) {
    let header = p.range();
    p.bump();
    if !p.eat(NAME) {
        p.invalid_syntax();
    }
    if p.at(LPAR) {
        params::class_arg_list(p);
    }
    colon_block(p, "class definition", header);
    m.complete(p, CLASS_DEF);
}
