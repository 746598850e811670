//! CPython's own standard library: every file round-trips through the CST
//! byte for byte, and no file that CPython accepts gets a syntax error.
//! The AST comparison with `ast.dump` is measured by scripts/stdlib_parity.py.
//! The stdlib is found through `PVM_STDLIB` or `python3`; without either
//! the test says so and passes.

use std::path::{Path, PathBuf};
use std::process::Command;

fn stdlib_dir() -> Option<PathBuf> {
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

/// Files in CPython's stdlib that are deliberately invalid (test data).
fn meant_to_fail(path: &Path) -> bool {
    let p = path.to_string_lossy();
    p.contains("badsyntax")
        || p.contains("bad_coding")
        || p.contains("lib2to3/tests/data")
        || p.contains("tokenizedata/bad")
}

#[test]
fn stdlib_round_trips_without_false_errors() {
    let Some(dir) = stdlib_dir() else {
        println!("no CPython stdlib found: skipped");
        return;
    };
    let mut files = Vec::new();
    walk(&dir, &mut files);
    files.sort();
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || {
            let mut false_errors = Vec::new();
            let mut count = 0;
            for file in &files {
                let Ok(text) = pvm_syntax::source::decode(&std::fs::read(file).unwrap()) else {
                    if !meant_to_fail(file) {
                        false_errors.push(format!("{}: cannot decode", file.display()));
                    }
                    continue;
                };
                count += 1;
                let parse = pvm_syntax::parse(&text);
                assert_eq!(
                    parse.syntax().text().to_string(),
                    text,
                    "{}: CST does not round-trip",
                    file.display()
                );
                let (_, errors) = pvm_syntax::parse_module(&text);
                if let (Some(e), false) = (errors.first(), meant_to_fail(file)) {
                    false_errors.push(format!("{}: {}", file.display(), e.message));
                }
            }
            println!("stdlib: {count} files round-trip");
            false_errors
        })
        .unwrap();
    let false_errors = handle.join().unwrap();
    assert!(
        false_errors.is_empty(),
        "false syntax errors:\n{}",
        false_errors.join("\n")
    );
}
