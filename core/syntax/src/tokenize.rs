//! The token stream of CPython's pure-Python `tokenize` module, as
//! `python3 -m tokenize FILE` prints it.
//!
//! `tokenize.py` is a line-based regular-expression scanner whose results
//! differ from the C tokenizer (and so from [`crate::lexer`]) in many
//! details: only `\n` ends a physical line (a lone `\r` is an ERRORTOKEN or
//! part of a comment), comment-only lines are one COMMENT plus NL, a
//! character no pattern matches (and each blank before it) becomes an
//! ERRORTOKEN, numbers are split where its patterns stop, and so on. Those
//! details are what `pvm tokens` must reproduce, so this module scans the
//! text again with hand-written matchers equivalent to tokenize.py's
//! patterns (leftmost-first, as Python's `re` matches) instead of
//! translating the lexer's tokens.

use crate::pyrepr::write_repr_str;

/// A token type of the `tokenize` module, as printed without `-e`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenType {
    /// `ENDMARKER`: the end of the input.
    Endmarker,
    /// `NAME`: an identifier or keyword.
    Name,
    /// `NUMBER`: a numeric literal.
    Number,
    /// `STRING`: a string literal (f-strings included).
    String,
    /// `NEWLINE`: the end of a logical line.
    Newline,
    /// `INDENT`: the indentation of a more-indented block.
    Indent,
    /// `DEDENT`: the end of an indented block.
    Dedent,
    /// `OP`: an operator or delimiter.
    Op,
    /// `COMMENT`: a `#` comment.
    Comment,
    /// `NL`: a line break that does not end a logical line.
    Nl,
    /// `ERRORTOKEN`: a character no pattern matches.
    ErrorToken,
    /// `ENCODING`: the source encoding, always first.
    Encoding,
}

impl TokenType {
    /// The name `tokenize` prints for this type.
    pub fn name(self) -> &'static str {
        match self {
            TokenType::Endmarker => "ENDMARKER",
            TokenType::Name => "NAME",
            TokenType::Number => "NUMBER",
            TokenType::String => "STRING",
            TokenType::Newline => "NEWLINE",
            TokenType::Indent => "INDENT",
            TokenType::Dedent => "DEDENT",
            TokenType::Op => "OP",
            TokenType::Comment => "COMMENT",
            TokenType::Nl => "NL",
            TokenType::ErrorToken => "ERRORTOKEN",
            TokenType::Encoding => "ENCODING",
        }
    }
}

/// One token: type, string, and 1-based line / 0-based character column of both ends.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token {
    /// The token type.
    pub kind: TokenType,
    /// The token's string.
    pub text: String,
    /// (line, column) where the token starts.
    pub start: (usize, usize),
    /// (line, column) where the token ends.
    pub end: (usize, usize),
}

/// Where tokenize.py gives up (its TokenError or IndentationError).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokenizeError {
    /// The message, e.g. "EOF in multi-line statement".
    pub message: String,
    /// The 1-based line it reports.
    pub line: usize,
    /// The column it reports.
    pub col: usize,
}

/// The full listing `python3 -m tokenize` prints, one line per token.
pub fn tokenize_listing(text: &str, encoding: &str) -> Result<String, TokenizeError> {
    let tokens = tokenize(text, encoding)?;
    let mut out = String::new();
    for token in &tokens {
        out.push_str(&format_token(token));
        out.push('\n');
    }
    Ok(out)
}

/// One line of the listing: `"%-20s%-15s%-15r" % (range, name, string)`.
pub fn format_token(token: &Token) -> String {
    let range = format!(
        "{},{}-{},{}:",
        token.start.0, token.start.1, token.end.0, token.end.1
    );
    let mut repr = String::new();
    write_repr_str(&mut repr, &token.text);
    format!("{range:<20}{:<15}{repr:<15}", token.kind.name())
}

/// Which pattern finishes a string that continues onto later lines.
#[derive(Clone, Copy)]
enum EndPat {
    /// tokenize.py's `Single`/`Double` for the given quote.
    Single(char),
    /// tokenize.py's `Single3`/`Double3` for the given quote.
    Triple(char),
}

/// Tokenizes decoded source text as tokenize.py does; `encoding` is the
/// name its ENCODING token carries. A leading BOM is skipped.
pub fn tokenize(text: &str, encoding: &str) -> Result<Vec<Token>, TokenizeError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text
        .split_inclusive('\n')
        .map(|l| l.chars().collect::<Vec<char>>());
    let mut out = vec![Token {
        kind: TokenType::Encoding,
        text: encoding.to_owned(),
        start: (0, 0),
        end: (0, 0),
    }];
    let mut push = |kind, text: String, start, end| {
        out.push(Token {
            kind,
            text,
            start,
            end,
        })
    };
    let mut lnum = 0usize;
    let mut parenlev = 0isize;
    let mut continued = false;
    let mut indents = vec![0usize];
    // A string that continues onto later lines: text so far, start, end pattern.
    let mut contstr: Option<(String, (usize, usize), EndPat)> = None;
    let mut needcont = false;
    let mut line: Vec<char> = Vec::new();
    let mut last_line: Vec<char>;
    loop {
        last_line = std::mem::replace(&mut line, lines.next().unwrap_or_default());
        lnum += 1;
        let max = line.len();
        let mut pos = 0;

        if let Some((mut s, strstart, endpat)) = contstr.take() {
            if line.is_empty() {
                return Err(error("EOF in multi-line string", strstart));
            }
            if let Some(end) = end_match(&line, 0, endpat) {
                pos = end;
                s.extend(&line[..end]);
                push(TokenType::String, s, strstart, (lnum, end));
                needcont = false;
            } else if needcont
                && !line.ends_with(&['\\', '\n'])
                && !line.ends_with(&['\\', '\r', '\n'])
            {
                s.extend(&line);
                push(TokenType::ErrorToken, s, strstart, (lnum, max));
                continue;
            } else {
                s.extend(&line);
                contstr = Some((s, strstart, endpat));
                continue;
            }
        } else if parenlev == 0 && !continued {
            if line.is_empty() {
                break;
            }
            let mut column = 0;
            while pos < max {
                match line[pos] {
                    ' ' => column += 1,
                    '\t' => column = (column / 8 + 1) * 8,
                    '\x0c' => column = 0,
                    _ => break,
                }
                pos += 1;
            }
            if pos == max {
                break;
            }
            if matches!(line[pos], '#' | '\r' | '\n') {
                if line[pos] == '#' {
                    let mut end = max;
                    while end > pos && matches!(line[end - 1], '\r' | '\n') {
                        end -= 1;
                    }
                    push(
                        TokenType::Comment,
                        collect(&line[pos..end]),
                        (lnum, pos),
                        (lnum, end),
                    );
                    pos = end;
                }
                push(
                    TokenType::Nl,
                    collect(&line[pos..]),
                    (lnum, pos),
                    (lnum, max),
                );
                continue;
            }
            if column > *indents.last().unwrap() {
                indents.push(column);
                push(
                    TokenType::Indent,
                    collect(&line[..pos]),
                    (lnum, 0),
                    (lnum, pos),
                );
            }
            while column < *indents.last().unwrap() {
                if !indents.contains(&column) {
                    return Err(error(
                        "unindent does not match any outer indentation level",
                        (lnum, pos),
                    ));
                }
                indents.pop();
                push(TokenType::Dedent, String::new(), (lnum, pos), (lnum, pos));
            }
        } else {
            if line.is_empty() {
                return Err(error("EOF in multi-line statement", (lnum, 0)));
            }
            continued = false;
        }

        while pos < max {
            let Some((start, end)) = pseudo_token(&line, pos) else {
                push(
                    TokenType::ErrorToken,
                    line[pos].to_string(),
                    (lnum, pos),
                    (lnum, pos + 1),
                );
                pos += 1;
                continue;
            };
            pos = end;
            if start == end {
                continue;
            }
            let (spos, epos) = ((lnum, start), (lnum, end));
            let token = &line[start..end];
            let initial = token[0];
            if initial.is_ascii_digit() || (initial == '.' && token != ['.'] && token != ['.'; 3]) {
                push(TokenType::Number, collect(token), spos, epos);
            } else if matches!(initial, '\r' | '\n') {
                let kind = if parenlev > 0 {
                    TokenType::Nl
                } else {
                    TokenType::Newline
                };
                push(kind, collect(token), spos, epos);
            } else if initial == '#' {
                push(TokenType::Comment, collect(token), spos, epos);
            } else if let Some(quote) = triple_quote(token) {
                let endpat = EndPat::Triple(quote);
                if let Some(end) = end_match(&line, pos, endpat) {
                    pos = end;
                    push(
                        TokenType::String,
                        collect(&line[start..end]),
                        spos,
                        (lnum, end),
                    );
                } else {
                    contstr = Some((collect(&line[start..]), spos, endpat));
                    break;
                }
            } else if let Some(quote) = token
                .iter()
                .take(3)
                .copied()
                .find(|&c| c == '\'' || c == '"')
            {
                // Only a string token holds a quote: ContStr matched.
                if token.last() == Some(&'\n') {
                    contstr = Some((collect(&line[start..]), spos, EndPat::Single(quote)));
                    needcont = true;
                    break;
                }
                push(TokenType::String, collect(token), spos, epos);
            } else if initial == '_' || unicode_ident::is_xid_start(initial) {
                push(TokenType::Name, collect(token), spos, epos);
            } else if initial == '\\' {
                continued = true;
            } else {
                match initial {
                    '(' | '[' | '{' => parenlev += 1,
                    ')' | ']' | '}' => parenlev -= 1,
                    _ => {}
                }
                push(TokenType::Op, collect(token), spos, epos);
            }
        }
    }

    // An implicit NEWLINE when the input does not end with a line break.
    if let Some(&last) = last_line.last() {
        let first = last_line.iter().copied().find(|&c| !is_py_space(c));
        if !matches!(last, '\r' | '\n') && first != Some('#') {
            let n = last_line.len();
            push(
                TokenType::Newline,
                String::new(),
                (lnum - 1, n),
                (lnum - 1, n + 1),
            );
        }
    }
    for _ in 1..indents.len() {
        push(TokenType::Dedent, String::new(), (lnum, 0), (lnum, 0));
    }
    push(TokenType::Endmarker, String::new(), (lnum, 0), (lnum, 0));
    Ok(out)
}

fn error(message: &str, (line, col): (usize, usize)) -> TokenizeError {
    TokenizeError {
        message: message.to_owned(),
        line,
        col,
    }
}

fn collect(chars: &[char]) -> String {
    chars.iter().collect()
}

/// Python's `str.isspace()` for one character (what `str.strip()` removes).
fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// tokenize.py's `PseudoToken` matched at `pos`: the span of the token
/// after leading blanks (empty at the end of the line), or None.
fn pseudo_token(line: &[char], pos: usize) -> Option<(usize, usize)> {
    let at = |i: usize| line.get(i).copied();
    let mut i = pos;
    while matches!(at(i), Some(' ' | '\x0c' | '\t')) {
        i += 1;
    }
    let start = i;
    // PseudoExtras: a line continuation, the end, a comment, a triple quote.
    if at(i) == Some('\\') {
        match (at(i + 1), at(i + 2)) {
            (Some('\n'), _) => return Some((start, i + 2)),
            (Some('\r'), Some('\n')) => return Some((start, i + 3)),
            _ => {}
        }
    }
    // `\Z` matches only at the very end.
    let Some(c) = at(i) else {
        return Some((start, start));
    };
    if c == '#' {
        let n = line[i..]
            .iter()
            .take_while(|&&c| c != '\r' && c != '\n')
            .count();
        return Some((start, i + n));
    }
    if let Some(q) = string_start(line, i) {
        if at(q + 1) == Some(line[q]) && at(q + 2) == Some(line[q]) {
            return Some((start, q + 3));
        }
    }
    if let Some(end) = number(line, i) {
        return Some((start, end));
    }
    // Funny: a line break or an operator.
    match (c, at(i + 1)) {
        ('\n', _) => return Some((start, i + 1)),
        ('\r', Some('\n')) => return Some((start, i + 2)),
        _ => {}
    }
    if let Some(n) = operator_len(line, i) {
        return Some((start, i + n));
    }
    // ContStr: a string ending on this line, or continued with a backslash.
    if let Some(q) = string_start(line, i) {
        let quote = line[q];
        let mut j = q + 1;
        loop {
            match at(j)? {
                '\n' => return None,
                '\\' => match (at(j + 1), at(j + 2)) {
                    (Some('\n'), _) => return Some((start, j + 2)),
                    (Some('\r'), Some('\n')) => return Some((start, j + 3)),
                    (Some(_), _) => j += 2,
                    (None, _) => return None,
                },
                ch if ch == quote => return Some((start, j + 1)),
                _ => j += 1,
            }
        }
    }
    // Name: `\w+`.
    let n = line[i..].iter().take_while(|&&c| is_word(c)).count();
    (n > 0).then_some((start, i + n))
}

/// If a string (valid prefix, then a quote) starts at `i`, the quote's index.
fn string_start(line: &[char], i: usize) -> Option<usize> {
    let q = (i..(i + 3).min(line.len())).find(|&j| line[j] == '\'' || line[j] == '"')?;
    let mut prefix = [0u8; 2];
    for (slot, &c) in prefix.iter_mut().zip(&line[i..q]) {
        if !c.is_ascii_alphabetic() {
            return None;
        }
        *slot = c.to_ascii_lowercase() as u8;
    }
    matches!(
        &prefix[..q - i],
        b"" | b"b" | b"r" | b"u" | b"f" | b"br" | b"rb" | b"fr" | b"rf"
    )
    .then_some(q)
}

/// The quote character when `token` is a string prefix plus a triple quote.
fn triple_quote(token: &[char]) -> Option<char> {
    let &q = token.last()?;
    let n = token.len();
    // At most two prefix letters, as in tokenize.py's `triple_quoted` set.
    (matches!(q, '\'' | '"') && (3..=5).contains(&n) && token[n - 3..] == [q, q, q]).then_some(q)
}

/// Where the pattern finishing a string matches from `pos` (end index), if it does.
fn end_match(line: &[char], mut i: usize, endpat: EndPat) -> Option<usize> {
    let (quote, triple) = match endpat {
        EndPat::Single(q) => (q, false),
        EndPat::Triple(q) => (q, true),
    };
    loop {
        match *line.get(i)? {
            // `\\.`: `.` matches anything but a newline.
            '\\' => match line.get(i + 1) {
                Some('\n') | None => return None,
                Some(_) => i += 2,
            },
            c if c == quote => {
                if !triple {
                    return Some(i + 1);
                }
                if line.get(i + 1) == Some(&quote) && line.get(i + 2) == Some(&quote) {
                    return Some(i + 3);
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
}

/// Python's `\w` (str patterns): alphanumeric characters and `_`.
fn is_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    if c.is_numeric() {
        return true;
    }
    // Rust's Alphabetic also covers marks and letter-like symbols (Other_Alphabetic)
    // that `str.isalpha()` rejects.
    c.is_alphabetic()
        && !unicode_normalization::char::is_combining_mark(c)
        && !matches!(c as u32, 0x24B6..=0x24E9 | 0x1F130..=0x1F149 | 0x1F150..=0x1F169 | 0x1F170..=0x1F189)
}

/// The length of the operator (tokenize.py's `Special`) at `i`, longest first.
fn operator_len(line: &[char], i: usize) -> Option<usize> {
    const OPS3: [&str; 5] = ["**=", "...", "//=", "<<=", ">>="];
    const OPS2: [&str; 19] = [
        "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "==", ">=",
        ">>", "@=", "^=", "|=",
    ];
    let starts = |op: &str| {
        op.chars()
            .enumerate()
            .all(|(k, c)| line.get(i + k) == Some(&c))
    };
    if OPS3.iter().any(|op| starts(op)) {
        return Some(3);
    }
    if OPS2.iter().any(|op| starts(op)) {
        return Some(2);
    }
    matches!(
        line.get(i)?,
        '%' | '&'
            | '('
            | ')'
            | '*'
            | '+'
            | ','
            | '-'
            | '.'
            | '/'
            | ':'
            | ';'
            | '<'
            | '='
            | '>'
            | '@'
            | '['
            | ']'
            | '^'
            | '{'
            | '|'
            | '}'
            | '~'
    )
    .then_some(1)
}

/// `[0-9](?:_?[0-9])*` at `i`: its end.
fn digit_part(line: &[char], i: usize) -> Option<usize> {
    run_with_underscores(line, i, |c| c.is_ascii_digit())
}

/// `D(?:_?D)*` for the digit class `is_digit`: its end.
fn run_with_underscores(line: &[char], i: usize, is_digit: impl Fn(char) -> bool) -> Option<usize> {
    let digit = |j: usize| line.get(j).is_some_and(|&c| is_digit(c));
    if !digit(i) {
        return None;
    }
    let mut j = i + 1;
    loop {
        if digit(j) {
            j += 1;
        } else if line.get(j) == Some(&'_') && digit(j + 1) {
            j += 2;
        } else {
            return Some(j);
        }
    }
}

/// `Exponent` at `i`: its end.
fn exponent(line: &[char], i: usize) -> Option<usize> {
    if !matches!(line.get(i), Some('e' | 'E')) {
        return None;
    }
    if matches!(line.get(i + 1), Some('+' | '-')) {
        if let Some(end) = digit_part(line, i + 2) {
            return Some(end);
        }
    }
    digit_part(line, i + 1)
}

/// `Floatnumber` (`Pointfloat` or `Expfloat`) at `i`: its end.
fn float_number(line: &[char], i: usize) -> Option<usize> {
    let point = match digit_part(line, i) {
        Some(d) if line.get(d) == Some(&'.') => Some(digit_part(line, d + 1).unwrap_or(d + 1)),
        _ if line.get(i) == Some(&'.') => digit_part(line, i + 1),
        _ => None,
    };
    if let Some(end) = point {
        return Some(exponent(line, end).unwrap_or(end));
    }
    exponent(line, digit_part(line, i)?)
}

/// tokenize.py's `Number` (imaginary, then float, then integer) at `i`: its end.
fn number(line: &[char], i: usize) -> Option<usize> {
    let imag = |end: usize| matches!(line.get(end), Some('j' | 'J')).then_some(end + 1);
    if let Some(end) = digit_part(line, i).and_then(imag) {
        return Some(end);
    }
    let float = float_number(line, i);
    if let Some(end) = float.and_then(imag) {
        return Some(end);
    }
    if float.is_some() {
        return float;
    }
    if line.get(i) == Some(&'0') {
        let radix: Option<fn(char) -> bool> = match line.get(i + 1) {
            Some('x' | 'X') => Some(|c| c.is_ascii_hexdigit()),
            Some('b' | 'B') => Some(|c| matches!(c, '0' | '1')),
            Some('o' | 'O') => Some(|c| matches!(c, '0'..='7')),
            _ => None,
        };
        if let Some(is_digit) = radix {
            // `(?:_?D)+` after the `0x`.
            let first = if line.get(i + 2) == Some(&'_') {
                i + 3
            } else {
                i + 2
            };
            if let Some(end) = run_with_underscores(line, first, is_digit) {
                return Some(end);
            }
        }
        return run_with_underscores(line, i, |c| c == '0');
    }
    digit_part(line, i).filter(|_| line[i] != '0')
}
