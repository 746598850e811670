//! The built-in codecs (utf-8, utf-8-sig, ascii, latin-1, cp1252, utf-16,
//! utf-32) with CPython's error handlers, and the `UnicodeDecodeError` /
//! `UnicodeEncodeError` / `UnicodeTranslateError` attributes and messages.

use crate::args::Args;
use crate::object::ObjRef;
use crate::payload::{NativeKind, Payload};
use crate::surrogates;
use crate::value::Value;
use crate::{PyResult, Vm};

/// A codec PVM implements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Codec {
    Utf8,
    Utf8Sig,
    Ascii,
    Latin1,
    Cp1252,
    Utf16(Option<bool>),
    Utf32(Option<bool>),
}

impl Codec {
    fn name(self) -> &'static str {
        match self {
            Codec::Utf8 => "utf-8",
            Codec::Utf8Sig => "utf-8-sig",
            Codec::Ascii => "ascii",
            Codec::Latin1 => "latin-1",
            Codec::Cp1252 => "charmap",
            Codec::Utf16(None) => "utf-16",
            Codec::Utf16(Some(true)) => "utf-16-be",
            Codec::Utf16(Some(false)) => "utf-16-le",
            Codec::Utf32(None) => "utf-32",
            Codec::Utf32(Some(true)) => "utf-32-be",
            Codec::Utf32(Some(false)) => "utf-32-le",
        }
    }
}

fn lookup(vm: &mut Vm, encoding: &str) -> PyResult<Codec> {
    let mut norm = String::with_capacity(encoding.len());
    for c in encoding.trim().chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            norm.push(c.to_ascii_lowercase());
        } else if !norm.ends_with('_') {
            norm.push('_');
        }
    }
    let codec = match norm.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "utf_8_sig" | "utf8_sig" => Codec::Utf8Sig,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "iso646_us"
        | "cp367" | "csascii" | "ibm367" | "iso_ir_6" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" | "csisolatin1" | "ibm819" | "iso_8859_1_1987" => Codec::Latin1,
        "cp1252" | "windows_1252" | "1252" => Codec::Cp1252,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(None),
        "utf_16_le" | "utf_16le" | "utf16le" | "unicodelittleunmarked" => Codec::Utf16(Some(false)),
        "utf_16_be" | "utf_16be" | "utf16be" | "unicodebigunmarked" => Codec::Utf16(Some(true)),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(None),
        "utf_32_le" | "utf_32le" | "utf32le" => Codec::Utf32(Some(false)),
        "utf_32_be" | "utf_32be" | "utf32be" => Codec::Utf32(Some(true)),
        _ => return Err(vm.new_error("LookupError", format!("unknown encoding: {encoding}"))),
    };
    Ok(codec)
}

/// The canonical name of the codec `encoding` names ("utf-8",
/// "latin-1", "utf-16-le", ...; "charmap" for cp1252), or LookupError.
pub fn canonical_name(vm: &mut Vm, encoding: &str) -> PyResult<&'static str> {
    lookup(vm, encoding).map(Codec::name)
}

/// cp1252's 0x80..0xA0 block (0 where undefined).
const CP1252_HIGH: [u16; 32] = [
    0x20AC, 0, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039,
    0x0152, 0, 0x017D, 0, 0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC,
    0x2122, 0x0161, 0x203A, 0x0153, 0, 0x017E, 0x0178,
];

fn cp1252_encode(c: char) -> Option<u8> {
    let n = c as u32;
    if n < 0x80 || (0xA0..0x100).contains(&n) {
        return Some(n as u8);
    }
    CP1252_HIGH
        .iter()
        .position(|&m| m != 0 && m as u32 == n)
        .map(|i| 0x80 + i as u8)
}

fn unknown_handler(vm: &mut Vm, errors: &str) -> ObjRef {
    vm.new_error(
        "LookupError",
        format!("unknown error handler name '{errors}'"),
    )
}

/// A `UnicodeEncodeError`/`UnicodeDecodeError` with its attributes set.
fn codec_error(
    vm: &mut Vm,
    kind: &str,
    encoding: &str,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> ObjRef {
    let ty = vm.exc_type(kind);
    let enc = vm.new_str(encoding);
    let why = vm.new_str(reason);
    let args = vec![
        enc.clone(),
        object.clone(),
        Value::Int(start as i64),
        Value::Int(end as i64),
        why.clone(),
    ];
    let e = crate::exceptions::new_exception(vm, &ty, args);
    vm.set_attr_direct(&e, "encoding", enc);
    vm.set_attr_direct(&e, "object", object);
    vm.set_attr_direct(&e, "start", Value::Int(start as i64));
    vm.set_attr_direct(&e, "end", Value::Int(end as i64));
    vm.set_attr_direct(&e, "reason", why);
    e
}

/// The reason UTF-8/16/32 give for a lone surrogate they cannot encode.
const SURROGATES_NOT_ALLOWED: &str = "surrogates not allowed";

/// Encodes text with a codec and error handler.
pub fn encode(vm: &mut Vm, s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(vm, encoding)?;
    let mut out = Vec::with_capacity(s.len());
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            if codec == Codec::Utf8Sig {
                out.extend_from_slice(b"\xef\xbb\xbf");
            }
            // Only lone surrogates' stand-ins differ from their UTF-8 bytes.
            if !surrogates::contains(s) {
                out.extend_from_slice(s.as_bytes());
                return Ok(out);
            }
            encode_utf8_surrogates(vm, s, errors, &mut out)?;
            return Ok(out);
        }
        Codec::Utf16(order) | Codec::Utf32(order) => {
            encode_wide(vm, s, codec, order, errors, &mut out)?;
            return Ok(out);
        }
        Codec::Ascii | Codec::Latin1 | Codec::Cp1252 => {}
    }
    let enc1 = |c: char| -> Option<u8> {
        match codec {
            Codec::Ascii => (c.is_ascii()).then_some(c as u8),
            Codec::Latin1 => ((c as u32) < 0x100).then_some(c as u32 as u8),
            _ => cp1252_encode(c),
        }
    };
    let reason = match codec {
        Codec::Ascii => "ordinal not in range(128)",
        Codec::Latin1 => "ordinal not in range(256)",
        _ => "character maps to <undefined>",
    };
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if let Some(b) = enc1(chars[i]) {
            out.push(b);
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && enc1(chars[end]).is_none() {
            end += 1;
        }
        let mut fail_at = None;
        match errors {
            "strict" | "surrogatepass" => fail_at = Some(i),
            "surrogateescape" => fail_at = escape_bytes(&chars[i..end], &mut out).map(|k| i + k),
            _ => replace_unencodable(vm, errors, &chars[i..end], &mut |b| out.push(b))?,
        }
        if let Some(k) = fail_at {
            return Err(encode_error(vm, s, codec.name(), k, end, reason));
        }
        i = end;
    }
    Ok(out)
}

/// `surrogateescape`: U+DC80..U+DCFF are the bytes 0x80..0xFF, appended
/// to `out`; the index of the first other char (which fails with the rest
/// of the stretch), if any.
fn escape_bytes(chars: &[char], out: &mut Vec<u8>) -> Option<usize> {
    for (k, &c) in chars.iter().enumerate() {
        match escaped_byte(c) {
            Some(b) => out.push(b),
            None => return Some(k),
        }
    }
    None
}

/// The byte a `surrogateescape` surrogate (U+DC80..U+DCFF) stands for.
fn escaped_byte(c: char) -> Option<u8> {
    let cp = surrogates::code_point(c);
    (0xDC80..=0xDCFF).contains(&cp).then(|| (cp - 0xDC00) as u8)
}

/// The `ignore`, `replace`, `backslashreplace` and `xmlcharrefreplace`
/// replacements of unencodable chars, as ASCII bytes handed to `push`
/// (which encodes them in the codec's own units); LookupError for any
/// other handler name.
fn replace_unencodable(
    vm: &mut Vm,
    errors: &str,
    chars: &[char],
    push: &mut dyn FnMut(u8),
) -> PyResult<()> {
    for &c in chars {
        let cp = surrogates::code_point(c);
        let text = match errors {
            "ignore" => continue,
            "replace" => "?".to_string(),
            "backslashreplace" => escape_char(cp),
            "xmlcharrefreplace" => format!("&#{cp};"),
            _ => return Err(unknown_handler(vm, errors)),
        };
        text.bytes().for_each(&mut *push);
    }
    Ok(())
}

/// UTF-8 of a text holding lone surrogates' stand-ins: each run of them
/// is one error for the handler, as in CPython's encoder.
fn encode_utf8_surrogates(vm: &mut Vm, s: &str, errors: &str, out: &mut Vec<u8>) -> PyResult<()> {
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if !surrogates::is_stand_in(c) {
            let mut buf = [0u8; 4];
            out.extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
            i += 1;
            continue;
        }
        let mut end = i + 1;
        while end < chars.len() && surrogates::is_stand_in(chars[end]) {
            end += 1;
        }
        let mut fail_at = None;
        match errors {
            "strict" => fail_at = Some(i),
            "surrogatepass" => {
                // The three-byte form UTF-8 forbids for U+D800..U+DFFF.
                for &c in &chars[i..end] {
                    let cp = surrogates::code_point(c);
                    out.extend_from_slice(&[
                        0xE0 | (cp >> 12) as u8,
                        0x80 | ((cp >> 6) & 0x3F) as u8,
                        0x80 | (cp & 0x3F) as u8,
                    ]);
                }
            }
            "surrogateescape" => fail_at = escape_bytes(&chars[i..end], out).map(|k| i + k),
            _ => replace_unencodable(vm, errors, &chars[i..end], &mut |b| out.push(b))?,
        }
        if let Some(k) = fail_at {
            return Err(encode_error(
                vm,
                s,
                Codec::Utf8.name(),
                k,
                end,
                SURROGATES_NOT_ALLOWED,
            ));
        }
        i = end;
    }
    Ok(())
}

/// UTF-16 or UTF-32 (`order`: big-endian, or None for native order with a
/// BOM). Each lone surrogate is an error of its own; `surrogatepass`
/// writes it as a unit, and `surrogateescape` cannot (its byte is not a
/// whole unit), so it fails as `strict` does.
fn encode_wide(
    vm: &mut Vm,
    s: &str,
    codec: Codec,
    order: Option<bool>,
    errors: &str,
    out: &mut Vec<u8>,
) -> PyResult<()> {
    let be = order.unwrap_or(false);
    let wide32 = matches!(codec, Codec::Utf32(_));
    let push = |out: &mut Vec<u8>, u: u32| match (wide32, be) {
        (true, true) => out.extend_from_slice(&u.to_be_bytes()),
        (true, false) => out.extend_from_slice(&u.to_le_bytes()),
        (false, true) => out.extend_from_slice(&(u as u16).to_be_bytes()),
        (false, false) => out.extend_from_slice(&(u as u16).to_le_bytes()),
    };
    if order.is_none() {
        push(out, 0xFEFF);
    }
    let mut buf = [0u16; 2];
    for (i, c) in s.chars().enumerate() {
        if surrogates::is_stand_in(c) {
            match errors {
                "surrogatepass" => push(out, surrogates::code_point(c)),
                "strict" | "surrogateescape" => {
                    return Err(encode_error(
                        vm,
                        s,
                        codec.name(),
                        i,
                        i + 1,
                        SURROGATES_NOT_ALLOWED,
                    ));
                }
                _ => replace_unencodable(vm, errors, &[c], &mut |b| push(out, b as u32))?,
            }
        } else if wide32 {
            push(out, c as u32);
        } else {
            for &u in c.encode_utf16(&mut buf).iter() {
                push(out, u as u32);
            }
        }
    }
    Ok(())
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for a code point.
fn escape_char(cp: u32) -> String {
    let mut out = String::new();
    surrogates::push_hex_escape(&mut out, cp);
    out
}

/// One undecodable stretch `b[start..end]`: the handler's replacement is
/// appended to `out`, and the result is where decoding resumes (or the
/// UnicodeDecodeError, for `strict` and for a handler that cannot help).
#[allow(clippy::too_many_arguments)]
fn decode_error(
    vm: &mut Vm,
    out: &mut String,
    errors: &str,
    codec: Codec,
    b: &[u8],
    object: &Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<usize> {
    let resume = match errors {
        "strict" => None,
        "ignore" => Some(end),
        "replace" => {
            out.push('\u{FFFD}');
            Some(end)
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Some(end)
        }
        "surrogateescape" => {
            // Bytes 0x80..0xFF become U+DC80..U+DCFF, at most four of them
            // from the start of the stretch (CPython's handler); an ASCII
            // byte cannot be escaped.
            let mut k = start;
            while k < end && k - start < 4 && b[k] >= 0x80 {
                out.push(surrogates::char_of(0xDC00 + b[k] as u32).unwrap_or('\u{FFFD}'));
                k += 1;
            }
            (k > start).then_some(k)
        }
        "surrogatepass" => surrogate_passed(codec, &b[start..]).map(|(cp, len)| {
            out.push(surrogates::char_of(cp).unwrap_or('\u{FFFD}'));
            start + len
        }),
        _ => return Err(unknown_handler(vm, errors)),
    };
    if let Some(next) = resume {
        return Ok(next);
    }
    let obj = match object.payload() {
        Some(Payload::Bytes(_)) => object.clone(),
        _ => vm.new_bytes(b.to_vec()),
    };
    Err(codec_error(
        vm,
        "UnicodeDecodeError",
        codec.name(),
        obj,
        start,
        end,
        reason,
    ))
}

/// The lone surrogate encoded at the start of `b` in the codec's own form
/// (`surrogatepass`), with its length in bytes.
fn surrogate_passed(codec: Codec, b: &[u8]) -> Option<(u32, usize)> {
    let (cp, len) = match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            if b.len() < 3 || b[0] != 0xED || !is_cont(b[1]) || !is_cont(b[2]) {
                return None;
            }
            let cp = 0xD000 | ((b[1] as u32 & 0x3F) << 6) | (b[2] as u32 & 0x3F);
            (cp, 3)
        }
        Codec::Utf16(Some(be)) if b.len() >= 2 => {
            let p = [b[0], b[1]];
            let u = if be {
                u16::from_be_bytes(p)
            } else {
                u16::from_le_bytes(p)
            };
            (u as u32, 2)
        }
        Codec::Utf32(Some(be)) if b.len() >= 4 => {
            let p = [b[0], b[1], b[2], b[3]];
            let u = if be {
                u32::from_be_bytes(p)
            } else {
                u32::from_le_bytes(p)
            };
            (u, 4)
        }
        _ => return None,
    };
    surrogates::is_surrogate_code_point(cp).then_some((cp, len))
}

fn is_cont(b: u8) -> bool {
    (0x80..0xC0).contains(&b)
}

/// Where CPython's UTF-8 decoder stops at `s[i]`: Ok(char, len), or
/// Err((error length, reason)) for an invalid sequence.
fn utf8_step(s: &[u8], i: usize) -> Result<(char, usize), (usize, &'static str)> {
    let n = s.len() - i;
    let c = s[i];
    const START: &str = "invalid start byte";
    const CONT: &str = "invalid continuation byte";
    const END: &str = "unexpected end of data";
    if c < 0x80 {
        return Ok((c as char, 1));
    }
    if c < 0xC2 {
        return Err((1, START));
    }
    if c < 0xE0 {
        if n < 2 {
            return Err((n, END));
        }
        if !is_cont(s[i + 1]) {
            return Err((1, CONT));
        }
        let v = ((c as u32 & 0x1F) << 6) | (s[i + 1] as u32 & 0x3F);
        return Ok((char::from_u32(v).unwrap_or('\u{FFFD}'), 2));
    }
    if c < 0xF0 {
        if n < 2 {
            return Err((n, END));
        }
        let c2 = s[i + 1];
        if !is_cont(c2) || (c == 0xE0 && c2 < 0xA0) || (c == 0xED && c2 >= 0xA0) {
            return Err((1, CONT));
        }
        if n < 3 {
            return Err((n, END));
        }
        if !is_cont(s[i + 2]) {
            return Err((2, CONT));
        }
        let v = ((c as u32 & 0x0F) << 12) | ((c2 as u32 & 0x3F) << 6) | (s[i + 2] as u32 & 0x3F);
        return Ok((char::from_u32(v).unwrap_or('\u{FFFD}'), 3));
    }
    if c < 0xF5 {
        if n < 2 {
            return Err((n, END));
        }
        let c2 = s[i + 1];
        if !is_cont(c2) || (c == 0xF0 && c2 < 0x90) || (c == 0xF4 && c2 >= 0x90) {
            return Err((1, CONT));
        }
        if n < 3 {
            return Err((n, END));
        }
        if !is_cont(s[i + 2]) {
            return Err((2, CONT));
        }
        if n < 4 {
            return Err((n, END));
        }
        if !is_cont(s[i + 3]) {
            return Err((3, CONT));
        }
        let v = ((c as u32 & 0x07) << 18)
            | ((c2 as u32 & 0x3F) << 12)
            | ((s[i + 2] as u32 & 0x3F) << 6)
            | (s[i + 3] as u32 & 0x3F);
        return Ok((char::from_u32(v).unwrap_or('\u{FFFD}'), 4));
    }
    Err((1, START))
}

/// Decodes bytes with a codec and error handler; `object` is the original
/// bytes-like value (for the error's `object` attribute).
pub fn decode_value(
    vm: &mut Vm,
    b: &[u8],
    object: &Value,
    encoding: &str,
    errors: &str,
) -> PyResult<String> {
    let codec = lookup(vm, encoding)?;
    let mut out = String::with_capacity(b.len());
    // Each arm's `fail(vm, out, start, end, reason)` runs the error
    // handler and gives the index where decoding resumes.
    let fail = |vm: &mut Vm, out: &mut String, codec, start, end, reason: &str| {
        decode_error(vm, out, errors, codec, b, object, start, end, reason)
    };
    match codec {
        Codec::Utf8 | Codec::Utf8Sig => {
            let mut i = 0;
            if codec == Codec::Utf8Sig && b.starts_with(b"\xef\xbb\xbf") {
                i = 3;
            }
            if let Ok(s) = std::str::from_utf8(&b[i..]) {
                return Ok(s.to_string());
            }
            while i < b.len() {
                // Copy the valid run in one go.
                let valid = match std::str::from_utf8(&b[i..]) {
                    Ok(s) => s.len(),
                    Err(e) => e.valid_up_to(),
                };
                if valid > 0 {
                    out.push_str(std::str::from_utf8(&b[i..i + valid]).unwrap_or(""));
                    i += valid;
                    continue;
                }
                match utf8_step(b, i) {
                    Ok((c, len)) => {
                        out.push(c);
                        i += len;
                    }
                    Err((len, reason)) => {
                        let end = i + len.max(1);
                        i = fail(vm, &mut out, Codec::Utf8, i, end, reason)?;
                    }
                }
            }
        }
        Codec::Ascii => {
            let mut i = 0;
            while i < b.len() {
                if b[i] < 0x80 {
                    out.push(b[i] as char);
                    i += 1;
                } else {
                    let r = "ordinal not in range(128)";
                    i = fail(vm, &mut out, codec, i, i + 1, r)?;
                }
            }
        }
        Codec::Latin1 => out.extend(b.iter().map(|&c| c as char)),
        Codec::Cp1252 => {
            let mut i = 0;
            while i < b.len() {
                let c = b[i];
                let m = if (0x80..0xA0).contains(&c) {
                    CP1252_HIGH[(c - 0x80) as usize] as u32
                } else {
                    c as u32
                };
                if m == 0 && c != 0 {
                    let r = "character maps to <undefined>";
                    i = fail(vm, &mut out, codec, i, i + 1, r)?;
                } else {
                    out.push(char::from_u32(m).unwrap_or('\u{FFFD}'));
                    i += 1;
                }
            }
        }
        Codec::Utf16(order) => {
            let mut be = order.unwrap_or(false);
            let mut i = 0;
            if order.is_none() && b.len() >= 2 {
                if b[..2] == [0xFF, 0xFE] {
                    i = 2;
                } else if b[..2] == [0xFE, 0xFF] {
                    be = true;
                    i = 2;
                }
            }
            let codec = Codec::Utf16(Some(be));
            let unit = |k: usize| {
                let p = [b[k], b[k + 1]];
                if be {
                    u16::from_be_bytes(p)
                } else {
                    u16::from_le_bytes(p)
                }
            };
            while i < b.len() {
                if i + 1 >= b.len() {
                    i = fail(vm, &mut out, codec, i, b.len(), "truncated data")?;
                    continue;
                }
                let u = unit(i);
                if !(0xD800..0xE000).contains(&u) {
                    out.push(char::from_u32(u as u32).unwrap_or('\u{FFFD}'));
                    i += 2;
                    continue;
                }
                if u >= 0xDC00 {
                    i = fail(vm, &mut out, codec, i, i + 2, "illegal encoding")?;
                    continue;
                }
                if i + 3 >= b.len() {
                    i = fail(vm, &mut out, codec, i, b.len(), "unexpected end of data")?;
                    continue;
                }
                let u2 = unit(i + 2);
                if !(0xDC00..0xE000).contains(&u2) {
                    i = fail(vm, &mut out, codec, i, i + 2, "illegal UTF-16 surrogate")?;
                    continue;
                }
                let v = 0x10000 + (((u as u32) - 0xD800) << 10) + ((u2 as u32) - 0xDC00);
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
                i += 4;
            }
        }
        Codec::Utf32(order) => {
            let mut be = order.unwrap_or(false);
            let mut i = 0;
            if order.is_none() && b.len() >= 4 {
                if b[..4] == [0xFF, 0xFE, 0, 0] {
                    i = 4;
                } else if b[..4] == [0, 0, 0xFE, 0xFF] {
                    be = true;
                    i = 4;
                }
            }
            let codec = Codec::Utf32(Some(be));
            while i < b.len() {
                if i + 3 >= b.len() {
                    i = fail(vm, &mut out, codec, i, b.len(), "truncated data")?;
                    continue;
                }
                let p = [b[i], b[i + 1], b[i + 2], b[i + 3]];
                let v = if be {
                    u32::from_be_bytes(p)
                } else {
                    u32::from_le_bytes(p)
                };
                match char::from_u32(v) {
                    Some(c) => {
                        out.push(c);
                        i += 4;
                    }
                    None => {
                        let r = if v >= 0x110000 {
                            "code point not in range(0x110000)"
                        } else {
                            "code point in surrogate code point range(0xd800, 0xe000)"
                        };
                        i = fail(vm, &mut out, codec, i, i + 4, r)?;
                    }
                }
            }
        }
    }
    Ok(out)
}

/// Decodes bytes with a codec and error handler.
pub fn decode(vm: &mut Vm, b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    decode_value(vm, b, &Value::Null, encoding, errors)
}

fn exc_receiver(vm: &mut Vm, args: &Args) -> PyResult<ObjRef> {
    match args.values.first() {
        Some(Value::Obj(o)) if matches!(o.payload, Payload::Exception(_)) => Ok(o.clone()),
        _ => Err(vm.type_error("descriptor requires a 'UnicodeError' object")),
    }
}

fn set_exc_args(vm: &mut Vm, e: &ObjRef, items: Vec<Value>) {
    let t = vm.new_tuple(items);
    if let Payload::Exception(d) = &e.payload {
        d.borrow_mut().args = t;
    }
}

fn parse_fields(vm: &mut Vm, args: &Args, kinds: &[&str]) -> PyResult<Vec<Value>> {
    let a = args.pos()[1..].to_vec();
    if a.len() != kinds.len() {
        return Err(vm.type_error(format!(
            "function takes exactly {} arguments ({} given)",
            kinds.len(),
            a.len()
        )));
    }
    let mut out = Vec::new();
    for (i, (v, k)) in a.iter().zip(kinds).enumerate() {
        let ok = match *k {
            "str" => v.as_str().is_some(),
            "bytes" => crate::ops::seq::bytes_of(v).is_some(),
            _ => true,
        };
        if !ok {
            let tn = vm.type_name(v);
            if *k == "bytes" {
                return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
            }
            return Err(vm.type_error(format!("argument {} must be str, not {tn}", i + 1)));
        }
        let v = match *k {
            "int" => Value::Int(crate::builtins::cargs::ssize(vm, v)?),
            "bytes" if !matches!(v.payload(), Some(Payload::Bytes(_))) => {
                vm.new_bytes(crate::ops::seq::bytes_of(v).unwrap_or_default())
            }
            _ => v.clone(),
        };
        out.push(v);
    }
    Ok(out)
}

fn unicode_error_init(vm: &mut Vm, args: Args, decode: Option<bool>) -> PyResult<Value> {
    let e = exc_receiver(vm, &args)?;
    let all = args.pos()[1..].to_vec();
    set_exc_args(vm, &e, all);
    let (names, kinds): (&[&str], &[&str]) = match decode {
        Some(true) => (
            &["encoding", "object", "start", "end", "reason"],
            &["str", "bytes", "int", "int", "str"],
        ),
        Some(false) => (
            &["encoding", "object", "start", "end", "reason"],
            &["str", "str", "int", "int", "str"],
        ),
        None => (
            &["object", "start", "end", "reason"],
            &["str", "int", "int", "str"],
        ),
    };
    let fields = parse_fields(vm, &args, kinds)?;
    for (n, v) in names.iter().zip(fields) {
        vm.set_attr_direct(&e, n, v);
    }
    Ok(Value::None)
}

fn decode_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unicode_error_init(vm, args, Some(true))
}

fn encode_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unicode_error_init(vm, args, Some(false))
}

fn translate_error_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unicode_error_init(vm, args, None)
}

fn unicode_error_str(vm: &mut Vm, args: Args, kind: u8) -> PyResult<Value> {
    let e = exc_receiver(vm, &args)?;
    let get = |vm: &mut Vm, n: &str| crate::attr::get_dict_attr(vm, &e, n);
    let Some(object) = get(vm, "object") else {
        let a = crate::exceptions::args_of(&e);
        let s = match a.len() {
            0 => String::new(),
            1 => vm.str(&a[0])?,
            _ => {
                let t = vm.new_tuple(a);
                vm.str(&t)?
            }
        };
        return Ok(vm.new_str(s));
    };
    let start = match get(vm, "start") {
        Some(v) => vm.index(&v)?,
        None => 0,
    };
    let end = match get(vm, "end") {
        Some(v) => vm.index(&v)?,
        None => 0,
    };
    let reason = match get(vm, "reason") {
        Some(v) => vm.str(&v)?,
        None => String::new(),
    };
    let encoding = match get(vm, "encoding") {
        Some(v) => vm.str(&v)?,
        None => String::new(),
    };
    let msg = match kind {
        0 => {
            let b = crate::ops::seq::bytes_of(&object).unwrap_or_default();
            if start >= 0 && (start as usize) < b.len() && end == start + 1 {
                format!(
                    "'{encoding}' codec can't decode byte 0x{:02x} in position {start}: {reason}",
                    b[start as usize]
                )
            } else {
                format!(
                    "'{encoding}' codec can't decode bytes in position {start}-{}: {reason}",
                    end - 1
                )
            }
        }
        _ => {
            let s = object.as_str().unwrap_or("");
            let len = s.chars().count() as i64;
            let prefix = if kind == 1 {
                format!("'{encoding}' codec can't encode")
            } else {
                "can't translate".to_string()
            };
            if start >= 0 && start < len && end == start + 1 {
                let c = s.chars().nth(start as usize).unwrap_or('\0');
                format!(
                    "{prefix} character '{}' in position {start}: {reason}",
                    escape_char(surrogates::code_point(c))
                )
            } else {
                format!(
                    "{prefix} characters in position {start}-{}: {reason}",
                    end - 1
                )
            }
        }
    };
    Ok(vm.new_str(msg))
}

fn decode_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unicode_error_str(vm, args, 0)
}

fn encode_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unicode_error_str(vm, args, 1)
}

fn translate_error_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    unicode_error_str(vm, args, 2)
}

/// The UnicodeEncodeError for code points `start..end` of `s`.
fn encode_error(
    vm: &mut Vm,
    s: &str,
    codec: &str,
    start: usize,
    end: usize,
    reason: &str,
) -> ObjRef {
    let obj = vm.new_str(s);
    codec_error(vm, "UnicodeEncodeError", codec, obj, start, end, reason)
}

/// Installs `__init__`/`__str__` on the Unicode error types.
pub fn install(vm: &mut Vm) {
    let table: [(&str, crate::payload::NativeFn, crate::payload::NativeFn); 3] = [
        ("UnicodeDecodeError", decode_error_init, decode_error_str),
        ("UnicodeEncodeError", encode_error_init, encode_error_str),
        (
            "UnicodeTranslateError",
            translate_error_init,
            translate_error_str,
        ),
    ];
    for (name, init, s) in table {
        let Some(ty) = vm.exceptions.get(name).cloned() else {
            continue;
        };
        vm.add_methods(
            &ty,
            &[
                ("__init__", init, NativeKind::Method),
                ("__str__", s, NativeKind::Method),
            ],
        );
    }
}
