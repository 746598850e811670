//! `pvm check`: syntax and compile errors for files and folders.

use super::files;
use pvm_syntax::LineIndex;
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
    let diagnostics = check_files(&files);
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

/// Checks `files` on one worker per core; the diagnostics come back in
/// the order of `files`.
fn check_files(files: &[PathBuf]) -> Vec<Diagnostic> {
    let per_file = super::workers::map_in_order(files, super::workers::cores(), |file| {
        // A database per file: nothing is reused across files, and one
        // for all would hold every tree.
        let mut db = pvm_db::Database::new();
        // The CLI reports every error; the editor's cap is for editors.
        db.set_max_diagnostics(usize::MAX);
        let mut found = Vec::new();
        check_file(&db, file, &mut found);
        found
    });
    per_file.into_iter().flatten().collect()
}

fn check_file(db: &pvm_db::Database, path: &Path, out: &mut Vec<Diagnostic>) {
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
    // The language server's database, so the CLI and the editor agree.
    let file = pvm_db::SourceFile::new(db, name.clone(), text);
    let text = file.text(db);
    let index = pvm_db::line_index(db, file);
    for d in pvm_db::diagnostics(db, file) {
        out.push(diagnostic(&name, text, index, d));
    }
}

/// A database diagnostic with 1-based lines and columns in characters.
fn diagnostic(file: &str, text: &str, index: &LineIndex, d: &pvm_db::Diagnostic) -> Diagnostic {
    let (_, col) = index.line_col_chars(text, d.range.start());
    let (end_line, end_col) = index.line_col_chars(text, d.range.end());
    Diagnostic {
        file: file.to_string(),
        line: d.line,
        col: col + 1,
        end_line,
        end_col: end_col + 1,
        kind: d.kind,
        message: d.message.clone(),
        source_line: index.line_text(text, d.line).to_string(),
    }
}
