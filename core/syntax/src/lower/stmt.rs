//! Lowering of statements.

use super::node::Node;
use super::{first_name, has_token, identifier, token, tokens, Lowerer};
use crate::ast::*;
use crate::SyntaxKind::{self, *};

impl Lowerer<'_> {
    /// The statements directly inside a SOURCE_FILE, BLOCK or ERROR node.
    pub(super) fn stmts_of(&mut self, node: &Node) -> Vec<Stmt> {
        let mut out = Vec::new();
        for child in node.children() {
            if child.kind().is_stmt() {
                if let Some(s) = self.stmt(&child) {
                    out.push(s);
                }
            } else if child.kind() == ERROR {
                out.extend(self.stmts_of(&child));
            }
        }
        out
    }

    fn block(&mut self, node: &Node) -> Vec<Stmt> {
        node.children()
            .find(|c| c.kind() == BLOCK)
            .map(|b| self.stmts_of(&b))
            .unwrap_or_default()
    }

    /// Position of a compound statement: from its first token to the end of
    /// its last nested statement, as CPython computes it.
    pub(super) fn compound_pos(&self, start: &Node, first_token: Option<rowan::TextSize>) -> Pos {
        let mut pos = self.pos(start);
        if let Some(at) = first_token {
            let p = self.pos_of(rowan::TextRange::empty(
                at - rowan::TextSize::from(self.base),
            ));
            pos.lineno = p.lineno;
            pos.col_offset = p.col_offset;
        }
        // CPython ends a compound statement at its last token that is not
        // layout (a trailing `;` included, comments and NEWLINE excluded).
        // (A compound statement starts with its keyword, so one is found.)
        let last = start.last_token_where(&|k: SyntaxKind| {
            !k.is_trivia() && !matches!(k, NEWLINE | INDENT | DEDENT | EOF)
        });
        if let Some(t) = last {
            let end = self.pos_of(rowan::TextRange::empty(t.text_range().end()));
            pos.end_lineno = end.lineno;
            pos.end_col_offset = end.col_offset;
        }
        pos
    }

    fn stmt(&mut self, node: &Node) -> Option<Stmt> {
        let pos = self.pos(node);
        let kind = match node.kind() {
            PASS_STMT => StmtKind::Pass,
            BREAK_STMT => StmtKind::Break,
            CONTINUE_STMT => StmtKind::Continue,
            EXPR_STMT => StmtKind::Expr {
                value: Box::new(self.first_expr(node)?),
            },
            RETURN_STMT => StmtKind::Return {
                value: self.exprs(node).next().map(Box::new),
            },
            DEL_STMT => {
                let target = self.exprs(node).next()?;
                let targets = match target.kind {
                    ExprKind::Tuple { elts, .. } if !self.is_parenthesized_tuple(node) => elts,
                    _ => vec![target],
                };
                let targets = targets
                    .into_iter()
                    .map(|t| self.set_ctx(t, ExprContext::Del, "delete"))
                    .collect();
                StmtKind::Delete { targets }
            }
            RAISE_STMT => {
                let mut it = self.exprs(node);
                StmtKind::Raise {
                    exc: it.next().map(Box::new),
                    cause: it.next().map(Box::new),
                }
            }
            ASSERT_STMT => {
                let mut it = self.exprs(node);
                let test = it.next()?;
                StmtKind::Assert {
                    test: Box::new(test),
                    msg: it.next().map(Box::new),
                }
            }
            GLOBAL_STMT | NONLOCAL_STMT => {
                let names = tokens(node)
                    .filter(|t| t.kind() == NAME)
                    .map(|t| identifier(t.text()))
                    .collect();
                if node.kind() == GLOBAL_STMT {
                    StmtKind::Global { names }
                } else {
                    StmtKind::Nonlocal { names }
                }
            }
            IMPORT_STMT => StmtKind::Import {
                names: self.aliases(node),
            },
            IMPORT_FROM_STMT => {
                let level = tokens(node)
                    .take_while(|t| t.kind() != IMPORT_KW)
                    .map(|t| match t.kind() {
                        DOT => 1,
                        ELLIPSIS => 3,
                        _ => 0,
                    })
                    .sum();
                let module = node
                    .children()
                    .find(|c| c.kind() == DOTTED_NAME)
                    .map(|d| dotted(&d));
                let mut names = self.aliases(node);
                if has_token(node, STAR) {
                    let star = token(node, STAR).unwrap();
                    names = vec![Alias {
                        name: "*".into(),
                        asname: None,
                        pos: self.pos_of(star.text_range()),
                    }];
                }
                StmtKind::ImportFrom {
                    module,
                    names,
                    level,
                }
            }
            ASSIGN_STMT => {
                let mut all: Vec<Expr> = self.exprs(node).collect();
                let value = all.pop()?;
                let targets = all.into_iter().map(|t| self.set_ctx_assign(t)).collect();
                StmtKind::Assign {
                    targets,
                    value: Box::new(value),
                    type_comment: None,
                }
            }
            AUG_ASSIGN_STMT => {
                let mut it = self.exprs(node);
                let target = it.next()?;
                let value = it.next().unwrap_or_else(|| self.missing(node.text_range()));
                drop(it);
                let op_token = tokens(node).find(|t| augassign_op(t.kind()).is_some())?;
                let op = augassign_op(op_token.kind())?;
                let target = self.set_ctx_aug(target);
                StmtKind::AugAssign {
                    target: Box::new(target),
                    op,
                    value: Box::new(value),
                }
            }
            ANN_ASSIGN_STMT => {
                let first = node.children().find(|c| c.kind().is_expr())?;
                let simple = (first.kind() == NAME_EXPR) as i64;
                let mut it = self.exprs(node);
                let target = it.next()?;
                let annotation = it.next().unwrap_or_else(|| self.missing(node.text_range()));
                let value = it.next().map(Box::new);
                drop(it);
                let target = self.set_ctx_ann(target, &first);
                StmtKind::AnnAssign {
                    target: Box::new(target),
                    annotation: Box::new(annotation),
                    value,
                    simple,
                }
            }
            IF_STMT => return self.if_stmt(node),
            WHILE_STMT => {
                let test = self
                    .first_expr(node)
                    .unwrap_or_else(|| self.missing(node.text_range()));
                let body = self.block(node);
                let orelse = self.else_clause(node);
                let pos = self.compound_pos(node, None);
                return Some(Stmt {
                    kind: StmtKind::While {
                        test: Box::new(test),
                        body,
                        orelse,
                    },
                    pos,
                });
            }
            FOR_STMT => {
                let mut it = self.exprs(node);
                let target = it.next().unwrap_or_else(|| self.missing(node.text_range()));
                let iter = it.next().unwrap_or_else(|| self.missing(node.text_range()));
                drop(it);
                let target = self.set_ctx(target, ExprContext::Store, "assign to");
                let body = self.block(node);
                let orelse = self.else_clause(node);
                let pos = self.compound_pos(node, None);
                let (target, iter) = (Box::new(target), Box::new(iter));
                let kind = if has_token(node, ASYNC_KW) {
                    StmtKind::AsyncFor {
                        target,
                        iter,
                        body,
                        orelse,
                        type_comment: None,
                    }
                } else {
                    StmtKind::For {
                        target,
                        iter,
                        body,
                        orelse,
                        type_comment: None,
                    }
                };
                return Some(Stmt { kind, pos });
            }
            WITH_STMT => {
                let items = node
                    .children()
                    .filter(|c| c.kind() == WITH_ITEM)
                    .map(|i| self.with_item(&i))
                    .collect();
                let body = self.block(node);
                let pos = self.compound_pos(node, None);
                let kind = if has_token(node, ASYNC_KW) {
                    StmtKind::AsyncWith {
                        items,
                        body,
                        type_comment: None,
                    }
                } else {
                    StmtKind::With {
                        items,
                        body,
                        type_comment: None,
                    }
                };
                return Some(Stmt { kind, pos });
            }
            TRY_STMT => return self.try_stmt(node),
            FUNCTION_DEF => return self.function_def(node),
            CLASS_DEF => return self.class_def(node),
            MATCH_STMT => return self.match_stmt(node),
            _ => return None,
        };
        Some(Stmt { kind, pos })
    }

    /// The expression children of `node`, lowered.
    pub(super) fn exprs(&mut self, node: &Node) -> std::vec::IntoIter<Expr> {
        let lowered: Vec<Expr> = node
            .children()
            .filter(|c| c.kind().is_expr())
            .map(|c| self.expr(&c))
            .collect();
        lowered.into_iter()
    }

    pub(super) fn first_expr(&mut self, node: &Node) -> Option<Expr> {
        let child = node.children().find(|c| c.kind().is_expr())?;
        Some(self.expr(&child))
    }

    fn is_parenthesized_tuple(&self, node: &Node) -> bool {
        node.children()
            .find(|c| c.kind().is_expr())
            .is_some_and(|t| has_token(&t, LPAR))
    }

    fn aliases(&mut self, node: &Node) -> Vec<Alias> {
        node.children()
            .filter(|c| c.kind() == IMPORT_ALIAS)
            .map(|a| {
                let dotted_node = a.children().find(|c| c.kind() == DOTTED_NAME);
                let mut names = tokens(&a).filter(|t| t.kind() == NAME);
                let name = match &dotted_node {
                    Some(d) => dotted(d),
                    None => names
                        .next()
                        .map(|t| identifier(t.text()))
                        .unwrap_or_default(),
                };
                let asname = if has_token(&a, AS_KW) {
                    tokens(&a)
                        .filter(|t| t.kind() == NAME)
                        .last()
                        .map(|t| identifier(t.text()))
                } else {
                    None
                };
                Alias {
                    name,
                    asname,
                    pos: self.pos(&a),
                }
            })
            .collect()
    }

    fn else_clause(&mut self, node: &Node) -> Vec<Stmt> {
        node.children()
            .find(|c| c.kind() == ELSE_CLAUSE)
            .map(|e| self.block(&e))
            .unwrap_or_default()
    }

    fn if_stmt(&mut self, node: &Node) -> Option<Stmt> {
        // Lower elif clauses from the last one up, each nesting the rest.
        let elifs: Vec<Node> = node
            .children()
            .filter(|c| c.kind() == ELIF_CLAUSE)
            .collect();
        let mut orelse = self.else_clause(node);
        for elif in elifs.iter().rev() {
            let test = self
                .first_expr(elif)
                .unwrap_or_else(|| self.missing(elif.text_range()));
            let body = self.block(elif);
            let mut pos = self.compound_pos(elif, None);
            // An elif's If spans the rest of the chain.
            if let Some(last) = orelse.last() {
                pos.end_lineno = last.pos.end_lineno;
                pos.end_col_offset = last.pos.end_col_offset;
            }
            orelse = vec![Stmt {
                kind: StmtKind::If {
                    test: Box::new(test),
                    body,
                    orelse,
                },
                pos,
            }];
        }
        let test = self
            .first_expr(node)
            .unwrap_or_else(|| self.missing(node.text_range()));
        let body = self.block(node);
        let pos = self.compound_pos(node, None);
        Some(Stmt {
            kind: StmtKind::If {
                test: Box::new(test),
                body,
                orelse,
            },
            pos,
        })
    }

    fn with_item(&mut self, node: &Node) -> WithItem {
        let mut it = self.exprs(node);
        let context_expr = it.next().unwrap_or_else(|| Expr {
            kind: ExprKind::Name {
                id: Identifier::default(),
                ctx: ExprContext::Load,
            },
            pos: Pos::default(),
        });
        let vars = it.next();
        drop(it);
        let optional_vars =
            vars.map(|v| Box::new(self.set_ctx(v, ExprContext::Store, "assign to")));
        WithItem {
            context_expr,
            optional_vars,
        }
    }

    fn try_stmt(&mut self, node: &Node) -> Option<Stmt> {
        let body = self.block(node);
        let mut star = false;
        let handlers: Vec<ExceptHandler> = node
            .children()
            .filter(|c| c.kind() == EXCEPT_CLAUSE)
            .map(|h| {
                star |= has_token(&h, STAR);
                let r#type = self.first_expr(&h).map(Box::new);
                let name = if has_token(&h, AS_KW) {
                    tokens(&h)
                        .skip_while(|t| t.kind() != AS_KW)
                        .find(|t| t.kind() == NAME)
                        .map(|t| identifier(t.text()))
                } else {
                    None
                };
                let body = self.block(&h);
                let pos = self.compound_pos(&h, None);
                ExceptHandler {
                    r#type,
                    name,
                    body,
                    pos,
                }
            })
            .collect();
        let orelse = self.else_clause(node);
        let finalbody = node
            .children()
            .find(|c| c.kind() == FINALLY_CLAUSE)
            .map(|f| self.block(&f))
            .unwrap_or_default();
        let pos = self.compound_pos(node, None);
        let kind = if star {
            StmtKind::TryStar {
                body,
                handlers,
                orelse,
                finalbody,
            }
        } else {
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            }
        };
        Some(Stmt { kind, pos })
    }

    fn decorators(&mut self, node: &Node) -> Vec<Expr> {
        let decos: Vec<Node> = node.children().filter(|c| c.kind() == DECORATOR).collect();
        decos.iter().filter_map(|d| self.first_expr(d)).collect()
    }

    /// A def's or class's position: from its `async`/`def`/`class` keyword
    /// (decorators excluded, as in CPython) to its last token.
    fn def_pos(&self, node: &Node) -> Pos {
        let start = tokens(node)
            .find(|t| matches!(t.kind(), ASYNC_KW | DEF_KW | CLASS_KW))
            .map(|t| t.text_range().start() + rowan::TextSize::from(self.base));
        self.compound_pos(node, start)
    }

    fn function_def(&mut self, node: &Node) -> Option<Stmt> {
        let decorator_list = self.decorators(node);
        let name = first_name(node).unwrap_or_default();
        let args = match node.children().find(|c| c.kind() == PARAM_LIST) {
            Some(params) => self.arguments(&params),
            None => Arguments::default(),
        };
        let returns = node
            .children()
            .find(|c| c.kind() == RETURN_TYPE)
            .and_then(|r| self.first_expr(&r))
            .map(Box::new);
        let body = self.block(node);
        let pos = self.def_pos(node);
        let args = Box::new(args);
        let kind = if has_token(node, ASYNC_KW) {
            StmtKind::AsyncFunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment: None,
            }
        } else {
            StmtKind::FunctionDef {
                name,
                args,
                body,
                decorator_list,
                returns,
                type_comment: None,
            }
        };
        Some(Stmt { kind, pos })
    }

    fn class_def(&mut self, node: &Node) -> Option<Stmt> {
        let decorator_list = self.decorators(node);
        let name = first_name(node).unwrap_or_default();
        let (bases, keywords) = match node.children().find(|c| c.kind() == ARG_LIST) {
            Some(args) => self.call_args(&args),
            None => (Vec::new(), Vec::new()),
        };
        let body = self.block(node);
        let pos = self.def_pos(node);
        Some(Stmt {
            kind: StmtKind::ClassDef {
                name,
                bases,
                keywords,
                body,
                decorator_list,
            },
            pos,
        })
    }

    /// Parameters of a def or lambda.
    pub(super) fn arguments(&mut self, node: &Node) -> Arguments {
        let mut a = Arguments::default();
        let mut seen_star = false;
        for param in node.children() {
            match param.kind() {
                SLASH_PARAM => {
                    a.posonlyargs.append(&mut a.args);
                }
                STAR_PARAM => {
                    seen_star = true;
                    if has_token(&param, NAME) {
                        a.vararg = Some(Box::new(self.arg(&param)));
                    }
                    if let Some(d) = param.children().find(|c| c.kind() == DEFAULT) {
                        let msg = if has_token(&param, NAME) {
                            "var-positional argument cannot have default value"
                        } else {
                            "named arguments must follow bare *"
                        };
                        self.error(msg, d.text_range());
                    }
                }
                DOUBLE_STAR_PARAM => {
                    a.kwarg = Some(Box::new(self.arg(&param)));
                    if let Some(d) = param.children().find(|c| c.kind() == DEFAULT) {
                        self.error(
                            "var-keyword argument cannot have default value",
                            d.text_range(),
                        );
                    }
                }
                PARAM => {
                    let arg = self.arg(&param);
                    let default = param
                        .children()
                        .find(|c| c.kind() == DEFAULT)
                        .and_then(|d| self.first_expr(&d));
                    if seen_star {
                        a.kwonlyargs.push(arg);
                        a.kw_defaults.push(default);
                    } else {
                        a.args.push(arg);
                        if let Some(d) = default {
                            a.defaults.push(d);
                        }
                    }
                }
                _ => {}
            }
        }
        a
    }

    fn arg(&mut self, param: &Node) -> Arg {
        let name = tokens(param).find(|t| t.kind() == NAME);
        let arg = name
            .as_ref()
            .map(|t| identifier(t.text()))
            .unwrap_or_default();
        let annotation = param
            .children()
            .find(|c| c.kind() == ANNOTATION)
            .and_then(|a| self.first_expr(&a))
            .map(Box::new);
        let start = name.map_or(param.text_range(), |n| n.text_range());
        let end = annotation.as_ref().map(|_| {
            param
                .children()
                .find(|c| c.kind() == ANNOTATION)
                .unwrap()
                .text_range()
        });
        let range = match end {
            Some(e) => start.cover(e),
            None => start,
        };
        Arg {
            arg,
            annotation,
            type_comment: None,
            pos: self.pos_of(range),
        }
    }
}

/// The dotted name `a.b.c` as one string.
fn dotted(node: &Node) -> Identifier {
    let mut out = Identifier::default();
    for (i, t) in tokens(node).filter(|t| t.kind() == NAME).enumerate() {
        if i > 0 {
            out.push('.');
        }
        out.push_str(&identifier(t.text()));
    }
    out
}

fn augassign_op(kind: SyntaxKind) -> Option<Operator> {
    Some(match kind {
        PLUSEQUAL => Operator::Add,
        MINEQUAL => Operator::Sub,
        STAREQUAL => Operator::Mult,
        ATEQUAL => Operator::MatMult,
        SLASHEQUAL => Operator::Div,
        PERCENTEQUAL => Operator::Mod,
        AMPEREQUAL => Operator::BitAnd,
        VBAREQUAL => Operator::BitOr,
        CIRCUMFLEXEQUAL => Operator::BitXor,
        LEFTSHIFTEQUAL => Operator::LShift,
        RIGHTSHIFTEQUAL => Operator::RShift,
        DOUBLESTAREQUAL => Operator::Pow,
        DOUBLESLASHEQUAL => Operator::FloorDiv,
        _ => return None,
    })
}
