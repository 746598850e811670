//! Codegen never panics: every snippet of the syntax and compiler corpora
//! (tests/syntax/valid/*.py, tests/syntax/errors/*.py and
//! core/compiler/tests/data/symtable_cases.py, split at `#---` lines) that
//! parses compiles to code objects or to compile errors, and `dis` lists
//! the code objects.

use pvm_test_support::{on_big_stack, py_files, split_snippets};
use std::path::Path;

fn snippets(path: &Path) -> Vec<Vec<u8>> {
    split_snippets(&std::fs::read(path).unwrap())
}

#[test]
fn codegen_handles_every_snippet() {
    on_big_stack(run);
}

fn run() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = py_files(&root.join("../../tests/syntax/valid"));
    files.extend(py_files(&root.join("../../tests/syntax/errors")));
    files.push(root.join("tests/data/symtable_cases.py"));
    let (mut compiled, mut rejected) = (0, 0);
    for path in &files {
        for (i, bytes) in snippets(path).into_iter().enumerate() {
            let Ok(text) = pvm_syntax::source::decode(&bytes) else {
                continue;
            };
            let (module, errors) = pvm_syntax::parse_module(&text);
            if !errors.is_empty() {
                continue;
            }
            let result = std::panic::catch_unwind(|| {
                pvm_compiler::compile(&module, "snippet.py")
                    .map(|code| pvm_compiler::dis::dis(&code))
            });
            match result {
                Ok(Ok(_)) => compiled += 1,
                Ok(Err(_)) => rejected += 1,
                Err(_) => panic!("codegen panicked on {} snippet #{i}", path.display()),
            }
        }
    }
    println!("{compiled} snippets compiled, {rejected} rejected with compile errors");
    assert!(compiled > 100);
}
