//! The syntax queries: the lossless tree, the AST and the line index.

use crate::input::SourceFile;
use pvm_syntax::ast::{Mod, Stmt};
use pvm_syntax::{LineIndex, Parse, SyntaxError, SyntaxKind, SyntaxNode, TextSize};
use rowan::{GreenNode, GreenNodeData, GreenToken, NodeOrToken};
use std::sync::Arc;

/// The lossless CST and the parser's and tokenizer's errors: the tree
/// [`crate::Database::edit`] reparsed incrementally, or a full parse. Never
/// equal after an edit that matters, so not compared (`no_eq`).
#[salsa::tracked(returns(ref), no_eq)]
pub fn parse(db: &dyn salsa::Database, file: SourceFile) -> Parse {
    match file.reparsed(db) {
        Some(tree) => Parse::clone(tree),
        None => pvm_syntax::parse(file.text(db)),
    }
}

/// A module lowered to CPython's AST, with every syntax error.
#[derive(Clone, Debug, PartialEq)]
pub struct Lowered {
    /// The AST (complete even when there are errors).
    pub module: Mod,
    /// Syntax errors of every stage, CPython's first.
    pub errors: Vec<SyntaxError>,
}

/// The AST and all syntax errors, from the [`parse`] tree. Compared, so an
/// edit of a comment stops here. A tree without errors is lowered
/// statement by statement ([`lowered_statement`]), so after an edit only
/// the statements that changed (or moved to other lines) are lowered again.
#[salsa::tracked(returns(ref))]
pub fn ast(db: &dyn salsa::Database, file: SourceFile) -> Lowered {
    let (tree, text) = (parse(db, file), file.text(db));
    let root = tree.syntax();
    let whole = !tree.errors().is_empty() || root.children().any(|c| !c.kind().is_stmt());
    if whole {
        let (module, errors) = pvm_syntax::lower_parsed(tree, text);
        return Lowered { module, errors };
    }
    let index = line_index(db, file);
    let (mut body, mut errors) = (Vec::new(), Vec::new());
    for node in root.children() {
        let start = node.text_range().start();
        let (line, column) = index.line_col_utf8(start);
        let key = TopStatement::new(db, GreenKey(node.green().into_owned()), line, column);
        let (stmts, errs) = &**lowered_statement(db, key);
        body.extend(stmts.iter().cloned());
        errors.extend(errs.iter().map(|e| {
            let mut e = e.clone();
            e.range += start;
            e
        }));
    }
    let errors = pvm_syntax::error::order_errors(&[], &errors, text);
    Lowered {
        module: Mod::Module {
            body,
            type_ignores: Vec::new(),
        },
        errors,
    }
}

/// A green node compared by identity: a statement the incremental reparse
/// kept is the same node, and comparing by content would walk it.
#[derive(Clone, Debug)]
pub struct GreenKey(GreenNode);

impl PartialEq for GreenKey {
    fn eq(&self, other: &GreenKey) -> bool {
        std::ptr::eq::<GreenNodeData>(&*self.0, &*other.0)
    }
}

impl Eq for GreenKey {}

impl std::hash::Hash for GreenKey {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        std::ptr::hash::<GreenNodeData, H>(&*self.0, state)
    }
}

/// A top-level statement's tree at a (1-based) line.
#[salsa::interned(debug)]
pub struct TopStatement<'db> {
    /// The statement's green node.
    #[returns(ref)]
    pub node: GreenKey,
    /// The line it starts on (1-based)...
    #[returns(copy)]
    pub line: u32,
    /// ...and the column, in UTF-8 bytes (not 0 after `;`).
    #[returns(copy)]
    pub column: u32,
}

/// A top-level statement lowered where it stands: its AST (positions
/// absolute) and lowering errors (ranges from the statement's start). A
/// function of the node and its place alone: the statement is lowered in a
/// file of blank lines, spaces up to its column, and itself.
#[salsa::tracked(returns(ref))]
pub fn lowered_statement<'db>(
    db: &'db dyn salsa::Database,
    statement: TopStatement<'db>,
) -> Arc<(Vec<Stmt>, Vec<SyntaxError>)> {
    let node = &statement.node(db).0;
    let blank = statement.line(db).saturating_sub(1) as usize;
    let column = statement.column(db) as usize;
    // One token of blank lines: thousands of tokens would make lowering a
    // file's statements quadratic.
    let mut children = Vec::with_capacity(3);
    if blank > 0 {
        let lines = "\n".repeat(blank);
        children.push(NodeOrToken::Token(GreenToken::new(
            SyntaxKind::NL.into(),
            &lines,
        )));
    }
    if column > 0 {
        let spaces = " ".repeat(column);
        children.push(NodeOrToken::Token(GreenToken::new(
            SyntaxKind::WHITESPACE.into(),
            &spaces,
        )));
    }
    children.push(NodeOrToken::Node(node.clone()));
    let root = SyntaxNode::new_root(GreenNode::new(SyntaxKind::SOURCE_FILE.into(), children));
    let text = root.text().to_string();
    let (stmts, mut errors) = pvm_syntax::lower_statements(&root, &text);
    for e in &mut errors {
        let before = TextSize::from((blank + column) as u32);
        e.range = e.range.checked_sub(before).unwrap_or_default();
    }
    Arc::new((stmts, errors))
}

/// Line starts of the text, for offset ↔ position conversions.
#[salsa::tracked(returns(ref))]
pub fn line_index(db: &dyn salsa::Database, file: SourceFile) -> LineIndex {
    LineIndex::new(file.text(db))
}
