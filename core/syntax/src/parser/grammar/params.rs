//! Parameter lists (def and lambda) and call argument lists.

use super::expr::{
    at_comp_for, check_missing_comma, comp_clauses, expression, named_expression, star_expression,
};
use crate::parser::Parser;
use crate::SyntaxKind::*;
use rowan::TextRange;

/// Parameters of a `def` (in parentheses, with annotations) or a lambda.
pub(crate) fn param_list(p: &mut Parser, is_def: bool) {
    let m = p.start();
    let end = if is_def {
        p.bump();
        RPAR
    } else {
        COLON
    };
    while !p.at(end) && !p.at(EOF) && !p.at(NEWLINE) {
        let param = p.start();
        let kind = match p.current() {
            SLASH => {
                p.bump();
                SLASH_PARAM
            }
            STAR => {
                p.bump();
                if p.eat(NAME) && is_def && p.at(COLON) {
                    // 3.11 allows `*args: *Ts`.
                    let a = p.start();
                    p.bump();
                    star_expression(p);
                    a.complete(p, ANNOTATION);
                }
                default(p);
                STAR_PARAM
            }
            DOUBLESTAR => {
                p.bump();
                if !p.eat(NAME) {
                    p.invalid_syntax();
                }
                annotation(p, is_def);
                default(p);
                DOUBLE_STAR_PARAM
            }
            NAME => {
                p.bump();
                annotation(p, is_def);
                default(p);
                PARAM
            }
            LPAR if is_def => {
                p.error("invalid syntax");
                param.abandon(p);
                break;
            }
            _ => {
                param.abandon(p);
                p.invalid_syntax();
                break;
            }
        };
        param.complete(p, kind);
        if !p.eat(COMMA) {
            break;
        }
    }
    if is_def {
        if !p.eat(RPAR) && !p.in_error() {
            p.invalid_syntax();
        }
    }
    m.complete(p, PARAM_LIST);
}

fn annotation(p: &mut Parser, is_def: bool) {
    if is_def && p.at(COLON) {
        let a = p.start();
        p.bump();
        expression(p);
        a.complete(p, ANNOTATION);
    }
}

fn default(p: &mut Parser) {
    if p.at(EQUAL) {
        let d = p.start();
        p.bump();
        expression(p);
        d.complete(p, DEFAULT);
    }
}

/// '(' arguments ')' of a call or a class definition.
pub(crate) fn arg_list(p: &mut Parser) {
    let m = p.start();
    p.bump();
    while !matches!(p.current(), RPAR | EOF | NEWLINE) {
        let a = p.start();
        let elem = match p.current() {
            STAR => {
                p.bump();
                expression(p);
                Some(a.complete(p, STAR_ARG))
            }
            DOUBLESTAR => {
                p.bump();
                expression(p);
                Some(a.complete(p, DOUBLE_STAR_ARG))
            }
            NAME if p.nth(1) == EQUAL => {
                p.bump();
                p.bump();
                expression(p);
                Some(a.complete(p, KEYWORD_ARG))
            }
            _ => {
                let e = named_expression(p);
                if at_comp_for(p) {
                    a.abandon(p);
                    let g = match e {
                        Some(e) => e.precede(p),
                        None => p.start(),
                    };
                    comp_clauses(p);
                    Some(g.complete(p, GENERATOR_EXP))
                } else if p.at(EQUAL) && e.is_some() {
                    let e = e.unwrap();
                    if !p.in_error() {
                        let range = TextRange::new(e.range(p).start(), p.range().end());
                        let msg = if matches!(e.kind(), LITERAL | STRING_EXPR)
                            && is_keyword_literal(e.first_text(p))
                        {
                            format!("cannot assign to {}", e.first_text(p))
                        } else {
                            "expression cannot contain assignment, perhaps you meant \"==\"?"
                                .to_string()
                        };
                        p.error_range(&msg, range);
                    }
                    p.bump();
                    expression(p);
                    Some(a.complete(p, KEYWORD_ARG))
                } else {
                    a.abandon(p);
                    if e.is_none() {
                        break;
                    }
                    e
                }
            }
        };
        check_missing_comma(p, elem);
        if !p.eat(COMMA) {
            break;
        }
    }
    if !p.eat(RPAR) && !p.in_error() {
        p.invalid_syntax();
    }
    m.complete(p, ARG_LIST);
}

fn is_keyword_literal(text: &str) -> bool {
    matches!(text, "True" | "False" | "None")
}
