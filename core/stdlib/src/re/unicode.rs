//! The character predicates and case mappings `_sre` uses: ASCII ones for
//! bytes patterns and `re.ASCII`, Unicode ones for str patterns. CPython's
//! "simple" case mappings (`Py_UNICODE_TOLOWER`) are the first character
//! of the full mappings, which is what the VM's tables hold.

use pvm_vm::builtins::str_methods as sm;
use pvm_vm::builtins::unicode_data::{LOWER_MAP, UPPER_MAP};
use std::collections::HashMap;
use std::sync::OnceLock;

/// The first character of `c`'s entry in a full case-mapping table, or `c`.
fn first_of(table: &[(u32, &str)], c: u32) -> u32 {
    match table.binary_search_by_key(&c, |e| e.0) {
        Ok(i) => table[i].1.chars().next().map_or(c, |m| m as u32),
        Err(_) => c,
    }
}

/// `sre_lower_unicode`: the simple lowercase of a code point.
#[inline]
pub fn lower_uni(c: u32) -> u32 {
    if c < 0x80 {
        lower_ascii(c)
    } else {
        first_of(LOWER_MAP, c)
    }
}

/// `sre_upper_unicode`: the simple uppercase of a code point.
#[inline]
pub fn upper_uni(c: u32) -> u32 {
    if c < 0x80 {
        if (b'a' as u32..=b'z' as u32).contains(&c) {
            c - 32
        } else {
            c
        }
    } else {
        first_of(UPPER_MAP, c)
    }
}

/// `sre_lower_ascii`: ASCII letters lowered, anything else unchanged.
#[inline]
pub fn lower_ascii(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}

/// `_sre.unicode_iscased`: whether case-insensitive matching can change
/// how the character compares.
pub fn iscased_uni(c: u32) -> bool {
    c != lower_uni(c) || c != upper_uni(c)
}

/// `_sre.ascii_iscased`: an ASCII letter.
pub fn iscased_ascii(c: u32) -> bool {
    c < 0x80 && (c as u8).is_ascii_alphabetic()
}

/// The full uppercase of `c` as a string (the key that groups the
/// characters which compare equal case-insensitively).
fn upper_full(c: u32) -> String {
    match UPPER_MAP.binary_search_by_key(&c, |e| e.0) {
        Ok(i) => UPPER_MAP[i].1.to_string(),
        // A lone surrogate is its own key (its stand-in).
        Err(_) => pvm_vm::surrogates::char_of(c)
            .map(String::from)
            .unwrap_or_default(),
    }
}

/// re._casefix's table, derived from the case mappings: a lowercased
/// character to the other lowercased characters with the same uppercase
/// (`s` and `ſ`, `k` and the Kelvin sign's lowercase...).
fn fixes_table() -> &'static HashMap<u32, Vec<u32>> {
    static TABLE: OnceLock<HashMap<u32, Vec<u32>>> = OnceLock::new();
    TABLE.get_or_init(|| {
        // Every character that some mapping touches; the others are their
        // own lower and upper case and so are alone in their group.
        let mut chars: Vec<u32> = LOWER_MAP.iter().map(|e| e.0).collect();
        chars.extend(UPPER_MAP.iter().map(|e| e.0));
        for e in UPPER_MAP {
            let mut it = e.1.chars();
            if let (Some(u), None) = (it.next(), it.next()) {
                chars.push(u as u32);
            }
        }
        chars.sort_unstable();
        chars.dedup();
        let mut groups: HashMap<String, Vec<u32>> = HashMap::new();
        for c in chars {
            let lo = lower_uni(c);
            let g = groups.entry(upper_full(c)).or_default();
            if !g.contains(&lo) {
                g.push(lo);
            }
        }
        let mut table = HashMap::new();
        for los in groups.values().filter(|g| g.len() > 1) {
            for &lo in los {
                let mut others: Vec<u32> = los.iter().copied().filter(|&o| o != lo).collect();
                others.sort_unstable();
                table.insert(lo, others);
            }
        }
        table
    })
}

/// The other lowercase characters that match `lo` case-insensitively.
pub fn fixes(lo: u32) -> Option<&'static [u32]> {
    fixes_table().get(&lo).map(Vec::as_slice)
}

/// `SRE_IS_DIGIT`: an ASCII digit.
#[inline]
pub fn is_digit_ascii(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

/// `SRE_IS_SPACE`: ASCII whitespace (space, \t, \n, \v, \f, \r).
#[inline]
pub fn is_space_ascii(c: u32) -> bool {
    matches!(c, 0x20 | 0x09..=0x0d)
}

/// `SRE_IS_WORD`: an ASCII letter, digit or underscore.
#[inline]
pub fn is_word_ascii(c: u32) -> bool {
    c < 0x80 && ((c as u8).is_ascii_alphanumeric() || c == b'_' as u32)
}

/// `SRE_UNI_IS_DIGIT`: a Unicode decimal digit.
#[inline]
pub fn is_digit_uni(c: u32) -> bool {
    if c < 0x80 {
        return is_digit_ascii(c);
    }
    char::from_u32(c).is_some_and(sm::is_decimal)
}

/// `SRE_UNI_IS_SPACE`: whitespace as `str.isspace`.
#[inline]
pub fn is_space_uni(c: u32) -> bool {
    char::from_u32(c).is_some_and(sm::is_space)
}

/// `SRE_UNI_IS_WORD`: alphanumeric as `str.isalnum`, or underscore.
#[inline]
pub fn is_word_uni(c: u32) -> bool {
    if c < 0x80 {
        return is_word_ascii(c);
    }
    char::from_u32(c).is_some_and(sm::is_alnum)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_mappings_as_sre() {
        assert_eq!(lower_uni('A' as u32), 'a' as u32);
        assert_eq!(lower_uni(0x130), 'i' as u32);
        assert_eq!(upper_uni(0xdf), 'S' as u32);
        assert!(iscased_uni(0xdf));
        assert!(!iscased_uni('1' as u32));
    }

    #[test]
    fn extra_cases() {
        assert_eq!(fixes('s' as u32), Some(&[0x17f][..]));
        assert_eq!(fixes(0x17f), Some(&['s' as u32][..]));
        assert_eq!(fixes('k' as u32), None);
        assert_eq!(fixes(0x3b2), Some(&[0x3d0][..]));
    }
}
