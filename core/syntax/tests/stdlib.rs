//! CPython's own standard library: every file round-trips through the CST
//! byte for byte, lowers to the same AST from the green tree as from the
//! parser's events, and no file that CPython accepts gets a syntax error.
//! The AST comparison with `ast.dump` is measured by scripts/stdlib_parity.py.
//! The stdlib is found through `PVM_STDLIB` or `python3`; without either
//! the test says so and passes.

use pvm_test_support::{on_big_stack, python_files_below, stdlib_dir};
use std::path::Path;

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
    let files = python_files_below(&dir);
    let false_errors = on_big_stack(move || {
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
            let (module, errors) = pvm_syntax::parse_module(&text);
            // Lowering from the green tree (the language server's route)
            // and from the parser's events (batch compiles) agree.
            let (from_green, green_errors) = pvm_syntax::lower_parsed(&parse, &text);
            assert!(
                module == from_green && errors == green_errors,
                "{}: the two lowering routes differ",
                file.display()
            );
            if let (Some(e), false) = (errors.first(), meant_to_fail(file)) {
                false_errors.push(format!("{}: {}", file.display(), e.message));
            }
        }
        println!("stdlib: {count} files round-trip");
        false_errors
    });
    assert!(
        false_errors.is_empty(),
        "false syntax errors:\n{}",
        false_errors.join("\n")
    );
}
