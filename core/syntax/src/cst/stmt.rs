//! Accessors of statements other than definitions.

use super::*;
use crate::SyntaxKind::*;

impl SourceFile {
    /// The top-level statements (error nodes are skipped).
    pub fn statements(&self) -> impl Iterator<Item = Stmt> {
        children(self.syntax())
    }
}

impl Block {
    /// The statements of the block (error nodes are skipped).
    pub fn statements(&self) -> impl Iterator<Item = Stmt> {
        children(self.syntax())
    }
}

impl ExprStmt {
    /// The expression.
    pub fn expr(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl AssignStmt {
    /// The targets, left to right (the expressions before the last '=').
    pub fn targets(&self) -> impl Iterator<Item = Expr> {
        let value_start = self.value().map(|v| v.syntax().text_range().start());
        children(self.syntax()).take_while(
            move |e: &Expr| !matches!(value_start, Some(v) if e.syntax().text_range().start() >= v),
        )
    }

    /// The assigned value (the expression after the last '=').
    pub fn value(&self) -> Option<Expr> {
        let last_eq = tokens(self.syntax(), EQUAL).last()?.text_range().start();
        children(self.syntax()).find(|e: &Expr| e.syntax().text_range().start() > last_eq)
    }
}

impl AugAssignStmt {
    /// The target.
    pub fn target(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The operator token (`+=`, `-=`, ...).
    pub fn op_token(&self) -> Option<SyntaxToken> {
        self.syntax()
            .children_with_tokens()
            .filter_map(SyntaxElement::into_token)
            .find(|t| !t.kind().is_trivia())
    }

    /// The value after the operator.
    pub fn value(&self) -> Option<Expr> {
        let op = self.op_token()?.text_range().start();
        children(self.syntax()).find(|e: &Expr| e.syntax().text_range().start() > op)
    }
}

impl AnnAssignStmt {
    /// The target.
    pub fn target(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The annotation after ':'.
    pub fn annotation(&self) -> Option<Expr> {
        child_after(self.syntax(), COLON)
    }

    /// The value after '=', if any.
    pub fn value(&self) -> Option<Expr> {
        child_after(self.syntax(), EQUAL)
    }
}

impl ReturnStmt {
    /// The returned value, if any.
    pub fn value(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl RaiseStmt {
    /// The exception, if any.
    pub fn exc(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The cause after `from`, if any.
    pub fn cause(&self) -> Option<Expr> {
        child_after(self.syntax(), FROM_KW)
    }
}

impl GlobalStmt {
    /// The declared names.
    pub fn names(&self) -> impl Iterator<Item = SyntaxToken> {
        tokens(self.syntax(), NAME)
    }
}

impl NonlocalStmt {
    /// The declared names.
    pub fn names(&self) -> impl Iterator<Item = SyntaxToken> {
        tokens(self.syntax(), NAME)
    }
}

impl DelStmt {
    /// The deleted targets (one expression, a tuple if there are several).
    pub fn target(&self) -> Option<Expr> {
        child(self.syntax())
    }
}

impl AssertStmt {
    /// The tested condition.
    pub fn test(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The message after ',', if any.
    pub fn msg(&self) -> Option<Expr> {
        child_after(self.syntax(), COMMA)
    }
}

impl ImportStmt {
    /// The imported modules.
    pub fn aliases(&self) -> impl Iterator<Item = ImportAlias> {
        children(self.syntax())
    }
}

impl ImportFromStmt {
    /// The module after the dots, if any (`from . import x` has none).
    pub fn module(&self) -> Option<DottedName> {
        child(self.syntax())
    }

    /// The number of leading dots (relative import level).
    pub fn level(&self) -> u32 {
        self.syntax()
            .children_with_tokens()
            .take_while(|e| !matches!(e.kind(), DOTTED_NAME | IMPORT_KW))
            .map(|e| match e.kind() {
                DOT => 1,
                ELLIPSIS => 3,
                _ => 0,
            })
            .sum()
    }

    /// True for `from mod import *`.
    pub fn is_star(&self) -> bool {
        token_after(self.syntax(), IMPORT_KW, STAR).is_some()
    }

    /// The imported names.
    pub fn aliases(&self) -> impl Iterator<Item = ImportAlias> {
        children(self.syntax())
    }
}

impl DottedName {
    /// The name components.
    pub fn names(&self) -> impl Iterator<Item = SyntaxToken> {
        tokens(self.syntax(), NAME)
    }

    /// The components joined with '.', without trivia.
    pub fn text(&self) -> String {
        self.names()
            .map(|n| n.text().to_string())
            .collect::<Vec<_>>()
            .join(".")
    }
}

impl ImportAlias {
    /// The module path of `import a.b` (absent in `from ... import`).
    pub fn dotted_name(&self) -> Option<DottedName> {
        child(self.syntax())
    }

    /// The imported name of `from m import name` (absent in `import`).
    pub fn name(&self) -> Option<SyntaxToken> {
        token_before(self.syntax(), AS_KW, NAME)
    }

    /// The name after `as`, if any.
    pub fn asname(&self) -> Option<SyntaxToken> {
        token_after(self.syntax(), AS_KW, NAME)
    }

    /// The name the import binds: the `as` name, else the imported name,
    /// else the first component of the module path.
    pub fn binding(&self) -> Option<SyntaxToken> {
        if token(self.syntax(), AS_KW).is_some() {
            return self.asname();
        }
        self.name()
            .or_else(|| self.dotted_name().and_then(|d| d.names().next()))
    }
}

impl IfStmt {
    /// The condition after `if`.
    pub fn condition(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The block run when the condition holds.
    pub fn then_block(&self) -> Option<Block> {
        child(self.syntax())
    }

    /// The `elif` clauses, in order.
    pub fn elif_clauses(&self) -> impl Iterator<Item = ElifClause> {
        children(self.syntax())
    }

    /// The `else` clause, if any.
    pub fn else_clause(&self) -> Option<ElseClause> {
        child(self.syntax())
    }
}

impl ElifClause {
    /// The condition after `elif`.
    pub fn condition(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The block.
    pub fn body(&self) -> Option<Block> {
        child(self.syntax())
    }
}

impl ElseClause {
    /// The block.
    pub fn body(&self) -> Option<Block> {
        child(self.syntax())
    }
}

impl WhileStmt {
    /// The condition after `while`.
    pub fn condition(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The loop body.
    pub fn body(&self) -> Option<Block> {
        child(self.syntax())
    }

    /// The `else` clause, if any.
    pub fn else_clause(&self) -> Option<ElseClause> {
        child(self.syntax())
    }
}

impl ForStmt {
    /// True for `async for`.
    pub fn is_async(&self) -> bool {
        token(self.syntax(), ASYNC_KW).is_some()
    }

    /// The loop target (a tuple if there are several).
    pub fn target(&self) -> Option<Expr> {
        child_before(self.syntax(), IN_KW)
    }

    /// The iterable after `in`.
    pub fn iter(&self) -> Option<Expr> {
        child_after(self.syntax(), IN_KW)
    }

    /// The loop body.
    pub fn body(&self) -> Option<Block> {
        child(self.syntax())
    }

    /// The `else` clause, if any.
    pub fn else_clause(&self) -> Option<ElseClause> {
        child(self.syntax())
    }
}

impl TryStmt {
    /// The `try` block.
    pub fn body(&self) -> Option<Block> {
        child(self.syntax())
    }

    /// The `except` clauses, in order.
    pub fn except_clauses(&self) -> impl Iterator<Item = ExceptClause> {
        children(self.syntax())
    }

    /// The `else` clause, if any.
    pub fn else_clause(&self) -> Option<ElseClause> {
        child(self.syntax())
    }

    /// The `finally` clause, if any.
    pub fn finally_clause(&self) -> Option<FinallyClause> {
        child(self.syntax())
    }
}

impl ExceptClause {
    /// True for `except*`.
    pub fn is_star(&self) -> bool {
        token(self.syntax(), STAR).is_some()
    }

    /// The exception type expression, if any.
    pub fn type_expr(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The name after `as`, if any.
    pub fn name(&self) -> Option<SyntaxToken> {
        token_after(self.syntax(), AS_KW, NAME)
    }

    /// The handler block.
    pub fn body(&self) -> Option<Block> {
        child(self.syntax())
    }
}

impl FinallyClause {
    /// The block.
    pub fn body(&self) -> Option<Block> {
        child(self.syntax())
    }
}

impl WithStmt {
    /// True for `async with`.
    pub fn is_async(&self) -> bool {
        token(self.syntax(), ASYNC_KW).is_some()
    }

    /// The context items, in order.
    pub fn items(&self) -> impl Iterator<Item = WithItem> {
        children(self.syntax())
    }

    /// The body.
    pub fn body(&self) -> Option<Block> {
        child(self.syntax())
    }
}

impl WithItem {
    /// The context manager expression.
    pub fn context_expr(&self) -> Option<Expr> {
        child_before(self.syntax(), AS_KW)
    }

    /// The target after `as`, if any.
    pub fn target(&self) -> Option<Expr> {
        child_after(self.syntax(), AS_KW)
    }
}

impl MatchStmt {
    /// The subject (a tuple for `match a, b:`).
    pub fn subject(&self) -> Option<Expr> {
        child(self.syntax())
    }

    /// The `case` clauses, in order.
    pub fn cases(&self) -> impl Iterator<Item = CaseClause> {
        children(self.syntax())
    }
}

impl CaseClause {
    /// The pattern (a sequence pattern for `case a, b:`).
    pub fn pattern(&self) -> Option<Pattern> {
        child(self.syntax())
    }

    /// The `if` guard, if any.
    pub fn guard(&self) -> Option<Guard> {
        child(self.syntax())
    }

    /// The block.
    pub fn body(&self) -> Option<Block> {
        child(self.syntax())
    }
}

impl Guard {
    /// The condition after `if`.
    pub fn condition(&self) -> Option<Expr> {
        child(self.syntax())
    }
}
