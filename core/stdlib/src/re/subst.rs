//! `Pattern.sub`/`subn` and template expansion (`Match.expand`): the
//! replacement is a literal, a template or a function; the pieces are
//! joined as CPython joins its list, with the same TypeErrors.

use super::matchobj::new_match;
use super::pattern::{bounds, subject, PatternState};
use super::source::chr;
use super::subject::{AnyMatcher, Subject, Text};
use super::template::{parse, Chunk, Template};
use super::{code_points, compile_error};
use crate::native::receiver;
use pvm_vm::args::Args;
use pvm_vm::builtins::cargs;
use pvm_vm::payload::Payload;
use pvm_vm::{PyResult, Value, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// The last template a pattern parsed, by its source object.
pub type TemplateCache = RefCell<Option<(Value, Rc<Template>)>>;

/// The parsed template `template` for pattern `p` (cached).
pub fn template_for(vm: &mut Vm, p: &PatternState, template: &Value) -> PyResult<Rc<Template>> {
    if let Some((src, t)) = &*p.template.borrow() {
        if src.is(template) {
            return Ok(t.clone());
        }
    }
    let Some((chars, istext)) = code_points(template) else {
        let tn = vm.type_name(template);
        return Err(vm.type_error(format!(
            "decoding to str: need a bytes-like object, {tn} found"
        )));
    };
    let t =
        parse(&chars, istext, p.groups, &p.names).map_err(|e| compile_error(vm, e, template))?;
    let t = Rc::new(t);
    *p.template.borrow_mut() = Some((template.clone(), t.clone()));
    Ok(t)
}

/// The output being joined, str or bytes, and the first item of the
/// wrong type (index, type name) as the join would report it.
struct Out {
    text: String,
    bytes: Vec<u8>,
    is_bytes: bool,
    items: usize,
    bad: Option<(usize, String)>,
}

impl Out {
    fn new(is_bytes: bool) -> Out {
        Out {
            text: String::new(),
            bytes: Vec::new(),
            is_bytes,
            items: 0,
            bad: None,
        }
    }

    /// Appends characters `a..b` of the subject as one item.
    fn segment(&mut self, text: &Text, a: usize, b: usize) {
        self.items += 1;
        self.push(text, a, b);
    }

    /// Appends characters `a..b` of the subject to the current item.
    fn push(&mut self, text: &Text, a: usize, b: usize) {
        match text {
            Text::Narrow(t) if self.is_bytes => self.bytes.extend_from_slice(&t[a..b]),
            Text::Narrow(t) => self.text.extend(t[a..b].iter().map(|&c| c as char)),
            Text::Wide(t) => self.text.extend(t[a..b].iter().map(|&c| chr(c))),
        }
    }

    /// Appends code points (or bytes) of a literal.
    fn chars(&mut self, cs: &[u32]) {
        if self.is_bytes {
            self.bytes.extend(cs.iter().map(|&c| c as u8));
        } else {
            self.text.extend(cs.iter().map(|&c| chr(c)));
        }
    }

    /// Appends an object: a str to str output, a bytes-like object to
    /// bytes output; anything else is the join's TypeError.
    fn value(&mut self, vm: &Vm, v: &Value) {
        let index = self.items;
        self.items += 1;
        match (v.payload(), self.is_bytes) {
            (Some(Payload::Str(s)), false) => self.text.push_str(s.as_str()),
            (Some(Payload::Bytes(b)), true) => self.bytes.extend_from_slice(b),
            (Some(Payload::ByteArray(b)), true) => self.bytes.extend_from_slice(&b.borrow()),
            _ => {
                if self.bad.is_none() {
                    self.bad = Some((index, vm.type_name(v)));
                }
            }
        }
    }

    /// The joined object, or the join's TypeError.
    fn finish(self, vm: &mut Vm) -> PyResult<Value> {
        if let Some((i, tn)) = self.bad {
            return Err(vm.type_error(join_error(self.is_bytes, i, &tn)));
        }
        Ok(if self.is_bytes {
            vm.new_bytes(self.bytes)
        } else {
            vm.new_str(self.text)
        })
    }
}

fn join_error(is_bytes: bool, index: usize, tn: &str) -> String {
    if is_bytes {
        format!("sequence item {index}: expected a bytes-like object, {tn} found")
    } else {
        format!("sequence item {index}: expected str instance, {tn} found")
    }
}

/// Appends a template's expansion for one match to `out` (whose kind is
/// the subject's); a literal of the other kind is the join's TypeError.
fn expand_into(
    out: &mut Out,
    t: &Template,
    text: &Text,
    spans: &[Option<(usize, usize)>],
) -> Result<(), String> {
    if t.istext == out.is_bytes {
        if let Some(i) = t.chunks.iter().position(|c| matches!(c, Chunk::Lit(_))) {
            let tn = if t.istext { "str" } else { "bytes" };
            return Err(join_error(out.is_bytes, i, tn));
        }
    }
    for c in &t.chunks {
        match c {
            Chunk::Lit(l) => out.chars(l),
            Chunk::Group(g) => {
                if let Some((a, b)) = spans.get(*g).copied().flatten() {
                    out.push(text, a, b);
                }
            }
        }
    }
    Ok(())
}

/// `m.expand(template)`: the expansion as the subject's kind of string.
pub fn expand(
    vm: &mut Vm,
    t: &Template,
    subj: &Subject,
    spans: &[Option<(usize, usize)>],
) -> PyResult<Value> {
    let mut out = Out::new(subj.is_bytes());
    out.items = 1;
    if let Err(msg) = expand_into(&mut out, t, &subj.text(), spans) {
        return Err(vm.type_error(msg));
    }
    let v = out.finish(vm)?;
    if let Subject::Buffer(..) = subj {
        // bytearray().join(...) makes a bytearray.
        if let Some(Payload::Bytes(b)) = v.payload() {
            return Ok(Value::Obj(pvm_vm::ObjRef::new(
                vm.t.bytearray.clone(),
                Payload::ByteArray(RefCell::new(b.to_vec())),
            )));
        }
    }
    Ok(v)
}

/// What replaces each match.
enum Repl {
    Literal(Value),
    Template(Rc<Template>),
    Call(Value),
}

/// The replacement for `repl` (`_subx`): templates without group
/// references become literals.
fn replacement(vm: &mut Vm, p: &PatternState, repl: &Value) -> PyResult<Repl> {
    if vm.is_callable(repl) {
        return Ok(Repl::Call(repl.clone()));
    }
    let literal = match repl.payload() {
        Some(Payload::Str(s)) => !s.as_str().contains('\\'),
        Some(Payload::Bytes(b)) => !b.contains(&b'\\'),
        Some(Payload::ByteArray(b)) => !b.borrow().contains(&b'\\'),
        _ => false,
    };
    if literal {
        return Ok(Repl::Literal(repl.clone()));
    }
    let t = template_for(vm, p, repl)?;
    match t.literal() {
        Some(chars) => {
            let v = if t.istext {
                vm.new_str(chars.iter().map(|&c| chr(c)).collect::<String>())
            } else {
                vm.new_bytes(chars.iter().map(|&c| c as u8).collect())
            };
            Ok(Repl::Literal(v))
        }
        None => Ok(Repl::Template(t)),
    }
}

/// sub and subn: the new string and the number of replacements.
fn subx(vm: &mut Vm, args: &Args, name: &str) -> PyResult<(Value, usize)> {
    let [repl, string, count] = cargs::keywords(vm, args, name, ["repl", "string", "count"], 0, 2)?;
    let count = if count.is_null() {
        0
    } else {
        cargs::ssize(vm, &count)?
    };
    let pat = args.values[0].clone();
    let me = receiver::<PatternState>(vm, args, super::pattern::CLASS, name)?;
    let repl = replacement(vm, me, &repl)?;
    let subj = subject(vm, me, &string)?;
    let (_, len) = bounds(vm, &Value::Null, &Value::Null, subj.len())?;
    let text = subj.text();
    let mut m = AnyMatcher::new(&me.prog, subj.text(), len, me.groups);
    let mut out = Out::new(subj.is_bytes());
    let (mut n, mut i, mut start) = (0usize, 0usize, 0usize);
    while count == 0 || (n as i64) < count {
        let Some(f) = m.search(vm, start)? else { break };
        let (b, e) = f.span;
        if i < b {
            out.segment(&text, i, b);
        }
        match &repl {
            Repl::Literal(v) => out.value(vm, v),
            Repl::Template(t) => {
                let mut spans = Vec::with_capacity(f.groups.len() + 1);
                spans.push(Some(f.span));
                spans.extend(f.groups.iter().copied());
                if f.wrong_span {
                    return Err(super::matchobj::wrong_span(vm));
                }
                out.items += 1;
                if let Err(msg) = expand_into(&mut out, t, &text, &spans) {
                    return Err(vm.type_error(msg));
                }
            }
            Repl::Call(func) => {
                let mo = new_match(vm, &pat, &subj, f, 0, len)?;
                let item = vm.call(func, [mo])?;
                if !item.is_none() {
                    out.value(vm, &item);
                }
            }
        }
        i = e;
        n += 1;
        m.set_must_advance(e == b);
        start = e;
    }
    if n == 0 {
        // Nothing replaced: CPython's join of the one slice returns it.
        return Ok((subj.slice(vm, 0, len), 0));
    }
    if i < len {
        out.segment(&text, i, len);
    }
    Ok((out.finish(vm)?, n))
}

/// `Pattern.sub(repl, string, count=0)`.
pub fn sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(subx(vm, &args, "sub")?.0)
}

/// `Pattern.subn(repl, string, count=0)`.
pub fn subn(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (v, n) = subx(vm, &args, "subn")?;
    Ok(vm.new_pair(v, Value::Int(n as i64)))
}
