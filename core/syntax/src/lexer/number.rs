//! Numeric literals with CPython's tokenizer errors.

use super::Lexer;
use crate::SyntaxKind::NUMBER;

/// Keywords CPython 3.11 still accepts right after a number (`1if x else y`).
const KEYWORDS_AFTER_NUMBER: [&str; 8] = ["and", "else", "for", "if", "in", "is", "not", "or"];

impl Lexer<'_> {
    /// Lexes a number starting at a digit or at `.` followed by a digit.
    pub(super) fn number(&mut self) {
        let start = self.pos;
        let b = self.bytes;
        let mut i = start;
        let radix = match (b[i], b.get(i + 1).map(|c| c.to_ascii_lowercase())) {
            (b'0', Some(b'x')) => Some((16, "hexadecimal")),
            (b'0', Some(b'o')) => Some((8, "octal")),
            (b'0', Some(b'b')) => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, name)) = radix {
            i += 2;
            let mut any = false;
            loop {
                if b.get(i) == Some(&b'_') {
                    i += 1;
                }
                match b.get(i) {
                    Some(&c) if (c as char).is_digit(radix) => {
                        any = true;
                        i += 1;
                    }
                    Some(&c) if radix < 10 && c.is_ascii_digit() => {
                        self.error_point(
                            format!("invalid digit '{}' in {name} literal", c as char),
                            i + 1,
                        );
                        return self.finish_number(start, i + 1);
                    }
                    _ => {
                        if !any || b[i - 1] == b'_' {
                            self.error_point(format!("invalid {name} literal"), i);
                            return self.finish_number(start, i);
                        }
                        break;
                    }
                }
            }
            return self.end_of_number(start, i, name);
        }
        // Decimal: integer part, fraction, exponent, imaginary suffix.
        let mut is_float = false;
        if b[i] != b'.' {
            match self.digits(i) {
                Ok(end) => i = end,
                Err(at) => {
                    self.error_point("invalid decimal literal", at);
                    return self.finish_number(start, at);
                }
            }
        }
        let int_end = i;
        if b.get(i) == Some(&b'.') {
            is_float = true;
            i += 1;
            if b.get(i).is_some_and(|c| c.is_ascii_digit()) {
                match self.digits(i) {
                    Ok(end) => i = end,
                    Err(at) => {
                        self.error_point("invalid decimal literal", at);
                        return self.finish_number(start, at);
                    }
                }
            }
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            let mut j = i + 1;
            if matches!(b.get(j), Some(b'+' | b'-')) {
                j += 1;
                if !b.get(j).is_some_and(|c| c.is_ascii_digit()) {
                    self.error_point("invalid decimal literal", j);
                    return self.finish_number(start, j);
                }
            }
            if b.get(j).is_some_and(|c| c.is_ascii_digit()) {
                is_float = true;
                match self.digits(j) {
                    Ok(end) => i = end,
                    Err(at) => {
                        self.error_point("invalid decimal literal", at);
                        return self.finish_number(start, at);
                    }
                }
            } else {
                // `1e` / `1else`: a keyword may follow a number.
                return self.end_of_number(start, i, "decimal");
            }
        }
        let imaginary = matches!(b.get(i), Some(b'j' | b'J'));
        if imaginary {
            i += 1;
            return self.end_of_number(start, i, "imaginary");
        }
        if !is_float
            && !imaginary
            && b[start] == b'0'
            && b[start..int_end].iter().any(|&c| c != b'0' && c != b'_')
        {
            // CPython marks the zeros: up to the first nonzero digit.
            let first_nonzero = start
                + b[start..int_end]
                    .iter()
                    .position(|&c| c != b'0' && c != b'_')
                    .unwrap_or(0);
            self.out.errors.push(crate::SyntaxError::new(
                "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                rowan::TextRange::new((start as u32).into(), (first_nonzero as u32).into()),
            ));
            return self.finish_number(start, i);
        }
        self.end_of_number(start, i, "decimal")
    }

    /// Consumes digits with single underscores between them; `Err` holds the
    /// offset of a misplaced underscore.
    fn digits(&self, mut i: usize) -> Result<usize, usize> {
        let b = self.bytes;
        loop {
            while b.get(i).is_some_and(|c| c.is_ascii_digit()) {
                i += 1;
            }
            if b.get(i) != Some(&b'_') {
                return Ok(i);
            }
            if !b.get(i + 1).is_some_and(|c| c.is_ascii_digit()) {
                return Err(i + 1);
            }
            i += 1;
        }
    }

    /// A number must not run straight into a name (except a few keywords).
    fn end_of_number(&mut self, start: usize, end: usize, name: &str) {
        let next = self.bytes.get(end).copied();
        let runs_into_name =
            next.is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80);
        if runs_into_name {
            let rest = &self.src[end..];
            let allowed = KEYWORDS_AFTER_NUMBER.iter().any(|kw| {
                rest.starts_with(kw)
                    && !rest[kw.len()..]
                        .bytes()
                        .next()
                        .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
            });
            if !allowed {
                let at = if matches!(name, "decimal" | "imaginary") {
                    start
                } else {
                    end
                };
                self.error_point(format!("invalid {name} literal"), at);
                let tail = self.count_while(end, |c| c.is_ascii_alphanumeric() || c == b'_');
                return self.finish_number(start, self.pos + tail.max(end - self.pos));
            }
        }
        self.finish_number(start, end);
    }

    fn finish_number(&mut self, start: usize, end: usize) {
        debug_assert_eq!(start, self.pos);
        self.push(NUMBER, end.max(start + 1).min(self.bytes.len()) - start);
    }
}
