//! Incremental reparsing gives exactly the full parse's tree: random edits
//! of real files, each reparsed both ways.

use pvm_syntax::{parse, reparse, TextRange, TextSize};

/// A small deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

const INSERTS: [&str; 16] = [
    "x",
    " ",
    "\n",
    "(",
    ")",
    "'",
    "\"\"\"",
    "#",
    ":",
    "1",
    "\\",
    "\t",
    "é",
    "    ",
    "\n    pass\n",
    "def g():\n",
];

/// Tries `edits` random edits of `text`; returns how many reparsed
/// incrementally (each checked against the full parse).
fn check(text: &str, edits: usize, rng: &mut Rng) -> usize {
    let old = parse(text);
    if !old.errors().is_empty() {
        return 0;
    }
    let mut hits = 0;
    for _ in 0..edits {
        let mut start = rng.below(text.len());
        while !text.is_char_boundary(start) {
            start -= 1;
        }
        let mut end = (start + rng.below(4)).min(text.len());
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        let insert = if rng.below(3) == 0 {
            ""
        } else {
            INSERTS[rng.below(INSERTS.len())]
        };
        let new_text = format!("{}{insert}{}", &text[..start], &text[end..]);
        let edit = TextRange::new(TextSize::from(start as u32), TextSize::from(end as u32));
        if let Some(incremental) = reparse(&old, text, edit, insert, &new_text) {
            let full = parse(&new_text);
            assert_eq!(
                incremental.green(),
                full.green(),
                "edit {start}..{end} -> {insert:?} of:\n{}",
                &text[start.saturating_sub(80)..(end + 80).min(text.len())]
            );
            assert_eq!(incremental.errors(), full.errors());
            hits += 1;
        }
    }
    hits
}

#[test]
fn reparsing_matches_a_full_parse_on_random_edits() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let mut files = pvm_test_support::py_files(&pvm_test_support::repo_path("tests/syntax/valid"));
    if let Some(dir) = pvm_test_support::stdlib_dir() {
        for name in [
            "argparse.py",
            "dataclasses.py",
            "functools.py",
            "textwrap.py",
            "enum.py",
        ] {
            files.push(dir.join(name));
        }
    }
    let (mut tried, mut hits) = (0, 0);
    for path in files {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        tried += 300;
        hits += check(&text, 300, &mut rng);
    }
    eprintln!("{hits} of {tried} edits reparsed incrementally");
    // Most edits fall inside a statement and reparse incrementally.
    assert!(
        hits * 3 > tried,
        "{hits} of {tried} edits reparsed incrementally"
    );
}

#[test]
fn edits_that_reach_other_statements_are_refused() {
    let text = "x = 1\ny = (2,\n     3)\nz = 4\n";
    let old = parse(text);
    let at =
        |s: usize, e: usize| TextRange::new(TextSize::from(s as u32), TextSize::from(e as u32));
    // Opening a bracket that the next statement would close.
    let edited = text.replacen("x = 1", "x = (1", 1);
    assert!(reparse(&old, text, at(4, 4), "(", &edited).is_none());
    // Inside `y`: fine.
    let edited = text.replacen("(2,", "(7,", 1);
    let new = reparse(&old, text, at(11, 12), "7", &edited).expect("incremental");
    assert_eq!(new.green(), parse(&edited).green());
}
