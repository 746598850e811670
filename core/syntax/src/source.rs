//! Decoding source bytes as CPython does: BOM, PEP 263 coding cookie,
//! UTF-8 by default.

/// Source bytes that cannot be decoded, with CPython's message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DecodeError {
    /// The message CPython reports as a SyntaxError.
    pub message: String,
    /// The 1-based line the problem is on.
    pub line: u32,
}

/// Decodes a source file. A UTF-8 BOM is kept as the first character so
/// the tree stays lossless; the lexer treats it as trivia.
pub fn decode(bytes: &[u8]) -> Result<String, DecodeError> {
    let has_bom = bytes.starts_with(b"\xef\xbb\xbf");
    let encoding = coding_cookie(bytes);
    if let Some(enc) = &encoding {
        let norm = normalize_encoding(enc);
        if has_bom && norm != "utf-8" {
            return Err(DecodeError {
                message: format!("encoding problem: {enc} with BOM"),
                line: 1,
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
                        line: 1,
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
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_owned()),
        Err(e) => Err(non_utf8(bytes, e.valid_up_to())),
    }
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
