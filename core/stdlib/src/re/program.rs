//! The compiled form of a pattern: a flat list of instructions that the
//! matcher interprets, close to `_sre`'s code (so that the matcher can
//! follow `_sre`'s backtracking order and its bookkeeping of groups).

use super::charset::{CatMode, CharSet};
use super::unicode as uc;

/// A test of one character.
#[derive(Clone, Debug)]
pub enum Test {
    /// This character.
    Lit(u32),
    /// Any other character.
    NotLit(u32),
    /// This (lowered) character once lowered with ASCII rules.
    LitAscii(u32),
    /// Not this character once ASCII-lowered.
    NotLitAscii(u32),
    /// This (lowered) character once lowered with Unicode rules.
    LitUni(u32),
    /// Not this character once Unicode-lowered.
    NotLitUni(u32),
    /// This character in either case (LOCALE in the C locale).
    LitLoc(u32),
    /// Not this character in either case.
    NotLitLoc(u32),
    /// A member of a class, the character folded as the mode says.
    In(Box<CharSet>, InMode),
    /// Any character but a newline.
    Any,
    /// Any character.
    AnyAll,
}

/// How a character is folded before a class tests it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InMode {
    /// Unchanged.
    Plain,
    /// ASCII-lowered.
    Ascii,
    /// Unicode-lowered.
    Uni,
    /// Either its lowercase or its uppercase is a member (LOCALE).
    Loc,
}

fn loc_upper(c: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&c) {
        c - 32
    } else {
        c
    }
}

impl Test {
    /// Whether `c` passes.
    #[inline]
    pub fn matches(&self, c: u32) -> bool {
        match self {
            Test::Lit(l) => c == *l,
            Test::NotLit(l) => c != *l,
            Test::LitAscii(l) => uc::lower_ascii(c) == *l,
            Test::NotLitAscii(l) => uc::lower_ascii(c) != *l,
            Test::LitUni(l) => uc::lower_uni(c) == *l,
            Test::NotLitUni(l) => uc::lower_uni(c) != *l,
            Test::LitLoc(l) => loc_eq(*l, c),
            Test::NotLitLoc(l) => !loc_eq(*l, c),
            Test::In(set, mode) => match mode {
                InMode::Plain => set.contains(c),
                InMode::Ascii => set.contains(uc::lower_ascii(c)),
                InMode::Uni => set.contains(uc::lower_uni(c)),
                InMode::Loc => {
                    let lo = uc::lower_ascii(c);
                    let up = loc_upper(c);
                    set.contains(lo) || (up != lo && set.contains(up))
                }
            },
            Test::Any => c != '\n' as u32,
            Test::AnyAll => true,
        }
    }
}

fn loc_eq(pattern: u32, c: u32) -> bool {
    c == pattern || uc::lower_ascii(c) == pattern || loc_upper(c) == pattern
}

/// A zero-width test of a position.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AtCode {
    /// The start of the string (`^`, `\A`).
    Beginning,
    /// The start of a line (`^` with MULTILINE).
    BeginningLine,
    /// The end, or before a final newline (`$`).
    End,
    /// The end of a line (`$` with MULTILINE).
    EndLine,
    /// The very end (`\Z`).
    EndString,
    /// A word boundary with these word characters.
    Boundary(CatMode),
    /// Not a word boundary.
    NonBoundary(CatMode),
}

/// How a backreference compares characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RefMode {
    /// Exactly.
    Exact,
    /// ASCII-lowered.
    Ascii,
    /// Unicode-lowered.
    Uni,
}

impl RefMode {
    /// Whether two characters compare equal.
    #[inline]
    pub fn same(self, a: u32, b: u32) -> bool {
        match self {
            RefMode::Exact => a == b,
            RefMode::Ascii => uc::lower_ascii(a) == uc::lower_ascii(b),
            RefMode::Uni => a == b || uc::lower_uni(a) == uc::lower_uni(b),
        }
    }
}

/// An alternative of a Branch.
#[derive(Clone, Copy, Debug)]
pub struct Alt {
    /// Where it starts.
    pub start: usize,
    /// What its first instruction needs to see, to skip it quickly.
    pub first: First,
}

/// The first instruction of an alternative, as far as a quick skip goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum First {
    /// Anything (no quick test).
    Any,
    /// This character.
    Lit(u32),
    /// A member of the plain class of the instruction.
    Class,
}

/// Greedy, lazy or possessive single-character repeats.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OneKind {
    /// `REPEAT_ONE`.
    Greedy,
    /// `MIN_REPEAT_ONE`.
    Lazy,
    /// `POSSESSIVE_REPEAT_ONE`.
    Possessive,
}

/// One instruction; `usize` fields are instruction indices.
#[derive(Clone, Debug)]
pub enum Op {
    /// Records the position in a group slot (2*(group-1), +1 for the end).
    Mark(usize),
    /// Matches one character.
    Char(Test),
    /// A position test.
    At(AtCode),
    /// Alternatives, each ending with a Jump.
    Branch(Box<[Alt]>),
    /// Continues at the index.
    Jump(usize),
    /// A repeat of one character test, then the tail at `next`.
    RepeatOne {
        /// Greedy, lazy or possessive.
        kind: OneKind,
        /// Minimum count.
        min: u32,
        /// Maximum count (MAXREPEAT: unbounded).
        max: u32,
        /// The repeated test.
        test: Test,
        /// Where the tail starts.
        next: usize,
    },
    /// A general repeat: the body follows, the Until instruction is at
    /// `until`.
    Repeat {
        /// Minimum count.
        min: u32,
        /// Maximum count.
        max: u32,
        /// Index of the MaxUntil/MinUntil that ends the body.
        until: usize,
    },
    /// The end of a greedy repeat's body.
    MaxUntil,
    /// The end of a lazy repeat's body.
    MinUntil,
    /// A possessive repeat: the body follows, ends with Success, the tail
    /// is at `next`.
    PossRepeat {
        /// Minimum count.
        min: u32,
        /// Maximum count.
        max: u32,
        /// Where the tail starts.
        next: usize,
    },
    /// An atomic group: the body follows, ends with Success, the tail is
    /// at `next`.
    Atomic {
        /// Where the tail starts.
        next: usize,
    },
    /// A lookaround: the body follows (matched `back` characters before
    /// the position), ends with Success; the tail is at `next`.
    Assert {
        /// How far back the body starts (0 for lookaheads).
        back: usize,
        /// A negative assertion.
        negate: bool,
        /// Where the tail starts.
        next: usize,
    },
    /// A backreference to group `group` (0-based).
    GroupRef {
        /// The group.
        group: usize,
        /// How characters compare.
        mode: RefMode,
    },
    /// Continues after it if group `group` (0-based) matched, else at `no`.
    GroupRefExists {
        /// The group.
        group: usize,
        /// Where the "no" part starts.
        no: usize,
    },
    /// The end of the pattern or of a sub-pattern.
    Success,
}
