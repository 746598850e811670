//! Compile-error parity with CPython 3.11 over tests/syntax/errors/.
//!
//! Every snippet CPython rejects at the compile stage (it parses, but
//! `compile()` raises) must parse here without error, and the compiler's
//! first error must carry CPython's message on CPython's line. Snippets
//! CPython accepts, and every file of tests/syntax/valid/, must produce no
//! compile error. `PVM_COMPILE_REPORT=FILE` writes every mismatch to FILE.

use pvm_test_support::{error_corpus, on_big_stack, py_files, repo_path};

/// What PVM says about a snippet.
#[derive(Debug)]
enum Outcome {
    /// The source does not decode or parse: a syntax error, not ours.
    SyntaxError(#[allow(dead_code)] String),
    /// Parsed; the compile errors (first = CPython's).
    Compiled(Vec<(String, u32)>, Option<Span>),
}

/// CPython's (line, col, end_line, end_col) of a compile error: 1-based
/// UTF-8 byte columns, no end column for future-statement errors.
type Span = (u32, u32, Option<u32>, Option<u32>);

fn compile(bytes: &[u8]) -> Outcome {
    if bytes.contains(&0) {
        return Outcome::SyntaxError("null bytes".into());
    }
    let text = match pvm_syntax::source::decode(bytes) {
        Ok(t) => t,
        Err(e) => return Outcome::SyntaxError(e.message),
    };
    let (module, errors) = pvm_syntax::parse_module(&text);
    if let Some(e) = errors.first() {
        return Outcome::SyntaxError(e.message.clone());
    }
    let errors = pvm_compiler::check(&module);
    let span = errors.first().map(|e| {
        let p = e.pos;
        let end_col = e.has_end.then_some(p.end_col_offset + 1);
        (p.lineno, p.col_offset + 1, Some(p.end_lineno), end_col)
    });
    Outcome::Compiled(
        errors
            .iter()
            .map(|e| (e.message.clone(), e.line()))
            .collect(),
        span,
    )
}

#[test]
fn compile_error_parity() {
    on_big_stack(run_parity);
}

fn run_parity() {
    let (mut total, mut matched, mut spans) = (0, 0, 0);
    let mut false_errors = Vec::new();
    let mut report = String::new();
    for case in error_corpus() {
        let (snippet, exp, where_) = (&case.snippet, &case.expected, &case.location);
        match exp["stage"].as_str().unwrap() {
            "valid" => {
                if let Outcome::Compiled(errors, _) = compile(snippet) {
                    if let Some(e) = errors.first() {
                        false_errors.push(format!("{where_}: CPython accepts it, PVM says {e:?}"));
                    }
                }
            }
            "compile" => {
                total += 1;
                let want = (
                    exp["message"].as_str().unwrap().to_string(),
                    exp["line"].as_u64().unwrap_or(0) as u32,
                );
                let got = compile(snippet);
                match &got {
                    Outcome::Compiled(errors, span) if errors.first() == Some(&want) => {
                        matched += 1;
                        let want_span = (
                            want.1,
                            exp["col"].as_u64().unwrap_or(0) as u32,
                            exp["end_line"].as_u64().map(|v| v as u32),
                            exp["end_col"].as_u64().map(|v| v as u32),
                        );
                        if *span == Some(want_span) {
                            spans += 1;
                        } else {
                            report.push_str(&format!(
                                "{where_}: position\n  want {want_span:?}\n  got  {span:?}\n"
                            ));
                        }
                    }
                    _ => report.push_str(&format!("{where_}\n  want {want:?}\n  got  {got:?}\n")),
                }
            }
            _ => {}
        }
    }
    if let Ok(path) = std::env::var("PVM_COMPILE_REPORT") {
        std::fs::write(path, &report).unwrap();
    }
    let pct = 100.0 * matched as f64 / total as f64;
    println!(
        "compile-error parity: {matched}/{total} = {pct:.1}% (first error's message and line)"
    );
    println!("  with CPython's exact columns and end position: {spans}/{total}");
    if !report.is_empty() {
        println!("{report}");
    }
    assert!(
        false_errors.is_empty(),
        "false compile errors on valid snippets:\n{}",
        false_errors.join("\n")
    );
    assert!(pct >= 85.0, "compile-error parity {pct:.1}% is below 85%");
    assert!(
        spans * 100 >= total * 95,
        "exact positions on only {spans}/{total} snippets"
    );
}

#[test]
fn valid_files_have_no_compile_errors() {
    on_big_stack(run_valid_files);
}

fn run_valid_files() {
    let mut failures = Vec::new();
    for file in py_files(&repo_path("tests/syntax/valid")) {
        match compile(&std::fs::read(&file).unwrap()) {
            Outcome::Compiled(errors, _) if errors.is_empty() => {}
            other => failures.push(format!("{}: {other:?}", file.display())),
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
