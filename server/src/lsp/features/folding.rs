//! Folding ranges: every compound statement and bracketed expression that
//! spans lines, and each `# %%` cell.

use super::super::analysis::Snapshot;
use super::cells;
use pvm_syntax::{SyntaxKind, SyntaxNode, TextSize};
use tower_lsp::lsp_types::{FoldingRange, FoldingRangeKind};

/// The document's folding ranges.
pub fn compute(s: &Snapshot) -> Vec<FoldingRange> {
    let (text, index) = (s.text(), s.index());
    let mut out = Vec::new();
    for node in s.tree().descendants() {
        if !foldable(node.kind()) {
            continue;
        }
        let start = index.line(node.text_range().start()) - 1;
        let end = index.line(last_code_offset(&node)) - 1;
        if end > start {
            out.push(fold(start, end, None));
        }
    }
    let markers = cells::markers(text);
    for &m in &markers {
        let cell = cells::cell_at(text, m);
        if cell.end > cell.start {
            out.push(fold(cell.start, cell.end, Some(FoldingRangeKind::Region)));
        }
    }
    out
}

fn fold(start: u32, end: u32, kind: Option<FoldingRangeKind>) -> FoldingRange {
    FoldingRange {
        start_line: start,
        start_character: None,
        end_line: end,
        end_character: None,
        kind,
        collapsed_text: None,
    }
}

fn foldable(kind: SyntaxKind) -> bool {
    use SyntaxKind::*;
    matches!(
        kind,
        FUNCTION_DEF
            | CLASS_DEF
            | IF_STMT
            | ELIF_CLAUSE
            | ELSE_CLAUSE
            | WHILE_STMT
            | FOR_STMT
            | TRY_STMT
            | EXCEPT_CLAUSE
            | FINALLY_CLAUSE
            | WITH_STMT
            | MATCH_STMT
            | CASE_CLAUSE
            | LIST_EXPR
            | DICT_EXPR
            | SET_EXPR
            | TUPLE_EXPR
            | ARG_LIST
            | PARAM_LIST
            | STRING_EXPR
    )
}

/// The start of the node's last token that is not trivia or layout, so a
/// block's fold ends on its last line of code, not on the blank lines after.
fn last_code_offset(node: &SyntaxNode) -> TextSize {
    use SyntaxKind::*;
    let range = node.text_range();
    let mut token = node.last_token();
    while let Some(t) = token {
        if t.text_range().start() < range.start() {
            break;
        }
        if !t.kind().is_trivia() && !matches!(t.kind(), NEWLINE | INDENT | DEDENT | EOF) {
            return t.text_range().start();
        }
        token = t.prev_token();
    }
    range.start()
}
