//! Assignment targets in `for`, `with ... as`, comprehensions and `del`.
//! They are parsed as expressions; `validate` checks what they may be.

use super::expr::{at_expr_start, expr_bp, BOR};
use crate::parser::{CompletedMarker, Parser};
use crate::SyntaxKind::*;

/// star_target: '*'? target, stopping before `in` and `=`.
pub(crate) fn star_target(p: &mut Parser) -> Option<CompletedMarker> {
    if p.at(STAR) {
        let m = p.start();
        p.bump();
        star_target(p);
        return Some(m.complete(p, STARRED_EXPR));
    }
    expr_bp(p, BOR)
}

/// star_targets: star_target (',' star_target)* [',']
pub(crate) fn star_targets(p: &mut Parser) -> Option<CompletedMarker> {
    let first = star_target(p)?;
    if !p.at(COMMA) {
        return Some(first);
    }
    let m = first.precede(p);
    while p.eat(COMMA) {
        if !at_expr_start(p.current()) {
            break;
        }
        star_target(p);
    }
    Some(m.complete(p, TUPLE_EXPR))
}

/// del_targets: del_target (',' del_target)* [',']
pub(crate) fn del_targets(p: &mut Parser) {
    star_targets(p);
}
