//! The parsed form of a pattern (the intermediate form of CPython's
//! `re._parser`), the flag bits, and the width computation that decides
//! whether a lookbehind has a fixed width.

/// `_sre.MAXREPEAT`: an unbounded repeat's maximum.
pub const MAXREPEAT: u32 = u32::MAX;
/// `_sre.MAXGROUPS`.
pub const MAXGROUPS: u64 = 1_073_741_823;

/// The flag bits of `re.RegexFlag`.
pub mod flag {
    /// `re.TEMPLATE`.
    pub const TEMPLATE: u32 = 1;
    /// `re.IGNORECASE`.
    pub const IGNORECASE: u32 = 2;
    /// `re.LOCALE`.
    pub const LOCALE: u32 = 4;
    /// `re.MULTILINE`.
    pub const MULTILINE: u32 = 8;
    /// `re.DOTALL`.
    pub const DOTALL: u32 = 16;
    /// `re.UNICODE`.
    pub const UNICODE: u32 = 32;
    /// `re.VERBOSE`.
    pub const VERBOSE: u32 = 64;
    /// `re.DEBUG`.
    pub const DEBUG: u32 = 128;
    /// `re.ASCII`.
    pub const ASCII: u32 = 256;
    /// The flags that choose the character semantics.
    pub const TYPE_FLAGS: u32 = ASCII | LOCALE | UNICODE;
    /// The flags inline groups cannot scope.
    pub const GLOBAL_FLAGS: u32 = DEBUG | TEMPLATE;
}

/// A sequence of nodes (CPython's `SubPattern`).
pub type Seq = Vec<Node>;

/// One element of a pattern.
#[derive(Clone, Debug, PartialEq)]
pub enum Node {
    /// A character.
    Lit(u32),
    /// Any character but this one (`[^x]`).
    NotLit(u32),
    /// `.`.
    Any,
    /// A character class.
    In(Vec<SetItem>),
    /// A zero-width position test.
    At(At),
    /// Alternatives, tried in order.
    Branch(Vec<Seq>),
    /// A quantified item.
    Repeat(Box<Repeat>),
    /// A group: capturing (with its index) or a flag scope.
    Group(Box<Group>),
    /// `(?>...)`.
    Atomic(Seq),
    /// A lookahead or lookbehind assertion.
    Assert(Box<Assert>),
    /// A backreference to a group.
    GroupRef(usize),
    /// `(?(group)yes|no)`.
    Cond(Box<Cond>),
}

/// A member of a character class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SetItem {
    /// Leading `^`.
    Negate,
    /// One character.
    Lit(u32),
    /// An inclusive range.
    Range(u32, u32),
    /// `\d`, `\w`, `\s` and their negations.
    Cat(Cat),
}

/// The character categories of `\d \D \s \S \w \W`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cat {
    /// `\d`.
    Digit,
    /// `\D`.
    NotDigit,
    /// `\s`.
    Space,
    /// `\S`.
    NotSpace,
    /// `\w`.
    Word,
    /// `\W`.
    NotWord,
}

/// The zero-width position tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum At {
    /// `^`.
    Beginning,
    /// `\A`.
    BeginningString,
    /// `$`.
    End,
    /// `\Z`.
    EndString,
    /// `\b`.
    Boundary,
    /// `\B`.
    NonBoundary,
}

/// How a repeat backtracks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RepeatKind {
    /// Longest first.
    Greedy,
    /// Shortest first (`*?`).
    Lazy,
    /// Longest, never giving back (`*+`).
    Possessive,
}

/// `item{min,max}`.
#[derive(Clone, Debug, PartialEq)]
pub struct Repeat {
    /// Minimum count.
    pub min: u32,
    /// Maximum count (MAXREPEAT: unbounded).
    pub max: u32,
    /// Greedy, lazy or possessive.
    pub kind: RepeatKind,
    /// What is repeated.
    pub item: Seq,
}

/// `(...)`, `(?P<name>...)` or `(?flags:...)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Group {
    /// The group's number when it captures.
    pub index: Option<usize>,
    /// Flags turned on inside.
    pub add: u32,
    /// Flags turned off inside.
    pub del: u32,
    /// The contents.
    pub body: Seq,
}

/// `(?=...)`, `(?!...)`, `(?<=...)`, `(?<!...)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Assert {
    /// Lookbehind rather than lookahead.
    pub behind: bool,
    /// A negative assertion.
    pub negate: bool,
    /// The asserted pattern.
    pub body: Seq,
}

/// `(?(group)yes|no)`.
#[derive(Clone, Debug, PartialEq)]
pub struct Cond {
    /// The group tested.
    pub group: usize,
    /// Matched when the group took part in the match.
    pub yes: Seq,
    /// Matched otherwise (nothing when absent).
    pub no: Option<Seq>,
}

/// The (min, max) width of a sequence in characters, as
/// `SubPattern.getwidth` computes it; `groups` holds the widths of the
/// closed groups.
pub fn width(seq: &[Node], groups: &[Option<(u64, u64)>]) -> (u64, u64) {
    let (mut lo, mut hi) = (0u64, 0u64);
    for node in seq {
        let (l, h) = match node {
            Node::Branch(alts) => {
                let mut i = u64::from(MAXREPEAT) - 1;
                let mut j = 0;
                for alt in alts {
                    let (l, h) = width(alt, groups);
                    i = i.min(l);
                    j = j.max(h);
                }
                (i, j)
            }
            Node::Atomic(body) => width(body, groups),
            Node::Group(g) => width(&g.body, groups),
            Node::Repeat(r) => {
                let (l, h) = width(&r.item, groups);
                (
                    l.saturating_mul(u64::from(r.min)),
                    h.saturating_mul(u64::from(r.max)),
                )
            }
            Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::In(_) => (1, 1),
            Node::GroupRef(g) => groups.get(*g).copied().flatten().unwrap_or((0, 0)),
            Node::Cond(c) => {
                let (i, j) = width(&c.yes, groups);
                match &c.no {
                    Some(no) => {
                        let (l, h) = width(no, groups);
                        (i.min(l), j.max(h))
                    }
                    None => (0, j),
                }
            }
            Node::At(_) | Node::Assert(_) => (0, 0),
        };
        lo = lo.saturating_add(l);
        hi = hi.saturating_add(h);
    }
    (
        lo.min(u64::from(MAXREPEAT) - 1),
        hi.min(u64::from(MAXREPEAT)),
    )
}
