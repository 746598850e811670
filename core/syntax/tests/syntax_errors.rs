//! Syntax-error parity with CPython 3.11 over tests/syntax/errors/.
//!
//! Each snippet's first error (type, message, line) is compared with what
//! CPython reported (recorded by scripts/record_expectations.py). Snippets
//! CPython accepts must produce no error. Compile-stage snippets belong to
//! the compiler and are skipped here. `PVM_SYNTAX_REPORT=FILE` writes every
//! mismatch to FILE.

use pvm_syntax::LineIndex;
use pvm_test_support::{error_corpus, on_big_stack};

/// PVM's first error for a snippet: (type, message, line), or None.
fn first_error(bytes: &[u8]) -> Option<(String, String, u32)> {
    if bytes.contains(&0) {
        return Some((
            "SyntaxError".into(),
            "source code string cannot contain null bytes".into(),
            0,
        ));
    }
    let text = match pvm_syntax::source::decode(bytes) {
        Ok(t) => t,
        Err(e) => return Some(("SyntaxError".into(), e.message, e.line)),
    };
    let (_, errors) = pvm_syntax::parse_module(&text);
    let e = errors.first()?;
    let index = LineIndex::new(&text);
    Some((
        e.kind.name().into(),
        e.message.clone(),
        index.line(e.range.start()),
    ))
}

#[test]
fn syntax_error_parity() {
    // Deeply nested snippets need more stack than a test thread has.
    on_big_stack(run_parity);
}

fn run_parity() {
    let (mut total, mut matched) = (0, 0);
    let mut valid_failures = Vec::new();
    let mut report = String::new();
    for case in error_corpus() {
        let (snippet, exp, where_) = (&case.snippet, &case.expected, &case.location);
        let got = first_error(snippet);
        match exp["stage"].as_str().unwrap() {
            "valid" => {
                if let Some(got) = got {
                    valid_failures.push(format!("{where_}: CPython accepts it, PVM says {got:?}"));
                }
            }
            "parse" => {
                total += 1;
                let want = (
                    exp["type"].as_str().unwrap().to_string(),
                    exp["message"].as_str().unwrap().to_string(),
                    exp["line"].as_u64().unwrap_or(0) as u32,
                );
                if got.as_ref() == Some(&want) {
                    matched += 1;
                } else {
                    report.push_str(&format!("{where_}\n  want {want:?}\n  got  {got:?}\n"));
                }
            }
            _ => {}
        }
    }
    if let Ok(path) = std::env::var("PVM_SYNTAX_REPORT") {
        std::fs::write(path, &report).unwrap();
    }
    let pct = 100.0 * matched as f64 / total as f64;
    println!(
        "syntax-error parity: {matched}/{total} = {pct:.1}% (first error's type, message and line)"
    );
    assert!(
        valid_failures.is_empty(),
        "false errors on valid snippets:\n{}",
        valid_failures.join("\n")
    );
    assert!(pct >= 90.0, "syntax-error parity {pct:.1}% is below 90%");
}
