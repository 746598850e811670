//! `pvm tokens` parity with `python3 -m tokenize` over tests/syntax/valid/.
//!
//! Each `NAME.py` has its listing recorded in `NAME.tokens` by
//! scripts/record_expectations.py; the listing built by
//! `pvm_syntax::tokenize` must be identical.

use std::path::PathBuf;

/// Files whose listing cannot be matched, with the reason. Empty: all match.
const SKIP: &[&str] = &[];

fn corpus_dir() -> PathBuf {
    pvm_test_support::repo_path("tests/syntax/valid")
}

/// The listing for one source file, or a description of why there is none.
fn listing(bytes: &[u8], name: &str) -> String {
    let encoding = match pvm_syntax::source::tokenize_encoding(bytes, name) {
        Ok(encoding) => encoding,
        Err(message) => return format!("encoding error: {message}\n"),
    };
    let text = match pvm_syntax::source::decode(bytes) {
        Ok(text) => text,
        Err(e) => return format!("decode error: {}\n", e.message),
    };
    match pvm_syntax::tokenize::tokenize_listing(&text, &encoding) {
        Ok(listing) => listing,
        Err(e) => format!("error at {}:{}: {}\n", e.line, e.col, e.message),
    }
}

/// A readable account of the first line where `got` and `want` differ.
fn first_difference(got: &str, want: &str) -> Option<String> {
    let (got_lines, want_lines): (Vec<_>, Vec<_>) = (got.lines().collect(), want.lines().collect());
    let n = got_lines.len().max(want_lines.len());
    (0..n).find_map(|i| {
        let (g, w) = (got_lines.get(i), want_lines.get(i));
        (g != w).then(|| {
            format!(
                "  line {}:\n    want: {}\n    got:  {}",
                i + 1,
                w.map_or("<end of listing>", |s| s),
                g.map_or("<end of listing>", |s| s)
            )
        })
    })
}

#[test]
fn tokens_match_python_tokenize() {
    let paths = pvm_test_support::py_files(&corpus_dir());
    assert!(!paths.is_empty(), "no test files found");
    let (mut checked, mut failures) = (0, Vec::new());
    for path in &paths {
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if SKIP.contains(&name.as_str()) {
            continue;
        }
        let expected_path = path.with_extension("tokens");
        let Ok(want) = std::fs::read_to_string(&expected_path) else {
            failures.push(format!("{name}: no recorded {}", expected_path.display()));
            continue;
        };
        checked += 1;
        let got = listing(&std::fs::read(path).unwrap(), &name);
        if let Some(diff) = first_difference(&got, &want) {
            failures.push(format!("{name}:\n{diff}"));
        } else if got != want {
            failures.push(format!("{name}: listings differ in line endings only"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {checked} files differ from python3 -m tokenize:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
