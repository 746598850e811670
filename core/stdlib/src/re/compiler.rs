//! From the parsed tree to the instruction list, choosing the
//! instructions `re._compiler` chooses (single-character repeats, case
//! folding per scoped flags, fixed-width lookbehinds), plus what the
//! search loop needs to skip positions quickly.

use super::ast::{flag, width, At, Node, RepeatKind, Seq, SetItem};
use super::charset::{CatMode, CharSet, Fold};
use super::parser::Parsed;
use super::program::{Alt, AtCode, First, InMode, OneKind, Op, RefMode, Test};
use super::source::Error;

/// A compiled pattern.
pub struct Program {
    /// The instructions; the last is Success.
    pub ops: Vec<Op>,
    /// The shortest match's length.
    pub min_len: usize,
    /// Characters every match starts with (case-sensitive).
    pub prefix: Prefix,
    /// Tests one of which every match's first character passes (when no
    /// prefix; empty when unknown).
    pub first: Vec<Test>,
    /// Matches can only start where the search starts (`\A`, `^`).
    pub anchored: bool,
    /// The group slots the instructions use (a lexicon's phrases number
    /// their groups on their own, so this can exceed twice the groups).
    pub slots: usize,
}

/// The literal prefix of every match, with a substring searcher for
/// byte subjects when it is longer than one character.
pub struct Prefix {
    /// The characters.
    pub chars: Vec<u32>,
    /// Finds them in bytes (None when one is above 255, or for one char).
    pub finder: Option<memchr::memmem::Finder<'static>>,
}

impl Prefix {
    fn new(chars: Vec<u32>) -> Prefix {
        let bytes: Option<Vec<u8>> = chars.iter().map(|&c| u8::try_from(c).ok()).collect();
        let finder = bytes
            .filter(|b| b.len() > 1)
            .map(|b| memchr::memmem::Finder::new(&b).into_owned());
        Prefix { chars, finder }
    }
}

/// The flags inside a group that adds and removes some.
pub fn combine(flags: u32, add: u32, del: u32) -> u32 {
    let mut f = flags;
    if add & flag::TYPE_FLAGS != 0 {
        f &= !flag::TYPE_FLAGS;
    }
    (f | add) & !del
}

/// Compiles a parsed pattern.
pub fn compile(parsed: &Parsed) -> Result<Program, Error> {
    let mut c = Compiler {
        ops: Vec::new(),
        widths: &parsed.widths,
    };
    c.seq(&parsed.seq, parsed.flags)?;
    c.ops.push(Op::Success);
    let mut prefix = Vec::new();
    literal_prefix(&parsed.seq, parsed.flags, &mut prefix);
    let first = if prefix.is_empty() {
        first_tests(&parsed.seq, parsed.flags).unwrap_or_default()
    } else {
        Vec::new()
    };
    let anchored = match parsed.seq.first() {
        Some(Node::At(At::BeginningString)) => true,
        Some(Node::At(At::Beginning)) => parsed.flags & flag::MULTILINE == 0,
        _ => false,
    };
    let slots = c
        .ops
        .iter()
        .map(|op| match op {
            Op::Mark(i) => (i | 1) + 1,
            Op::GroupRef { group, .. } | Op::GroupRefExists { group, .. } => 2 * group + 2,
            _ => 0,
        })
        .max()
        .unwrap_or(0);
    Ok(Program {
        slots,
        ops: c.ops,
        min_len: width(&parsed.seq, &parsed.widths).0 as usize,
        prefix: Prefix::new(prefix),
        first,
        anchored,
    })
}

struct Compiler<'a> {
    ops: Vec<Op>,
    widths: &'a [Option<(u64, u64)>],
}

fn cat_mode(flags: u32) -> CatMode {
    if flags & flag::UNICODE != 0 && flags & flag::LOCALE == 0 {
        CatMode::Unicode
    } else {
        CatMode::Ascii
    }
}

/// The case folding of literals and classes under `flags` (None when
/// case-sensitive or LOCALE).
fn fold_of(flags: u32) -> Fold {
    if flags & flag::IGNORECASE == 0 || flags & flag::LOCALE != 0 {
        Fold::None
    } else if flags & flag::UNICODE != 0 {
        Fold::Unicode
    } else {
        Fold::Ascii
    }
}

/// The test of a literal (or, negated, of `[^c]`).
fn literal_test(c: u32, negated: bool, flags: u32) -> Test {
    let pick = |yes: Test, no: Test| if negated { no } else { yes };
    if flags & flag::IGNORECASE == 0 {
        return pick(Test::Lit(c), Test::NotLit(c));
    }
    if flags & flag::LOCALE != 0 {
        return pick(Test::LitLoc(c), Test::NotLitLoc(c));
    }
    let fold = fold_of(flags);
    if !fold.iscased(c) {
        return pick(Test::Lit(c), Test::NotLit(c));
    }
    let lo = fold.lower(c);
    if fold == Fold::Ascii {
        return pick(Test::LitAscii(lo), Test::NotLitAscii(lo));
    }
    let fixes = fold.fixes(lo);
    if fixes.is_empty() {
        return pick(Test::LitUni(lo), Test::NotLitUni(lo));
    }
    let mut items = Vec::with_capacity(fixes.len() + 2);
    if negated {
        items.push(SetItem::Negate);
    }
    items.push(SetItem::Lit(lo));
    items.extend(fixes.iter().map(|&k| SetItem::Lit(k)));
    let (set, _) = CharSet::build(&items, Fold::None, cat_mode(flags));
    Test::In(Box::new(set), InMode::Uni)
}

/// The test of a character class.
fn class_test(items: &[SetItem], flags: u32) -> Test {
    let fold = fold_of(flags);
    let (set, hascased) = CharSet::build(items, fold, cat_mode(flags));
    let mode = if flags & flag::IGNORECASE != 0 && flags & flag::LOCALE != 0 {
        InMode::Loc
    } else if !hascased {
        InMode::Plain
    } else if fold == Fold::Ascii {
        InMode::Ascii
    } else {
        InMode::Uni
    };
    Test::In(Box::new(set), mode)
}

/// The test of a node that matches exactly one character.
fn unit_test(node: &Node, flags: u32) -> Option<Test> {
    Some(match node {
        Node::Lit(c) => literal_test(*c, false, flags),
        Node::NotLit(c) => literal_test(*c, true, flags),
        Node::In(items) => class_test(items, flags),
        Node::Any if flags & flag::DOTALL != 0 => Test::AnyAll,
        Node::Any => Test::Any,
        _ => return None,
    })
}

/// The single-character test of a "simple" repeated item (`_simple`):
/// one unit, possibly inside non-capturing flag groups.
fn simple_test(seq: &[Node], flags: u32) -> Option<Test> {
    match seq {
        [Node::Group(g)] if g.index.is_none() => simple_test(&g.body, combine(flags, g.add, g.del)),
        [node] => unit_test(node, flags),
        _ => None,
    }
}

fn at_code(at: At, flags: u32) -> AtCode {
    let multiline = flags & flag::MULTILINE != 0;
    match at {
        At::Beginning if multiline => AtCode::BeginningLine,
        At::Beginning | At::BeginningString => AtCode::Beginning,
        At::End if multiline => AtCode::EndLine,
        At::End => AtCode::End,
        At::EndString => AtCode::EndString,
        At::Boundary => AtCode::Boundary(cat_mode(flags)),
        At::NonBoundary => AtCode::NonBoundary(cat_mode(flags)),
    }
}

impl Compiler<'_> {
    fn push(&mut self, op: Op) -> usize {
        self.ops.push(op);
        self.ops.len() - 1
    }

    fn seq(&mut self, seq: &Seq, flags: u32) -> Result<(), Error> {
        for node in seq {
            self.node(node, flags)?;
        }
        Ok(())
    }

    fn node(&mut self, node: &Node, flags: u32) -> Result<(), Error> {
        if let Some(test) = unit_test(node, flags) {
            self.push(Op::Char(test));
            return Ok(());
        }
        match node {
            Node::Lit(_) | Node::NotLit(_) | Node::In(_) | Node::Any => {}
            Node::At(at) => {
                self.push(Op::At(at_code(*at, flags)));
            }
            Node::Repeat(r) => {
                if flags & flag::TEMPLATE != 0 {
                    let name = match r.kind {
                        RepeatKind::Greedy => "MAX_REPEAT",
                        RepeatKind::Lazy => "MIN_REPEAT",
                        RepeatKind::Possessive => "POSSESSIVE_REPEAT",
                    };
                    let msg = format!("internal: unsupported template operator {name}");
                    return Err(Error::Re(msg, None));
                }
                if let Some(test) = simple_test(&r.item, flags) {
                    let kind = match r.kind {
                        RepeatKind::Greedy => OneKind::Greedy,
                        RepeatKind::Lazy => OneKind::Lazy,
                        RepeatKind::Possessive => OneKind::Possessive,
                    };
                    let next = self.ops.len() + 1;
                    self.push(Op::RepeatOne {
                        kind,
                        min: r.min,
                        max: r.max,
                        test,
                        next,
                    });
                } else if r.kind == RepeatKind::Possessive {
                    let at = self.push(Op::PossRepeat {
                        min: r.min,
                        max: r.max,
                        next: 0,
                    });
                    self.seq(&r.item, flags)?;
                    self.push(Op::Success);
                    let end = self.ops.len();
                    if let Op::PossRepeat { next, .. } = &mut self.ops[at] {
                        *next = end;
                    }
                } else {
                    let at = self.push(Op::Repeat {
                        min: r.min,
                        max: r.max,
                        until: 0,
                    });
                    self.seq(&r.item, flags)?;
                    let end = self.push(if r.kind == RepeatKind::Lazy {
                        Op::MinUntil
                    } else {
                        Op::MaxUntil
                    });
                    if let Op::Repeat { until, .. } = &mut self.ops[at] {
                        *until = end;
                    }
                }
            }
            Node::Group(g) => {
                if let Some(i) = g.index {
                    self.push(Op::Mark(2 * (i - 1)));
                }
                self.seq(&g.body, combine(flags, g.add, g.del))?;
                if let Some(i) = g.index {
                    self.push(Op::Mark(2 * (i - 1) + 1));
                }
            }
            Node::Atomic(body) => {
                let at = self.push(Op::Atomic { next: 0 });
                self.seq(body, flags)?;
                self.push(Op::Success);
                let end = self.ops.len();
                if let Op::Atomic { next } = &mut self.ops[at] {
                    *next = end;
                }
            }
            Node::Assert(a) => {
                let back = if a.behind {
                    let (lo, hi) = width(&a.body, self.widths);
                    if lo != hi {
                        let msg = "look-behind requires fixed-width pattern".to_string();
                        return Err(Error::Re(msg, None));
                    }
                    lo as usize
                } else {
                    0
                };
                let at = self.push(Op::Assert {
                    back,
                    negate: a.negate,
                    next: 0,
                });
                self.seq(&a.body, flags)?;
                self.push(Op::Success);
                let end = self.ops.len();
                if let Op::Assert { next, .. } = &mut self.ops[at] {
                    *next = end;
                }
            }
            Node::Branch(alts) => {
                let at = self.push(Op::Branch(Box::new([])));
                let mut starts = Vec::with_capacity(alts.len());
                let mut jumps = Vec::with_capacity(alts.len());
                for alt in alts {
                    starts.push(self.ops.len());
                    self.seq(alt, flags)?;
                    jumps.push(self.push(Op::Jump(0)));
                }
                let end = self.ops.len();
                for j in jumps {
                    self.ops[j] = Op::Jump(end);
                }
                let alts = starts
                    .into_iter()
                    .map(|start| Alt {
                        start,
                        first: match &self.ops[start] {
                            Op::Char(Test::Lit(c)) => First::Lit(*c),
                            Op::Char(Test::In(_, InMode::Plain)) => First::Class,
                            _ => First::Any,
                        },
                    })
                    .collect();
                self.ops[at] = Op::Branch(alts);
            }
            Node::GroupRef(g) => {
                let mode = if flags & flag::IGNORECASE == 0 {
                    RefMode::Exact
                } else if fold_of(flags) == Fold::Unicode {
                    RefMode::Uni
                } else {
                    RefMode::Ascii
                };
                self.push(Op::GroupRef { group: g - 1, mode });
            }
            Node::Cond(c) => {
                let at = self.push(Op::GroupRefExists {
                    group: c.group - 1,
                    no: 0,
                });
                self.seq(&c.yes, flags)?;
                let no_start = if let Some(no) = &c.no {
                    let jump = self.push(Op::Jump(0));
                    let start = self.ops.len();
                    self.seq(no, flags)?;
                    let end = self.ops.len();
                    self.ops[jump] = Op::Jump(end);
                    start
                } else {
                    self.ops.len()
                };
                if let Op::GroupRefExists { no, .. } = &mut self.ops[at] {
                    *no = no_start;
                }
            }
        }
        Ok(())
    }
}

/// The literal characters every match starts with (false once something
/// else comes, so the caller stops).
fn literal_prefix(seq: &[Node], flags: u32, out: &mut Vec<u32>) -> bool {
    for node in seq {
        match node {
            Node::Lit(c) if flags & flag::IGNORECASE == 0 => out.push(*c),
            Node::Group(g) => {
                if !literal_prefix(&g.body, combine(flags, g.add, g.del), out) {
                    return false;
                }
            }
            _ => return false,
        }
    }
    true
}

/// Tests one of which the first character of every match passes (None
/// when a match can be empty or start with anything).
fn first_tests(seq: &[Node], flags: u32) -> Option<Vec<Test>> {
    for node in seq {
        return match node {
            // Zero-width: the first character comes from what follows.
            Node::At(_) | Node::Assert(_) => continue,
            Node::Group(g) => first_tests(&g.body, combine(flags, g.add, g.del)),
            Node::Atomic(body) => first_tests(body, flags),
            Node::Repeat(r) if r.min >= 1 && r.max >= r.min => match simple_test(&r.item, flags) {
                Some(t) => Some(vec![t]),
                None => first_tests(&r.item, flags),
            },
            Node::Branch(alts) => {
                let mut all = Vec::new();
                for alt in alts {
                    all.extend(first_tests(alt, flags)?);
                }
                Some(all)
            }
            node => unit_test(node, flags).map(|t| vec![t]),
        };
    }
    None
}
