//! `match` statements and their patterns (PEP 634).

use super::colon_block_after;
use super::expr::{at_expr_start, named_expression, star_named_expression};
use crate::error::ErrorKind;
use crate::parser::{CompletedMarker, Parser};
use crate::SyntaxKind::*;

/// `match` is a soft keyword: it starts a statement only when the logical
/// line looks like `match <subject>:`.
pub(crate) fn at_match_stmt(p: &Parser) -> bool {
    let next = p.nth(1);
    if !(at_expr_start(next) || next == YIELD_KW) {
        return false;
    }
    let mut n = 1;
    let mut last = NAME;
    loop {
        match p.nth(n) {
            // `match x` followed by an indented block lacks only its ':'.
            NEWLINE | EOF => return last == COLON || p.nth(n + 1) == INDENT,
            k => last = k,
        }
        n += 1;
    }
}

/// match_stmt: "match" subject ':' NEWLINE INDENT case_block+ DEDENT
pub(crate) fn match_stmt(p: &mut Parser) {
    let m = p.start();
    let header = p.range();
    p.bump();
    let first = star_named_expression(p);
    if first.is_some_and(|f| f.kind() == STARRED_EXPR) && !p.at(COMMA) {
        // `match *x:` needs a trailing comma to be a sequence.
        p.invalid_syntax();
    }
    if p.at(COMMA) {
        if let Some(first) = first {
            let t = first.precede(p);
            while p.eat(COMMA) {
                if p.at(COLON) {
                    break;
                }
                star_named_expression(p);
            }
            t.complete(p, TUPLE_EXPR);
        }
    }
    if !p.eat(COLON) {
        if p.at(NEWLINE) {
            p.error("expected ':'");
        } else {
            p.invalid_syntax();
        }
        p.recover_to_line_end();
    }
    if !p.eat(NEWLINE) {
        p.invalid_syntax();
        p.recover_to_line_end();
        p.eat(NEWLINE);
    }
    if !p.at(INDENT) {
        let line = p.line_of(header.start());
        p.error_kind(
            ErrorKind::IndentationError,
            &format!("expected an indented block after 'match' statement on line {line}"),
            p.range(),
        );
        m.complete(p, MATCH_STMT);
        return;
    }
    p.bump();
    while !matches!(p.current(), DEDENT | EOF) {
        p.reset_quiet();
        if p.at_name("case") {
            case_clause(p);
        } else {
            p.invalid_syntax();
            let e = p.start();
            super::statement_with_progress(p);
            e.complete(p, ERROR);
        }
    }
    p.eat(DEDENT);
    m.complete(p, MATCH_STMT);
}

fn case_clause(p: &mut Parser) {
    let m = p.start();
    let header = p.range();
    p.bump();
    open_sequence_pattern(p);
    if p.at(IF_KW) {
        let g = p.start();
        p.bump();
        named_expression(p);
        g.complete(p, GUARD);
    }
    colon_block_after(p, "'case' statement", header);
    m.complete(p, CASE_CLAUSE);
}

/// patterns: pattern (',' pattern)* [','] as an implicit sequence.
fn open_sequence_pattern(p: &mut Parser) {
    let Some(first) = maybe_star_pattern(p) else {
        return;
    };
    if first.kind() == STAR_PATTERN && !p.at(COMMA) && !p.in_error() {
        // A lone `case *a:` is not a sequence.
        p.invalid_syntax();
    }
    if p.at(COMMA) {
        let m = first.precede(p);
        while p.eat(COMMA) {
            if matches!(p.current(), COLON | IF_KW) {
                break;
            }
            maybe_star_pattern(p);
        }
        m.complete(p, SEQUENCE_PATTERN);
    }
}

fn maybe_star_pattern(p: &mut Parser) -> Option<CompletedMarker> {
    if p.at(STAR) {
        let m = p.start();
        p.bump();
        if !p.eat(NAME) {
            p.invalid_syntax();
        }
        return Some(m.complete(p, STAR_PATTERN));
    }
    pattern(p)
}

/// pattern: or_pattern ['as' NAME]
fn pattern(p: &mut Parser) -> Option<CompletedMarker> {
    let first = closed_pattern(p)?;
    let lhs = if p.at(VBAR) {
        let m = first.precede(p);
        while p.eat(VBAR) {
            closed_pattern(p);
        }
        m.complete(p, OR_PATTERN)
    } else {
        first
    };
    if p.at(AS_KW) {
        let m = lhs.precede(p);
        p.bump();
        if p.at_name("_") {
            p.error("cannot use '_' as a target");
        } else if !p.at(NAME) && !matches!(p.current(), COLON | NEWLINE | EOF) {
            p.error("invalid pattern target");
        }
        if !p.eat(NAME) {
            p.invalid_syntax();
        }
        return Some(m.complete(p, AS_PATTERN));
    }
    Some(lhs)
}

fn closed_pattern(p: &mut Parser) -> Option<CompletedMarker> {
    let m = p.start();
    let kind = match p.current() {
        MINUS | NUMBER => {
            let real = p.nth_range(usize::from(p.at(MINUS)));
            let real_is_imaginary = is_imaginary(p, usize::from(p.at(MINUS)));
            signed_number(p);
            if matches!(p.current(), PLUS | MINUS) {
                // `1 + 2j`: a real part, then an imaginary one.
                if real_is_imaginary && !p.in_error() {
                    p.error_range("real number required in complex literal", real);
                }
                p.bump();
                if p.at(NUMBER) && !is_imaginary(p, 0) && !p.in_error() {
                    p.error("imaginary number required in complex literal");
                }
                if !p.eat(NUMBER) {
                    p.invalid_syntax();
                }
            }
            LITERAL_PATTERN
        }
        STRING => {
            while p.at(STRING) {
                p.bump();
            }
            LITERAL_PATTERN
        }
        NONE_KW | TRUE_KW | FALSE_KW => {
            p.bump();
            LITERAL_PATTERN
        }
        NAME => {
            let dotted = p.nth(1) == DOT;
            let is_wildcard = p.at_name("_");
            p.bump();
            while p.at(DOT) {
                p.bump();
                if !p.eat(NAME) {
                    p.invalid_syntax();
                }
            }
            if p.at(LPAR) {
                class_pattern_args(p);
                CLASS_PATTERN
            } else if dotted {
                VALUE_PATTERN
            } else if is_wildcard {
                WILDCARD_PATTERN
            } else {
                CAPTURE_PATTERN
            }
        }
        LPAR => {
            p.bump();
            if p.eat(RPAR) {
                SEQUENCE_PATTERN
            } else {
                let first = maybe_star_pattern(p);
                let mut kind = if first.is_some_and(|f| f.kind() == STAR_PATTERN) {
                    SEQUENCE_PATTERN
                } else {
                    GROUP_PATTERN
                };
                while p.eat(COMMA) {
                    kind = SEQUENCE_PATTERN;
                    if p.at(RPAR) {
                        break;
                    }
                    maybe_star_pattern(p);
                }
                if !p.eat(RPAR) {
                    p.invalid_syntax();
                }
                kind
            }
        }
        LSQB => {
            p.bump();
            while !matches!(p.current(), RSQB | EOF | NEWLINE) {
                if maybe_star_pattern(p).is_none() || !p.eat(COMMA) {
                    break;
                }
            }
            if !p.eat(RSQB) {
                p.invalid_syntax();
            }
            SEQUENCE_PATTERN
        }
        LBRACE => {
            mapping_pattern_body(p);
            MAPPING_PATTERN
        }
        _ => {
            m.abandon(p);
            p.invalid_syntax();
            return None;
        }
    };
    Some(m.complete(p, kind))
}

fn is_imaginary(p: &Parser, n: usize) -> bool {
    p.nth(n) == NUMBER && p.nth_text(n).ends_with(['j', 'J'])
}

fn signed_number(p: &mut Parser) {
    p.eat(MINUS);
    if !p.eat(NUMBER) {
        p.invalid_syntax();
    }
}

fn mapping_pattern_body(p: &mut Parser) {
    p.bump();
    let mut rest_seen = false;
    while !matches!(p.current(), RBRACE | EOF | NEWLINE) {
        if rest_seen {
            // `**rest` must come last, and only once.
            p.invalid_syntax();
            break;
        }
        if p.at(DOUBLESTAR) {
            let r = p.start();
            p.bump();
            if p.at_name("_") || !p.eat(NAME) {
                p.invalid_syntax();
            }
            r.complete(p, DOUBLE_STAR_PATTERN);
            rest_seen = true;
        } else {
            let item = p.start();
            let key_ok = matches!(
                p.current(),
                MINUS | NUMBER | STRING | NONE_KW | TRUE_KW | FALSE_KW
            ) || (p.at(NAME) && p.nth(1) == DOT);
            if !key_ok {
                item.abandon(p);
                p.invalid_syntax();
                break;
            }
            if closed_pattern(p).is_none() {
                item.abandon(p);
                break;
            }
            if !p.eat(COLON) {
                p.invalid_syntax();
            }
            pattern(p);
            item.complete(p, MAPPING_ITEM);
        }
        if !p.eat(COMMA) {
            break;
        }
    }
    if !p.eat(RBRACE) {
        p.invalid_syntax();
    }
}

fn class_pattern_args(p: &mut Parser) {
    let m = p.start();
    p.bump();
    while !matches!(p.current(), RPAR | EOF | NEWLINE) {
        if p.at(NAME) && p.nth(1) == EQUAL {
            let k = p.start();
            p.bump();
            p.bump();
            pattern(p);
            k.complete(p, KEYWORD_PATTERN);
        } else if pattern(p).is_none() {
            break;
        }
        if !p.eat(COMMA) {
            break;
        }
    }
    if !p.eat(RPAR) {
        p.invalid_syntax();
    }
    m.complete(p, PATTERN_ARGS);
}
