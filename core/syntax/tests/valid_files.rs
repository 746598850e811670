//! The valid-syntax corpus (tests/syntax/valid/): every file parses without
//! error, its CST reproduces the text exactly, and `ast.dump` output (plain
//! and `indent=2, include_attributes=True`) equals CPython's recording.

use pvm_test_support::{py_files, repo_path};
use std::path::PathBuf;

fn valid_files() -> Vec<PathBuf> {
    py_files(&repo_path("tests/syntax/valid"))
}

/// The first line where two texts differ, for a readable failure.
fn first_difference(want: &str, got: &str) -> String {
    for (i, (w, g)) in want.lines().zip(got.lines()).enumerate() {
        if w != g {
            return format!("line {}:\n  want {w}\n  got  {g}", i + 1);
        }
    }
    format!(
        "lengths differ: want {} lines, got {}",
        want.lines().count(),
        got.lines().count()
    )
}

#[test]
fn valid_files_match_cpython() {
    let mut failures = Vec::new();
    let files = valid_files();
    assert!(files.len() >= 40, "the valid corpus is missing");
    for file in &files {
        let name = file.file_name().unwrap().to_string_lossy().to_string();
        let bytes = std::fs::read(file).unwrap();
        let text = pvm_syntax::source::decode(&bytes).expect("valid files decode");
        let parse = pvm_syntax::parse(&text);
        if parse.syntax().text().to_string() != text {
            failures.push(format!("{name}: CST does not round-trip"));
        }
        let (module, errors) = pvm_syntax::parse_module(&text);
        if let Some(e) = errors.first() {
            failures.push(format!("{name}: unexpected error {e:?}"));
            continue;
        }
        for (ext, indent, positions) in [("ast", None, false), ("ast-pos", Some(2), true)] {
            let want = std::fs::read_to_string(file.with_extension(ext)).unwrap();
            let got = pvm_syntax::ast::dump(&module, indent, positions) + "\n";
            if want != got {
                failures.push(format!("{name} ({ext}): {}", first_difference(&want, &got)));
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} files differ:\n{}",
        failures.len(),
        files.len(),
        failures.join("\n")
    );
}
