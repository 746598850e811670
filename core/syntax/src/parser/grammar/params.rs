//! Parameter lists (def and lambda) and call argument lists.

use super::expr::{
    at_comp_for, check_missing_comma, comp_clauses, expression, star_expression, walrus_expression,
};
use crate::parser::Parser;
use crate::SyntaxKind::*;
use rowan::TextRange;

/// Parameters of a `def` (in parentheses, with annotations) or a lambda.
pub(crate) fn param_list(p: &mut Parser, is_def: bool) {
    let m = p.start();
    let mut order = ParamOrder::default();
    let mut had_default;
    let end = if is_def {
        p.bump();
        RPAR
    } else {
        COLON
    };
    while !p.at(end) && !p.at(EOF) && !p.at(NEWLINE) {
        let param = p.start();
        had_default = false;
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
                default(p, is_def);
                STAR_PARAM
            }
            DOUBLESTAR => {
                p.bump();
                if !p.eat(NAME) {
                    p.invalid_syntax();
                }
                annotation(p, is_def);
                default(p, is_def);
                DOUBLE_STAR_PARAM
            }
            NAME => {
                p.bump();
                annotation(p, is_def);
                had_default = default(p, is_def);
                PARAM
            }
            LPAR => {
                let what = if is_def {
                    "Function parameters"
                } else {
                    "Lambda expression parameters"
                };
                p.error(&format!("{what} cannot be parenthesized"));
                param.abandon(p);
                break;
            }
            _ => {
                param.abandon(p);
                p.invalid_syntax();
                break;
            }
        };
        let done = param.complete(p, kind);
        order.check(p, done, had_default);
        if !p.eat(COMMA) {
            break;
        }
    }
    if let Some(bare) = order.bare_star {
        if !p.in_error() {
            p.error_range("named arguments must follow bare *", bare);
        }
    }
    if is_def && !p.eat(RPAR) && !p.in_error() {
        p.invalid_syntax();
    }
    m.complete(p, PARAM_LIST);
}

/// What has been seen so far in a parameter list, for CPython's ordering
/// errors ("/ must be ahead of *", "non-default argument follows ...").
#[derive(Default)]
struct ParamOrder {
    count: u32,
    slash: bool,
    star: bool,
    bare_star: Option<rowan::TextRange>,
    double_star: bool,
    default_seen: bool,
}

impl ParamOrder {
    fn check(
        &mut self,
        p: &mut Parser,
        param: crate::parser::CompletedMarker,
        text_has_default: bool,
    ) {
        if p.in_error() {
            return;
        }
        let range = param.range(p);
        if self.double_star {
            p.error_range("arguments cannot follow var-keyword argument", range);
            return;
        }
        match param.kind() {
            SLASH_PARAM => {
                if self.slash {
                    p.error_range("/ may appear only once", range);
                } else if self.star {
                    p.error_range("/ must be ahead of *", range);
                } else if self.count == 0 {
                    // A lone `/` is plain invalid syntax; `*, /` and the like get the message.
                    if p.at(COMMA) {
                        p.error_range("at least one argument must precede /", range);
                    } else {
                        p.invalid_syntax();
                    }
                }
                self.slash = true;
            }
            STAR_PARAM => {
                if self.star {
                    p.error_range("* argument may appear only once", range);
                }
                self.star = true;
                if u32::from(range.len()) == 1 {
                    self.bare_star = Some(range);
                }
            }
            DOUBLE_STAR_PARAM => {
                if let Some(bare) = self.bare_star.take() {
                    p.error_range("named arguments must follow bare *", bare);
                }
                self.double_star = true;
            }
            _ => {
                self.bare_star = None;
                if !self.star {
                    if text_has_default {
                        self.default_seen = true;
                    } else if self.default_seen {
                        p.error_range("non-default argument follows default argument", range);
                    }
                }
            }
        }
        self.count += 1;
    }
}

fn annotation(p: &mut Parser, is_def: bool) {
    if is_def && p.at(COLON) {
        let a = p.start();
        p.bump();
        expression(p);
        a.complete(p, ANNOTATION);
    }
}

/// `= expr` after a parameter; true if there was one.
fn default(p: &mut Parser, is_def: bool) -> bool {
    if !p.at(EQUAL) {
        return false;
    }
    let d = p.start();
    p.bump();
    if matches!(p.current(), COMMA | RPAR | COLON) {
        if is_def {
            p.error_range("expected default value expression", p.prev_range());
        } else {
            p.invalid_syntax();
        }
    } else {
        expression(p);
    }
    d.complete(p, DEFAULT);
    true
}

/// '(' arguments ')' of a call or a class definition.
pub(crate) fn arg_list(p: &mut Parser) {
    arg_list_of(p, false);
}

/// '(' arguments ')' of a class definition: no bare generator expression.
pub(crate) fn class_arg_list(p: &mut Parser) {
    arg_list_of(p, true);
}

fn arg_list_of(p: &mut Parser, in_class: bool) {
    let m = p.start();
    p.bump();
    while !matches!(p.current(), RPAR | EOF | NEWLINE) {
        let a = p.start();
        let elem = match p.current() {
            STAR => {
                p.bump();
                expression(p);
                let star = a.complete(p, STAR_ARG);
                if at_comp_for(p) && !p.in_error() {
                    p.error_range(
                        "iterable unpacking cannot be used in comprehension",
                        star.range(p),
                    );
                }
                Some(star)
            }
            DOUBLESTAR => {
                p.bump();
                expression(p);
                Some(a.complete(p, DOUBLE_STAR_ARG))
            }
            NAME if p.nth(1) == EQUAL => {
                let start = p.range().start();
                p.bump();
                p.bump();
                expression(p);
                if at_comp_for(p) && !p.in_error() {
                    // `f(a=x for x in y)`
                    let range = TextRange::new(start, p.prev_range().end());
                    p.error_range(
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        range,
                    );
                }
                Some(a.complete(p, KEYWORD_ARG))
            }
            _ => {
                let e = walrus_expression(p);
                if at_comp_for(p) {
                    if in_class && !p.in_error() {
                        p.invalid_syntax();
                    }
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
