//! Hover: the bytecode of the hovered line in CPython's `dis` layout, or
//! of the whole code object on a `def`, `class` or `lambda` header. Only
//! compiles; never runs anything.

use super::super::analysis::Snapshot;
use super::super::position;
use pvm_db::DisTarget;
use pvm_syntax::{SyntaxKind, SyntaxNode, TextSize};
use tower_lsp::lsp_types::{Hover, HoverContents, MarkupContent, MarkupKind, Position};

/// The hover at `pos`, if the line has bytecode.
pub fn compute(s: &Snapshot, pos: Position) -> Option<Hover> {
    let (text, index) = (s.text(), s.index());
    let offset = position::offset(text, index, pos);
    let (target, title) = match lambda_at(&s.tree(), offset, index) {
        Some(target) => (target, "lambda".to_string()),
        None => (
            DisTarget::Line(pos.line + 1),
            format!("line {}", pos.line + 1),
        ),
    };
    let dis = pvm_db::dis_at(&s.db, s.file, target)?;
    Some(Hover {
        contents: HoverContents::Markup(MarkupContent {
            kind: MarkupKind::Markdown,
            value: format!("bytecode · {title}\n```text\n{dis}```"),
        }),
        range: Some(position::line_range(text, index, pos.line)),
    })
}

/// The lambda whose header (`lambda` to its colon) holds `offset`, as the
/// n-th lambda starting on its line.
fn lambda_at(root: &SyntaxNode, offset: usize, index: &pvm_syntax::LineIndex) -> Option<DisTarget> {
    let at = TextSize::from(offset.min(u32::MAX as usize) as u32);
    let token = root.token_at_offset(at).right_biased()?;
    let lambda = token
        .parent_ancestors()
        .filter(|n| n.kind() == SyntaxKind::LAMBDA_EXPR)
        .find(|n| {
            let colon = n
                .children_with_tokens()
                .find(|t| t.kind() == SyntaxKind::COLON)
                .map_or(n.text_range().end(), |c| c.text_range().end());
            n.text_range().start() <= at && at < colon
        })?;
    let start = lambda.text_range().start();
    let line = index.line(start);
    let nth = root
        .descendants()
        .filter(|n| n.kind() == SyntaxKind::LAMBDA_EXPR)
        .filter(|n| index.line(n.text_range().start()) == line && n.text_range().start() < start)
        .count();
    Some(DisTarget::Lambda { line, nth })
}
