//! `pvm dis`: the bytecode of a file, like `python3 -m dis FILE`.

use super::files;
use pvm_compiler::code::CodeObject;
use pvm_compiler::dis::{self, Addresses};
use std::path::Path;
use std::process::ExitCode;

/// Output format of `pvm dis`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// CPython's `dis` layout.
    Text,
    /// Every code object depth-first as JSON.
    Json,
}

/// Parses and compiles `path`, reporting errors like CPython.
fn compile(path: &Path) -> Result<Result<CodeObject, String>, String> {
    let bytes = files::read(path)?;
    let name = path.display().to_string();
    let text = match pvm_syntax::source::decode(&bytes) {
        Ok(t) => t,
        Err(e) => return Ok(Err(format!("SyntaxError: {}", e.message))),
    };
    let (module, errors) = pvm_syntax::parse_module(&text);
    if let Some(e) = errors.first() {
        let index = pvm_syntax::LineIndex::new(&text);
        let (line, _) = index.line_col_chars(&text, e.range.start());
        return Ok(Err(format!(
            "  File \"{name}\", line {line}\n{}: {}",
            e.kind.name(),
            e.message
        )));
    }
    match pvm_compiler::compile(&module, &name) {
        Ok(code) => Ok(Ok(code)),
        Err(errors) => {
            let e = &errors[0];
            Ok(Err(format!(
                "  File \"{name}\", line {}\n{}: {}",
                e.line(),
                e.kind.name(),
                e.message
            )))
        }
    }
}

/// `pvm dis FILE [--function NAME] [--line N] [--format json]`.
pub fn run(
    path: &Path,
    function: Option<&str>,
    line: Option<u32>,
    format: Format,
) -> Result<ExitCode, String> {
    let code = match compile(path)? {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            return Ok(ExitCode::from(1));
        }
    };
    let addrs = Addresses::new(&code);
    let all = code.walk();
    let selected: Vec<&CodeObject> = match function {
        Some(f) => {
            let found: Vec<&CodeObject> = all
                .iter()
                .copied()
                .filter(|c| c.qualname == f || c.name == f)
                .collect();
            if found.is_empty() {
                return Err(format!("no code object named '{f}' in {}", path.display()));
            }
            found
        }
        None => all,
    };
    let mut out = String::new();
    match format {
        Format::Json => {
            let items: Vec<serde_json::Value> = selected
                .iter()
                .map(|c| {
                    let instrs: Vec<serde_json::Value> = dis::instructions(c, &addrs)
                        .into_iter()
                        .filter(|i| line.is_none() || i.line == line)
                        .map(|i| {
                            serde_json::json!({
                                "opname": i.opname,
                                "argrepr": i.argrepr,
                                "offset": i.offset,
                                "line": i.line,
                                "positions": [
                                    i.position.line,
                                    i.position.end_line,
                                    i.position.col,
                                    i.position.end_col,
                                ],
                            })
                        })
                        .collect();
                    serde_json::json!({
                        "qualname": c.qualname,
                        "firstlineno": c.firstlineno,
                        "instructions": instrs,
                    })
                })
                .collect();
            out = serde_json::to_string(&items).map_err(|e| e.to_string())?;
            out.push('\n');
        }
        Format::Text => {
            if function.is_none() && line.is_none() {
                out = dis::dis(&code);
            } else {
                let mut first = true;
                for c in selected {
                    let instrs: Vec<_> = dis::instructions(c, &addrs)
                        .into_iter()
                        .filter(|i| line.is_none() || i.line == line)
                        .collect();
                    if instrs.is_empty() {
                        continue;
                    }
                    if !first {
                        out.push('\n');
                    }
                    if !first || function.is_some() || !std::ptr::eq(c, &code) {
                        out.push_str(&format!("Disassembly of {}:\n", addrs.code_repr(c)));
                    }
                    first = false;
                    dis::disassemble_instructions(c, &instrs, line.is_none(), &mut out);
                }
            }
        }
    }
    use std::io::Write as _;
    let _ = std::io::stdout().lock().write_all(out.as_bytes());
    Ok(ExitCode::SUCCESS)
}

/// `pvm dis --opcodes`: the opcode tables of docs/bytecode.md.
pub fn opcodes() -> Result<ExitCode, String> {
    print!("{}", pvm_compiler::opcode::markdown_tables());
    Ok(ExitCode::SUCCESS)
}
