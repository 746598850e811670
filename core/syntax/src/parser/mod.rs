//! The parser: hand-written recursive descent over the lexer's tokens,
//! emitting flat events (start node, token, finish node). It never fails:
//! errors are recorded and the parser recovers at statement boundaries.
//! A separate step (`sink`) turns the events into a tree: rowan's green
//! tree (`green.rs`), or the flat tree lowering reads (`flat.rs`).

pub(crate) mod flat;
mod grammar;
mod green;
mod sink;

use crate::error::{ErrorKind, SyntaxError};
use crate::lexer::Lexed;
use crate::SyntaxKind::{self, *};
use rowan::{TextRange, TextSize};

pub(crate) use sink::{build_flat, build_tree};

/// One parser event; the sink replays them into a tree.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Event {
    /// Opens a node. `forward_parent` links to a node started later that
    /// must wrap this one (used by `precede` for left recursion).
    Start {
        kind: SyntaxKind,
        forward_parent: Option<u32>,
    },
    /// Closes the innermost open node.
    Finish,
    /// Consumes the next non-trivia token (with the trivia before it).
    Token,
    /// A placeholder left by an abandoned marker.
    Tombstone,
}

/// Parses lexed tokens into events and errors.
pub(crate) fn parse_events(src: &str, lexed: &Lexed) -> (Vec<Event>, Vec<SyntaxError>) {
    let mut tokens = vec![0u32; lexed.len()];
    let mut kinds = vec![EOF; lexed.len()];
    let mut n = 0;
    for (i, &kind) in lexed.kinds().iter().enumerate() {
        // Branch-free: trivia is written over by the next token.
        tokens[n] = i as u32;
        kinds[n] = kind;
        n += usize::from(!kind.is_trivia());
    }
    tokens.truncate(n);
    kinds.truncate(n);
    let mut p = Parser {
        src,
        lexed,
        tokens,
        kinds,
        pos: 0,
        events: Vec::with_capacity(lexed.len() * 2),
        errors: Vec::new(),
        quiet: false,
        depth: 0,
        too_deep: false,
    };
    grammar::source_file(&mut p);
    (p.events, p.errors)
}

/// Parses an f-string replacement field, given wrapped in parentheses:
/// its tree, and its errors in CPython's order.
pub(crate) fn parse_fstring_expr(text: &str) -> (flat::FlatTree<'_>, Vec<SyntaxError>) {
    let lexed = crate::lexer::lex(text);
    let tokens: Vec<u32> =
        (0..lexed.len()).filter(|&i| !matches!(lexed.kind(i), k if k.is_trivia() || matches!(k, NEWLINE | INDENT | DEDENT))).map(|i| i as u32).collect();
    let kinds = tokens.iter().map(|&i| lexed.kind(i as usize)).collect();
    let mut p = Parser {
        src: text,
        lexed: &lexed,
        tokens,
        kinds,
        pos: 0,
        events: Vec::new(),
        errors: Vec::new(),
        quiet: false,
        depth: 0,
        too_deep: false,
    };
    grammar::fstring_expr(&mut p);
    let errors = crate::error::order_errors(&lexed.errors, &p.errors, text);
    (build_flat(text, &lexed, p.events), errors)
}

/// The parser state: a cursor over non-trivia tokens and the event list.
pub(crate) struct Parser<'t> {
    src: &'t str,
    lexed: &'t Lexed,
    /// Indices (into `lexed`) of the non-trivia tokens.
    tokens: Vec<u32>,
    /// The kinds of those tokens (the parser's lookahead reads only these).
    kinds: Vec<SyntaxKind>,
    pos: usize,
    events: Vec<Event>,
    errors: Vec<SyntaxError>,
    /// Set after an error until the next statement: one error per statement
    /// keeps cascades out of the report.
    quiet: bool,
    /// Current nesting of expressions and statements, bounded by `MAX_DEPTH`.
    depth: u32,
    /// Whether the nesting limit was reported (once per parse).
    too_deep: bool,
}

/// Nesting beyond this is refused instead of overflowing the stack.
const MAX_DEPTH: u32 = 3000;

impl<'t> Parser<'t> {
    /// The kind of the token `n` ahead of the cursor (EOF past the end).
    #[inline]
    pub(crate) fn nth(&self, n: usize) -> SyntaxKind {
        self.kinds.get(self.pos + n).copied().unwrap_or(EOF)
    }

    /// The kind of the current token.
    #[inline]
    pub(crate) fn current(&self) -> SyntaxKind {
        self.nth(0)
    }

    pub(crate) fn at(&self, kind: SyntaxKind) -> bool {
        self.current() == kind
    }

    /// The text of the token `n` ahead.
    pub(crate) fn nth_text(&self, n: usize) -> &'t str {
        self.tokens
            .get(self.pos + n)
            .map_or("", |&i| self.lexed.text(self.src, i as usize))
    }

    /// True when the current token is the soft keyword or name `text`.
    pub(crate) fn at_name(&self, text: &str) -> bool {
        self.at(NAME) && self.nth_text(0) == text
    }

    /// The byte range of the token `n` ahead. CPython places the end of
    /// input on the last line that has text, so EOF sits on the final newline.
    pub(crate) fn nth_range(&self, n: usize) -> TextRange {
        match self.tokens.get(self.pos + n) {
            Some(&i) if self.lexed.kind(i as usize) != EOF => self.lexed.range(i as usize),
            _ => {
                let len = self.src.len();
                let at = if self.src.ends_with(['\n', '\r']) {
                    len - 1
                } else {
                    len
                };
                TextRange::empty(TextSize::from(at as u32))
            }
        }
    }

    /// The range of the non-trivia token with index `i`.
    pub(crate) fn tok_range(&self, i: usize) -> TextRange {
        match self.tokens.get(i) {
            Some(&t) => self.lexed.range(t as usize),
            None => TextRange::empty(TextSize::of(self.src)),
        }
    }

    /// The range of the current token.
    pub(crate) fn range(&self) -> TextRange {
        self.nth_range(0)
    }

    /// The range of the token before the cursor.
    pub(crate) fn prev_range(&self) -> TextRange {
        if self.pos == 0 {
            return TextRange::empty(0.into());
        }
        self.lexed.range(self.tokens[self.pos - 1] as usize)
    }

    /// The kind of the token before the cursor.
    pub(crate) fn prev_kind(&self) -> SyntaxKind {
        if self.pos == 0 {
            return EOF;
        }
        self.kinds[self.pos - 1]
    }

    /// The 1-based line of a byte offset.
    pub(crate) fn line_of(&self, offset: TextSize) -> u32 {
        let offset = usize::from(offset).min(self.src.len());
        1 + self.src.as_bytes()[..offset]
            .iter()
            .enumerate()
            .filter(|&(i, &b)| {
                b == b'\n' || (b == b'\r' && self.src.as_bytes().get(i + 1) != Some(&b'\n'))
            })
            .count() as u32
    }

    /// Consumes the current token.
    pub(crate) fn bump(&mut self) {
        if self.pos < self.tokens.len() && self.current() != EOF {
            self.pos += 1;
            self.events.push(Event::Token);
        }
    }

    /// Consumes the current token if it is `kind`.
    pub(crate) fn eat(&mut self, kind: SyntaxKind) -> bool {
        if self.at(kind) {
            self.bump();
            true
        } else {
            false
        }
    }

    /// Consumes `kind` or reports "expected 'X'".
    pub(crate) fn expect(&mut self, kind: SyntaxKind) -> bool {
        if self.eat(kind) {
            return true;
        }
        let text = kind.text().unwrap_or("token");
        self.error_expected(&format!("expected '{text}'"));
        false
    }

    /// Reports an "expected ..." message at the current token.
    pub(crate) fn error_expected(&mut self, message: &str) {
        let range = self.range();
        self.error_range(message, range);
    }

    /// Starts a node.
    pub(crate) fn start(&mut self) -> Marker {
        let pos = self.events.len() as u32;
        self.events.push(Event::Tombstone);
        Marker {
            pos,
            start_tok: self.pos as u32,
        }
    }

    /// Reports a SyntaxError at the current token.
    pub(crate) fn error(&mut self, message: &str) {
        let range = self.range();
        self.error_range(message, range);
    }

    /// Reports a SyntaxError over `range`.
    pub(crate) fn error_range(&mut self, message: &str, range: TextRange) {
        self.error_kind(ErrorKind::SyntaxError, message, range);
    }

    /// Reports an error of a given exception type, unless this statement
    /// already has one.
    pub(crate) fn error_kind(&mut self, kind: ErrorKind, message: &str, range: TextRange) {
        if self.quiet {
            return;
        }
        self.quiet = true;
        self.errors
            .push(SyntaxError::new(message, range).with_kind(kind));
    }

    /// Reports an error even if the statement already has one: for errors
    /// found after the fact (invalid targets) that CPython would see first.
    pub(crate) fn error_always(&mut self, message: &str, range: TextRange) {
        self.errors.push(SyntaxError::new(message, range));
        self.quiet = true;
    }

    /// True when an error was reported in this statement.
    pub(crate) fn in_error(&self) -> bool {
        self.quiet
    }

    /// Called at each statement start: errors may be reported again.
    pub(crate) fn reset_quiet(&mut self) {
        self.quiet = false;
    }

    /// The generic error at the current token: "invalid syntax", or a
    /// tokenizer error there already covers it.
    pub(crate) fn invalid_syntax(&mut self) {
        if self.at(ERROR_TOKEN) && self.lexer_reported_at(self.range()) {
            self.quiet = true;
            return;
        }
        self.error("invalid syntax");
    }

    fn lexer_reported_at(&self, range: TextRange) -> bool {
        self.lexed
            .errors
            .iter()
            .any(|e| range.contains_inclusive(e.range.start()))
    }

    /// Enters one level of nesting; false (with an error) when too deep.
    pub(crate) fn enter(&mut self) -> bool {
        self.enter_by(1)
    }

    /// Enters `n` levels at once (a chain `a + b + c` nests left-wise).
    pub(crate) fn enter_by(&mut self, n: u32) -> bool {
        self.depth += n;
        if self.depth > MAX_DEPTH {
            if !self.too_deep {
                self.too_deep = true;
                let range = self.range();
                // CPython builds the tree and then fails with RecursionError.
                self.errors.push(
                    SyntaxError::new(
                        "maximum recursion depth exceeded during ast construction",
                        range,
                    )
                    .with_kind(ErrorKind::RecursionError),
                );
                self.quiet = true;
            }
            return false;
        }
        true
    }

    /// Leaves one level of nesting.
    pub(crate) fn leave(&mut self) {
        self.leave_by(1);
    }

    /// Leaves `n` levels.
    pub(crate) fn leave_by(&mut self, n: u32) {
        self.depth -= n;
    }

    /// The index of the current non-trivia token, for progress checks.
    pub(crate) fn token_pos(&self) -> usize {
        self.pos
    }

    /// Wraps tokens up to (not including) the end of the logical line in an
    /// ERROR node.
    pub(crate) fn recover_to_line_end(&mut self) {
        if matches!(self.current(), NEWLINE | EOF | DEDENT | INDENT) {
            return;
        }
        let m = self.start();
        while !matches!(self.current(), NEWLINE | EOF) {
            self.bump();
        }
        m.complete(self, ERROR);
    }
}

/// An open node; must be completed or abandoned.
pub(crate) struct Marker {
    pos: u32,
    /// The index of the first non-trivia token inside the node.
    start_tok: u32,
}

impl Marker {
    /// Closes the node as `kind`.
    pub(crate) fn complete(self, p: &mut Parser, kind: SyntaxKind) -> CompletedMarker {
        p.events[self.pos as usize] = Event::Start {
            kind,
            forward_parent: None,
        };
        p.events.push(Event::Finish);
        CompletedMarker {
            pos: self.pos,
            kind,
            start_tok: self.start_tok,
            end_tok: p.pos as u32,
        }
    }

    /// Drops the node; its children go to the parent.
    pub(crate) fn abandon(self, p: &mut Parser) {
        if self.pos as usize == p.events.len() - 1 {
            p.events.pop();
        }
    }
}

/// A finished node: its kind, and a handle to wrap it in a new parent.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CompletedMarker {
    pos: u32,
    kind: SyntaxKind,
    start_tok: u32,
    end_tok: u32,
}

impl CompletedMarker {
    /// Starts a node that will contain this one.
    pub(crate) fn precede(self, p: &mut Parser) -> Marker {
        let mut m = p.start();
        m.start_tok = self.start_tok;
        if let Event::Start { forward_parent, .. } = &mut p.events[self.pos as usize] {
            *forward_parent = Some(m.pos - self.pos);
        }
        m
    }

    /// The byte range of the node's non-trivia tokens.
    pub(crate) fn range(self, p: &Parser) -> TextRange {
        if self.end_tok <= self.start_tok {
            let at = p.tok_range(self.start_tok as usize).start();
            return TextRange::empty(at);
        }
        let start = p.tok_range(self.start_tok as usize).start();
        let end = p.tok_range(self.end_tok as usize - 1).end();
        TextRange::new(start, end)
    }

    /// The text of the node's first token.
    pub(crate) fn first_text<'a>(self, p: &Parser<'a>) -> &'a str {
        p.tokens
            .get(self.start_tok as usize)
            .map_or("", |&i| p.lexed.text(p.src, i as usize))
    }

    /// The node's kind.
    pub(crate) fn kind(self) -> SyntaxKind {
        self.kind
    }
}
