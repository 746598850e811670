//! The pattern parser: CPython's `re._parser` rule for rule (same
//! accepted syntax, same tree, same error messages and positions), from
//! code points to [`Node`]s. Nesting is bounded as CPython's recursion
//! limit bounds it, so no pattern can exhaust the Rust stack.

use super::ast::{flag, width, Assert, Cond, Group, Node, Repeat, RepeatKind, Seq, SetItem};
use super::ast::{At, MAXGROUPS, MAXREPEAT};
use super::escapes::{class_escape, escape, Escaped};
use super::source::{chr, text_of, Error, PResult, Source, Tok};
use num_traits::ToPrimitive;
use pvm_syntax::pyrepr::repr_str;

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
fn parse_sub(source: &mut Source, state: &mut State, verbose: bool, nested: usize) -> PResult<Seq> {
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
    loop {
        let Some(prefix) = items[0].first().cloned() else {
            break;
        };
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

fn uniq(items: Vec<SetItem>) -> Vec<SetItem> {
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
fn parse_seq(
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
    loop {
        let Some(this) = source.next else { break };
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
            '[' => seq.push(parse_class(source)?),
            '*' | '+' | '?' | '{' => {
                if !parse_repeat(source, &mut seq, chr(c))? {
                    seq.push(Node::Lit(c));
                }
            }
            '.' => seq.push(Node::Any),
            '(' => {
                let start = source.tell() - 1;
                let global = parse_paren(source, state, &mut seq, verbose, nested, start)?;
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

/// A character class after its `[`.
fn parse_class(source: &mut Source) -> PResult<Node> {
    let here = source.tell() - 1;
    let mut set: Vec<SetItem> = Vec::new();
    let negate = source.eat('^')?;
    let unterminated =
        |source: &Source| source.error("unterminated character set", source.tell() - here);
    loop {
        let Some(this) = source.get()? else {
            return Err(unterminated(source));
        };
        if this.is(']') && !set.is_empty() {
            break;
        }
        let code1 = match this {
            Tok::Esc(c) => class_escape(source, c)?,
            Tok::Char(c) => Escaped::Lit(c),
        };
        if source.eat('-')? {
            let Some(that) = source.get()? else {
                return Err(unterminated(source));
            };
            if that.is(']') {
                set.push(class_item(code1));
                set.push(SetItem::Lit('-' as u32));
                break;
            }
            let code2 = match that {
                Tok::Esc(c) => class_escape(source, c)?,
                Tok::Char(c) => Escaped::Lit(c),
            };
            let msg = || format!("bad character range {}-{}", this.text(), that.text());
            let offset = this.len() + 1 + that.len();
            match (code1, code2) {
                (Escaped::Lit(lo), Escaped::Lit(hi)) if hi >= lo => {
                    set.push(SetItem::Range(lo, hi));
                }
                _ => return Err(source.error(msg(), offset)),
            }
        } else {
            set.push(class_item(code1));
        }
    }
    let mut set = uniq(set);
    if let [SetItem::Lit(c)] = set.as_slice() {
        return Ok(if negate {
            Node::NotLit(*c)
        } else {
            Node::Lit(*c)
        });
    }
    if negate {
        set.insert(0, SetItem::Negate);
    }
    Ok(Node::In(set))
}

fn class_item(e: Escaped) -> SetItem {
    match e {
        Escaped::Cat(c) => SetItem::Cat(c),
        Escaped::Lit(c) => SetItem::Lit(c),
        // Inside a class escapes are characters or categories only.
        Escaped::At(_) | Escaped::GroupRef(_) => SetItem::Lit(0),
    }
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

/// Checks a group name (`checkgroupname`).
fn check_name(source: &Source, name: &str, offset: usize) -> PResult<()> {
    if !pvm_vm::builtins::str_methods::is_identifier(name) {
        let msg = format!("bad character in group name {}", repr_str(name));
        return Err(source.error(msg, name.chars().count() + offset));
    }
    Ok(())
}

/// What a `(` starts; returns true for global inline flags (which add no node).
fn parse_paren(
    source: &mut Source,
    state: &mut State,
    seq: &mut Seq,
    verbose: bool,
    nested: usize,
    start: usize,
) -> PResult<bool> {
    let mut capture = true;
    let mut atomic = false;
    let mut name: Option<String> = None;
    let (mut add, mut del) = (0, 0);
    if source.eat('?')? {
        let Some(tok) = source.get()? else {
            return Err(source.error("unexpected end of pattern", 0));
        };
        let ch = match tok {
            Tok::Char(c) => chr(c),
            Tok::Esc(_) => '\\',
        };
        match ch {
            'P' => {
                if source.eat('<')? {
                    let n = text_of(&source.get_until('>', "group name")?);
                    check_name(source, &n, 1)?;
                    name = Some(n);
                } else if source.eat('=')? {
                    let n = text_of(&source.get_until(')', "group name")?);
                    check_name(source, &n, 1)?;
                    let offset = n.chars().count() + 1;
                    let Some(gid) = state.group_named(&n) else {
                        let msg = format!("unknown group name {}", repr_str(&n));
                        return Err(source.error(msg, offset));
                    };
                    if !state.check_group(gid) {
                        return Err(source.error("cannot refer to an open group", offset));
                    }
                    state.check_lookbehind_group(gid, source)?;
                    seq.push(Node::GroupRef(gid));
                    return Ok(false);
                } else {
                    let Some(t) = source.get()? else {
                        return Err(source.error("unexpected end of pattern", 0));
                    };
                    let msg = format!("unknown extension ?P{}", t.text());
                    return Err(source.error(msg, t.len() + 2));
                }
            }
            ':' => capture = false,
            '#' => {
                loop {
                    if source.next.is_none() {
                        let msg = "missing ), unterminated comment";
                        return Err(source.error(msg, source.tell() - start));
                    }
                    if source.get()?.is_some_and(|t| t.is(')')) {
                        break;
                    }
                }
                return Ok(false);
            }
            '=' | '!' | '<' if matches!(tok, Tok::Char(_)) => {
                parse_assert(source, state, seq, verbose, nested, start, ch)?;
                return Ok(false);
            }
            '(' if matches!(tok, Tok::Char(_)) => {
                parse_cond(source, state, seq, verbose, nested, start)?;
                return Ok(false);
            }
            '>' if matches!(tok, Tok::Char(_)) => {
                capture = false;
                atomic = true;
            }
            _ if matches!(tok, Tok::Char(_)) && (flag_of(ch).is_some() || ch == '-') => {
                match parse_flags(source, state, ch)? {
                    None => return Ok(true),
                    Some((a, d)) => {
                        add = a;
                        del = d;
                        capture = false;
                    }
                }
            }
            _ => {
                let msg = format!("unknown extension ?{}", tok.text());
                return Err(source.error(msg, tok.len() + 1));
            }
        }
    }
    let index = if capture {
        let gid = state.groups();
        if let Some(n) = &name {
            if let Some(old) = state.group_named(n) {
                let msg = format!(
                    "redefinition of group name {} as group {gid}; was group {old}",
                    repr_str(n)
                );
                return Err(source.error(msg, n.chars().count() + 1));
            }
            state.names.push((n.clone(), gid));
        }
        state.widths.push(None);
        Some(gid)
    } else {
        None
    };
    let sub_verbose = (verbose || add & flag::VERBOSE != 0) && del & flag::VERBOSE == 0;
    let body = parse_sub(source, state, sub_verbose, nested + 1)?;
    if !source.eat(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    if let Some(g) = index {
        let w = width(&body, &state.widths);
        state.widths[g] = Some(w);
    }
    seq.push(if atomic {
        Node::Atomic(body)
    } else {
        Node::Group(Box::new(Group {
            index,
            add,
            del,
            body,
        }))
    });
    Ok(false)
}

/// A lookahead or lookbehind after `(?`; `ch` is `=`, `!` or `<`.
fn parse_assert(
    source: &mut Source,
    state: &mut State,
    seq: &mut Seq,
    verbose: bool,
    nested: usize,
    start: usize,
    ch: char,
) -> PResult<()> {
    let mut kind = ch;
    let mut behind = false;
    let mut outer = None;
    if ch == '<' {
        let Some(t) = source.get()? else {
            return Err(source.error("unexpected end of pattern", 0));
        };
        if !(t.is('=') || t.is('!')) {
            let msg = format!("unknown extension ?<{}", t.text());
            return Err(source.error(msg, t.len() + 2));
        }
        kind = if t.is('=') { '=' } else { '!' };
        behind = true;
        outer = Some(state.lookbehind);
        if state.lookbehind.is_none() {
            state.lookbehind = Some(state.groups());
        }
    }
    let body = parse_sub(source, state, verbose, nested + 1)?;
    if outer == Some(None) {
        state.lookbehind = None;
    }
    if !source.eat(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    seq.push(Node::Assert(Box::new(Assert {
        behind,
        negate: kind == '!',
        body,
    })));
    Ok(())
}

/// A conditional `(?(group)yes|no)` after `(?(`.
fn parse_cond(
    source: &mut Source,
    state: &mut State,
    seq: &mut Seq,
    verbose: bool,
    nested: usize,
    start: usize,
) -> PResult<()> {
    let name = text_of(&source.get_until(')', "group name")?);
    let offset = name.chars().count() + 1;
    let group = if pvm_vm::builtins::str_methods::is_identifier(&name) {
        match state.group_named(&name) {
            Some(g) => g,
            None => {
                let msg = format!("unknown group name {}", repr_str(&name));
                return Err(source.error(msg, offset));
            }
        }
    } else {
        let n = pvm_vm::builtins::numbers::parse_int(&name, 10);
        let n = match n {
            Some(n) if n >= 0.into() => n.to_u64().unwrap_or(u64::MAX),
            _ => {
                let msg = format!("bad character in group name {}", repr_str(&name));
                return Err(source.error(msg, offset));
            }
        };
        if n == 0 {
            return Err(source.error("bad group number", offset));
        }
        if n >= MAXGROUPS {
            return Err(source.error(format!("invalid group reference {n}"), offset));
        }
        if !state.refpos.iter().any(|&(g, _)| g == n) {
            state.refpos.push((n, source.tell() - offset));
        }
        n as usize
    };
    state.check_lookbehind_group(group, source)?;
    let yes = parse_seq(source, state, verbose, nested + 1, false)?;
    let no = if source.eat('|')? {
        let no = parse_seq(source, state, verbose, nested + 1, false)?;
        if source.next.is_some_and(|t| t.is('|')) {
            let msg = "conditional backref with more than two branches";
            return Err(source.error(msg, 0));
        }
        Some(no)
    } else {
        None
    };
    if !source.eat(')')? {
        return Err(source.error("missing ), unterminated subpattern", source.tell() - start));
    }
    seq.push(Node::Cond(Box::new(Cond { group, yes, no })));
    Ok(())
}

/// The bit of an inline flag letter.
fn flag_of(c: char) -> Option<u32> {
    Some(match c {
        'i' => flag::IGNORECASE,
        'L' => flag::LOCALE,
        'm' => flag::MULTILINE,
        's' => flag::DOTALL,
        'x' => flag::VERBOSE,
        'a' => flag::ASCII,
        't' => flag::TEMPLATE,
        'u' => flag::UNICODE,
        _ => return None,
    })
}

/// A token as a flag letter, if it is one.
fn tok_flag(t: Tok) -> Option<(char, u32)> {
    match t {
        Tok::Char(c) => flag_of(chr(c)).map(|f| (chr(c), f)),
        Tok::Esc(_) => None,
    }
}

fn is_alpha_tok(t: Tok) -> bool {
    matches!(t, Tok::Char(c) if pvm_vm::builtins::str_methods::is_alpha(chr(c)))
}

/// Inline flags after `(?` whose first letter is `first`: None for global
/// flags `(?i)`, else the flags a scoped group `(?i-s:...)` adds and removes.
fn parse_flags(source: &mut Source, state: &mut State, first: char) -> PResult<Option<(u32, u32)>> {
    let (mut add, mut del) = (0u32, 0u32);
    let mut ch = Tok::Char(first as u32);
    if first != '-' {
        loop {
            let Some((letter, bit)) = tok_flag(ch) else {
                break;
            };
            if source.istext && letter == 'L' {
                let msg = "bad inline flags: cannot use 'L' flag with a str pattern";
                return Err(source.error(msg, 0));
            }
            if !source.istext && letter == 'u' {
                let msg = "bad inline flags: cannot use 'u' flag with a bytes pattern";
                return Err(source.error(msg, 0));
            }
            add |= bit;
            if bit & flag::TYPE_FLAGS != 0 && add & flag::TYPE_FLAGS != bit {
                let msg = "bad inline flags: flags 'a', 'u' and 'L' are incompatible";
                return Err(source.error(msg, 0));
            }
            let Some(t) = source.get()? else {
                return Err(source.error("missing -, : or )", 0));
            };
            ch = t;
            if t.is(')') || t.is('-') || t.is(':') {
                break;
            }
            if tok_flag(t).is_none() {
                let msg = if is_alpha_tok(t) {
                    "unknown flag"
                } else {
                    "missing -, : or )"
                };
                return Err(source.error(msg, t.len()));
            }
        }
    }
    if ch.is(')') {
        state.flags |= add;
        return Ok(None);
    }
    if add & flag::GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn on global flag", 1));
    }
    if ch.is('-') {
        let Some(t) = source.get()? else {
            return Err(source.error("missing flag", 0));
        };
        ch = t;
        if tok_flag(t).is_none() {
            let msg = if is_alpha_tok(t) {
                "unknown flag"
            } else {
                "missing flag"
            };
            return Err(source.error(msg, t.len()));
        }
        while let Some((_, bit)) = tok_flag(ch) {
            if bit & flag::TYPE_FLAGS != 0 {
                let msg = "bad inline flags: cannot turn off flags 'a', 'u' and 'L'";
                return Err(source.error(msg, 0));
            }
            del |= bit;
            let Some(t) = source.get()? else {
                return Err(source.error("missing :", 0));
            };
            ch = t;
            if t.is(':') {
                break;
            }
            if tok_flag(t).is_none() {
                let msg = if is_alpha_tok(t) {
                    "unknown flag"
                } else {
                    "missing :"
                };
                return Err(source.error(msg, t.len()));
            }
        }
    }
    if del & flag::GLOBAL_FLAGS != 0 {
        return Err(source.error("bad inline flags: cannot turn off global flag", 1));
    }
    if add & del != 0 {
        return Err(source.error("bad inline flags: flag turned on and off", 1));
    }
    Ok(Some((add, del)))
}
