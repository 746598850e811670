//! The symbol table against CPython's `symtable` module and code objects,
//! on the snippets of tests/data/symtable_cases.py and on every file of
//! tests/syntax/valid/ (expectations recorded by scripts/record_symtable.py).
//!
//! For each scope: type, name, line, nesting, parameters, and every
//! symbol's DEF_* flags and scope, children in order. For each code object
//! whose qualname is unique: `co_flags` (the bits the symbol table
//! decides), `co_cellvars` and `co_freevars`. For each snippet: the first
//! compile error (message and exact position) or none.

use pvm_compiler::{Analysis, Scope, ScopeKind, SymbolTable};
use pvm_test_support::split_snippets;
use serde_json::Value;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The `co_flags` bits derived from the symbol table.
const CODE_FLAG_MASK: u64 = 0x1 | 0x2 | 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200;

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data")
}

/// Parses and analyses; None when PVM finds a syntax error.
fn analyze(bytes: &[u8]) -> Option<Analysis> {
    let text = pvm_syntax::source::decode(bytes).ok()?;
    let (module, errors) = pvm_syntax::parse_module(&text);
    errors.is_empty().then(|| pvm_compiler::analyze(&module))
}

fn type_name(scope: &Scope) -> &'static str {
    match scope.kind {
        ScopeKind::Module => "module",
        ScopeKind::Class => "class",
        _ => "function",
    }
}

/// Compares one scope (recursively) with CPython's table; mismatches go to `out`.
fn compare_scope(
    table: &SymbolTable,
    scope: &Scope,
    want: &Value,
    path: &str,
    out: &mut Vec<String>,
) {
    let here = format!("{path}/{}", scope.name);
    let mut check = |what: &str, got: Value, want: &Value| {
        if &got != want {
            out.push(format!("{here}: {what}: want {want}, got {got}"));
        }
    };
    check("type", type_name(scope).into(), &want["type"]);
    check("name", scope.name.clone().into(), &want["name"]);
    check("lineno", scope.pos.lineno.into(), &want["lineno"]);
    check("nested", scope.nested.into(), &want["nested"]);
    check("varnames", scope.varnames.clone().into(), &want["varnames"]);
    let mut symbols: Vec<Value> = scope
        .symbols()
        .iter()
        .map(|s| serde_json::json!([&*s.name, s.flags.bits(), s.scope.number()]))
        .collect();
    symbols.sort_by_key(|v| v[0].as_str().unwrap().to_string());
    check("symbols", Value::Array(symbols), &want["symbols"]);
    let want_children = want["children"].as_array().unwrap();
    if want_children.len() != scope.children.len() {
        out.push(format!(
            "{here}: {} children, want {}",
            scope.children.len(),
            want_children.len()
        ));
        return;
    }
    for (&child, want_child) in scope.children.iter().zip(want_children) {
        compare_scope(table, table.scope(child), want_child, &here, out);
    }
}

/// Compares the code-object facts of every uniquely named code object.
fn compare_code(table: &SymbolTable, want: &[Value], out: &mut Vec<String>) {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for c in want {
        *counts.entry(c["qualname"].as_str().unwrap()).or_default() += 1;
    }
    for c in want {
        let qualname = c["qualname"].as_str().unwrap();
        if counts[qualname] != 1 {
            continue;
        }
        let ours: Vec<&Scope> = table
            .scopes()
            .map(|(_, s)| s)
            .filter(|s| s.qualname == qualname && s.kind != ScopeKind::Annotation)
            .collect();
        let [scope] = ours[..] else {
            out.push(format!(
                "{qualname}: {} scopes with this qualname",
                ours.len()
            ));
            continue;
        };
        let flags = c["flags"].as_u64().unwrap() & CODE_FLAG_MASK;
        if u64::from(scope.code_flags()) != flags {
            out.push(format!(
                "{qualname}: co_flags {:#x}, want {flags:#x}",
                scope.code_flags()
            ));
        }
        let cells: Value = scope.cellvars().into();
        if cells != c["cellvars"] {
            out.push(format!(
                "{qualname}: co_cellvars {cells}, want {}",
                c["cellvars"]
            ));
        }
        let frees: Value = scope.freevars().into();
        if frees != c["freevars"] {
            out.push(format!(
                "{qualname}: co_freevars {frees}, want {}",
                c["freevars"]
            ));
        }
    }
}

/// Compares an analysis with one recorded entry.
fn compare(analysis: &Analysis, want: &Value, out: &mut Vec<String>) {
    if want["symtable"].is_object() {
        let table = &analysis.symtable;
        compare_scope(table, table.module(), &want["symtable"], "", out);
    }
    if let Some(code) = want["code"].as_array() {
        compare_code(&analysis.symtable, code, out);
    }
    let first = analysis.errors.first();
    match want.get("stage").and_then(Value::as_str) {
        Some("valid") | None => {
            if let Some(e) = first {
                out.push(format!("CPython accepts it, PVM says {e:?}"));
            }
        }
        Some("compile") => {
            let e = &want["error"];
            let got = first.map(|e| {
                let p = e.pos;
                let end_col = e.has_end.then_some(p.end_col_offset + 1);
                serde_json::json!([
                    e.kind.name(),
                    e.message,
                    p.lineno,
                    p.col_offset + 1,
                    p.end_lineno,
                    end_col
                ])
            });
            let expected = serde_json::json!([
                e["type"],
                e["message"],
                e["line"],
                e["col"],
                e["end_line"],
                e["end_col"]
            ]);
            if got.as_ref() != Some(&expected) {
                out.push(format!("error: want {expected}, got {got:?}"));
            }
        }
        _ => {}
    }
}

#[test]
fn symtable_cases_match_cpython() {
    let data = std::fs::read(data_dir().join("symtable_cases.py")).unwrap();
    let expected: Vec<Value> = serde_json::from_str(
        &std::fs::read_to_string(data_dir().join("symtable_cases.json")).unwrap(),
    )
    .unwrap();
    let snippets = split_snippets(&data);
    assert_eq!(snippets.len(), expected.len(), "snippet count: re-record");
    let mut failures = Vec::new();
    for (snippet, want) in snippets.iter().zip(&expected) {
        let line = &want["first_line"];
        let Some(analysis) = analyze(snippet) else {
            if want["stage"] != "parse" {
                failures.push(format!("line {line}: PVM finds a syntax error"));
            }
            continue;
        };
        let mut out = Vec::new();
        compare(&analysis, want, &mut out);
        failures.extend(out.into_iter().map(|m| format!("line {line}: {m}")));
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn valid_files_match_cpython() {
    std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(run_valid_files)
        .unwrap()
        .join()
        .unwrap();
}

fn run_valid_files() {
    let expected: serde_json::Map<String, Value> = serde_json::from_str(
        &std::fs::read_to_string(data_dir().join("valid_symtables.json")).unwrap(),
    )
    .unwrap();
    let valid = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/syntax/valid");
    let mut failures = Vec::new();
    for (name, want) in &expected {
        let bytes = std::fs::read(valid.join(name)).unwrap();
        let Some(analysis) = analyze(&bytes) else {
            failures.push(format!("{name}: PVM finds a syntax error"));
            continue;
        };
        let mut out = Vec::new();
        compare(&analysis, want, &mut out);
        failures.extend(out.into_iter().map(|m| format!("{name}: {m}")));
    }
    assert!(
        failures.is_empty(),
        "{} mismatches:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
