//! Replacement templates (`\1`, `\g<name>`, `\g<0>`, escapes) as
//! `re._parser.parse_template` reads them, and their expansion.

use super::ast::MAXGROUPS;
use super::source::{chr, text_of, Error, PResult, Source, Tok};
use pvm_syntax::pyrepr::repr_str;

/// A piece of a template.
#[derive(Clone, Debug, PartialEq)]
pub enum Chunk {
    /// Literal characters (bytes for a bytes template).
    Lit(Vec<u32>),
    /// The text of a group.
    Group(usize),
}

/// A parsed template.
#[derive(Clone, Debug)]
pub struct Template {
    /// Literal runs and group references, in order.
    pub chunks: Vec<Chunk>,
    /// A str template (else bytes).
    pub istext: bool,
}

impl Template {
    /// The whole text when the template refers to no group.
    pub fn literal(&self) -> Option<Vec<u32>> {
        let mut out = Vec::new();
        for c in &self.chunks {
            match c {
                Chunk::Lit(l) => out.extend_from_slice(l),
                Chunk::Group(_) => return None,
            }
        }
        Some(out)
    }
}

fn is_digit(c: u32) -> bool {
    ('0' as u32..='9' as u32).contains(&c)
}

fn is_oct(c: u32) -> bool {
    ('0' as u32..='7' as u32).contains(&c)
}

/// Parses `source` for a pattern with `groups` groups and named groups
/// `names`.
pub fn parse(
    source: &[u32],
    istext: bool,
    groups: usize,
    names: &[(String, usize)],
) -> PResult<Template> {
    let mut s = Source::new(source, istext)?;
    let mut chunks: Vec<Chunk> = Vec::new();
    let mut lit: Vec<u32> = Vec::new();
    let add_group =
        |s: &Source, chunks: &mut Vec<Chunk>, lit: &mut Vec<u32>, index: u64, offset: usize| {
            if index > groups as u64 {
                return Err(s.error(format!("invalid group reference {index}"), offset));
            }
            if !lit.is_empty() {
                chunks.push(Chunk::Lit(std::mem::take(lit)));
            }
            chunks.push(Chunk::Group(index as usize));
            Ok(())
        };
    while let Some(this) = s.get()? {
        let c = match this {
            Tok::Char(c) => {
                lit.push(c);
                continue;
            }
            Tok::Esc(c) => c,
        };
        match chr(c) {
            'g' => {
                if !s.eat('<')? {
                    return Err(s.error("missing <", 0));
                }
                let name = text_of(&s.get_until('>', "group name")?);
                let offset = name.chars().count() + 1;
                let index = if pvm_vm::builtins::str_methods::is_identifier(&name) {
                    match names.iter().find(|(n, _)| *n == name) {
                        Some((_, g)) => *g as u64,
                        None => {
                            return Err(Error::Index(format!(
                                "unknown group name {}",
                                repr_str(&name)
                            )))
                        }
                    }
                } else {
                    let n = pvm_vm::builtins::numbers::parse_int(&name, 10);
                    let n = match n {
                        Some(n) if n >= 0.into() => {
                            num_traits::ToPrimitive::to_u64(&n).unwrap_or(u64::MAX)
                        }
                        _ => {
                            let msg = format!("bad character in group name {}", repr_str(&name));
                            return Err(s.error(msg, offset));
                        }
                    };
                    if n >= MAXGROUPS {
                        return Err(s.error(format!("invalid group reference {n}"), offset));
                    }
                    n
                };
                add_group(&s, &mut chunks, &mut lit, index, offset)?;
            }
            '0' => {
                let mut digits = vec![c];
                if s.next_is(is_oct) {
                    digits.extend(s.get_while(1, is_oct)?);
                    if s.next_is(is_oct) {
                        digits.extend(s.get_while(1, is_oct)?);
                    }
                }
                lit.push(octal(&digits) & 0xff);
            }
            _ if is_digit(c) => {
                let mut digits = vec![c];
                if s.next_is(is_digit) {
                    digits.extend(s.get_while(1, is_digit)?);
                    if is_oct(c) && is_oct(digits[1]) && s.next_is(is_oct) {
                        digits.extend(s.get_while(1, is_oct)?);
                        let value = octal(&digits);
                        if value > 0o377 {
                            let text = format!("\\{}", text_of(&digits));
                            let msg = format!("octal escape value {text} outside of range 0-0o377");
                            return Err(s.error(msg, text.len()));
                        }
                        lit.push(value);
                        continue;
                    }
                }
                let index = text_of(&digits).parse::<u64>().unwrap_or(u64::MAX);
                add_group(&s, &mut chunks, &mut lit, index, digits.len())?;
            }
            ch => {
                let value = match ch {
                    'a' => Some(7),
                    'b' => Some(8),
                    'f' => Some(12),
                    'n' => Some(10),
                    'r' => Some(13),
                    't' => Some(9),
                    'v' => Some(11),
                    '\\' => Some(92),
                    _ => None,
                };
                match value {
                    Some(v) => lit.push(v),
                    None if ch.is_ascii_alphabetic() => {
                        let msg = format!("bad escape \\{ch}");
                        return Err(s.error(msg, 2));
                    }
                    None => lit.extend(['\\' as u32, c]),
                }
            }
        }
    }
    if !lit.is_empty() {
        chunks.push(Chunk::Lit(lit));
    }
    Ok(Template { chunks, istext })
}

fn octal(digits: &[u32]) -> u32 {
    digits.iter().fold(0, |v, &d| v * 8 + (d - '0' as u32))
}
