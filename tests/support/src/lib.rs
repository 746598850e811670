//! Helpers shared by the test suites of every crate: where the corpora
//! are, how a corpus file splits into snippets, where CPython's standard
//! library is, and a thread with room for deeply nested inputs.

use std::path::{Path, PathBuf};
use std::process::Command;

/// A path relative to the repository root.
pub fn repo_path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(rel)
}

/// The `*.py` files directly in `dir`, sorted.
pub fn py_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    files.sort();
    files
}

/// Splits a corpus file into snippets at lines that are exactly `#---`
/// (tests/syntax/README.md): each snippet keeps its bytes verbatim.
pub fn split_snippets(data: &[u8]) -> Vec<Vec<u8>> {
    let mut snippets = vec![Vec::new()];
    for line in data.split_inclusive(|&b| b == b'\n') {
        if matches!(line, b"#---\n" | b"#---\r\n" | b"#---") {
            snippets.push(Vec::new());
        } else {
            snippets.last_mut().unwrap().extend_from_slice(line);
        }
    }
    snippets
}

/// CPython's stdlib folder: `PVM_STDLIB`, or what `python3` reports.
pub fn stdlib_dir() -> Option<PathBuf> {
    if let Ok(dir) = std::env::var("PVM_STDLIB") {
        return Some(PathBuf::from(dir));
    }
    let out = Command::new("python3")
        .args([
            "-c",
            "import sysconfig; print(sysconfig.get_paths()['stdlib'])",
        ])
        .output()
        .ok()?;
    let dir = PathBuf::from(String::from_utf8(out.stdout).ok()?.trim());
    dir.is_dir().then_some(dir)
}

/// Every `*.py` file below `dir`, sorted, without site-packages and caches.
pub fn python_files_below(dir: &Path) -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for path in entries.filter_map(Result::ok).map(|e| e.path()) {
            if path.is_dir() {
                if path
                    .file_name()
                    .is_some_and(|n| n != "site-packages" && n != "__pycache__")
                {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "py") {
                out.push(path);
            }
        }
    }
    let mut out = Vec::new();
    walk(dir, &mut out);
    out.sort();
    out
}

/// Runs `f` on a thread with a 256 MiB stack (deeply nested sources recurse).
pub fn on_big_stack<T: Send + 'static>(f: impl FnOnce() -> T + Send + 'static) -> T {
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(f)
        .unwrap()
        .join()
        .unwrap()
}

/// One snippet of the invalid-syntax corpus with CPython's recorded verdict.
pub struct Case {
    /// `AREA.py:LINE`, where the snippet starts, for messages.
    pub location: String,
    /// The snippet's bytes, verbatim.
    pub snippet: Vec<u8>,
    /// The recorded object: stage, type, message, line, col, end_line, end_col.
    pub expected: serde_json::Value,
}

/// Every snippet of tests/syntax/errors/ with its recorded expectation.
pub fn error_corpus() -> Vec<Case> {
    let mut cases = Vec::new();
    for file in py_files(&repo_path("tests/syntax/errors")) {
        let data = std::fs::read(&file).unwrap();
        let json = std::fs::read_to_string(file.with_extension("expected.json")).unwrap();
        let expected: Vec<serde_json::Value> = serde_json::from_str(&json).unwrap();
        let snippets = split_snippets(&data);
        assert_eq!(
            snippets.len(),
            expected.len(),
            "{}: snippet count",
            file.display()
        );
        let area = file.file_name().unwrap().to_string_lossy().to_string();
        for (snippet, expected) in snippets.into_iter().zip(expected) {
            let location = format!("{area}:{}", expected["first_line"]);
            cases.push(Case {
                location,
                snippet,
                expected,
            });
        }
    }
    cases
}
