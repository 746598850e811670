//! Robustness: random bytes and random token-level mutations of real files
//! must never panic the lexer, parser or lowering, and the CST must always
//! reproduce its input exactly. Deterministic (fixed seeds), bounded.

use pvm_syntax::SyntaxKind;
use pvm_test_support::{on_big_stack, py_files, repo_path};

/// A small xorshift generator: deterministic and dependency-free.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn check(text: &str) {
    let parse = pvm_syntax::parse(text);
    assert_eq!(
        parse.syntax().text().to_string(),
        text,
        "CST must be lossless"
    );
    let _ = pvm_syntax::parse_module(text);
}

#[test]
fn random_bytes_never_panic() {
    on_big_stack(|| {
        let mut rng = Rng(0x9e3779b97f4a7c15);
        let alphabet: Vec<char> =
            "()[]{}:;,.=+-*/%@<>!~^&|'\"\\#\n\r\t fxbrq01_9eEjJ\u{e9}\u{20ac}\u{feff}"
                .chars()
                .collect();
        for _ in 0..20_000 {
            let len = rng.below(60);
            let text: String = (0..len)
                .map(|_| alphabet[rng.below(alphabet.len())])
                .collect();
            check(&text);
            // Arbitrary bytes, decoded as the CLI would (errors are fine).
            let bytes: Vec<u8> = (0..len).map(|_| rng.next() as u8).collect();
            if let Ok(text) = pvm_syntax::source::decode(&bytes) {
                check(&text);
            }
        }
    });
}

#[test]
fn token_mutations_never_panic() {
    on_big_stack(|| {
        let mut rng = Rng(0x2545f4914f6cdd1d);
        for file in py_files(&repo_path("tests/syntax/valid")) {
            let Ok(text) = pvm_syntax::source::decode(&std::fs::read(&file).unwrap()) else {
                continue;
            };
            let lexed = pvm_syntax::lexer::lex(&text);
            let tokens: Vec<&str> = (0..lexed.len()).map(|i| lexed.text(&text, i)).collect();
            for _ in 0..200 {
                let mut mutated: Vec<&str> = tokens.clone();
                for _ in 0..1 + rng.below(3) {
                    let i = rng.below(mutated.len());
                    match rng.below(3) {
                        0 => {
                            mutated.remove(i);
                        }
                        1 => {
                            let t = mutated[i];
                            mutated.insert(i, t);
                        }
                        _ => {
                            let j = rng.below(mutated.len());
                            mutated.swap(i, j);
                        }
                    }
                    if mutated.is_empty() {
                        break;
                    }
                }
                check(&mutated.concat());
            }
            assert_eq!(lexed.kind(lexed.len() - 1), SyntaxKind::EOF);
        }
    });
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    on_big_stack(|| {
        for open in ["(", "[", "{", "-", "not ", "lambda: ", "a if b else "] {
            check(&format!("x = {}1\n", open.repeat(5000)));
        }
        check("if x:\n");
        // Left-nested chains are as deep as bracket nesting.
        for joiner in ["+", " or ", " < ", "."] {
            check(&format!("x = {}\n", vec!["a"; 100_000].join(joiner)));
        }
        check(&format!("x = f{}\n", "()".repeat(100_000)));
        check(&format!("x = a{}\n", "[0]".repeat(100_000)));
        let mut nested = String::new();
        for depth in 0..150 {
            nested.push_str(&" ".repeat(depth));
            nested.push_str("if x:\n");
        }
        check(&nested);
    });
}
