//! The rowan wrapper: our `Language`, node and token aliases, and `Parse`.

use crate::{SyntaxError, SyntaxKind};
use rowan::GreenNode;

/// The rowan language tag for Python.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PythonLanguage {}

impl rowan::Language for PythonLanguage {
    type Kind = SyntaxKind;
    fn kind_from_raw(raw: rowan::SyntaxKind) -> SyntaxKind {
        SyntaxKind::from_raw(raw.0)
    }
    fn kind_to_raw(kind: SyntaxKind) -> rowan::SyntaxKind {
        kind.into()
    }
}

/// A node of the concrete syntax tree.
pub type SyntaxNode = rowan::SyntaxNode<PythonLanguage>;
/// A token (leaf) of the concrete syntax tree.
pub type SyntaxToken = rowan::SyntaxToken<PythonLanguage>;
/// A node or a token.
pub type SyntaxElement = rowan::SyntaxElement<PythonLanguage>;

/// The result of parsing: a lossless green tree plus the syntax errors,
/// sorted so that the first one is the error CPython would report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parse {
    green: GreenNode,
    errors: Vec<SyntaxError>,
    lexer_errors: Vec<SyntaxError>,
    parser_errors: Vec<SyntaxError>,
}

impl Parse {
    pub(crate) fn new(
        text: &str,
        green: GreenNode,
        lexer_errors: Vec<SyntaxError>,
        parser_errors: Vec<SyntaxError>,
    ) -> Parse {
        let errors = crate::error::order_errors(&lexer_errors, &parser_errors, text);
        Parse {
            green,
            errors,
            lexer_errors,
            parser_errors,
        }
    }

    /// Errors from the tokenizer and from the parser, kept apart so later
    /// stages can merge their own errors in CPython's order.
    pub(crate) fn errors_by_stage(&self) -> (&[SyntaxError], &[SyntaxError]) {
        (&self.lexer_errors, &self.parser_errors)
    }

    /// The root node (SOURCE_FILE).
    pub fn syntax(&self) -> SyntaxNode {
        SyntaxNode::new_root(self.green.clone())
    }

    /// The green tree, cheap to clone and to store.
    pub fn green(&self) -> &GreenNode {
        &self.green
    }

    /// The syntax errors, CPython's first.
    pub fn errors(&self) -> &[SyntaxError] {
        &self.errors
    }
}
