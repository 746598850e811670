//! Code lenses: "▶ Run cell" above each `# %%` marker, "Show bytecode"
//! above each `def`.

use super::super::analysis::Snapshot;
use super::super::ext::{RUN_CELL, SHOW_BYTECODE};
use super::super::position;
use super::cells;
use pvm_syntax::cst::{CstNode, FunctionDef};
use tower_lsp::lsp_types::{CodeLens, Command};

/// The document's lenses.
pub fn compute(s: &Snapshot) -> Vec<CodeLens> {
    let (text, index) = (s.text(), s.index());
    let uri = serde_json::Value::String(s.uri.to_string());
    let lens = |line: u32, title: &str, command: &str| CodeLens {
        range: position::line_range(text, index, line),
        command: Some(Command {
            title: title.into(),
            command: command.into(),
            arguments: Some(vec![uri.clone(), line.into()]),
        }),
        data: None,
    };
    let mut out: Vec<CodeLens> = cells::markers(text)
        .into_iter()
        .map(|line| lens(line, "▶ Run cell", RUN_CELL))
        .collect();
    for def in s.tree().descendants().filter_map(FunctionDef::cast) {
        let Some(keyword) = def.def_token() else {
            continue;
        };
        let line = position::position(text, index, keyword.text_range().start().into()).line;
        out.push(lens(line, "Show bytecode", SHOW_BYTECODE));
    }
    out
}
