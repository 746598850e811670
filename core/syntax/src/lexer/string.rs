//! String literals: prefixes, quotes and the unterminated-string errors.
//! An f-string is one STRING token here, as in CPython 3.11's tokenizer;
//! its replacement fields are parsed when the AST is lowered.

use super::Lexer;
use crate::SyntaxKind::STRING;

/// True for the string prefixes Python 3.11 accepts, in any case.
pub(crate) fn is_valid_prefix(prefix: &str) -> bool {
    let mut lower = [0u8; 2];
    for (slot, b) in lower.iter_mut().zip(prefix.bytes()) {
        *slot = b.to_ascii_lowercase();
    }
    matches!(
        &lower[..prefix.len()],
        b"" | b"r" | b"u" | b"b" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
    )
}

impl Lexer<'_> {
    /// Lexes a string whose prefix is `prefix_len` bytes long.
    pub(super) fn string(&mut self, prefix_len: usize) {
        let start = self.pos;
        let quote_at = start + prefix_len;
        let quote = self.bytes[quote_at];
        let triple = self.bytes.get(quote_at + 1) == Some(&quote)
            && self.bytes.get(quote_at + 2) == Some(&quote);
        let mut i = quote_at + if triple { 3 } else { 1 };
        let start_line = self.line;
        let mut line = self.line;
        loop {
            let Some(&b) = self.bytes.get(i) else {
                // Unterminated up to EOF: CPython counts the last line that
                // has text, not the empty one after a final newline.
                if matches!(self.bytes.last(), Some(b'\n' | b'\r')) && line > start_line {
                    line -= 1;
                }
                let message = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                self.error_point(message, start);
                break;
            };
            match b {
                b'\\' => {
                    match self.bytes.get(i + 1) {
                        Some(b'\r') if self.bytes.get(i + 2) == Some(&b'\n') => {
                            i += 3;
                            line += 1;
                        }
                        Some(b'\n' | b'\r') => {
                            i += 2;
                            line += 1;
                        }
                        Some(_) => i += 2,
                        None => i += 1,
                    }
                    continue;
                }
                b'\n' | b'\r' => {
                    if !triple {
                        self.error_point(
                            format!("unterminated string literal (detected at line {line})"),
                            start,
                        );
                        break;
                    }
                    if b == b'\r' && self.bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line += 1;
                }
                _ if b == quote => {
                    if !triple {
                        i += 1;
                        break;
                    }
                    if self.bytes.get(i + 1) == Some(&quote)
                        && self.bytes.get(i + 2) == Some(&quote)
                    {
                        i += 3;
                        break;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let end = i.min(self.bytes.len());
        self.push(STRING, end - start);
        self.line = line;
    }
}
