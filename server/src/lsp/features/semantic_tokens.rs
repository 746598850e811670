//! Semantic tokens from the lossless tree: keywords (soft ones in `match`
//! statements too), comments, strings, numbers, and the names a `def`,
//! `class`, parameter or decorator introduces.

use super::super::analysis::Snapshot;
use super::super::position;
use pvm_syntax::{LineIndex, SyntaxKind, SyntaxToken, TextRange};
use tower_lsp::lsp_types::{
    Range, SemanticToken, SemanticTokenModifier, SemanticTokenType, SemanticTokensLegend,
};

/// The token types, in legend order.
const TYPES: [SemanticTokenType; 8] = [
    SemanticTokenType::KEYWORD,
    SemanticTokenType::COMMENT,
    SemanticTokenType::STRING,
    SemanticTokenType::NUMBER,
    SemanticTokenType::FUNCTION,
    SemanticTokenType::CLASS,
    SemanticTokenType::PARAMETER,
    SemanticTokenType::DECORATOR,
];

/// Modifier bit 0: the token defines the name.
const DECLARATION: u32 = 1;

/// The legend the capabilities announce.
pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TYPES.to_vec(),
        token_modifiers: vec![SemanticTokenModifier::DECLARATION],
    }
}

/// The tokens of the whole document, or of those overlapping `range`.
pub fn compute(s: &Snapshot, range: Option<Range>) -> Vec<SemanticToken> {
    let (text, index) = (s.text(), s.index());
    let within = range.map(|r| {
        let start = position::offset(text, index, r.start) as u32;
        let end = position::offset(text, index, r.end).max(start as usize) as u32;
        TextRange::new(start.into(), end.into())
    });
    let root = s.tree();
    let mut encoder = Encoder::default();
    let mut token = root.first_token();
    while let Some(t) = token {
        token = t.next_token();
        if let Some(w) = within {
            if t.text_range().end() <= w.start() {
                continue;
            }
            if t.text_range().start() >= w.end() {
                break;
            }
        }
        if let Some((ty, modifiers)) = classify(&t) {
            encoder.push(text, index, t.text_range(), ty, modifiers);
        }
    }
    encoder.tokens
}

/// The type index and modifiers of a token, if it is highlighted.
fn classify(t: &SyntaxToken) -> Option<(u32, u32)> {
    use SyntaxKind::*;
    let kind = t.kind();
    if kind.is_keyword() {
        return Some((0, 0));
    }
    let parent = t.parent().map(|p| p.kind());
    Some(match kind {
        COMMENT => (1, 0),
        STRING => (2, 0),
        NUMBER => (3, 0),
        NAME => match parent? {
            FUNCTION_DEF => (4, DECLARATION),
            CLASS_DEF => (5, DECLARATION),
            PARAM | STAR_PARAM | DOUBLE_STAR_PARAM => (6, DECLARATION),
            MATCH_STMT | CASE_CLAUSE if matches!(t.text(), "match" | "case") => (0, 0),
            _ if in_decorator(t) => (7, 0),
            _ => return None,
        },
        _ => return None,
    })
}

/// Whether a name is the decorator's own (`@name` or `@a.name`, not an argument).
fn in_decorator(t: &SyntaxToken) -> bool {
    t.parent_ancestors()
        .take_while(|n| !matches!(n.kind(), SyntaxKind::ARG_LIST))
        .any(|n| n.kind() == SyntaxKind::DECORATOR)
}

/// LSP's relative encoding; tokens spanning lines are split per line.
#[derive(Default)]
struct Encoder {
    tokens: Vec<SemanticToken>,
    line: u32,
    start: u32,
}

impl Encoder {
    fn push(&mut self, text: &str, index: &LineIndex, range: TextRange, ty: u32, modifiers: u32) {
        let (start, end) = (usize::from(range.start()), usize::from(range.end()));
        let mut at = start;
        for piece in text[start..end].split_inclusive(['\n', '\r']) {
            let body = piece.trim_end_matches(['\n', '\r']);
            if !body.is_empty() {
                let pos = position::position(text, index, at);
                let length = body.encode_utf16().count() as u32;
                let delta_line = pos.line - self.line;
                let delta_start = if delta_line == 0 {
                    pos.character - self.start
                } else {
                    pos.character
                };
                self.tokens.push(SemanticToken {
                    delta_line,
                    delta_start,
                    length,
                    token_type: ty,
                    token_modifiers_bitset: modifiers,
                });
                self.line = pos.line;
                self.start = pos.character;
            }
            at += piece.len();
        }
    }
}
