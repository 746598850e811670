//! One module per editor feature, each a function of a [`Snapshot`]
//! (`super::analysis::Snapshot`) and the request's parameters.

pub mod cells;
pub mod code_lens;
pub mod diagnostics;
pub mod folding;
pub mod hover;
pub mod semantic_tokens;
pub mod symbols;

use super::analysis::Snapshot;
use pvm_syntax::{LineIndex, SyntaxNode};

impl Snapshot {
    /// The document's line index.
    pub fn index(&self) -> &LineIndex {
        pvm_db::line_index(&self.db, self.file)
    }

    /// The root of the document's lossless tree.
    pub fn tree(&self) -> SyntaxNode {
        pvm_db::parse(&self.db, self.file).syntax()
    }
}
