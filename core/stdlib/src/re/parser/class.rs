//! Character classes: `[...]` with ranges, escapes and categories, as
//! `_parse` reads them (a single literal becomes a plain literal).

use super::uniq;
use crate::re::ast::{Node, SetItem};
use crate::re::escapes::{class_escape, Escaped};
use crate::re::source::{PResult, Source, Tok};

/// A character class after its `[`.
pub(super) fn parse_class(source: &mut Source) -> PResult<Node> {
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
