//! What hover shows: a line's instructions, or a whole code object on a
//! def/class/lambda header, from the database's per-unit code.

use pvm_db::{dis_at, Database, DisTarget, SourceFile};

const SOURCE: &str = "\
import functools

@functools.cache
def fib(n):
    def helper(k):
        return k - 1
    return n if n < 2 else fib(helper(n)) + fib(n - 2)

class Point:
    def __init__(self, x):
        self.x = x

double = lambda v: v * 2; halve = lambda v: v / 2
";

fn dis(target: DisTarget) -> String {
    let db = Database::new();
    let file = SourceFile::new(&db, "hover.py".into(), SOURCE.into());
    dis_at(&db, file, target).unwrap_or_default()
}

#[test]
fn a_body_line_shows_its_instructions_only() {
    let text = dis(DisTarget::Line(7));
    assert!(text.contains("COMPARE_OP               0 (<)"), "{text}");
    assert!(!text.contains("RESUME"), "{text}");
    assert!(!text.contains("Disassembly of"), "{text}");
    // Inside a nested function: under its header.
    let nested = dis(DisTarget::Line(6));
    assert!(
        nested.starts_with("Disassembly of <code object helper"),
        "{nested}"
    );
}

#[test]
fn a_def_header_shows_the_whole_function_and_what_it_contains() {
    let text = dis(DisTarget::Line(4));
    assert!(text.starts_with("  3           0 RESUME"), "{text}");
    assert!(
        text.contains("Disassembly of <code object helper"),
        "{text}"
    );
    // A nested def's header: that code object alone.
    let helper = dis(DisTarget::Line(5));
    assert!(
        helper.contains("BINARY_OP               10 (-)"),
        "{helper}"
    );
    assert!(!helper.contains("fib"), "{helper}");
}

#[test]
fn a_decorator_line_shows_the_enclosing_code() {
    let text = dis(DisTarget::Line(3));
    assert!(
        text.contains("LOAD_NAME                0 (functools)"),
        "{text}"
    );
    assert!(
        text.contains("LOAD_ATTR                1 (cache)"),
        "{text}"
    );
    assert!(!text.contains("RESUME"), "{text}");
}

#[test]
fn a_method_and_a_class_header() {
    let method = dis(DisTarget::Line(11));
    assert!(
        method.contains("STORE_ATTR               0 (x)"),
        "{method}"
    );
    let class = dis(DisTarget::Line(9));
    assert!(
        class.contains("STORE_NAME               2 (__qualname__)"),
        "{class}"
    );
    assert!(
        class.contains("Disassembly of <code object __init__"),
        "{class}"
    );
}

#[test]
fn lambdas_on_one_line_are_told_apart() {
    let first = dis(DisTarget::Lambda { line: 13, nth: 0 });
    let second = dis(DisTarget::Lambda { line: 13, nth: 1 });
    assert!(first.contains("BINARY_OP                5 (*)"), "{first}");
    assert!(
        second.contains("BINARY_OP               11 (/)"),
        "{second}"
    );
    assert!(dis(DisTarget::Lambda { line: 13, nth: 2 }).is_empty());
}

#[test]
fn a_blank_line_or_a_line_past_the_end_shows_nothing() {
    assert_eq!(dis(DisTarget::Line(8)), "");
    assert_eq!(dis(DisTarget::Line(999)), "");
}
