//! Unit tests of the engine without a VM: parsing errors, matching order
//! and group bookkeeping on small patterns (the differential programs in
//! tests/programs/stdlib_re cover the Python API against CPython).

use super::compiler::compile;
use super::matcher::Matcher;
use super::parser::parse;
use super::source::Error;

fn chars(s: &str) -> Vec<u32> {
    s.chars().map(|c| c as u32).collect()
}

/// A span, or None for a group that did not take part.
type Span = Option<(usize, usize)>;

/// The span and group spans of `re.search(pattern, text)`.
fn search(pattern: &str, text: &str) -> Option<((usize, usize), Vec<Span>)> {
    let parsed = parse(&chars(pattern), true, 0).ok()?;
    let groups = parsed.widths.len() - 1;
    let prog = compile(&parsed).ok()?;
    let text = chars(text);
    let mut m = Matcher::new(&prog, &text, text.len(), groups);
    m.search(0).map(|f| (f.span, f.groups))
}

fn error(pattern: &str) -> Error {
    match parse(&chars(pattern), true, 0) {
        Ok(p) => compile(&p)
            .err()
            .unwrap_or(Error::Re("no error".into(), None)),
        Err(e) => e,
    }
}

#[test]
fn parse_errors_carry_cpython_messages_and_positions() {
    let re = |m: &str, p: usize| Error::Re(m.to_string(), Some(p));
    assert_eq!(error("(a"), re("missing ), unterminated subpattern", 0));
    assert_eq!(error("*"), re("nothing to repeat", 0));
    assert_eq!(error("(?<x)"), re("unknown extension ?<x", 1));
    assert_eq!(error(r"\q"), re(r"bad escape \q", 0));
    assert_eq!(error("a{2,1}"), re("min repeat greater than max repeat", 2));
    assert_eq!(
        error("(?<=a*)"),
        Error::Re("look-behind requires fixed-width pattern".into(), None)
    );
    // Deep nesting recurses in the parser: give it the stack the VM's own
    // thread has, not a test thread's 2 MB (too little in debug builds).
    let deep = std::thread::Builder::new()
        .stack_size(64 << 20)
        .spawn(|| error(&"(".repeat(1000)))
        .map(|t| t.join());
    assert!(matches!(deep, Ok(Ok(Error::Recursion))));
}

#[test]
fn leftmost_first_alternative_wins() {
    assert_eq!(search("a|ab", "ab").map(|m| m.0), Some((0, 1)));
    assert_eq!(search("(a|ab)(c|bcd)", "abcd").map(|m| m.0), Some((0, 4)));
    assert_eq!(search("b+", "aabbb").map(|m| m.0), Some((2, 5)));
}

#[test]
fn groups_keep_their_last_iteration() {
    let (span, groups) = search("(?:(a)|b)*", "ab").unwrap_or(((9, 9), vec![]));
    assert_eq!(span, (0, 2));
    assert_eq!(groups, vec![Some((0, 1))]);
    let (_, groups) = search("(a)|b", "b").unwrap_or(((9, 9), vec![]));
    assert_eq!(groups, vec![None]);
}

#[test]
fn long_subjects_do_not_recurse() {
    let text = "ab".repeat(100_000);
    assert_eq!(search("(?:a|b)*c?", &text).map(|m| m.0), Some((0, 200_000)));
    assert_eq!(
        search("(a|b)*$", &text).map(|m| m.1),
        Some(vec![Some((199_999, 200_000))])
    );
}
