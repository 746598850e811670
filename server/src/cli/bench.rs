//! `pvm bench-parse`: in-process parse throughput, for the benchmark script.

use super::files;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Parses (with `lower`: parses, lowers to the AST and compiles to code
/// objects) every file three times and prints the best time as JSON.
pub fn parse(paths: &[PathBuf], list: Option<&Path>, lower: bool) -> Result<ExitCode, String> {
    let mut all = files::expand(paths)?;
    if let Some(list) = list {
        let text = std::fs::read_to_string(list).map_err(|e| format!("{}: {e}", list.display()))?;
        all.extend(text.lines().filter(|l| !l.is_empty()).map(PathBuf::from));
    }
    let sources: Vec<String> = all
        .iter()
        .filter_map(|p| files::read(p).ok())
        .filter_map(|b| pvm_syntax::source::decode(&b).ok())
        .collect();
    let bytes: usize = sources.iter().map(String::len).sum();
    let mut best = f64::INFINITY;
    for _ in 0..3 {
        let start = Instant::now();
        for src in &sources {
            if lower {
                let (module, errors) = pvm_syntax::parse_module(src);
                if errors.is_empty() {
                    std::hint::black_box(pvm_compiler::compile(&module, "<bench>").ok());
                }
            } else {
                std::hint::black_box(pvm_syntax::parse(src));
            }
        }
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{}",
        serde_json::json!({"files": sources.len(), "bytes": bytes, "seconds": best})
    );
    Ok(ExitCode::SUCCESS)
}
