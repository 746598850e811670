//! Character classes as `_sre` tests them. Under IGNORECASE a class is
//! compiled as CPython's `_optimize_charset` does: a map of the lowered
//! members (growing from Latin-1 to the BMP), then the members the map
//! cannot hold, tested on the lowered character. The quirks that follow
//! (an astral literal in a case-insensitive class compared unlowered) are
//! CPython's too.

use super::ast::{Cat, SetItem};
use super::unicode as uc;

/// How a class folds case.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Fold {
    /// Case-sensitive.
    None,
    /// ASCII letters only (bytes patterns, `re.ASCII`).
    Ascii,
    /// Unicode simple case mappings plus re._casefix's extra cases.
    Unicode,
}

impl Fold {
    /// The lowered character.
    #[inline]
    pub fn lower(self, c: u32) -> u32 {
        match self {
            Fold::None => c,
            Fold::Ascii => uc::lower_ascii(c),
            Fold::Unicode => uc::lower_uni(c),
        }
    }

    /// Whether folding can change how `c` compares.
    pub fn iscased(self, c: u32) -> bool {
        match self {
            Fold::None => false,
            Fold::Ascii => uc::iscased_ascii(c),
            Fold::Unicode => uc::iscased_uni(c),
        }
    }

    /// The extra characters that match `lo` case-insensitively.
    pub fn fixes(self, lo: u32) -> &'static [u32] {
        match self {
            Fold::Unicode => uc::fixes(lo).unwrap_or(&[]),
            _ => &[],
        }
    }
}

/// Which definitions the categories use.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CatMode {
    /// ASCII (bytes patterns, `re.ASCII`, `re.LOCALE` in the C locale).
    Ascii,
    /// Unicode (str patterns).
    Unicode,
}

/// Whether `c` is in category `cat`.
#[inline]
pub fn in_category(cat: Cat, mode: CatMode, c: u32) -> bool {
    let uni = mode == CatMode::Unicode;
    match cat {
        Cat::Digit => digit(uni, c),
        Cat::NotDigit => !digit(uni, c),
        Cat::Space => space(uni, c),
        Cat::NotSpace => !space(uni, c),
        Cat::Word => is_word(mode, c),
        Cat::NotWord => !is_word(mode, c),
    }
}

fn digit(uni: bool, c: u32) -> bool {
    if uni {
        uc::is_digit_uni(c)
    } else {
        uc::is_digit_ascii(c)
    }
}

fn space(uni: bool, c: u32) -> bool {
    if uni {
        uc::is_space_uni(c)
    } else {
        uc::is_space_ascii(c)
    }
}

/// A word character for `\w` and `\b`.
#[inline]
pub fn is_word(mode: CatMode, c: u32) -> bool {
    match mode {
        CatMode::Ascii => uc::is_word_ascii(c),
        CatMode::Unicode => uc::is_word_uni(c),
    }
}

/// A member the character map does not hold.
#[derive(Clone, Debug)]
enum Tail {
    Lit(u32),
    Range(u32, u32),
    /// A range compared with the lowered character and its uppercase.
    RangeUniIgnore(u32, u32),
    Cat(Cat),
}

/// A compiled character class.
#[derive(Clone, Debug)]
pub struct CharSet {
    negate: bool,
    /// The answer for every character below 256, negation included.
    low: [u64; 4],
    /// The map of members (4 words for Latin-1, 1024 for the BMP).
    map: Vec<u64>,
    tail: Vec<Tail>,
    cats: CatMode,
}

#[inline]
fn bit(words: &[u64], c: u32) -> bool {
    words
        .get((c >> 6) as usize)
        .is_some_and(|w| w & (1u64 << (c & 63)) != 0)
}

impl CharSet {
    /// Compiles `items` folding case with `fold`; also says whether any
    /// member is cased (else CPython tests the character unlowered).
    pub fn build(items: &[SetItem], fold: Fold, cats: CatMode) -> (CharSet, bool) {
        let mut map = vec![0u64; 4];
        let mut tail = Vec::new();
        let mut negate = false;
        let mut hascased = false;
        for item in items {
            match *item {
                SetItem::Negate => negate = !negate,
                SetItem::Cat(c) => tail.push(Tail::Cat(c)),
                SetItem::Lit(c) => {
                    if !add_lit(&mut map, fold, c) {
                        hascased |= fold != Fold::None;
                        tail.push(Tail::Lit(c));
                    } else if !hascased && fold.iscased(c) {
                        hascased = true;
                    }
                }
                SetItem::Range(a, b) => {
                    if !add_range(&mut map, fold, a, b) {
                        if fold == Fold::None {
                            tail.push(Tail::Range(a, b));
                        } else {
                            hascased = true;
                            tail.push(Tail::RangeUniIgnore(a, b));
                        }
                    } else if !hascased && fold != Fold::None {
                        hascased = (a..=b).any(|c| fold.iscased(c));
                    }
                }
            }
        }
        let mut set = CharSet {
            negate,
            low: [0; 4],
            map,
            tail,
            cats,
        };
        for c in 0..256u32 {
            if set.slow(c) {
                set.low[(c >> 6) as usize] |= 1 << (c & 63);
            }
        }
        (set, hascased)
    }

    /// Whether `c` is in the class.
    #[inline]
    pub fn contains(&self, c: u32) -> bool {
        if c < 256 {
            bit(&self.low, c)
        } else {
            self.slow(c)
        }
    }

    fn slow(&self, c: u32) -> bool {
        let member = bit(&self.map, c)
            || self.tail.iter().any(|t| match *t {
                Tail::Lit(v) => c == v,
                Tail::Range(a, b) => a <= c && c <= b,
                Tail::RangeUniIgnore(a, b) => {
                    (a <= c && c <= b) || {
                        let u = uc::upper_uni(c);
                        a <= u && u <= b
                    }
                }
                Tail::Cat(cat) => in_category(cat, self.cats, c),
            });
        member != self.negate
    }
}

/// The map's capacity in characters.
fn cap(map: &[u64]) -> u32 {
    (map.len() * 64) as u32
}

fn set_bit(map: &mut [u64], c: u32) {
    map[(c >> 6) as usize] |= 1 << (c & 63);
}

/// Grows a Latin-1 map to the BMP; false when it already is one.
fn grow(map: &mut Vec<u64>) -> bool {
    if map.len() == 4 {
        map.resize(1024, 0);
        return true;
    }
    false
}

/// Marks a character and its extra cases; false when one does not fit
/// even the BMP map (CPython's IndexError).
fn mark(map: &mut Vec<u64>, fold: Fold, lo: u32) -> bool {
    loop {
        let fits = lo < cap(map) && fold.fixes(lo).iter().all(|&k| k < cap(map));
        if fits {
            set_bit(map, lo);
            for &k in fold.fixes(lo) {
                set_bit(map, k);
            }
            return true;
        }
        if !grow(map) {
            return false;
        }
    }
}

fn add_lit(map: &mut Vec<u64>, fold: Fold, c: u32) -> bool {
    mark(map, fold, fold.lower(c))
}

/// Adds a range; false (with the part before the first character that
/// does not fit already added) when it goes past the BMP.
fn add_range(map: &mut Vec<u64>, fold: Fold, a: u32, b: u32) -> bool {
    if fold == Fold::None {
        if b >= cap(map) {
            grow(map);
        }
        // Past the BMP, CPython fills the map up to the first character
        // that does not fit, then keeps the whole range as a test.
        let top = b.min(cap(map) - 1);
        for c in a..=top {
            set_bit(map, c);
        }
        return b <= top;
    }
    let mut c = a;
    loop {
        let lo = fold.lower(c);
        if !mark(map, fold, lo) {
            return false;
        }
        if c == b {
            return true;
        }
        c += 1;
    }
}
