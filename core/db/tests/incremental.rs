//! What an edit re-runs: salsa's executions are recorded and checked, so an
//! edit inside one function is seen to recompile that function alone.

use pvm_db::{placed_code, unit_code, Database, SourceFile, Unit, MODULE_KEY};
use salsa::plumbing::AsId;
use salsa::Setter as _;

const SOURCE: &str = "\
import math

def first(x):
    return x + 1

class Shape:
    def area(self):
        return 0

    def name(self):
        return 'shape'

def last(y):
    return y * 2

print(first(1), last(2))
";

/// Every unit's placed code, computed (so each unit query has run).
fn compile_all(db: &Database, file: SourceFile) {
    for key in [
        MODULE_KEY,
        "first",
        "Shape",
        "Shape.area",
        "Shape.name",
        "last",
    ] {
        let code = placed_code(db, Unit::new(db, file, key.to_string()));
        assert!(code.is_some(), "{key} compiles");
    }
}

/// The keys of the units whose `unit_code` ran since the last call.
fn recompiled(db: &Database, file: SourceFile) -> Vec<String> {
    let executed = db.take_executed();
    let mut keys: Vec<String> = ["first", "Shape", "Shape.area", "Shape.name", "last"]
        .into_iter()
        .filter(|key| {
            let id = Unit::new(db, file, key.to_string()).as_id();
            executed
                .iter()
                .any(|(name, at)| name.contains("unit_code") && *at == id)
        })
        .map(str::to_string)
        .collect();
    keys.sort();
    keys
}

fn ran(db: &Database, query: &str) -> bool {
    db.take_executed().iter().any(|(name, _)| name == query)
}

#[test]
fn an_edit_inside_a_function_recompiles_that_function_only() {
    let mut db = Database::with_execution_log();
    let file = SourceFile::new(&db, "shapes.py".into(), SOURCE.into());
    compile_all(&db, file);
    assert_eq!(
        recompiled(&db, file),
        ["Shape", "Shape.area", "Shape.name", "first", "last"]
    );

    // Same number of lines: only `first` changes.
    let edited = SOURCE.replace("x + 1", "x + 100");
    file.set_text(&mut db).to(edited);
    compile_all(&db, file);
    assert_eq!(recompiled(&db, file), ["first"]);
}

#[test]
fn an_edit_inside_a_method_recompiles_the_method_and_its_class_body() {
    let mut db = Database::with_execution_log();
    let file = SourceFile::new(&db, "shapes.py".into(), SOURCE.into());
    compile_all(&db, file);
    db.take_executed();
    file.set_text(&mut db)
        .to(SOURCE.replace("return 0", "return 1"));
    compile_all(&db, file);
    // The class body's own code reuses `name`; `first` and `last` are untouched.
    assert_eq!(recompiled(&db, file), ["Shape", "Shape.area"]);
}

#[test]
fn a_new_line_moves_the_functions_below_without_recompiling_them() {
    let mut db = Database::with_execution_log();
    let file = SourceFile::new(&db, "shapes.py".into(), SOURCE.into());
    compile_all(&db, file);
    let before = placed_code(&db, Unit::new(&db, file, "last".to_string()))
        .clone()
        .unwrap();
    db.take_executed();
    let edited = SOURCE.replace("    return x + 1\n", "    y = x + 1\n    return y\n");
    file.set_text(&mut db).to(edited.clone());
    compile_all(&db, file);
    assert_eq!(recompiled(&db, file), ["first"]);
    let after = placed_code(&db, Unit::new(&db, file, "last".to_string()))
        .clone()
        .unwrap();
    assert_eq!(after.firstlineno, before.firstlineno + 1);
    // The placed code is what compiling the whole file gives.
    let (module, errors) = pvm_syntax::parse_module(&edited);
    assert!(errors.is_empty());
    let whole = pvm_compiler::compile(&module, "shapes.py").unwrap();
    let module_code = placed_code(&db, Unit::new(&db, file, MODULE_KEY.to_string()))
        .clone()
        .unwrap();
    assert_eq!(
        pvm_compiler::dis::dis(&module_code),
        pvm_compiler::dis::dis(&whole)
    );
}

#[test]
fn editing_a_comment_stops_at_the_ast() {
    let mut db = Database::with_execution_log();
    let source = format!("{SOURCE}# a comment\n");
    let file = SourceFile::new(&db, "shapes.py".into(), source.clone());
    assert!(pvm_db::diagnostics(&db, file).is_empty());
    compile_all(&db, file);
    db.take_executed();
    file.set_text(&mut db)
        .to(source.replace("a comment", "another comment"));
    assert!(pvm_db::diagnostics(&db, file).is_empty());
    assert!(ran(&db, "ast"));
    compile_all(&db, file);
    let executed = db.take_executed();
    assert!(
        !executed.iter().any(|(name, _)| name == "analysis"
            || name.contains("unit_code")
            || name == "module_code"),
        "{executed:?}"
    );
}

#[test]
fn a_unit_with_an_error_leaves_the_others_compiled() {
    let db = Database::new();
    let source = SOURCE.replace("return x + 1", "return x +");
    let file = SourceFile::new(&db, "shapes.py".into(), source);
    assert_eq!(pvm_db::diagnostics(&db, file).len(), 1);
    assert!(unit_code(&db, Unit::new(&db, file, "first".to_string())).is_none());
    assert!(placed_code(&db, Unit::new(&db, file, MODULE_KEY.to_string())).is_none());
    assert!(placed_code(&db, Unit::new(&db, file, "last".to_string())).is_some());
}

#[test]
fn edits_reparse_and_relower_only_the_edited_statement() {
    let mut db = Database::with_execution_log();
    let file = SourceFile::new(&db, "shapes.py".into(), SOURCE.into());
    assert!(pvm_db::diagnostics(&db, file).is_empty());
    db.take_executed();
    let at = SOURCE.find("x + 1").unwrap() + 4;
    db.edit(file, at..at + 1, "100");
    assert!(pvm_db::diagnostics(&db, file).is_empty());
    let lowered = db
        .take_executed()
        .iter()
        .filter(|(name, _)| name.contains("lowered_statement"))
        .count();
    assert_eq!(lowered, 1, "only `def first` is lowered again");
    let fresh = Database::new();
    let same = SourceFile::new(&fresh, "shapes.py".into(), file.text(&db).clone());
    assert!(pvm_db::ast(&db, file) == pvm_db::ast(&fresh, same));
}

#[test]
fn random_edits_give_what_a_fresh_database_gives() {
    let Some(dir) = pvm_test_support::stdlib_dir() else {
        return;
    };
    let Ok(original) = std::fs::read_to_string(dir.join("textwrap.py")) else {
        return;
    };
    let mut db = Database::new();
    let file = SourceFile::new(&db, "textwrap.py".into(), original);
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n.max(1) as u64) as usize
    };
    let inserts = ["x", "", "\n", "(", ")", "1", " ", "'", "    y = 2\n", "#"];
    for _ in 0..60 {
        let text = file.text(&db).clone();
        let start = next(text.len());
        let insert = inserts[next(inserts.len())];
        db.edit(file, start..start + next(3), insert);
        let fresh = Database::new();
        let same = SourceFile::new(&fresh, "textwrap.py".into(), file.text(&db).clone());
        assert_eq!(
            pvm_db::parse(&db, file).green(),
            pvm_db::parse(&fresh, same).green()
        );
        assert!(pvm_db::ast(&db, file) == pvm_db::ast(&fresh, same));
        assert_eq!(
            pvm_db::diagnostics(&db, file),
            pvm_db::diagnostics(&fresh, same)
        );
    }
}
