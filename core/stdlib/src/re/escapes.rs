//! Backslash escapes, inside and outside character classes, with the
//! messages and positions of CPython's `_class_escape` and `_escape`.

use super::ast::{At, Cat, Node, SetItem};
use super::parser::State;
use super::source::{chr, text_of, Error, PResult, Source};

/// What an escape stands for.
pub enum Escaped {
    /// A character.
    Lit(u32),
    /// A category (`\d`...).
    Cat(Cat),
    /// A position test (`\A`, `\b`...); never inside a class.
    At(At),
    /// A backreference; never inside a class.
    GroupRef(usize),
}

impl Escaped {
    /// The node outside a class.
    pub fn node(self) -> Node {
        match self {
            Escaped::Lit(c) => Node::Lit(c),
            Escaped::Cat(c) => Node::In(vec![SetItem::Cat(c)]),
            Escaped::At(a) => Node::At(a),
            Escaped::GroupRef(g) => Node::GroupRef(g),
        }
    }
}

fn is_hex(c: u32) -> bool {
    chr(c).is_ascii_hexdigit()
}

fn is_oct(c: u32) -> bool {
    ('0' as u32..='7' as u32).contains(&c)
}

fn is_digit(c: u32) -> bool {
    ('0' as u32..='9' as u32).contains(&c)
}

/// The one-letter escapes of characters.
fn simple(c: char) -> Option<u32> {
    Some(match c {
        'a' => 7,
        'f' => 12,
        'n' => 10,
        'r' => 13,
        't' => 9,
        'v' => 11,
        '\\' => 92,
        _ => return None,
    })
}

fn category(c: char) -> Option<Cat> {
    Some(match c {
        'd' => Cat::Digit,
        'D' => Cat::NotDigit,
        's' => Cat::Space,
        'S' => Cat::NotSpace,
        'w' => Cat::Word,
        'W' => Cat::NotWord,
        _ => return None,
    })
}

fn bad_escape(source: &Source, escape: &str) -> Error {
    source.error(format!("bad escape {escape}"), escape.chars().count())
}

/// `\x`, `\u`, `\U` and `\N{...}`: Some when `c` is one of them.
fn code_escape(source: &mut Source, c: char, escape: &mut String) -> PResult<Option<u32>> {
    let digits = match c {
        'x' => 2,
        'u' if source.istext => 4,
        'U' if source.istext => 8,
        'N' if source.istext => return named(source).map(Some),
        _ => return Ok(None),
    };
    let got = source.get_while(digits, is_hex)?;
    escape.push_str(&text_of(&got));
    if got.len() != digits {
        let msg = format!("incomplete escape {escape}");
        return Err(source.error(msg, escape.chars().count()));
    }
    let value = got
        .iter()
        .fold(0u32, |v, &d| v * 16 + chr(d).to_digit(16).unwrap_or(0));
    if value > 0x10ffff {
        return Err(bad_escape(source, escape));
    }
    Ok(Some(value))
}

/// `\N{name}`: the character named.
fn named(source: &mut Source) -> PResult<u32> {
    if !source.eat('{')? {
        return Err(source.error("missing {", 0));
    }
    let name = text_of(&source.get_until('}', "character name")?);
    match unicode_names2::character(&name) {
        Some(c) => Ok(c as u32),
        None => {
            let msg = format!(
                "undefined character name {}",
                pvm_syntax::pyrepr::repr_str(&name)
            );
            Err(source.error(msg, name.chars().count() + 4))
        }
    }
}

/// An escape inside a character class (`_class_escape`); `c` follows
/// the backslash.
pub fn class_escape(source: &mut Source, c: u32) -> PResult<Escaped> {
    let ch = chr(c);
    if ch == 'b' {
        return Ok(Escaped::Lit(8));
    }
    if let Some(v) = simple(ch) {
        return Ok(Escaped::Lit(v));
    }
    if let Some(cat) = category(ch) {
        return Ok(Escaped::Cat(cat));
    }
    let mut escape = format!("\\{ch}");
    if let Some(v) = code_escape(source, ch, &mut escape)? {
        return Ok(Escaped::Lit(v));
    }
    if is_oct(c) {
        let more = source.get_while(2, is_oct)?;
        escape.push_str(&text_of(&more));
        let value = octal(&escape[1..]);
        if value > 0o377 {
            let msg = format!("octal escape value {escape} outside of range 0-0o377");
            return Err(source.error(msg, escape.len()));
        }
        return Ok(Escaped::Lit(value));
    }
    if is_digit(c) || ch.is_ascii_alphabetic() {
        return Err(bad_escape(source, &escape));
    }
    Ok(Escaped::Lit(c))
}

fn octal(digits: &str) -> u32 {
    digits
        .chars()
        .fold(0, |v, d| v * 8 + d.to_digit(8).unwrap_or(0))
}

/// An escape outside classes (`_escape`): also positions and
/// backreferences, which need the parser's group state.
pub fn escape(source: &mut Source, state: &State, c: u32) -> PResult<Escaped> {
    let ch = chr(c);
    let at = match ch {
        'A' => Some(At::BeginningString),
        'b' => Some(At::Boundary),
        'B' => Some(At::NonBoundary),
        'Z' => Some(At::EndString),
        _ => None,
    };
    if let Some(a) = at {
        return Ok(Escaped::At(a));
    }
    if let Some(cat) = category(ch) {
        return Ok(Escaped::Cat(cat));
    }
    if let Some(v) = simple(ch) {
        return Ok(Escaped::Lit(v));
    }
    let mut escape = format!("\\{ch}");
    if let Some(v) = code_escape(source, ch, &mut escape)? {
        return Ok(Escaped::Lit(v));
    }
    if ch == '0' {
        let more = source.get_while(2, is_oct)?;
        escape.push_str(&text_of(&more));
        return Ok(Escaped::Lit(octal(&escape[1..])));
    }
    if is_digit(c) {
        if source.next_is(is_digit) {
            if let Some(t) = source.get()? {
                escape.push_str(&t.text());
            }
            let b = escape.as_bytes();
            if is_oct(b[1] as u32) && is_oct(b[2] as u32) && source.next_is(is_oct) {
                if let Some(t) = source.get()? {
                    escape.push_str(&t.text());
                }
                let value = octal(&escape[1..]);
                if value > 0o377 {
                    let msg = format!("octal escape value {escape} outside of range 0-0o377");
                    return Err(source.error(msg, escape.len()));
                }
                return Ok(Escaped::Lit(value));
            }
        }
        let group: usize = escape[1..].parse().unwrap_or(usize::MAX);
        if group < state.groups() {
            if !state.check_group(group) {
                return Err(source.error("cannot refer to an open group", escape.len()));
            }
            state.check_lookbehind_group(group, source)?;
            return Ok(Escaped::GroupRef(group));
        }
        let msg = format!("invalid group reference {group}");
        return Err(source.error(msg, escape.len() - 1));
    }
    if ch.is_ascii_alphabetic() {
        return Err(bad_escape(source, &escape));
    }
    Ok(Escaped::Lit(c))
}
