//! The pattern parser: CPython's `re._parser` rule for rule (same
//! accepted syntax, same tree, same error messages and positions), from
//! code points to [`Node`]s. Nesting is bounded as CPython's recursion
//! limit bounds it, so no pattern can exhaust the Rust stack.

mod class;
mod flags;
mod group;

use super::ast::{flag, At, Node, Repeat, RepeatKind, Seq, SetItem, MAXREPEAT};
use super::escapes::escape;
use super::source::{chr, Error, PResult, Source, Tok};

/// The deepest nesting CPython's recursive parser reaches from a module's
/// top level before RecursionError (495 nested groups).
const MAX_NESTING: usize = 992;

/// A parsed pattern.
pub struct Parsed {
    /// The top-level sequence.
    pub seq: Seq,
    /// The flags after inline global flags and the str/bytes defaults.
    pub flags: u32,
    /// The widths of the groups (index 0 stands for the whole match).
    pub widths: Vec<Option<(u64, u64)>>,
    /// The named groups, in definition order.
    pub names: Vec<(String, usize)>,
}

/// The parser's state (CPython's `State`).
pub struct State {
    flags: u32,
    names: Vec<(String, usize)>,
    widths: Vec<Option<(u64, u64)>>,
    lookbehind: Option<usize>,
    refpos: Vec<(u64, usize)>,
}

impl State {
    /// The number of groups so far, the whole match included.
    pub fn groups(&self) -> usize {
        self.widths.len()
    }

    /// Whether group `gid` exists and is closed.
    pub fn check_group(&self, gid: usize) -> bool {
        self.widths.get(gid).is_some_and(Option::is_some)
    }

    /// The errors of a backreference inside a lookbehind.
    pub fn check_lookbehind_group(&self, gid: usize, source: &Source) -> PResult<()> {
        if let Some(first) = self.lookbehind {
            if !self.check_group(gid) {
                return Err(source.error("cannot refer to an open group", 0));
            }
            if gid >= first {
                return Err(source.error(
                    "cannot refer to group defined in the same lookbehind subpattern",
                    0,
                ));
            }
        }
        Ok(())
    }

    fn group_named(&self, name: &str) -> Option<usize> {
        self.names.iter().find(|(n, _)| n == name).map(|(_, g)| *g)
    }
}

/// Parses `pattern` (code points; a bytes pattern as Latin-1) with `flags`.
pub fn parse(pattern: &[u32], istext: bool, flags: u32) -> PResult<Parsed> {
    let mut source = Source::new(pattern, istext)?;
    let mut state = State {
        flags,
        names: Vec::new(),
        widths: vec![None],
        lookbehind: None,
        refpos: Vec::new(),
    };
    let seq = parse_sub(&mut source, &mut state, flags & flag::VERBOSE != 0, 0)?;
    let flags = fix_flags(istext, state.flags)?;
    if source.next.is_some() {
        return Err(source.error("unbalanced parenthesis", 0));
    }
    for &(g, pos) in &state.refpos {
        if g >= state.groups() as u64 {
            return Err(Error::Re(format!("invalid group reference {g}"), Some(pos)));
        }
    }
    Ok(Parsed {
        seq,
        flags,
        widths: state.widths,
        names: state.names,
    })
}

/// Checks the flags against the pattern type; str patterns are Unicode
/// unless ASCII.
fn fix_flags(istext: bool, mut flags: u32) -> PResult<u32> {
    if istext {
        if flags & flag::LOCALE != 0 {
            return Err(Error::Value("cannot use LOCALE flag with a str pattern"));
        }
        if flags & flag::ASCII == 0 {
            flags |= flag::UNICODE;
        } else if flags & flag::UNICODE != 0 {
            return Err(Error::Value("ASCII and UNICODE flags are incompatible"));
        }
    } else {
        if flags & flag::UNICODE != 0 {
            return Err(Error::Value("cannot use UNICODE flag with a bytes pattern"));
        }
        if flags & flag::LOCALE != 0 && flags & flag::ASCII != 0 {
            return Err(Error::Value("ASCII and LOCALE flags are incompatible"));
        }
    }
    Ok(flags)
}

/// Alternatives: `a|b|c`.
pub(super) fn parse_sub(
    source: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
) -> PResult<Seq> {
    if nested >= MAX_NESTING {
        return Err(Error::Recursion);
    }
    let mut verbose = verbose;
    let mut items: Vec<Seq> = Vec::new();
    loop {
        let first = nested == 0 && items.is_empty();
        items.push(parse_seq(source, state, verbose, nested + 1, first)?);
        if !source.eat('|')? {
            break;
        }
        if nested == 0 {
            verbose = state.flags & flag::VERBOSE != 0;
        }
    }
    if items.len() == 1 {
        return Ok(items.pop().unwrap_or_default());
    }
    let mut out = Seq::new();
    // Move a prefix common to every alternative out of the branch.
    while let Some(prefix) = items[0].first().cloned() {
        if items
            .iter()
            .any(|it| !it.first().is_some_and(|n| same_leaf(n, &prefix)))
        {
            break;
        }
        for it in &mut items {
            it.remove(0);
        }
        out.push(prefix);
    }
    // Single characters and classes make one class.
    let mut set: Vec<SetItem> = Vec::new();
    let all_chars = items.iter().all(|it| match it.as_slice() {
        [Node::Lit(c)] => {
            set.push(SetItem::Lit(*c));
            true
        }
        [Node::In(items)] if items.first() != Some(&SetItem::Negate) => {
            set.extend(items.iter().copied());
            true
        }
        _ => false,
    });
    if all_chars {
        out.push(Node::In(uniq(set)));
    } else {
        out.push(Node::Branch(items));
    }
    Ok(out)
}

/// Whether two nodes are equal leaves; CPython compares nodes holding
/// subpatterns by identity, so those never are.
fn same_leaf(a: &Node, b: &Node) -> bool {
    let leaf = matches!(
        a,
        Node::Lit(_) | Node::NotLit(_) | Node::Any | Node::In(_) | Node::At(_) | Node::GroupRef(_)
    );
    leaf && a == b
}

/// The items without repeats, in first-seen order (`_uniq`).
pub(super) fn uniq(items: Vec<SetItem>) -> Vec<SetItem> {
    let mut out: Vec<SetItem> = Vec::with_capacity(items.len());
    for it in items {
        if !out.contains(&it) {
            out.push(it);
        }
    }
    out
}

fn is_digit(c: u32) -> bool {
    ('0' as u32..='9' as u32).contains(&c)
}

fn is_space_tok(t: Tok) -> bool {
    matches!(t, Tok::Char(c) if matches!(chr(c), ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c'))
}

/// One alternative: a sequence of items (CPython's `_parse`).
pub(super) fn parse_seq(
    source: &mut Source,
    state: &mut State,
    verbose: bool,
    nested: usize,
    first: bool,
) -> PResult<Seq> {
    if nested >= MAX_NESTING {
        return Err(Error::Recursion);
    }
    let mut verbose = verbose;
    let mut seq = Seq::new();
    while let Some(this) = source.next {
        if this.is('|') || this.is(')') {
            break;
        }
        source.get()?;
        if verbose {
            if is_space_tok(this) {
                continue;
            }
            if this.is('#') {
                while let Some(t) = source.get()? {
                    if t.is('\n') {
                        break;
                    }
                }
                continue;
            }
        }
        let c = match this {
            Tok::Esc(c) => {
                seq.push(escape(source, state, c)?.node());
                continue;
            }
            Tok::Char(c) => c,
        };
        match chr(c) {
            '[' => seq.push(class::parse_class(source)?),
            '*' | '+' | '?' | '{' => {
                if !parse_repeat(source, &mut seq, chr(c))? {
                    seq.push(Node::Lit(c));
                }
            }
            '.' => seq.push(Node::Any),
            '(' => {
                let start = source.tell() - 1;
                let global = group::parse_paren(source, state, &mut seq, verbose, nested, start)?;
                if global {
                    if !first || !seq.is_empty() {
                        let msg = "global flags not at the start of the expression";
                        return Err(source.error(msg, source.tell() - start));
                    }
                    verbose = state.flags & flag::VERBOSE != 0;
                }
            }
            '^' => seq.push(Node::At(At::Beginning)),
            '$' => seq.push(Node::At(At::End)),
            _ => seq.push(Node::Lit(c)),
        }
    }
    // Unpack non-capturing groups without flags.
    let mut out = Seq::with_capacity(seq.len());
    for node in seq {
        match node {
            Node::Group(g) if g.index.is_none() && g.add == 0 && g.del == 0 => out.extend(g.body),
            other => out.push(other),
        }
    }
    Ok(out)
}

/// A decimal number as a u64, saturating (the digits are ASCII).
fn number(digits: &[u32]) -> u64 {
    digits.iter().fold(0u64, |v, &d| {
        v.saturating_mul(10)
            .saturating_add(u64::from(d - '0' as u32))
    })
}

/// A quantifier after `this`; false when `{` turns out to be a literal.
fn parse_repeat(source: &mut Source, seq: &mut Seq, this: char) -> PResult<bool> {
    let here = source.tell();
    let (min, max) = match this {
        '?' => (0, 1),
        '*' => (0, MAXREPEAT),
        '+' => (1, MAXREPEAT),
        _ => {
            if source.next_is(|c| c == '}' as u32) {
                return Ok(false);
            }
            let lo = source.get_while(usize::MAX, is_digit)?;
            let hi = if source.eat(',')? {
                source.get_while(usize::MAX, is_digit)?
            } else {
                lo.clone()
            };
            if !source.eat('}')? {
                source.seek(here)?;
                return Ok(false);
            }
            let too_large = Error::Overflow("the repetition number is too large");
            let mut min = 0;
            let mut max = MAXREPEAT;
            if !lo.is_empty() {
                let n = number(&lo);
                if n >= u64::from(MAXREPEAT) {
                    return Err(too_large);
                }
                min = n as u32;
            }
            if !hi.is_empty() {
                let n = number(&hi);
                if n >= u64::from(MAXREPEAT) {
                    return Err(too_large);
                }
                max = n as u32;
                if max < min {
                    let msg = "min repeat greater than max repeat";
                    return Err(source.error(msg, source.tell() - here));
                }
            }
            (min, max)
        }
    };
    let offset = source.tell() - here + 1;
    let item = match seq.last() {
        None | Some(Node::At(_)) => return Err(source.error("nothing to repeat", offset)),
        Some(Node::Repeat(_)) => return Err(source.error("multiple repeat", offset)),
        Some(_) => seq.pop(),
    };
    let item = match item {
        Some(Node::Group(g)) if g.index.is_none() && g.add == 0 && g.del == 0 => g.body,
        Some(node) => vec![node],
        None => Seq::new(),
    };
    let kind = if source.eat('?')? {
        RepeatKind::Lazy
    } else if source.eat('+')? {
        RepeatKind::Possessive
    } else {
        RepeatKind::Greedy
    };
    seq.push(Node::Repeat(Box::new(Repeat {
        min,
        max,
        kind,
        item,
    })));
    Ok(true)
}
