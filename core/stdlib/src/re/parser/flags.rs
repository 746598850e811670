//! Inline flags: `(?aiLmsux)` for the whole pattern, `(?i-s:...)` for a
//! group, with CPython's messages.

use super::State;
use crate::re::ast::flag;
use crate::re::source::{chr, PResult, Source, Tok};

/// The bit of an inline flag letter.
pub(super) fn flag_of(c: char) -> Option<u32> {
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
pub(super) fn parse_flags(
    source: &mut Source,
    state: &mut State,
    first: char,
) -> PResult<Option<(u32, u32)>> {
    let (mut add, mut del) = (0u32, 0u32);
    let mut ch = Tok::Char(first as u32);
    if first != '-' {
        while let Some((letter, bit)) = tok_flag(ch) {
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
