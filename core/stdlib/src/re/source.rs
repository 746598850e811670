//! The pattern tokenizer of `re._parser`: a token is one character or a
//! backslash with the character after it; positions are code-point
//! indices into the pattern, as in CPython's error messages.

/// Why compiling a pattern failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Error {
    /// `re.error(msg, pattern, pos)`; no position for the compiler's errors.
    Re(String, Option<usize>),
    /// OverflowError.
    Overflow(&'static str),
    /// ValueError.
    Value(&'static str),
    /// RecursionError (patterns nested deeper than CPython's parser can go).
    Recursion,
    /// IndexError (an unknown group name in a replacement template).
    Index(String),
}

/// A parse result.
pub type PResult<T> = Result<T, Error>;

/// A token: a plain character, or `\` and the character after it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tok {
    /// One character.
    Char(u32),
    /// A backslash escape.
    Esc(u32),
}

impl Tok {
    /// Its length in the pattern.
    pub fn len(self) -> usize {
        match self {
            Tok::Char(_) => 1,
            Tok::Esc(_) => 2,
        }
    }

    /// Whether it is the plain character `c`.
    pub fn is(self, c: char) -> bool {
        self == Tok::Char(c as u32)
    }

    /// Its text, as CPython's messages quote it.
    pub fn text(self) -> String {
        match self {
            Tok::Char(c) => chr(c).to_string(),
            Tok::Esc(c) => format!("\\{}", chr(c)),
        }
    }
}

/// A code point as a char (a lone surrogate as its stand-in,
/// pvm_vm::surrogates; U+FFFD past U+10FFFF).
pub fn chr(c: u32) -> char {
    pvm_vm::surrogates::char_of(c).unwrap_or('\u{fffd}')
}

/// The pattern being read.
pub struct Source<'a> {
    text: &'a [u32],
    /// Whether the pattern is a str (bytes patterns read as Latin-1).
    pub istext: bool,
    index: usize,
    /// The token about to be read (None at the end).
    pub next: Option<Tok>,
}

impl<'a> Source<'a> {
    /// Starts reading `text`.
    pub fn new(text: &'a [u32], istext: bool) -> PResult<Source<'a>> {
        let mut s = Source {
            text,
            istext,
            index: 0,
            next: None,
        };
        s.advance()?;
        Ok(s)
    }

    fn advance(&mut self) -> PResult<()> {
        let Some(&c) = self.text.get(self.index) else {
            self.next = None;
            return Ok(());
        };
        if c == '\\' as u32 {
            let Some(&e) = self.text.get(self.index + 1) else {
                let msg = "bad escape (end of pattern)".to_string();
                return Err(Error::Re(msg, Some(self.text.len() - 1)));
            };
            self.index += 2;
            self.next = Some(Tok::Esc(e));
        } else {
            self.index += 1;
            self.next = Some(Tok::Char(c));
        }
        Ok(())
    }

    /// Consumes the next token if it is the plain character `c`.
    pub fn eat(&mut self, c: char) -> PResult<bool> {
        if self.next.is_some_and(|t| t.is(c)) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    /// Consumes and returns the next token.
    pub fn get(&mut self) -> PResult<Option<Tok>> {
        let this = self.next;
        self.advance()?;
        Ok(this)
    }

    /// Whether the next token is a plain character that `pred` accepts.
    pub fn next_is(&self, pred: impl Fn(u32) -> bool) -> bool {
        matches!(self.next, Some(Tok::Char(c)) if pred(c))
    }

    /// Consumes up to `n` plain characters that `pred` accepts.
    pub fn get_while(&mut self, n: usize, pred: impl Fn(u32) -> bool) -> PResult<Vec<u32>> {
        let mut out = Vec::new();
        while out.len() < n {
            match self.next {
                Some(Tok::Char(c)) if pred(c) => {
                    out.push(c);
                    self.advance()?;
                }
                _ => break,
            }
        }
        Ok(out)
    }

    /// The characters up to `terminator` (consumed), for a group or
    /// character name; `what` names it in the errors.
    pub fn get_until(&mut self, terminator: char, what: &str) -> PResult<Vec<u32>> {
        let mut result: Vec<u32> = Vec::new();
        loop {
            let c = self.get()?;
            match c {
                None if result.is_empty() => return Err(self.error(format!("missing {what}"), 0)),
                None => {
                    let msg = format!("missing {terminator}, unterminated name");
                    return Err(self.error(msg, result.len()));
                }
                Some(t) if t.is(terminator) => {
                    if result.is_empty() {
                        return Err(self.error(format!("missing {what}"), 1));
                    }
                    return Ok(result);
                }
                Some(Tok::Char(c)) => result.push(c),
                Some(Tok::Esc(c)) => result.extend(['\\' as u32, c]),
            }
        }
    }

    /// The position of the next token.
    pub fn tell(&self) -> usize {
        self.index - self.next.map_or(0, Tok::len)
    }

    /// Moves back to `index`.
    pub fn seek(&mut self, index: usize) -> PResult<()> {
        self.index = index;
        self.advance()
    }

    /// `re.error(msg)` at `offset` characters before the next token; a bytes
    /// pattern's message shows non-ASCII characters as escapes.
    pub fn error(&self, msg: impl Into<String>, offset: usize) -> Error {
        let mut msg = msg.into();
        if !self.istext && !msg.is_ascii() {
            msg = msg
                .chars()
                .map(|c| {
                    if c.is_ascii() {
                        c.to_string()
                    } else if (c as u32) < 0x100 {
                        format!("\\x{:02x}", c as u32)
                    } else if (c as u32) < 0x10000 {
                        format!("\\u{:04x}", c as u32)
                    } else {
                        format!("\\U{:08x}", c as u32)
                    }
                })
                .collect();
        }
        Error::Re(msg, Some(self.tell().saturating_sub(offset)))
    }
}

/// The characters as a String.
pub fn text_of(chars: &[u32]) -> String {
    chars.iter().map(|&c| chr(c)).collect()
}
