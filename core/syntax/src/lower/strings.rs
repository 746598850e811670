//! String literals: escapes, concatenation, bytes, and f-strings (whose
//! replacement fields are parsed here, as CPython 3.11 does after
//! tokenizing an f-string as one STRING token).

use super::node::Node;
use super::{tokens, Lowerer};
use crate::ast::*;
use crate::SyntaxKind::STRING;
use rowan::{TextRange, TextSize};

/// How deeply format specs may nest replacement fields.
const MAX_FSTRING_NESTING: u32 = 2;

/// One piece of a (possibly concatenated) string.
enum Part {
    Text(String),
    /// Text with lone surrogates (as code points).
    Wide(Vec<u32>),
    Field(Expr),
}

/// The prefix flags of one STRING token.
struct Prefix {
    raw: bool,
    bytes: bool,
    fstring: bool,
}

fn prefix_of(text: &str) -> (Prefix, usize) {
    let len = text.find(['\'', '"']).unwrap_or(0);
    let p = text[..len].to_ascii_lowercase();
    (
        Prefix {
            raw: p.contains('r'),
            bytes: p.contains('b'),
            fstring: p.contains('f'),
        },
        len,
    )
}

impl Lowerer<'_> {
    /// Lowers a STRING_EXPR: one Constant or a JoinedStr.
    pub(super) fn strings(&mut self, node: &Node) -> Expr {
        let pos = self.pos(node);
        let toks: Vec<_> = tokens(node).filter(|t| t.kind() == STRING).collect();
        let mut parts: Vec<Part> = Vec::new();
        let mut bytes_value: Vec<u8> = Vec::new();
        let mut any_bytes = false;
        let mut any_str = false;
        let mut any_f = false;
        let mut kind = None;
        for (i, tok) in toks.iter().enumerate() {
            let text = tok.text();
            let (prefix, plen) = prefix_of(text);
            // Only a lowercase `u` prefix on the first part sets kind='u'.
            if i == 0 && text.starts_with('u') {
                kind = Some("u".to_string());
            }
            let (body_start, body) = string_body(text, plen);
            // CPython's tokenizer turns \r\n and \r into \n before anything else.
            let normalized;
            let body = if body.contains('\r') {
                normalized = body.replace("\r\n", "\n").replace('\r', "\n");
                normalized.as_str()
            } else {
                body
            };
            let body_offset =
                tok.text_range().start() + TextSize::from(body_start as u32 + self.base);
            if prefix.bytes {
                any_bytes = true;
                if !body.is_ascii() {
                    self.error(
                        "bytes can only contain ASCII literal characters",
                        tok.text_range(),
                    );
                }
                if prefix.raw {
                    bytes_value.extend_from_slice(body.as_bytes());
                } else {
                    match decode_bytes(body) {
                        Ok(b) => bytes_value.extend(b),
                        Err(msg) => self.error(msg, tok.text_range()),
                    }
                }
                continue;
            }
            any_str = true;
            if prefix.fstring {
                any_f = true;
                let end = tok.text_range().end();
                let piece = self.pos_of(tok.text_range());
                let mut parser = FStringParser {
                    lowerer: self,
                    src: body,
                    base: body_offset,
                    raw: prefix.raw,
                    pos,
                    piece,
                };
                match parser.parse(0) {
                    Ok((mut pieces, _)) => parts.append(&mut pieces),
                    Err(msg) => {
                        self.error(msg, TextRange::empty(end));
                    }
                }
            } else if prefix.raw || !body.contains('\\') {
                parts.push(Part::Text(body.to_string()));
            } else {
                match decode_str_wide(body) {
                    Ok(StrBuf::Utf8(s)) => parts.push(Part::Text(s)),
                    Ok(StrBuf::CodePoints(v)) => parts.push(Part::Wide(v)),
                    Err(msg) => self.error(msg, tok.text_range()),
                }
            }
        }
        if any_bytes && any_str {
            self.error("cannot mix bytes and nonbytes literals", node.text_range());
        }
        if any_bytes {
            return Expr {
                kind: ExprKind::Constant {
                    value: Constant::Bytes(bytes_value),
                    kind: None,
                },
                pos,
            };
        }
        if !any_f {
            let mut buf = StrBuf::Utf8(String::new());
            for p in parts {
                match p {
                    Part::Text(t) => buf.push_str(&t),
                    Part::Wide(v) => v.into_iter().for_each(|cp| buf.push_code_point(cp)),
                    Part::Field(_) => {}
                }
            }
            let value = match buf {
                StrBuf::Utf8(s) => Constant::Str(s),
                StrBuf::CodePoints(v) => Constant::SurrogateStr(v),
            };
            return Expr {
                kind: ExprKind::Constant { value, kind },
                pos,
            };
        }
        Expr {
            kind: ExprKind::JoinedStr {
                values: join_parts(parts, pos),
            },
            pos,
        }
    }
}

/// The text between the quotes of a STRING token whose prefix is `plen`
/// bytes, and its offset. An unterminated string (already reported by the
/// lexer) has everything after the opening quote as its body.
fn string_body(text: &str, plen: usize) -> (usize, &str) {
    let quoted = &text[plen..];
    let quote = quoted.chars().next().unwrap_or('"');
    let triple: String = std::iter::repeat_n(quote, 3).collect();
    let quote_len = if quoted.starts_with(&triple) { 3 } else { 1 };
    let start = (plen + quote_len).min(text.len());
    let closing = &triple[..quote_len];
    let terminated = text.len() >= start + quote_len && text.ends_with(closing);
    let end = if terminated {
        text.len() - quote_len
    } else {
        text.len()
    };
    (start, text.get(start..end).unwrap_or(""))
}

/// Merges adjacent text parts and drops empty ones, as CPython does.
fn join_parts(parts: Vec<Part>, pos: Pos) -> Vec<Expr> {
    join_parts_at(parts, pos, pos)
}

/// `join_parts`, where the literal that ends the parts gets `end_pos`
/// (CPython's format specs locate their final literal at their own token).
fn join_parts_at(parts: Vec<Part>, pos: Pos, end_pos: Pos) -> Vec<Expr> {
    let mut values = Vec::new();
    let mut pending = StrBuf::Utf8(String::new());
    for part in parts {
        match part {
            Part::Text(t) => pending.push_str(&t),
            Part::Wide(v) => v.into_iter().for_each(|cp| pending.push_code_point(cp)),
            Part::Field(e) => {
                if !pending.is_empty() {
                    let text = std::mem::replace(&mut pending, StrBuf::Utf8(String::new()));
                    values.push(text_const(text, pos));
                }
                values.push(e);
            }
        }
    }
    if !pending.is_empty() {
        values.push(text_const(pending, end_pos));
    }
    values
}

fn text_const(s: StrBuf, pos: Pos) -> Expr {
    Expr {
        kind: ExprKind::Constant {
            value: s.into_constant(),
            kind: None,
        },
        pos,
    }
}

struct FStringParser<'l, 'a, 's> {
    lowerer: &'l mut Lowerer<'a>,
    /// The f-string body (between the quotes).
    src: &'s str,
    /// Absolute offset of `src` in the file.
    base: TextSize,
    raw: bool,
    /// The position of the whole string expression.
    pos: Pos,
    /// The position of this one STRING token: CPython gives it to a format
    /// spec and to the literal that ends it.
    piece: Pos,
}

impl FStringParser<'_, '_, '_> {
    /// Parses literal text and fields from byte `i` until the end, or until
    /// a `}` closing a format spec when `depth > 0`. Returns the parts and
    /// the index where it stopped.
    fn parse(&mut self, depth: u32) -> Result<(Vec<Part>, usize), String> {
        self.parse_from(0, depth)
    }

    fn parse_from(&mut self, mut i: usize, depth: u32) -> Result<(Vec<Part>, usize), String> {
        let b = self.src.as_bytes();
        let mut parts = Vec::new();
        let mut literal_start = i;
        let mut literal = StrBuf::Utf8(String::new());
        while i < b.len() {
            match b[i] {
                b'\\'
                    if !self.raw && b.get(i + 1) == Some(&b'N') && b.get(i + 2) == Some(&b'{') =>
                {
                    // `\N{NAME}` is an escape, not a field.
                    let close = self.src[i..].find('}').map_or(b.len(), |c| i + c + 1);
                    i = close;
                }
                // A backslash escapes the next character, but never a brace.
                b'\\' if !self.raw && !matches!(b.get(i + 1), Some(b'{' | b'}')) => i += 2,
                b'{' if b.get(i + 1) == Some(&b'{') && depth == 0 => {
                    self.flush_literal(&mut literal, literal_start, i + 1)?;
                    i += 2;
                    literal_start = i;
                }
                b'}' if depth > 0 => break,
                b'}' if b.get(i + 1) == Some(&b'}') => {
                    self.flush_literal(&mut literal, literal_start, i + 1)?;
                    i += 2;
                    literal_start = i;
                }
                b'}' => return Err("f-string: single '}' is not allowed".into()),
                b'{' => {
                    self.flush_literal(&mut literal, literal_start, i)?;
                    if !literal.is_empty() {
                        let text = std::mem::replace(&mut literal, StrBuf::Utf8(String::new()));
                        parts.push(text.into_part());
                    }
                    if depth >= MAX_FSTRING_NESTING {
                        return Err("f-string: expressions nested too deeply".into());
                    }
                    let (mut field_parts, next) = self.field(i + 1, depth)?;
                    parts.append(&mut field_parts);
                    i = next;
                    literal_start = i;
                }
                _ => i += 1,
            }
        }
        let end = i.min(b.len());
        self.flush_literal(&mut literal, literal_start, end)?;
        if !literal.is_empty() {
            parts.push(literal.into_part());
        }
        Ok((parts, end))
    }

    fn flush_literal(&mut self, out: &mut StrBuf, start: usize, end: usize) -> Result<(), String> {
        if start >= end {
            return Ok(());
        }
        let chunk = &self.src[start..end];
        if self.raw || !chunk.contains('\\') {
            out.push_str(chunk);
        } else {
            decode_str_into(chunk, out)?;
        }
        Ok(())
    }

    /// Parses a replacement field whose expression starts at `start`.
    fn field(&mut self, start: usize, depth: u32) -> Result<(Vec<Part>, usize), String> {
        let b = self.src.as_bytes();
        let mut i = start;
        let mut stack: Vec<u8> = Vec::new();
        let mut quote: Option<(u8, bool)> = None;
        while i < b.len() {
            let c = b[i];
            if c == b'\\' {
                return Err("f-string expression part cannot include a backslash".into());
            }
            if let Some((q, triple)) = quote {
                if c == q {
                    if !triple {
                        quote = None;
                    } else if b.get(i + 1) == Some(&q) && b.get(i + 2) == Some(&q) {
                        quote = None;
                        i += 2;
                    }
                }
                i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => {
                    let triple = b.get(i + 1) == Some(&c) && b.get(i + 2) == Some(&c);
                    quote = Some((c, triple));
                    if triple {
                        i += 2;
                    }
                }
                b'[' | b'(' | b'{' => {
                    if stack.len() >= 200 {
                        return Err("f-string: too many nested parenthesis".into());
                    }
                    stack.push(c);
                }
                b']' | b')' | b'}' if !stack.is_empty() => {
                    let open = stack.pop().unwrap();
                    let expected = match open {
                        b'(' => b')',
                        b'[' => b']',
                        _ => b'}',
                    };
                    if c != expected {
                        return Err(format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            c as char, open as char
                        ));
                    }
                }
                b']' | b')' => return Err(format!("f-string: unmatched '{}'", c as char)),
                b'#' => return Err("f-string expression part cannot include '#'".into()),
                b'!' | b'=' | b'<' | b'>' if b.get(i + 1) == Some(&b'=') && stack.is_empty() => {
                    i += 2;
                    continue;
                }
                b'!' | b':' | b'}' | b'=' if stack.is_empty() => break,
                _ => {}
            }
            i += 1;
        }
        if quote.is_some() {
            return Err("f-string: unterminated string".into());
        }
        if i >= b.len() {
            if let Some(&open) = stack.last() {
                return Err(format!("f-string: unmatched '{}'", open as char));
            }
            return Err("f-string: expecting '}'".into());
        }
        let expr_text = &self.src[start..i];
        if expr_text.trim().is_empty() {
            if b[i] == b'}' {
                return Err("f-string: empty expression not allowed".into());
            }
            return Err(format!(
                "f-string: expression required before '{}'",
                b[i] as char
            ));
        }
        let value = self.sub_expression(start, i)?;
        let mut parts = Vec::new();
        let mut conversion = -1;
        if b[i] == b'=' {
            // Self-documenting: the text up to and including `=` and the
            // whitespace after it is emitted literally.
            i += 1;
            while i < b.len() && b[i].is_ascii_whitespace() {
                i += 1;
            }
            parts.push(Part::Text(self.src[start..i].to_string()));
            if i < b.len() && b[i] != b'!' && b[i] != b':' {
                conversion = 'r' as i64;
            } else if i < b.len() && b[i] == b'!' {
                // set below
            }
        }
        if i < b.len() && b[i] == b'!' {
            i += 1;
            let Some(&c) = b.get(i) else {
                return Err("f-string: expecting '}'".into());
            };
            if !matches!(c, b's' | b'r' | b'a') {
                return Err(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".into(),
                );
            }
            conversion = c as i64;
            i += 1;
        }
        let mut format_spec = None;
        if i < b.len() && b[i] == b':' {
            let (spec_parts, next) = self.parse_from(i + 1, depth + 1)?;
            i = next;
            let values = join_parts_at(spec_parts, self.pos, self.piece);
            format_spec = Some(Box::new(Expr {
                kind: ExprKind::JoinedStr { values },
                pos: self.piece,
            }));
        }
        if i >= b.len() || b[i] != b'}' {
            return Err("f-string: expecting '}'".into());
        }
        if !parts.is_empty() && conversion == -1 && format_spec.is_none() {
            conversion = 'r' as i64;
        }
        parts.push(Part::Field(Expr {
            kind: ExprKind::FormattedValue {
                value: Box::new(value),
                conversion,
                format_spec,
            },
            pos: self.pos,
        }));
        Ok((parts, i + 1))
    }

    /// Parses `src[start..end]` as an expression (wrapped in parentheses,
    /// as CPython does) and lowers it with positions in the file.
    fn sub_expression(&mut self, start: usize, end: usize) -> Result<Expr, String> {
        let text = format!("({})", &self.src[start..end]);
        let (tree, errors) = crate::parser::parse_fstring_expr(&text);
        if let Some(e) = errors.first() {
            return Err(format!("f-string: {}", e.message));
        }
        let abs_start = u32::from(self.base) + start as u32 - 1;
        let old_base = self.lowerer.base;
        self.lowerer.base = abs_start;
        let root = Node::root(&tree);
        let result = root
            .children()
            .find(|c| c.kind().is_expr())
            .map(|e| self.lowerer.expr(&e));
        self.lowerer.base = old_base;
        result.ok_or_else(|| "f-string: invalid syntax".to_string())
    }
}

/// A decoded str: UTF-8 unless an escape produced a lone surrogate.
enum StrBuf {
    Utf8(String),
    CodePoints(Vec<u32>),
}

impl StrBuf {
    fn push(&mut self, c: char) {
        match self {
            StrBuf::Utf8(s) => s.push(c),
            StrBuf::CodePoints(v) => v.push(c as u32),
        }
    }

    fn push_str(&mut self, t: &str) {
        match self {
            StrBuf::Utf8(s) => s.push_str(t),
            StrBuf::CodePoints(v) => v.extend(t.chars().map(|c| c as u32)),
        }
    }

    fn is_empty(&self) -> bool {
        match self {
            StrBuf::Utf8(s) => s.is_empty(),
            StrBuf::CodePoints(v) => v.is_empty(),
        }
    }

    fn into_part(self) -> Part {
        match self {
            StrBuf::Utf8(s) => Part::Text(s),
            StrBuf::CodePoints(v) => Part::Wide(v),
        }
    }

    fn into_constant(self) -> Constant {
        match self {
            StrBuf::Utf8(s) => Constant::Str(s),
            StrBuf::CodePoints(v) => Constant::SurrogateStr(v),
        }
    }

    fn push_code_point(&mut self, cp: u32) {
        match char::from_u32(cp) {
            Some(c) => self.push(c),
            None => {
                if let StrBuf::Utf8(s) = self {
                    *self = StrBuf::CodePoints(s.chars().map(|c| c as u32).collect());
                }
                if let StrBuf::CodePoints(v) = self {
                    v.push(cp);
                }
            }
        }
    }
}

/// Decodes a str literal body to text, or to code points when it holds lone surrogates.
fn decode_str_wide(body: &str) -> Result<StrBuf, String> {
    let mut out = StrBuf::Utf8(String::with_capacity(body.len()));
    decode_str_into(body, &mut out)?;
    Ok(out)
}

fn decode_str_into(body: &str, out: &mut StrBuf) -> Result<(), String> {
    let mut chars = body.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        match e {
            '\n' => {}
            '\r' => {
                if chars.peek().is_some_and(|&(_, c)| c == '\n') {
                    chars.next();
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e.to_digit(8).unwrap();
                for _ in 0..2 {
                    match chars.peek() {
                        Some(&(_, d @ '0'..='7')) => {
                            v = v * 8 + d.to_digit(8).unwrap();
                            chars.next();
                        }
                        _ => break,
                    }
                }
                out.push_code_point(v);
            }
            'x' | 'u' | 'U' => {
                let n = match e {
                    'x' => 2,
                    'u' => 4,
                    _ => 8,
                };
                let mut v = 0u32;
                for k in 0..n {
                    match chars.peek().and_then(|&(_, d)| d.to_digit(16)) {
                        Some(d) => {
                            v = v * 16 + d;
                            chars.next();
                        }
                        None => {
                            let name = match e {
                                'x' => "\\xXX",
                                'u' => "\\uXXXX",
                                _ => "\\UXXXXXXXX",
                            };
                            return Err(format!(
                                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: truncated {name} escape",
                                byte_pos(body, i),
                                byte_pos(body, i) + 1 + k
                            ));
                        }
                    }
                }
                match char::from_u32(v) {
                    Some(c) => out.push(c),
                    None if (0xD800..0xE000).contains(&v) => out.push_code_point(v),
                    None => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: illegal Unicode character",
                            byte_pos(body, i),
                            byte_pos(body, i) + 9
                        ))
                    }
                }
            }
            'N' => {
                let rest = &body[i + 2..];
                let name = rest
                    .strip_prefix('{')
                    .and_then(|r| r.find('}').map(|end| &r[..end]));
                let Some(name) = name else {
                    return Err(format!(
                        "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: malformed \\N character escape",
                        byte_pos(body, i),
                        byte_pos(body, i) + 1
                    ));
                };
                match unicode_names2::character(name) {
                    Some(c) => out.push(c),
                    None => {
                        return Err(format!(
                            "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: unknown Unicode character name",
                            byte_pos(body, i),
                            byte_pos(body, i) + name.len() + 3
                        ))
                    }
                }
                for _ in 0..name.chars().count() + 2 {
                    chars.next();
                }
            }
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(())
}

/// The position CPython's codec reports: bytes of UTF-8 before `i`.
fn byte_pos(_body: &str, i: usize) -> usize {
    i
}

/// Decodes the escapes of a non-raw bytes literal body (ASCII only).
fn decode_bytes(body: &str) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'\\' {
            out.push(b[i]);
            i += 1;
            continue;
        }
        i += 1;
        let Some(&e) = b.get(i) else {
            out.push(b'\\');
            break;
        };
        i += 1;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' | b'\'' | b'"' => out.push(e),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                for _ in 0..2 {
                    match b.get(i) {
                        Some(&d @ b'0'..=b'7') => {
                            v = v * 8 + (d - b'0') as u32;
                            i += 1;
                        }
                        _ => break,
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                let hex = b
                    .get(i..i + 2)
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(v) if b[i].is_ascii_hexdigit() && b[i + 1].is_ascii_hexdigit() => {
                        out.push(v);
                        i += 2;
                    }
                    _ => {
                        return Err(format!(
                            "(value error) invalid \\x escape at position {}",
                            i - 2
                        ))
                    }
                }
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}
