//! `pvm check`: syntax and compile errors for files and folders.

use super::files;
use pvm_syntax::{LineIndex, SyntaxError};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// How `pvm check` prints its findings.
#[derive(Clone, Copy, Debug, clap::ValueEnum)]
pub enum Format {
    /// `file:line:col: Type: message`, the source line and a caret.
    Text,
    /// A JSON array of error objects.
    Json,
}

/// One reported error, positions 1-based, columns in characters.
struct Diagnostic {
    file: String,
    line: u32,
    col: u32,
    end_line: u32,
    end_col: u32,
    kind: &'static str,
    message: String,
    source_line: String,
}

/// Runs `pvm check` over `paths`.
pub fn run(paths: &[PathBuf], format: Format) -> Result<ExitCode, String> {
    let files = files::expand(paths)?;
    let mut diagnostics = Vec::new();
    for file in &files {
        check_file(file, &mut diagnostics);
    }
    match format {
        Format::Text => {
            for d in &diagnostics {
                println!("{}:{}:{}: {}: {}", d.file, d.line, d.col, d.kind, d.message);
                if !d.source_line.is_empty() {
                    println!("    {}", d.source_line);
                    let caret_pad: String = d
                        .source_line
                        .chars()
                        .take(d.col.saturating_sub(1) as usize)
                        .map(|c| if c == '\t' { '\t' } else { ' ' })
                        .collect();
                    let width = if d.end_line == d.line && d.end_col > d.col {
                        d.end_col - d.col
                    } else {
                        1
                    };
                    println!("    {caret_pad}{}", "^".repeat(width as usize));
                }
            }
        }
        Format::Json => {
            let items: Vec<_> = diagnostics
                .iter()
                .map(|d| {
                    serde_json::json!({
                        "file": d.file, "line": d.line, "col": d.col,
                        "end_line": d.end_line, "end_col": d.end_col,
                        "kind": d.kind, "message": d.message,
                    })
                })
                .collect();
            println!("{}", serde_json::Value::Array(items));
        }
    }
    Ok(if diagnostics.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    })
}

fn check_file(path: &Path, out: &mut Vec<Diagnostic>) {
    let name = path.display().to_string();
    let bytes = match files::read(path) {
        Ok(b) => b,
        Err(message) => {
            out.push(Diagnostic {
                file: name,
                line: 1,
                col: 1,
                end_line: 1,
                end_col: 1,
                kind: "OSError",
                message,
                source_line: String::new(),
            });
            return;
        }
    };
    let text = match pvm_syntax::source::decode(&bytes) {
        Ok(t) => t,
        Err(e) => {
            out.push(Diagnostic {
                file: name,
                line: e.line.max(1),
                col: 1,
                end_line: e.line.max(1),
                end_col: 1,
                kind: "SyntaxError",
                message: e.message,
                source_line: String::new(),
            });
            return;
        }
    };
    let (module, errors) = pvm_syntax::parse_module(&text);
    let index = LineIndex::new(&text);
    for error in &errors {
        out.push(diagnostic(&name, &text, &index, error));
    }
    // Like CPython, compile only what parsed.
    if errors.is_empty() {
        for error in &pvm_compiler::check(&module) {
            out.push(compile_diagnostic(&name, &text, &index, error));
        }
    }
}

/// A compile error: its AST position has UTF-8 byte columns; report characters.
fn compile_diagnostic(
    file: &str,
    text: &str,
    index: &LineIndex,
    error: &pvm_compiler::CompileError,
) -> Diagnostic {
    let pos = error.pos;
    let char_col = |line: u32, byte_col: u32| {
        let offset = (index.line_start(line) + byte_col).min(text.len() as u32);
        index
            .line_col_chars(text, pvm_syntax::TextSize::from(offset))
            .1
            + 1
    };
    let col = char_col(pos.lineno, pos.col_offset);
    let (end_line, end_col) = if error.has_end {
        (pos.end_lineno, char_col(pos.end_lineno, pos.end_col_offset))
    } else {
        (pos.lineno, col)
    };
    Diagnostic {
        file: file.to_string(),
        line: pos.lineno,
        col,
        end_line,
        end_col,
        kind: error.kind.name(),
        message: error.message.clone(),
        source_line: index.line_text(text, pos.lineno).to_string(),
    }
}

fn diagnostic(file: &str, text: &str, index: &LineIndex, error: &SyntaxError) -> Diagnostic {
    let (line, col) = index.line_col_chars(text, error.range.start());
    let (end_line, end_col) = index.line_col_chars(text, error.range.end());
    Diagnostic {
        file: file.to_string(),
        line,
        col: col + 1,
        end_line,
        end_col: end_col + 1,
        kind: error.kind.name(),
        message: error.message.clone(),
        source_line: index.line_text(text, line).to_string(),
    }
}
