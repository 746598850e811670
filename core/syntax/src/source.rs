//! Decoding source bytes as CPython does: BOM, PEP 263 coding cookie,
//! UTF-8 by default.

/// Source bytes that cannot be decoded, with CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// The message CPython reports as a SyntaxError.
    pub message: String,
    /// The 1-based line the problem is on; 0 for a bad encoding
    /// declaration, which CPython reports without a line.
    pub line: u32,
}

/// Decodes a source file. A UTF-8 BOM is kept as the first character so
/// the tree stays lossless; the lexer treats it as trivia.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    let has_bom = bytes.starts_with(b"\xef\xbb\xbf");
    let encoding = coding_cookie(bytes);
    if let Some(enc) = &encoding {
        let norm = normalize_encoding(enc);
        // With a BOM, CPython accepts only a cookie spelled utf-8 (or utf-8-*).
        let spelled = enc.to_ascii_lowercase().replace('_', "-");
        if has_bom && spelled != "utf-8" && !spelled.starts_with("utf-8-") {
            return Err(DecodeError {
                message: format!("encoding problem: {enc} with BOM"),
                line: 0,
            });
        }
        match norm.as_str() {
            "utf-8" => {}
            "latin-1" => return Ok(bytes.iter().map(|&b| b as char).collect()),
            "ascii" => {
                if let Some(pos) = bytes.iter().position(|&b| b >= 0x80) {
                    return Err(non_utf8(bytes, pos));
                }
            }
            _ => {
                // Other codecs through encoding_rs (koi8-r, cp1252, ...).
                let Some(codec) = encoding_rs::Encoding::for_label(enc.as_bytes()) else {
                    return Err(DecodeError {
                        message: format!("unknown encoding: {enc}"),
                        line: 0,
                    });
                };
                let (text, had_errors) = codec.decode_without_bom_handling(bytes);
                if had_errors {
                    return Err(DecodeError {
                        message: format!("(unicode error) '{enc}' codec can't decode bytes"),
                        line: 1,
                    });
                }
                return Ok(text.into_owned());
            }
        }
    }
    decode_utf8(bytes)
}

/// Strict UTF-8, except that CPython's `compile()` never decodes comments:
/// invalid bytes there become U+FFFD.
fn decode_utf8(bytes: &[u8]) -> Result<String, DecodeError> {
    let mut out = String::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or_default());
                let bad_len = e.error_len().unwrap_or(rest.len() - good);
                let line_start = out.rfind(['\n', '\r']).map_or(0, |i| i + 1);
                if !out[line_start..].contains('#') {
                    let offset = bytes.len() - rest.len() + good;
                    return Err(codec_error(
                        bytes,
                        offset,
                        &rest[good..],
                        e.error_len(),
                        out.len() - line_start,
                    ));
                }
                out.push('\u{fffd}');
                rest = &rest[good + bad_len..];
            }
        }
    }
}

/// CPython's message for undecodable UTF-8 in `compile(bytes)`.
fn codec_error(
    bytes: &[u8],
    offset: usize,
    bad: &[u8],
    error_len: Option<usize>,
    col: usize,
) -> DecodeError {
    let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count() as u32;
    let first = bad[0];
    let message = match error_len {
        None if bad.len() > 1 => format!(
            "(unicode error) 'utf-8' codec can't decode bytes in position {col}-{}: unexpected end of data",
            col + bad.len() - 1
        ),
        None => format!("(unicode error) 'utf-8' codec can't decode byte 0x{first:02x} in position {col}: unexpected end of data"),
        Some(n) => {
            let reason = if (0x80..0xc2).contains(&first) || first > 0xf4 { "invalid start byte" } else { "invalid continuation byte" };
            if n > 1 {
                format!("(unicode error) 'utf-8' codec can't decode bytes in position {col}-{}: {reason}", col + n - 1)
            } else {
                format!("(unicode error) 'utf-8' codec can't decode byte 0x{first:02x} in position {col}: {reason}")
            }
        }
    };
    DecodeError { message, line }
}

fn non_utf8(bytes: &[u8], pos: usize) -> DecodeError {
    let line = 1 + bytes[..pos].iter().filter(|&&b| b == b'\n').count() as u32;
    DecodeError {
        message: format!(
            "Non-UTF-8 code starting with '\\x{:02x}' in file on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            bytes[pos]
        ),
        line,
    }
}

/// The encoding named by a `coding[:=]` comment on line 1 or 2 (PEP 263).
fn coding_cookie(bytes: &[u8]) -> Option<String> {
    let mut lines = bytes.split(|&b| b == b'\n');
    for (n, line) in lines.by_ref().take(2).enumerate() {
        let line = std::str::from_utf8(line).unwrap_or("");
        let trimmed = line.trim_start_matches(['\u{feff}', ' ', '\t', '\x0c']);
        if !trimmed.starts_with('#') {
            // Only a comment or blank line 1 lets line 2 carry the cookie.
            if n == 0 && !trimmed.trim().is_empty() {
                return None;
            }
            continue;
        }
        if let Some(i) = trimmed.find("coding") {
            let rest = &trimmed[i + 6..];
            if let Some(rest) = rest.strip_prefix([':', '=']) {
                let name: String = rest
                    .trim_start_matches([' ', '\t'])
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
                    .collect();
                if !name.is_empty() {
                    return Some(name);
                }
            }
        }
    }
    None
}

fn normalize_encoding(name: &str) -> String {
    let lower = name.to_ascii_lowercase().replace('_', "-");
    match lower.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => "utf-8".into(),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" | "l1" | "iso-latin-1" | "8859"
        | "cp819" | "latin" => "latin-1".into(),
        "ascii" | "us-ascii" | "646" => "ascii".into(),
        _ if lower.starts_with("utf-8-")
            || lower.starts_with("latin-1-")
            || lower.starts_with("iso-8859-1-") =>
        {
            normalize_encoding(lower.rsplit_once('-').map_or(&lower, |(a, _)| a))
        }
        _ => lower,
    }
}

/// The encoding `python3 -m tokenize` names in its ENCODING token, or the
/// message its `detect_encoding` fails with (`filename` as the user gave it).
pub fn tokenize_encoding(bytes: &[u8], filename: &str) -> Result<String, String> {
    let (bom, bytes) = match bytes.strip_prefix(b"\xef\xbb\xbf") {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let file = crate::pyrepr::repr_str(filename);
    let find_cookie = |line: &[u8]| -> Result<Option<String>, String> {
        let line = std::str::from_utf8(line)
            .map_err(|_| format!("invalid or missing encoding declaration for {file}"))?;
        let Some(enc) = tokenize_cookie(line).map(|name| tokenize_normal_name(&name)) else {
            return Ok(None);
        };
        let known = matches!(
            normalize_encoding(&enc).as_str(),
            "utf-8" | "latin-1" | "ascii"
        ) || encoding_rs::Encoding::for_label(enc.as_bytes()).is_some();
        if !known {
            return Err(format!("unknown encoding for {file}: {enc}"));
        }
        if bom && enc != "utf-8" {
            return Err(format!("encoding problem for {file}: utf-8"));
        }
        // With a BOM this is utf-8-sig, which the ENCODING token calls utf-8.
        Ok(Some(enc))
    };
    let mut lines = bytes.split_inclusive(|&b| b == b'\n');
    let default = || Ok("utf-8".to_owned());
    let Some(first) = lines.next() else {
        return default();
    };
    if let Some(enc) = find_cookie(first)? {
        return Ok(enc);
    }
    // Line 2 counts only after a blank or comment-only line 1.
    let rest = first
        .iter()
        .skip_while(|b| matches!(b, b' ' | b'\t' | b'\x0c'));
    if !matches!(rest.clone().next(), None | Some(b'#' | b'\r' | b'\n')) {
        return default();
    }
    match lines.next() {
        Some(second) => Ok(find_cookie(second)?.unwrap_or_else(|| "utf-8".to_owned())),
        None => default(),
    }
}

/// tokenize.py's `_get_normal_name`: utf-8 and latin-1 spellings unified,
/// judged on the first 12 characters; other names unchanged.
fn tokenize_normal_name(name: &str) -> String {
    let enc: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if enc == "utf-8" || enc.starts_with("utf-8-") {
        return "utf-8".into();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin
        .iter()
        .any(|l| enc == *l || enc.starts_with(&format!("{l}-")))
    {
        return "iso-8859-1".into();
    }
    name.to_owned()
}

/// tokenize.py's `cookie_re`, `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`, on one line.
fn tokenize_cookie(line: &str) -> Option<String> {
    let line = line.split('\n').next().unwrap_or("");
    let rest = line
        .trim_start_matches([' ', '\t', '\x0c'])
        .strip_prefix('#')?;
    rest.match_indices("coding").find_map(|(i, _)| {
        let after = rest[i + 6..].strip_prefix([':', '='])?;
        let name: String = after
            .trim_start_matches([' ', '\t'])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
            .collect();
        (!name.is_empty()).then_some(name)
    })
}
