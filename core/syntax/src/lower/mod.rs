//! Lowering: the lossless CST to CPython's `ast` node set.
//!
//! Lowering also reports the errors CPython's parser finds in a valid tree
//! shape: invalid assignment targets, f-string errors, bad escapes, etc.
//! A tree with parse errors still lowers; missing pieces become empty names.

mod expr;
mod node;
mod pattern;
mod stmt;
mod strings;

use crate::ast::{Expr, ExprContext, ExprKind, Identifier, Mod, Pos, Stmt};
use crate::parser::flat::FlatTree;
use crate::{LineIndex, Parse, SyntaxError, SyntaxKind, SyntaxNode};
use node::{Node, Tok};
use rowan::{TextRange, TextSize};

/// Lowers a parse to an `ast.Module` plus the errors found on the way.
pub fn lower(parse: &Parse, text: &str) -> (Mod, Vec<SyntaxError>) {
    let tree = FlatTree::from_green(text, parse.green(), 0);
    module(lower_root(Node::root(&tree), text))
}

/// Lowers the statements of `root`, a tree of `text` (the language
/// server lowers a file statement by statement and keeps the results),
/// with the errors found on the way, unordered.
pub fn lower_statements(root: &SyntaxNode, text: &str) -> (Vec<Stmt>, Vec<SyntaxError>) {
    let tree = FlatTree::from_green(text, &root.green(), root.text_range().start().into());
    lower_root(Node::root(&tree), text)
}

/// Lowers the statements under `root`.
fn lower_root(root: Node<'_>, text: &str) -> (Vec<Stmt>, Vec<SyntaxError>) {
    let index = LineIndex::new(text);
    let mut lowerer = Lowerer {
        index: &index,
        errors: Vec::new(),
        base: 0,
        last_line: std::cell::Cell::new((0, 0, 0)),
    };
    let body = lowerer.stmts_of(&root);
    (body, lowerer.errors)
}

/// An `ast.Module` of `body`, with the errors passed through.
fn module((body, errors): (Vec<Stmt>, Vec<SyntaxError>)) -> (Mod, Vec<SyntaxError>) {
    let module = Mod::Module {
        body,
        type_ignores: Vec::new(),
    };
    (module, errors)
}

/// Parses and lowers; the errors are all syntax errors, CPython's first.
///
/// A text without lexer or parser errors is lowered from the flat tree
/// and never builds the green one (batch compiles: `pvm run`, imports,
/// `pvm compile`); otherwise the green tree is built for the error
/// filtering of [`lower_parsed`].
pub fn parse_module(text: &str) -> (Mod, Vec<SyntaxError>) {
    let lexed = crate::lexer::lex(text);
    let (events, parser_errors) = crate::parser::parse_events(text, &lexed);
    if lexed.errors.is_empty() && parser_errors.is_empty() {
        let tree = crate::parser::build_flat(text, &lexed, events);
        let (module, errors) = module(lower_root(Node::root(&tree), text));
        return (module, crate::error::order_errors(&[], &errors, text));
    }
    let green = crate::parser::build_tree(text, &lexed, events);
    lower_parsed(&Parse::new(text, green, lexed.errors, parser_errors), text)
}

/// Lowers an existing parse of `text`; the errors are the parse's and the
/// lowering's, CPython's first (what [`parse_module`] returns, without
/// parsing again: the language server keeps the tree).
pub fn lower_parsed(parse: &Parse, text: &str) -> (Mod, Vec<SyntaxError>) {
    let (module, lower_errors) = lower(parse, text);
    let (lexer_errors, parser_errors) = parse.errors_by_stage();
    // A statement the parser already rejected has no target errors: CPython
    // stops at the parser's error.
    let root = parse.syntax();
    let mut later: Vec<SyntaxError> = parser_errors.to_vec();
    later.extend(lower_errors.into_iter().filter(|e| {
        let stmt = enclosing_stmt(&root, e.range);
        !parser_errors
            .iter()
            .chain(lexer_errors)
            .any(|p| stmt.contains_inclusive(p.range.start()))
    }));
    (
        module,
        crate::error::order_errors(lexer_errors, &later, text),
    )
}

/// The range of the innermost statement containing `range`.
fn enclosing_stmt(root: &SyntaxNode, range: TextRange) -> TextRange {
    let start = match root.covering_element(range) {
        rowan::NodeOrToken::Node(n) => n,
        rowan::NodeOrToken::Token(t) => t.parent().unwrap_or_else(|| root.clone()),
    };
    start
        .ancestors()
        .find(|n| n.kind().is_stmt())
        .map_or(root.text_range(), |n| n.text_range())
}

pub(crate) struct Lowerer<'a> {
    index: &'a LineIndex,
    errors: Vec<SyntaxError>,
    /// Offset added to ranges of trees parsed from a slice of `text`
    /// (f-string replacement fields).
    base: u32,
    /// The last line looked up: (line, start offset, end offset).
    last_line: std::cell::Cell<(u32, u32, u32)>,
}

impl Lowerer<'_> {
    fn abs(&self, range: TextRange) -> TextRange {
        range + TextSize::from(self.base)
    }

    /// Line and UTF-8 column of an absolute offset. Lowering visits node
    /// starts in source order, so the line found last usually answers the
    /// next lookup, and otherwise is a close hint.
    fn line_col(&self, offset: TextSize) -> (u32, u32) {
        let (line, start, end) = self.last_line.get();
        let at = u32::from(offset);
        if start <= at && at < end {
            return (line, at - start);
        }
        let (line, col) = self.index.line_col_utf8_near(line, offset);
        let start = at - col;
        let end = if (line as usize) < self.index.line_count() {
            self.index.line_start(line + 1)
        } else {
            u32::MAX
        };
        self.last_line.set((line, start, end));
        (line, col)
    }

    /// The CPython position of a byte range.
    fn pos_of(&self, range: TextRange) -> Pos {
        let range = self.abs(range);
        let (lineno, col_offset) = self.line_col(range.start());
        // The end is searched from the start's line and does not replace
        // the cached line: the next node usually starts inside this one.
        let (_, line_start, line_end) = self.last_line.get();
        let end = u32::from(range.end());
        let (end_lineno, end_col_offset) = if line_start <= end && end < line_end {
            (lineno, end - line_start)
        } else {
            self.index.line_col_utf8_near(lineno, range.end())
        };
        Pos {
            lineno,
            col_offset,
            end_lineno,
            end_col_offset,
        }
    }

    fn pos(&self, node: &Node<'_>) -> Pos {
        self.pos_of(node.text_range())
    }

    fn error(&mut self, message: impl Into<String>, range: TextRange) {
        let range = self.abs(range);
        self.errors.push(SyntaxError::new(message, range));
    }

    /// A placeholder for a piece missing from an erroneous tree.
    fn missing(&self, at: TextRange) -> Expr {
        Expr {
            kind: ExprKind::Name {
                id: Identifier::default(),
                ctx: ExprContext::Load,
            },
            pos: self.pos_of(at),
        }
    }
}

/// The non-trivia child tokens of `node`.
fn tokens<'a>(node: &Node<'a>) -> impl Iterator<Item = Tok<'a>> + 'a {
    node.children_with_tokens()
        .filter_map(|e| e.into_token())
        .filter(|t| !t.kind().is_trivia())
}

/// The first child token of `kind`.
fn token<'a>(node: &Node<'a>, kind: SyntaxKind) -> Option<Tok<'a>> {
    tokens(node).find(|t| t.kind() == kind)
}

/// True if `node` has a direct child token of `kind`.
fn has_token(node: &Node<'_>, kind: SyntaxKind) -> bool {
    token(node, kind).is_some()
}

/// The first NAME token of `node` as an identifier (a def's, a class's,
/// a capture pattern's name).
fn first_name(node: &Node<'_>) -> Option<Identifier> {
    tokens(node)
        .find(|t| t.kind() == SyntaxKind::NAME)
        .map(|t| identifier(t.text()))
}

/// An identifier as CPython stores it: NFKC-normalized when not ASCII.
fn identifier(text: &str) -> Identifier {
    if text.is_ascii() {
        Identifier::from(text)
    } else {
        use unicode_normalization::UnicodeNormalization;
        text.nfkc().collect()
    }
}
