//! Lowering of `match` statements and patterns.

use super::node::{Node, Tok};
use super::{first_name, has_token, identifier, tokens, Lowerer};
use crate::ast::*;
use crate::SyntaxKind::*;

impl Lowerer<'_> {
    pub(super) fn match_stmt(&mut self, node: &Node) -> Option<Stmt> {
        let subject = self
            .first_expr(node)
            .unwrap_or_else(|| self.missing(node.text_range()));
        let clauses: Vec<Node> = node
            .children()
            .filter(|c| c.kind() == CASE_CLAUSE)
            .collect();
        let mut cases = Vec::new();
        for clause in &clauses {
            let pattern = match clause.children().find(|c| c.kind().is_pattern()) {
                Some(p) => self.pattern(&p),
                None => Pattern {
                    kind: PatternKind::MatchAs {
                        pattern: None,
                        name: None,
                    },
                    pos: self.pos(clause),
                },
            };
            let guard = clause
                .children()
                .find(|c| c.kind() == GUARD)
                .and_then(|g| self.first_expr(&g))
                .map(Box::new);
            let body = clause
                .children()
                .find(|c| c.kind() == BLOCK)
                .map(|b| self.stmts_of(&b))
                .unwrap_or_default();
            cases.push(MatchCase {
                pattern,
                guard,
                body,
            });
        }
        let pos = self.compound_pos(node, None);
        Some(Stmt {
            kind: StmtKind::Match {
                subject: Box::new(subject),
                cases,
            },
            pos,
        })
    }

    fn pattern(&mut self, node: &Node) -> Pattern {
        let pos = self.pos(node);
        let sub = |l: &mut Self, n: &Node| -> Vec<Pattern> {
            let kids: Vec<Node> = n.children().filter(|c| c.kind().is_pattern()).collect();
            kids.iter().map(|c| l.pattern(c)).collect()
        };
        let kind = match node.kind() {
            LITERAL_PATTERN => match tokens(node).next().map(|t| t.kind()) {
                Some(NONE_KW) => PatternKind::MatchSingleton {
                    value: Constant::None,
                },
                Some(TRUE_KW) => PatternKind::MatchSingleton {
                    value: Constant::Bool(true),
                },
                Some(FALSE_KW) => PatternKind::MatchSingleton {
                    value: Constant::Bool(false),
                },
                _ => PatternKind::MatchValue {
                    value: Box::new(self.literal_pattern_expr(node)),
                },
            },
            CAPTURE_PATTERN => PatternKind::MatchAs {
                pattern: None,
                name: first_name(node),
            },
            WILDCARD_PATTERN => PatternKind::MatchAs {
                pattern: None,
                name: None,
            },
            VALUE_PATTERN => PatternKind::MatchValue {
                value: Box::new(self.dotted_expr(node)),
            },
            GROUP_PATTERN => {
                return match node.children().find(|c| c.kind().is_pattern()) {
                    Some(inner) => self.pattern(&inner),
                    None => Pattern {
                        kind: PatternKind::MatchAs {
                            pattern: None,
                            name: None,
                        },
                        pos,
                    },
                }
            }
            SEQUENCE_PATTERN => PatternKind::MatchSequence {
                patterns: sub(self, node),
            },
            STAR_PATTERN => {
                let name = first_name(node).filter(|n| n != "_");
                PatternKind::MatchStar { name }
            }
            OR_PATTERN => PatternKind::MatchOr {
                patterns: sub(self, node),
            },
            AS_PATTERN => {
                let inner = node
                    .children()
                    .find(|c| c.kind().is_pattern())
                    .map(|p| Box::new(self.pattern(&p)));
                let name = tokens(node)
                    .filter(|t| t.kind() == NAME)
                    .last()
                    .map(|t| identifier(t.text()));
                PatternKind::MatchAs {
                    pattern: inner,
                    name,
                }
            }
            MAPPING_PATTERN => {
                let (mut keys, mut patterns, mut rest) = (Vec::new(), Vec::new(), None);
                for child in node.children() {
                    match child.kind() {
                        MAPPING_ITEM => {
                            let mut kids = child.children().filter(|c| c.kind().is_pattern());
                            let (Some(k), v) = (kids.next(), kids.next()) else {
                                continue;
                            };
                            let key = match k.kind() {
                                VALUE_PATTERN => self.dotted_expr(&k),
                                LITERAL_PATTERN => self.literal_pattern_expr(&k),
                                _ => {
                                    self.error("mapping pattern keys may only match literals and attribute lookups", k.text_range());
                                    self.missing(k.text_range())
                                }
                            };
                            keys.push(key);
                            if let Some(v) = v {
                                patterns.push(self.pattern(&v));
                            }
                        }
                        DOUBLE_STAR_PATTERN => rest = first_name(&child),
                        _ => {}
                    }
                }
                PatternKind::MatchMapping {
                    keys,
                    patterns,
                    rest,
                }
            }
            CLASS_PATTERN => {
                let cls = self.dotted_expr(node);
                let (mut patterns, mut kwd_attrs, mut kwd_patterns) =
                    (Vec::new(), Vec::new(), Vec::new());
                if let Some(args) = node.children().find(|c| c.kind() == PATTERN_ARGS) {
                    for child in args.children() {
                        if child.kind() == KEYWORD_PATTERN {
                            kwd_attrs.push(first_name(&child).unwrap_or_default());
                            if let Some(p) = child.children().find(|c| c.kind().is_pattern()) {
                                kwd_patterns.push(self.pattern(&p));
                            }
                        } else if child.kind().is_pattern() {
                            if !kwd_attrs.is_empty() {
                                self.error(
                                    "positional patterns follow keyword patterns",
                                    child.text_range(),
                                );
                            }
                            patterns.push(self.pattern(&child));
                        }
                    }
                }
                PatternKind::MatchClass {
                    cls: Box::new(cls),
                    patterns,
                    kwd_attrs,
                    kwd_patterns,
                }
            }
            _ => PatternKind::MatchAs {
                pattern: None,
                name: None,
            },
        };
        Pattern { kind, pos }
    }

    /// `a.b.c` from NAME/DOT tokens as nested Attribute expressions.
    fn dotted_expr(&mut self, node: &Node) -> Expr {
        let names: Vec<Tok> = tokens(node)
            .take_while(|t| matches!(t.kind(), NAME | DOT))
            .filter(|t| t.kind() == NAME)
            .collect();
        let Some(first) = names.first() else {
            return self.missing(node.text_range());
        };
        let start = first.text_range();
        let mut e = Expr {
            kind: ExprKind::Name {
                id: identifier(first.text()),
                ctx: ExprContext::Load,
            },
            pos: self.pos_of(start),
        };
        for t in &names[1..] {
            e = Expr {
                kind: ExprKind::Attribute {
                    value: Box::new(e),
                    attr: identifier(t.text()),
                    ctx: ExprContext::Load,
                },
                pos: self.pos_of(start.cover(t.text_range())),
            };
        }
        e
    }

    /// The expression of a literal pattern: a string, or a signed or
    /// complex number.
    fn literal_pattern_expr(&mut self, node: &Node) -> Expr {
        if has_token(node, STRING) {
            return self.strings(node);
        }
        let keyword = tokens(node).next().and_then(|t| match t.kind() {
            NONE_KW => Some(Constant::None),
            TRUE_KW => Some(Constant::Bool(true)),
            FALSE_KW => Some(Constant::Bool(false)),
            _ => None,
        });
        if let Some(value) = keyword {
            return Expr {
                kind: ExprKind::Constant { value, kind: None },
                pos: self.pos(node),
            };
        }
        let toks: Vec<Tok> = tokens(node).collect();
        let mut i = 0;
        let mut range = toks.first().map_or(node.text_range(), |t| t.text_range());
        let neg = toks.first().is_some_and(|t| t.kind() == MINUS);
        if neg {
            i += 1;
        }
        let Some(num) = toks.get(i) else {
            return self.missing(node.text_range());
        };
        let constant = Expr {
            kind: ExprKind::Constant {
                value: super::expr::number(num.text()),
                kind: None,
            },
            pos: self.pos_of(num.text_range()),
        };
        range = range.cover(num.text_range());
        let mut left = if neg {
            Expr {
                kind: ExprKind::UnaryOp {
                    op: UnaryOp::USub,
                    operand: Box::new(constant),
                },
                pos: self.pos_of(range),
            }
        } else {
            constant
        };
        if let (Some(op), Some(imag)) = (toks.get(i + 1), toks.get(i + 2)) {
            let op = if op.kind() == PLUS {
                Operator::Add
            } else {
                Operator::Sub
            };
            let right = Expr {
                kind: ExprKind::Constant {
                    value: super::expr::number(imag.text()),
                    kind: None,
                },
                pos: self.pos_of(imag.text_range()),
            };
            range = range.cover(imag.text_range());
            left = Expr {
                kind: ExprKind::BinOp {
                    left: Box::new(left),
                    op,
                    right: Box::new(right),
                },
                pos: self.pos_of(range),
            };
        }
        left
    }
}
