//! Document symbols: classes, functions and methods, nested as in the file.

use super::super::analysis::Snapshot;
use super::super::position;
use pvm_syntax::cst::{ClassDef, CstNode, FunctionDef};
use pvm_syntax::{LineIndex, SyntaxNode};
use tower_lsp::lsp_types::{DocumentSymbol, SymbolKind};

/// The document's symbol tree.
pub fn compute(s: &Snapshot) -> Vec<DocumentSymbol> {
    symbols_below(&s.tree(), s.text(), s.index(), false)
}

/// The defs and classes inside `node` (not inside each other), with theirs.
fn symbols_below(
    node: &SyntaxNode,
    text: &str,
    index: &LineIndex,
    in_class: bool,
) -> Vec<DocumentSymbol> {
    let mut out = Vec::new();
    for child in node.children() {
        let found = if let Some(def) = FunctionDef::cast(child.clone()) {
            let kind = if in_class {
                SymbolKind::METHOD
            } else {
                SymbolKind::FUNCTION
            };
            def.name().map(|name| (name, kind, false))
        } else if let Some(class) = ClassDef::cast(child.clone()) {
            class.name().map(|name| (name, SymbolKind::CLASS, true))
        } else {
            None
        };
        match found {
            Some((name, kind, is_class)) => {
                #[allow(deprecated)] // `deprecated` is a required field of the struct.
                out.push(DocumentSymbol {
                    name: name.text().to_string(),
                    detail: None,
                    kind,
                    tags: None,
                    deprecated: None,
                    range: position::range(text, index, child.text_range()),
                    selection_range: position::range(text, index, name.text_range()),
                    children: Some(symbols_below(&child, text, index, is_class)),
                });
            }
            None => out.extend(symbols_below(&child, text, index, in_class)),
        }
    }
    out
}
