//! The database's AST, lowered statement by statement, and its code
//! objects, compiled unit by unit and reused, are exactly what lowering and
//! compiling the whole file give.

use pvm_db::{module_code, Database, SourceFile};
use std::path::Path;

fn check(path: &Path) -> bool {
    let Ok(bytes) = std::fs::read(path) else {
        return false;
    };
    let Ok(text) = pvm_syntax::source::decode(&bytes) else {
        return false;
    };
    let (module, errors) = pvm_syntax::parse_module(&text);
    if !errors.is_empty() {
        return false;
    }
    let name = path.display().to_string();
    let Ok(whole) = pvm_compiler::compile(&module, &name) else {
        return false;
    };
    let db = Database::new();
    let file = SourceFile::new(&db, name, text);
    // Lowered statement by statement, the AST is the whole file's.
    assert!(
        pvm_db::ast(&db, file).module == module,
        "{}",
        path.display()
    );
    let code = module_code(&db, file).clone().expect("the file compiles");
    if pvm_compiler::marshal::dumps(&code) != pvm_compiler::marshal::dumps(&whole) {
        let (ours, theirs) = (
            pvm_compiler::dis::dis(&code),
            pvm_compiler::dis::dis(&whole),
        );
        let first = ours
            .lines()
            .zip(theirs.lines())
            .position(|(a, b)| a != b)
            .unwrap_or(0);
        let around = |s: &str| {
            s.lines()
                .skip(first.saturating_sub(8))
                .take(12)
                .collect::<Vec<_>>()
                .join("\n")
        };
        panic!(
            "{}: the unit-by-unit code differs\n--- units:\n{}\n--- whole file:\n{}",
            path.display(),
            around(&ours),
            around(&theirs)
        );
    }
    true
}

#[test]
fn compiled_programs_match_the_whole_file_compile() {
    let dir = pvm_test_support::repo_path("tests/compiler/programs");
    let files = pvm_test_support::py_files(&dir);
    let checked = files.iter().filter(|p| check(p)).count();
    assert!(checked > 20, "only {checked} programs compiled");
}

#[test]
fn stdlib_modules_match_the_whole_file_compile() {
    let Some(dir) = pvm_test_support::stdlib_dir() else {
        return;
    };
    // PVM_DB_FULL_STDLIB=1 checks every module (minutes); by default a
    // sample with classes, nested functions, decorators, `__future__`
    // annotations and private names keeps the test fast.
    if std::env::var_os("PVM_DB_FULL_STDLIB").is_some() {
        let files = pvm_test_support::python_files_below(&dir);
        let checked =
            pvm_test_support::on_big_stack(move || files.iter().filter(|p| check(p)).count());
        assert!(checked > 500);
        return;
    }
    for name in [
        "argparse.py",
        "dataclasses.py",
        "functools.py",
        "typing.py",
        "enum.py",
        "_pydecimal.py",
        "asyncio/tasks.py",
        "email/_header_value_parser.py",
    ] {
        let path = dir.join(name);
        if path.exists() {
            pvm_test_support::on_big_stack(move || check(&path));
        }
    }
}
