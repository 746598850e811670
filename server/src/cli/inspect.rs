//! `pvm tokens`, `pvm ast` and `pvm cst`: views of one file's syntax.

use super::files;
use std::path::Path;
use std::process::ExitCode;

fn load(path: &Path) -> Result<String, String> {
    let bytes = files::read(path)?;
    pvm_syntax::source::decode(&bytes)
        .map_err(|e| format!("{}: SyntaxError: {}", path.display(), e.message))
}

/// `pvm cst FILE`: the rowan tree, one element per line.
pub fn cst(path: &Path) -> Result<ExitCode, String> {
    let text = load(path)?;
    let parse = pvm_syntax::parse(&text);
    print!("{:#?}", parse.syntax());
    for e in parse.errors() {
        println!("error {:?}: {}", e.range, e.message);
    }
    Ok(ExitCode::SUCCESS)
}

/// `pvm tokens FILE`.
pub fn tokens(path: &Path) -> Result<ExitCode, String> {
    let bytes = files::read(path)?;
    let encoding = match pvm_syntax::source::tokenize_encoding(&bytes, &path.to_string_lossy()) {
        Ok(encoding) => encoding,
        Err(message) => {
            eprintln!("{}: error: {message}", path.display());
            return Ok(ExitCode::from(1));
        }
    };
    let text = pvm_syntax::source::decode(&bytes)
        .map_err(|e| format!("{}: SyntaxError: {}", path.display(), e.message))?;
    match pvm_syntax::tokenize::tokenize_listing(&text, &encoding) {
        Ok(listing) => {
            use std::io::Write as _;
            // A closed pipe (`pvm tokens f | head`) is not an error.
            let _ = std::io::stdout().lock().write_all(listing.as_bytes());
            Ok(ExitCode::SUCCESS)
        }
        Err(e) => {
            // tokenize.py prints nothing but the error when it gives up.
            eprintln!(
                "{}:{}:{}: error: {}",
                path.display(),
                e.line,
                e.col,
                e.message
            );
            Ok(ExitCode::from(1))
        }
    }
}

/// `pvm ast FILE`.
pub fn ast(path: &Path, indent: Option<usize>, positions: bool) -> Result<ExitCode, String> {
    let text = load(path)?;
    let (module, errors) = pvm_syntax::parse_module(&text);
    if let Some(e) = errors.first() {
        let index = pvm_syntax::LineIndex::new(&text);
        let (line, _) = index.line_col_chars(&text, e.range.start());
        return Err(format!(
            "{}:{line}: {}: {}",
            path.display(),
            e.kind.name(),
            e.message
        ));
    }
    println!("{}", pvm_syntax::ast::dump(&module, indent, positions));
    Ok(ExitCode::SUCCESS)
}
