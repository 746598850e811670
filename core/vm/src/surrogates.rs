//! Lone surrogates in a str whose text is a Rust `String`.
//!
//! Python strs may hold the code points U+D800..U+DFFF on their own (the
//! `surrogateescape` error handler makes them from undecodable bytes,
//! `'\ud800'` and `chr(0xd800)` write them directly). UTF-8 cannot encode
//! them, so a PVM str holds each one as a stand-in: U+D800 + k becomes
//! U+10F000 + k, 2048 code points of plane 16's private use area, which
//! real text practically never contains. The range stops short of the end
//! of plane 16, so U+10FFFF (`sys.maxunicode`, a favourite of tests) keeps
//! its own identity. Every place where the
//! difference is observable translates: constants built from the
//! compiler's `SurrogateStr`, `chr`/`ord`, `repr`/`ascii`, hashing,
//! comparison, the codecs and writing to the standard streams. A real
//! U+10F000..U+10F7FF in data reads as the matching surrogate: that is the
//! price of keeping one representation for every str.

use std::cmp::Ordering;

/// The first stand-in code point (it stands for U+D800).
pub const STAND_IN_FIRST: u32 = 0x10_F000;
/// The first surrogate code point.
pub const SURROGATE_FIRST: u32 = 0xD800;
/// How many surrogates there are (U+D800..U+DFFF).
const COUNT: u32 = 0x800;

/// Whether `cp` is a surrogate code point (U+D800..U+DFFF).
#[inline]
pub fn is_surrogate_code_point(cp: u32) -> bool {
    cp.wrapping_sub(SURROGATE_FIRST) < COUNT
}

/// Whether `c` is the stand-in of a lone surrogate.
#[inline]
pub fn is_stand_in(c: char) -> bool {
    (c as u32).wrapping_sub(STAND_IN_FIRST) < COUNT
}

/// The Python code point a PVM char stands for.
#[inline]
pub fn code_point(c: char) -> u32 {
    if is_stand_in(c) {
        c as u32 - STAND_IN_FIRST + SURROGATE_FIRST
    } else {
        c as u32
    }
}

/// The PVM char for a Python code point (a surrogate becomes its
/// stand-in); None past U+10FFFF.
#[inline]
pub fn char_of(cp: u32) -> Option<char> {
    if is_surrogate_code_point(cp) {
        char::from_u32(cp - SURROGATE_FIRST + STAND_IN_FIRST)
    } else {
        char::from_u32(cp)
    }
}

/// Text from Python code points (lone surrogates become stand-ins;
/// anything past U+10FFFF, which no caller passes, becomes U+FFFD).
pub fn from_code_points(cps: &[u32]) -> String {
    cps.iter()
        .map(|&cp| char_of(cp).unwrap_or('\u{FFFD}'))
        .collect()
}

/// The Python code points of a text.
pub fn code_points(s: &str) -> Vec<u32> {
    s.chars().map(code_point).collect()
}

/// Whether the text holds a stand-in. Stand-ins are the only chars whose
/// UTF-8 starts F4 8F 80..9F, and a 0xF4 byte is rare, so the common case
/// is one pass of a loop the compiler vectorises.
pub fn contains(s: &str) -> bool {
    let b = s.as_bytes();
    if s.is_ascii() || !has_byte_f4(b) {
        return false;
    }
    b.windows(3)
        .any(|w| w[0] == 0xF4 && w[1] == 0x8F && w[2] < 0xA0)
}

/// Whether any byte is 0xF4 (32-byte blocks without early exit, so the
/// loop vectorises; the remainder byte by byte).
fn has_byte_f4(b: &[u8]) -> bool {
    let mut blocks = b.chunks_exact(32);
    for block in &mut blocks {
        if block.iter().fold(false, |acc, &x| acc | (x == 0xF4)) {
            return true;
        }
    }
    blocks.remainder().contains(&0xF4)
}

/// Python's order of two non-ASCII texts. UTF-8 byte order is code point
/// order except where a stand-in meets a char in U+E000..U+10EFFF (the
/// stand-in sorts after it by bytes, its surrogate before) or a char past
/// the stand-ins (which sorts after both), so only the
/// first differing char is decoded when its lead byte could start a
/// stand-in. When either text is ASCII, plain byte order is right (an
/// ASCII char sorts before a stand-in either way), and callers check that
/// first.
pub fn compare(a: &str, b: &str) -> Ordering {
    let (x, y) = (a.as_bytes(), b.as_bytes());
    let n = x.len().min(y.len());
    let i = mismatch(&x[..n], &y[..n]);
    if i == n {
        return x.len().cmp(&y.len());
    }
    // The differing chars start at the same offset `p` in both texts: the
    // bytes before `i` are equal, and so are the char boundaries there.
    let mut p = i;
    while p > 0 && x[p] & 0xC0 == 0x80 {
        p -= 1;
    }
    if x[p] != 0xF4 && y[p] != 0xF4 {
        return x[i].cmp(&y[i]);
    }
    let ca = a.get(p..).and_then(|t| t.chars().next());
    let cb = b.get(p..).and_then(|t| t.chars().next());
    match (ca, cb) {
        (Some(ca), Some(cb)) => code_point(ca).cmp(&code_point(cb)),
        // Unreachable for valid UTF-8; byte order is a safe answer.
        _ => x[i].cmp(&y[i]),
    }
}

/// Python's order of two strs: byte order unless both are non-ASCII.
#[inline]
pub fn compare_strs(x: &crate::str::PyStr, y: &crate::str::PyStr) -> Ordering {
    if x.is_ascii() || y.is_ascii() {
        x.as_str().cmp(y.as_str())
    } else {
        compare(x.as_str(), y.as_str())
    }
}

/// The first index where two equally long byte strings differ (their
/// length if none), eight bytes at a time.
fn mismatch(x: &[u8], y: &[u8]) -> usize {
    let mut i = 0;
    for (cx, cy) in x.chunks_exact(8).zip(y.chunks_exact(8)) {
        let mut wx = [0u8; 8];
        let mut wy = [0u8; 8];
        wx.copy_from_slice(cx);
        wy.copy_from_slice(cy);
        let d = u64::from_le_bytes(wx) ^ u64::from_le_bytes(wy);
        if d != 0 {
            return i + (d.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < x.len() && x[i] == y[i] {
        i += 1;
    }
    i
}

/// Replaces each stand-in with a `\udXXX` escape: what a stream whose
/// error handler is `backslashreplace` (sys.stderr) writes.
pub fn backslash_escaped(s: &str) -> std::borrow::Cow<'_, str> {
    if !contains(s) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if is_stand_in(c) {
            push_hex_escape(&mut out, code_point(c));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Appends `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for a code point, as CPython's
/// repr, ascii() and backslashreplace write it.
pub fn push_hex_escape(out: &mut String, cp: u32) {
    use std::fmt::Write as _;
    let _ = match cp {
        0..=0xFF => write!(out, "\\x{cp:02x}"),
        0x100..=0xFFFF => write!(out, "\\u{cp:04x}"),
        _ => write!(out, "\\U{cp:08x}"),
    };
}

/// UTF-8 bytes decoded with `surrogateescape`: each byte of an invalid
/// sequence becomes U+DC80..U+DCFF (its stand-in), as file names, command
/// arguments and environment values decode in CPython. Every byte of an
/// invalid sequence is at least 0x80, so escaping them one by one is the
/// handler's result whatever the sequence's length.
pub fn decode_utf8_escaped(mut b: &[u8]) -> String {
    let mut out = String::with_capacity(b.len());
    loop {
        match std::str::from_utf8(b) {
            Ok(s) => {
                out.push_str(s);
                return out;
            }
            Err(e) => {
                let (valid, rest) = b.split_at(e.valid_up_to());
                out.push_str(std::str::from_utf8(valid).unwrap_or(""));
                let bad = e.error_len().unwrap_or(rest.len()).max(1).min(rest.len());
                for &x in &rest[..bad] {
                    out.push(char_of(0xDC00 + x as u32).unwrap_or('\u{FFFD}'));
                }
                b = &rest[bad..];
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mapping_round_trips() {
        for cp in [0xD800, 0xDBFF, 0xDC00, 0xDC80, 0xDFFF] {
            let c = char_of(cp).expect("in range");
            assert!(is_stand_in(c));
            assert_eq!(code_point(c), cp);
        }
        assert_eq!(char_of(0x41), Some('A'));
        assert_eq!(char_of(0x11_0000), None);
        assert_eq!(code_point('\u{10FFFF}'), 0x10FFFF);
        assert_eq!(code_point('\u{10EFFF}'), 0x10EFFF);
    }

    #[test]
    fn detects_stand_ins() {
        let s = from_code_points(&[0x61, 0xDC80, 0x62]);
        assert!(contains(&s));
        assert!(!contains("abc"));
        assert!(!contains("\u{10FFFF}\u{10EFFF}\u{10000}é"));
        assert!(contains(
            &"é"
                .repeat(40)
                .chars()
                .chain(char_of(0xDFFF))
                .collect::<String>()
        ));
    }

    #[test]
    fn decodes_with_surrogateescape() {
        let s = decode_utf8_escaped(b"a\xffb\xed\xa0\x80\xc3\xa9\xe2\x82");
        assert_eq!(
            code_points(&s),
            [0x61, 0xDCFF, 0x62, 0xDCED, 0xDCA0, 0xDC80, 0xE9, 0xDCE2, 0xDC82]
        );
        assert_eq!(decode_utf8_escaped(b"plain"), "plain");
    }

    #[test]
    fn orders_by_code_point() {
        let sur = from_code_points(&[0xD800]);
        let cases = [
            ("\u{E000}", sur.as_str(), Ordering::Greater),
            ("\u{FFFF}", sur.as_str(), Ordering::Greater),
            ("\u{10EFFF}", sur.as_str(), Ordering::Greater),
            ("\u{10FFFF}", sur.as_str(), Ordering::Greater),
            ("\u{D7FF}", sur.as_str(), Ordering::Less),
            ("é", "é", Ordering::Equal),
            ("éa", "é", Ordering::Greater),
        ];
        for (a, b, want) in cases {
            assert_eq!(compare(a, b), want, "{a:?} vs {b:?}");
            assert_eq!(compare(b, a), want.reverse());
        }
        let long_a = format!("{}\u{E000}", "é".repeat(20));
        let long_b = format!("{}{sur}", "é".repeat(20));
        assert_eq!(compare(&long_a, &long_b), Ordering::Greater);
    }
}
