//! What follows `(`: groups, named groups and references, comments,
//! lookarounds, conditionals, atomic groups and inline flags.

use super::flags::{flag_of, parse_flags};
use super::{parse_seq, parse_sub, State};
use crate::re::ast::{flag, width, Assert, Cond, Group, Node, Seq, MAXGROUPS};
use crate::re::source::{chr, text_of, PResult, Source, Tok};
use num_traits::ToPrimitive;
use pvm_syntax::pyrepr::repr_str;

/// Checks a group name (`checkgroupname`).
fn check_name(source: &Source, name: &str, offset: usize) -> PResult<()> {
    if !pvm_vm::builtins::str_methods::is_identifier(name) {
        let msg = format!("bad character in group name {}", repr_str(name));
        return Err(source.error(msg, name.chars().count() + offset));
    }
    Ok(())
}

/// What a `(` starts; returns true for global inline flags (which add no node).
pub(super) fn parse_paren(
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
