//! Expressions: a Pratt loop for operators, recursive descent for atoms,
//! displays, comprehensions, calls and subscripts.

use super::params;
use super::targets;
use crate::parser::{CompletedMarker, Parser};
use crate::SyntaxKind::{self, *};
use rowan::TextRange;

// Binding powers, loosest first.
const OR: u8 = 1;
const AND: u8 = 2;
const NOT: u8 = 3;
const CMP: u8 = 4;
pub(crate) const BOR: u8 = 5;
const BXOR: u8 = 6;
const BAND: u8 = 7;
const SHIFT: u8 = 8;
const ARITH: u8 = 9;
const TERM: u8 = 10;
const UNARY: u8 = 11;
const POWER: u8 = 12;

/// True if `kind` can start an expression.
pub(crate) fn at_expr_start(kind: SyntaxKind) -> bool {
    matches!(
        kind,
        NAME | NUMBER
            | STRING
            | LPAR
            | LSQB
            | LBRACE
            | MINUS
            | PLUS
            | TILDE
            | NOT_KW
            | LAMBDA_KW
            | AWAIT_KW
            | STAR
            | NONE_KW
            | TRUE_KW
            | FALSE_KW
            | ELLIPSIS
    )
}

/// expression: disjunction ['if' disjunction 'else' expression] | lambdef
pub(crate) fn expression(p: &mut Parser) -> Option<CompletedMarker> {
    if p.at(LAMBDA_KW) {
        return Some(lambda_expr(p));
    }
    let lhs = expr_bp(p, OR)?;
    if p.at(IF_KW) {
        let m = lhs.precede(p);
        p.bump();
        let cond = expr_bp(p, OR);
        if !p.eat(ELSE_KW) {
            if !p.in_error() {
                if let Some(cond) = cond {
                    if !matches!(p.current(), COLON) {
                        let range = TextRange::new(lhs.range(p).start(), cond.range(p).end());
                        p.error_range("expected 'else' after 'if' expression", range);
                    } else {
                        p.invalid_syntax();
                    }
                }
            }
            return Some(m.complete(p, IF_EXPR));
        }
        expression(p);
        return Some(m.complete(p, IF_EXPR));
    }
    Some(lhs)
}

/// named_expression: NAME ':=' expression | expression, with CPython's
/// hints for `=` written where `==` or `:=` was meant.
pub(crate) fn named_expression(p: &mut Parser) -> Option<CompletedMarker> {
    let e = walrus_expression(p)?;
    if p.at(EQUAL) && !p.in_error() && e.kind() != NAMED_EXPR {
        super::mistaken_equal(p, e);
    }
    Some(e)
}

/// named_expression without the `=` hints (call arguments handle `=`).
pub(crate) fn walrus_expression(p: &mut Parser) -> Option<CompletedMarker> {
    let e = expression(p)?;
    if p.at(COLONEQUAL) {
        let m = e.precede(p);
        p.bump();
        expression(p);
        return Some(m.complete(p, NAMED_EXPR));
    }
    Some(e)
}

/// star_named_expression: '*' bitwise_or | named_expression
pub(crate) fn star_named_expression(p: &mut Parser) -> Option<CompletedMarker> {
    if p.at(STAR) {
        return Some(starred(p));
    }
    named_expression(p)
}

fn starred(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump();
    expr_bp(p, BOR);
    m.complete(p, STARRED_EXPR)
}

/// star_expression: '*' bitwise_or | expression
pub(crate) fn star_expression(p: &mut Parser) -> Option<CompletedMarker> {
    if p.at(STAR) {
        return Some(starred(p));
    }
    expression(p)
}

/// star_expressions: a star_expression, or several as an unparenthesized tuple.
pub(crate) fn star_expressions(p: &mut Parser) -> Option<CompletedMarker> {
    let first = star_expression(p)?;
    if !p.at(COMMA) {
        return Some(first);
    }
    let m = first.precede(p);
    while p.eat(COMMA) {
        if !at_expr_start(p.current()) {
            break;
        }
        star_expression(p);
    }
    Some(m.complete(p, TUPLE_EXPR))
}

/// yield_expr: 'yield' 'from' expression | 'yield' [star_expressions]
pub(crate) fn yield_expr(p: &mut Parser) -> Option<CompletedMarker> {
    let m = p.start();
    p.bump();
    if p.eat(FROM_KW) {
        expression(p);
    } else if at_expr_start(p.current()) {
        star_expressions(p);
    }
    Some(m.complete(p, YIELD_EXPR))
}

fn infix(p: &Parser) -> Option<(u8, SyntaxKind)> {
    Some(match p.current() {
        OR_KW => (OR, BOOL_EXPR),
        AND_KW => (AND, BOOL_EXPR),
        LESS | GREATER | EQEQUAL | NOTEQUAL | LESSEQUAL | GREATEREQUAL | IN_KW | IS_KW => {
            (CMP, COMPARE_EXPR)
        }
        NOT_KW if p.nth(1) == IN_KW => (CMP, COMPARE_EXPR),
        VBAR => (BOR, BIN_EXPR),
        CIRCUMFLEX => (BXOR, BIN_EXPR),
        AMPER => (BAND, BIN_EXPR),
        LEFTSHIFT | RIGHTSHIFT => (SHIFT, BIN_EXPR),
        PLUS | MINUS => (ARITH, BIN_EXPR),
        STAR | SLASH | DOUBLESLASH | PERCENT | AT => (TERM, BIN_EXPR),
        DOUBLESTAR => (POWER, BIN_EXPR),
        _ => return None,
    })
}

/// Operators binding at least as tightly as `min_bp`.
pub(crate) fn expr_bp(p: &mut Parser, min_bp: u8) -> Option<CompletedMarker> {
    if !p.enter() {
        p.leave();
        return None;
    }
    let result = expr_bp_inner(p, min_bp);
    p.leave();
    result
}

fn expr_bp_inner(p: &mut Parser, min_bp: u8) -> Option<CompletedMarker> {
    let mut lhs = match p.current() {
        NOT_KW => {
            if min_bp > NOT {
                p.invalid_syntax();
                return None;
            }
            let m = p.start();
            p.bump();
            expr_bp(p, NOT);
            m.complete(p, UNARY_EXPR)
        }
        PLUS | MINUS | TILDE => {
            let m = p.start();
            p.bump();
            expr_bp(p, UNARY);
            m.complete(p, UNARY_EXPR)
        }
        AWAIT_KW => {
            let m = p.start();
            p.bump();
            primary(p);
            m.complete(p, AWAIT_EXPR)
        }
        _ => primary(p)?,
    };
    // Each operator applied wraps the tree one level deeper.
    let mut wrapped = 0;
    while let Some((l_bp, kind)) = infix(p) {
        if l_bp < min_bp {
            break;
        }
        wrapped += 1;
        if !p.enter() {
            break;
        }
        let m = lhs.precede(p);
        if kind == COMPARE_EXPR {
            while infix(p).is_some_and(|(bp, _)| bp == CMP) {
                if matches!(p.current(), NOT_KW | IS_KW) && matches!(p.nth(1), IN_KW | NOT_KW) {
                    p.bump();
                }
                p.bump();
                if expr_bp(p, CMP + 1).is_none() {
                    break;
                }
            }
        } else {
            p.bump();
            let r_bp = if kind == BIN_EXPR && l_bp == POWER {
                UNARY
            } else {
                l_bp + 1
            };
            if expr_bp(p, r_bp).is_none() {
                lhs = m.complete(p, kind);
                break;
            }
        }
        lhs = m.complete(p, kind);
    }
    p.leave_by(wrapped);
    Some(lhs)
}

/// primary: atom followed by calls, subscripts and attribute accesses.
fn primary(p: &mut Parser) -> Option<CompletedMarker> {
    let lhs = atom(p)?;
    let mut wrapped = 0;
    let result = trailers(p, lhs, &mut wrapped);
    p.leave_by(wrapped);
    result
}

/// Calls, subscripts and attributes after an atom; each one nests a level.
fn trailers(
    p: &mut Parser,
    mut lhs: CompletedMarker,
    wrapped: &mut u32,
) -> Option<CompletedMarker> {
    loop {
        if matches!(p.current(), DOT | LPAR | LSQB) {
            *wrapped += 1;
            if !p.enter() {
                return Some(lhs);
            }
        }
        lhs = match p.current() {
            DOT => {
                let m = lhs.precede(p);
                p.bump();
                if !p.eat(NAME) {
                    p.invalid_syntax();
                }
                m.complete(p, ATTRIBUTE_EXPR)
            }
            LPAR => {
                let m = lhs.precede(p);
                params::arg_list(p);
                m.complete(p, CALL_EXPR)
            }
            LSQB => {
                let m = lhs.precede(p);
                subscript(p);
                m.complete(p, SUBSCRIPT_EXPR)
            }
            _ => return Some(lhs),
        };
    }
}

fn atom(p: &mut Parser) -> Option<CompletedMarker> {
    let m = p.start();
    let kind = match p.current() {
        NAME => {
            p.bump();
            NAME_EXPR
        }
        NUMBER | NONE_KW | TRUE_KW | FALSE_KW | ELLIPSIS => {
            p.bump();
            LITERAL
        }
        STRING => {
            while p.at(STRING) {
                p.bump();
            }
            STRING_EXPR
        }
        LPAR => {
            m.abandon(p);
            return Some(paren(p));
        }
        LSQB => {
            m.abandon(p);
            return Some(list(p));
        }
        LBRACE => {
            m.abandon(p);
            return Some(braces(p));
        }
        _ => {
            m.abandon(p);
            p.invalid_syntax();
            return None;
        }
    };
    Some(m.complete(p, kind))
}

/// After an element of a bracketed list: two expressions in a row mean a
/// forgotten comma, as CPython words it.
pub(crate) fn check_missing_comma(p: &mut Parser, elem: Option<CompletedMarker>) {
    let Some(elem) = elem else { return };
    if !at_expr_start(p.current()) || p.in_error() || p.at(STAR) {
        return;
    }
    if elem.kind() == NAME_EXPR && matches!(elem.first_text(p), "match" | "case" | "_") {
        return;
    }
    if elem.kind() == NAME_EXPR && p.at(STRING) {
        p.invalid_syntax();
        return;
    }
    let next = if p.at(STAR) {
        Some(starred(p))
    } else {
        walrus_expression(p)
    };
    if p.in_error() {
        return;
    }
    let end = next.map_or(p.prev_range().end(), |n| n.range(p).end());
    p.error_range(
        "invalid syntax. Perhaps you forgot a comma?",
        TextRange::new(elem.range(p).start(), end),
    );
}

/// An expression statement followed by junk: CPython's legacy-print hint
/// or plain "invalid syntax".
pub(crate) fn invalid_expression_tail(p: &mut Parser, first: Option<CompletedMarker>) {
    if let Some(first) = first {
        if first.kind() == NAME_EXPR
            && matches!(first.first_text(p), "print" | "exec")
            && at_expr_start(p.current())
        {
            let name = first.first_text(p);
            let start = first.range(p).start();
            let saved = p.in_error();
            let rest = star_expressions(p);
            if !saved {
                let end = rest.map_or(p.prev_range().end(), |r| r.range(p).end());
                p.error_always(
                    &format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                    TextRange::new(start, end),
                );
            }
            return;
        }
        if p.at(IF_KW) {
            return;
        }
    }
    p.invalid_syntax();
}

fn paren(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump();
    if p.eat(RPAR) {
        return m.complete(p, TUPLE_EXPR);
    }
    if p.at(YIELD_KW) {
        yield_expr(p);
        p.expect(RPAR);
        return m.complete(p, PAREN_EXPR);
    }
    let first = star_named_expression(p);
    if at_comp_for(p) {
        check_comp_element(p, first);
        comp_clauses(p);
        close(p, RPAR);
        return m.complete(p, GENERATOR_EXP);
    }
    if p.at(COMMA) {
        while p.eat(COMMA) {
            if p.at(RPAR) {
                break;
            }
            let e = star_named_expression(p);
            check_missing_comma(p, e);
        }
        close(p, RPAR);
        return m.complete(p, TUPLE_EXPR);
    }
    check_missing_comma(p, first);
    if let Some(first) = first {
        if first.kind() == STARRED_EXPR && p.at(RPAR) && !p.in_error() {
            p.error_range("cannot use starred expression here", first.range(p));
        }
    }
    close(p, RPAR);
    m.complete(p, PAREN_EXPR)
}

/// Expects a closing bracket; junk before it is wrapped in an error node.
fn close(p: &mut Parser, kind: SyntaxKind) {
    if p.eat(kind) {
        return;
    }
    if !p.in_error() {
        p.invalid_syntax();
    }
    // Skip to the closing bracket if it is on this logical line.
    let mut n = 0;
    let mut depth = 0;
    loop {
        match p.nth(n) {
            NEWLINE | EOF => return,
            LPAR | LSQB | LBRACE => depth += 1,
            k @ (RPAR | RSQB | RBRACE) => {
                if depth == 0 {
                    if k == kind {
                        break;
                    }
                    return;
                }
                depth -= 1;
            }
            _ => {}
        }
        n += 1;
    }
    let e = p.start();
    for _ in 0..n {
        p.bump();
    }
    e.complete(p, ERROR);
    p.bump();
}

fn list(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump();
    if p.eat(RSQB) {
        return m.complete(p, LIST_EXPR);
    }
    let first = star_named_expression(p);
    if at_comp_for(p) {
        check_comp_element(p, first);
        comp_clauses(p);
        close(p, RSQB);
        return m.complete(p, LIST_COMP);
    }
    check_missing_comma(p, first);
    elements_tail(p, first);
    close(p, RSQB);
    m.complete(p, LIST_EXPR)
}

/// `, elem`* after the first element of a list or set display.
fn elements_tail(p: &mut Parser, first: Option<CompletedMarker>) {
    let mut last = first;
    while p.eat(COMMA) {
        if matches!(p.current(), RSQB | RBRACE) || at_comp_for(p) {
            break;
        }
        last = star_named_expression(p);
        check_missing_comma(p, last);
    }
    if at_comp_for(p) && !p.in_error() {
        if let (Some(first), Some(last)) = (first, last) {
            let range = TextRange::new(first.range(p).start(), last.range(p).end());
            p.error_range(
                "did you forget parentheses around the comprehension target?",
                range,
            );
        }
    }
}

fn braces(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump();
    if p.eat(RBRACE) {
        return m.complete(p, DICT_EXPR);
    }
    if p.at(DOUBLESTAR) {
        let start = p.range().start();
        dict_star_item(p);
        if at_comp_for(p) && !p.in_error() {
            let range = TextRange::new(start, p.prev_range().end());
            p.error_range("dict unpacking cannot be used in dict comprehension", range);
        }
        dict_tail(p);
        close(p, RBRACE);
        return m.complete(p, DICT_EXPR);
    }
    let first = star_named_expression(p);
    if p.at(COLON)
        && first.is_some_and(|f| matches!(f.kind(), STARRED_EXPR | NAMED_EXPR))
        && !p.in_error()
    {
        // `{*a: b}` and `{x := 1: b}` are not dict displays.
        p.invalid_syntax();
    }
    if p.at(COLON) {
        if let Some(first) = first {
            let item = first.precede(p);
            p.bump();
            let value = dict_value(p);
            let item = item.complete(p, DICT_ITEM);
            if value.is_some() {
                check_missing_comma(p, Some(item));
            }
        } else {
            p.bump();
            expression(p);
        }
        if at_comp_for(p) {
            comp_clauses(p);
            close(p, RBRACE);
            return m.complete(p, DICT_COMP);
        }
        dict_tail(p);
        close(p, RBRACE);
        return m.complete(p, DICT_EXPR);
    }
    if at_comp_for(p) {
        check_comp_element(p, first);
        comp_clauses(p);
        close(p, RBRACE);
        return m.complete(p, SET_COMP);
    }
    check_missing_comma(p, first);
    elements_tail(p, first);
    close(p, RBRACE);
    m.complete(p, SET_EXPR)
}

/// The value after `key:` in a dict display, with CPython's messages for
/// a missing or starred value.
fn dict_value(p: &mut Parser) -> Option<CompletedMarker> {
    if matches!(p.current(), RBRACE | COMMA) && !p.in_error() {
        p.error_range(
            "expression expected after dictionary key and ':'",
            p.prev_range(),
        );
        return None;
    }
    if p.at(STAR) {
        let star = starred(p);
        if !p.in_error() {
            p.error_range(
                "cannot use a starred expression in a dictionary value",
                star.range(p),
            );
        }
        return Some(star);
    }
    expression(p)
}

fn dict_star_item(p: &mut Parser) {
    let item = p.start();
    p.bump();
    expr_bp(p, BOR);
    item.complete(p, DICT_ITEM);
}

fn dict_tail(p: &mut Parser) {
    while p.eat(COMMA) {
        if p.at(RBRACE) {
            break;
        }
        if p.at(DOUBLESTAR) {
            dict_star_item(p);
            continue;
        }
        let item = p.start();
        let key = expression(p);
        if !p.eat(COLON) {
            if !p.in_error() {
                if let Some(key) = key {
                    p.error_range("':' expected after dictionary key", key.range(p));
                }
            }
            item.complete(p, DICT_ITEM);
            continue;
        }
        if matches!(p.current(), RBRACE | COMMA) && !p.in_error() {
            p.error_range(
                "expression expected after dictionary key and ':'",
                p.prev_range(),
            );
        } else {
            expression(p);
        }
        item.complete(p, DICT_ITEM);
    }
}

/// `[*x for x in y]`: CPython's message for unpacking in a comprehension.
fn check_comp_element(p: &mut Parser, first: Option<CompletedMarker>) {
    if let Some(first) = first {
        if first.kind() == STARRED_EXPR && !p.in_error() {
            p.error_range(
                "iterable unpacking cannot be used in comprehension",
                first.range(p),
            );
        }
    }
}

pub(crate) fn at_comp_for(p: &Parser) -> bool {
    p.at(FOR_KW) || (p.at(ASYNC_KW) && p.nth(1) == FOR_KW)
}

/// for_if_clauses: ('async'? 'for' star_targets 'in' disjunction ('if' disjunction)*)+
pub(crate) fn comp_clauses(p: &mut Parser) {
    while at_comp_for(p) {
        let m = p.start();
        p.eat(ASYNC_KW);
        p.bump();
        let target = targets::star_targets(p);
        if !p.eat(IN_KW) {
            check_missing_comma(p, target);
            if !p.in_error() {
                p.invalid_syntax();
            }
            m.complete(p, COMP_FOR);
            return;
        }
        expr_bp(p, OR);
        while p.at(IF_KW) {
            let c = p.start();
            p.bump();
            expr_bp(p, OR);
            c.complete(p, COMP_IF);
        }
        m.complete(p, COMP_FOR);
    }
}

/// '[' slices ']'
fn subscript(p: &mut Parser) {
    p.bump();
    let first = slice(p);
    if p.at(COMMA) {
        if let Some(first) = first {
            let m = first.precede(p);
            while p.eat(COMMA) {
                if p.at(RSQB) {
                    break;
                }
                slice(p);
            }
            m.complete(p, TUPLE_EXPR);
        }
    } else {
        check_missing_comma(p, first);
    }
    close(p, RSQB);
}

/// slice: [expression] ':' [expression] [':' [expression]] | named_expression
fn slice(p: &mut Parser) -> Option<CompletedMarker> {
    let m = p.start();
    if !p.at(COLON) {
        let e = star_named_expression(p);
        if !p.at(COLON) {
            m.abandon(p);
            return e;
        }
        if e.is_some_and(|e| matches!(e.kind(), STARRED_EXPR | NAMED_EXPR)) && !p.in_error() {
            p.invalid_syntax();
        }
    }
    p.bump();
    if at_expr_start(p.current()) {
        expression(p);
    }
    if p.eat(COLON) && at_expr_start(p.current()) {
        expression(p);
    }
    Some(m.complete(p, SLICE_EXPR))
}

fn lambda_expr(p: &mut Parser) -> CompletedMarker {
    let m = p.start();
    p.bump();
    if !p.at(COLON) {
        params::param_list(p, false);
    }
    if p.eat(COLON) {
        expression(p);
    } else if !p.in_error() {
        p.invalid_syntax();
    }
    m.complete(p, LAMBDA_EXPR)
}
