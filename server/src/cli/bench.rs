//! `pvm bench-parse`: in-process parse throughput, for the benchmark script.

use super::files;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

/// Parses (with `lower`: parses, lowers to the AST and compiles to code
/// objects) every file `runs` times, on `jobs` threads that take the next
/// unparsed file, and prints the best wall-clock pass as JSON.
pub fn parse(
    paths: &[PathBuf],
    list: Option<&Path>,
    lower: bool,
    runs: u32,
    jobs: usize,
) -> Result<ExitCode, String> {
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
    let jobs = jobs.max(1);
    let mut best = f64::INFINITY;
    for _ in 0..runs.max(1) {
        let start = Instant::now();
        super::workers::map_in_order(&sources, jobs, |src| parse_one(src, lower));
        best = best.min(start.elapsed().as_secs_f64());
    }
    println!(
        "{}",
        serde_json::json!({"files": sources.len(), "bytes": bytes, "seconds": best, "jobs": jobs})
    );
    Ok(ExitCode::SUCCESS)
}

/// One file's work; the result is dropped inside the measurement.
fn parse_one(src: &str, lower: bool) {
    if lower {
        let (module, errors) = pvm_syntax::parse_module(src);
        if errors.is_empty() {
            std::hint::black_box(pvm_compiler::compile(&module, "<bench>").ok());
        }
    } else {
        std::hint::black_box(pvm_syntax::parse(src));
    }
}
