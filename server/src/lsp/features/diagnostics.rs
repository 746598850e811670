//! Syntax and compile errors as LSP diagnostics (CPython's messages, the
//! exception class as the code).

use super::super::analysis::Snapshot;
use super::super::position;
use tower_lsp::lsp_types::{Diagnostic, DiagnosticSeverity, NumberOrString};

/// The document's diagnostics, CPython's first.
pub fn compute(s: &Snapshot) -> Vec<Diagnostic> {
    let (text, index) = (s.text(), s.index());
    pvm_db::diagnostics(&s.db, s.file)
        .iter()
        .map(|d| Diagnostic {
            range: position::range(text, index, d.range),
            severity: Some(DiagnosticSeverity::ERROR),
            code: Some(NumberOrString::String(d.kind.to_string())),
            source: Some("pvm".into()),
            message: d.message.clone(),
            ..Default::default()
        })
        .collect()
}
